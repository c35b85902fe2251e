/**
 * Claude Code 2.1's other hook attachments. A hook that broke, timed out or only decided (`hook_non_blocking_error`,
 * `hook_error_during_execution`, `hook_cancelled`, `hook_permission_decision`, `async_hook_response`) is harness noise:
 * the model never reads it and the call's own result stays its one answer, ok or not. A hook that stopped the turn
 * (`hook_stopped_continuation`) once a call ran is kept as the hook's complaint, never a second answer of the call; on
 * Stop it concerns no call. Shapes from public parsers of the format; values made up for this test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../src/transcripts/read.js';
import { HealthCollector, summarizeTranscripts } from '../../src/transcripts/index.js';
import { sessionSteps } from '../../src/signals/episodes.js';
import type { SessionEvent } from '../../src/model/index.js';
import { claudeCodeSession, type Turn } from '../helpers/transcript-builders.js';

const dir = mkdtempSync(join(tmpdir(), 'dream-hookatt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const call = (id: string, command: string): Turn => ({
  raw: {
    type: 'assistant',
    message: {
      id: `msg_${id}`,
      role: 'assistant',
      model: 'claude-sonnet-4-5',
      content: [{ type: 'tool_use', id, name: 'Bash', input: { command } }],
      stop_reason: 'tool_use',
    },
  },
});
const result = (id: string, content: string, isError: boolean): Turn => ({
  raw: {
    type: 'user',
    message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: id, content, ...(isError ? { is_error: true } : {}) }] },
    toolUseResult: isError ? `Error: ${content}` : { stdout: content, stderr: '', interrupted: false },
  },
});
const attachment = (type: string, fields: Record<string, unknown>): Turn => ({
  raw: { type: 'attachment', attachment: { type, ...fields } },
});

/** The noise a hook makes about a call, one of each type, as Claude Code writes them. */
const noise = (toolUseID: string, hookEvent: string): Turn[] => {
  const hookName = `${hookEvent}:Bash`;
  return [
    attachment('hook_non_blocking_error', { hookName, hookEvent, toolUseID, stderr: 'jq: command not found', stdout: '', exitCode: 1 }),
    attachment('hook_error_during_execution', { hookName, hookEvent, toolUseID, content: 'spawn ENOENT', command: './hooks/x.sh' }),
    attachment('hook_cancelled', { hookName, hookEvent, toolUseID, command: './hooks/fmt.sh', durationMs: 60000, timedOut: true }),
    attachment('hook_permission_decision', { decision: 'allow', hookEvent, toolUseID }),
    attachment('async_hook_response', { hookName, hookEvent, toolUseID, response: { systemMessage: 'indexed' } }),
  ];
};

async function read(turns: Turn[]) {
  const f = join(dir, `s${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(f, claudeCodeSession('5eed0003-0000-4000-8000-000000000003', '15', '/home/dev/shop', turns));
  const health = new HealthCollector();
  await summarizeTranscripts([f], { health, source: 'files' });
  const events: SessionEvent[] = [];
  for await (const s of readTranscriptFile(f)) events.push(...s.events);
  return { unknown: health.report().formats[0]!.unknownTypes, events };
}

const stepsOf = (events: SessionEvent[], id: string) =>
  sessionSteps(events)
    .filter((s) => s.call.callId === id)
    .map((s) => [s.ok, s.hook]);

describe('a hook that broke, timed out or only decided', () => {
  for (const hookEvent of ['PreToolUse', 'PostToolUse']) {
    it(`is known noise around a call that worked (${hookEvent}): the call's result is its one answer`, async () => {
      const before = hookEvent === 'PreToolUse';
      const { unknown, events } = await read([
        { user: 'Build it.' },
        call('toolu_ha01', 'pnpm build'),
        ...(before ? noise('toolu_ha01', hookEvent) : []),
        result('toolu_ha01', 'built in 2s', false),
        ...(before ? [] : noise('toolu_ha01', hookEvent)),
      ]);
      expect(unknown).toEqual({});
      expect(events.filter((e) => e.kind === 'hook_block')).toEqual([]);
      expect(stepsOf(events, 'toolu_ha01')).toEqual([[true, false]]);
    });

    it(`leaves a failed call failed once (${hookEvent}), the failure the call's own`, async () => {
      const { events } = await read([
        { user: 'Build it.' },
        call('toolu_ha02', 'pnpm build'),
        result('toolu_ha02', 'Exit code 1\nerror TS2322', true),
        ...noise('toolu_ha02', hookEvent),
      ]);
      expect(stepsOf(events, 'toolu_ha02')).toEqual([[false, false]]);
      expect(events.filter((e) => e.kind === 'hook_block')).toEqual([]);
    });
  }
});

describe('a hook that stopped the turn', () => {
  const stopped = (toolUseID: string, hookEvent: string, message: string) =>
    attachment('hook_stopped_continuation', { hookName: `${hookEvent}:Bash`, hookEvent, toolUseID, message });

  it("after a call ran, is the hook's complaint, kept once; the call's result stays its one answer", async () => {
    const { unknown, events } = await read([
      { user: 'Run the migration.' },
      call('toolu_ha03', 'alembic upgrade head'),
      result('toolu_ha03', 'Running upgrade -> 42', false),
      stopped('toolu_ha03', 'PostToolUse', 'Schema changed: regenerate the client before going on'),
      stopped('toolu_ha03', 'PostToolUse', 'Schema changed: regenerate the client before going on'),
    ]);
    expect(unknown).toEqual({});
    const hooks = events.filter((e) => e.kind === 'hook_block');
    expect(hooks).toEqual([expect.objectContaining({ callId: 'toolu_ha03', followUp: true, hook: 'PostToolUse:Bash' })]);
    expect(hooks[0]!.text).toContain('regenerate the client');
    expect(stepsOf(events, 'toolu_ha03')).toEqual([[true, false]]);
  });

  it('on Stop concerns no call and is skipped', async () => {
    const { unknown, events } = await read([
      { user: 'Run the migration.' },
      call('toolu_ha04', 'alembic upgrade head'),
      result('toolu_ha04', 'Running upgrade -> 42', false),
      stopped('0b7c9a4e-2222-4222-8333-944455556666', 'Stop', 'Budget reached for today'),
    ]);
    expect(unknown).toEqual({});
    expect(events.filter((e) => e.kind === 'hook_block')).toEqual([]);
    expect(stepsOf(events, 'toolu_ha04')).toEqual([[true, false]]);
  });
});

describe('control: a type no parser names', () => {
  it('is still reported as unknown', async () => {
    const { unknown } = await read([{ user: 'Hi.' }, attachment('hook_future_thing', { hookEvent: 'Stop' })]);
    expect(Object.keys(unknown)).toEqual(['attachment:hook_future_thing']);
  });
});
