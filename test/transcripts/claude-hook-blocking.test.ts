/**
 * Claude Code 2.1 records a hook that blocked as a `hook_blocking_error` attachment; the reader called it unknown. On a
 * tool call (PreToolUse) it is that call refused by the project's hook, and the call's result says the same again: one
 * answer a call, whichever is read first. On Stop it is the harness telling the model to go on (also written as a meta
 * "Stop hook feedback:" line): no call's failure, nobody's words. Shapes from public parsers of the format; values
 * made up for this test.
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

const dir = mkdtempSync(join(tmpdir(), 'dream-hookblock-'));
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
const blocking = (toolUseID: string, hookEvent: string, hookName: string, message: string): Turn => ({
  raw: {
    type: 'attachment',
    attachment: {
      type: 'hook_blocking_error',
      hookName,
      toolUseID,
      hookEvent,
      blockingError: { blockingError: message, command: '.claude/hooks/guard.sh' },
    },
  },
});
const stopFeedback = (message: string): Turn => ({
  raw: { type: 'user', isMeta: true, message: { role: 'user', content: `Stop hook feedback:\n${message}` } },
});

async function read(turns: Turn[]) {
  const f = join(dir, `s${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(f, claudeCodeSession('5eed0002-0000-4000-8000-000000000002', '14', '/home/dev/shop', turns));
  const health = new HealthCollector();
  await summarizeTranscripts([f], { health, source: 'files' });
  const events: SessionEvent[] = [];
  for await (const s of readTranscriptFile(f)) events.push(...s.events);
  return { unknown: health.report().formats[0]!.unknownTypes, events };
}

const answersTo = (events: SessionEvent[], id: string) =>
  events.filter((e) => (e.kind === 'tool_result' || e.kind === 'hook_block') && e.callId === id);

describe("a hook's blocking error on a tool call", () => {
  it('is a known record, and the one answer of the call when it comes first (PreToolUse)', async () => {
    const { unknown, events } = await read([
      { user: 'Add the date library.' },
      call('toolu_hb01', 'npm install dayjs'),
      blocking('toolu_hb01', 'PreToolUse', 'PreToolUse:Bash', 'npm is not allowed here: use pnpm'),
      result('toolu_hb01', 'PreToolUse:Bash hook error: [.claude/hooks/guard.sh]: npm is not allowed here: use pnpm', true),
    ]);
    expect(unknown).toEqual({});
    const answers = answersTo(events, 'toolu_hb01');
    expect(answers).toEqual([expect.objectContaining({ kind: 'hook_block', hook: 'PreToolUse:Bash', toolName: 'Bash' })]);
    expect((answers[0] as { text: string }).text).toContain('npm is not allowed here');
    // One step for the call, refused by the hook: no second failure from the same block.
    const steps = sessionSteps(events).filter((s) => s.call.callId === 'toolu_hb01');
    expect(steps.map((s) => [s.ok, s.hook])).toEqual([[false, true]]);
  });

  it("after the call ran (PostToolUse), is kept as the hook's complaint but the call is answered once, by its result", async () => {
    for (const order of ['result first', 'hook first'] as const) {
      const hookLine = blocking('toolu_hb02', 'PostToolUse', 'PostToolUse:Bash', 'lint failed on src/app.ts');
      const resultLine = result('toolu_hb02', '', false);
      const { unknown, events } = await read([
        { user: 'Fix the import.' },
        call('toolu_hb02', 'sed -i s/a/b/ src/app.ts'),
        ...(order === 'result first' ? [resultLine, hookLine] : [hookLine, resultLine]),
      ]);
      expect(unknown).toEqual({});
      const answers = answersTo(events, 'toolu_hb02');
      expect(answers.map((e) => [e.kind, (e as { followUp?: boolean }).followUp ?? false]).sort()).toEqual([
        ['hook_block', true],
        ['tool_result', false],
      ]);
      expect(answers.find((e) => e.kind === 'hook_block')?.text).toContain('lint failed on src/app.ts');
      // One step, the call's own result: it ran and worked, the hook's complaint is no second answer.
      expect(
        sessionSteps(events)
          .filter((s) => s.call.callId === 'toolu_hb02')
          .map((s) => [s.ok, s.hook]),
      ).toEqual([[true, false]]);
    }
  });

  it('before the call ran, read after its result, adds nothing: the result already is the refusal', async () => {
    const { events } = await read([
      { user: 'Add the date library.' },
      call('toolu_hb04', 'npm install dayjs'),
      result('toolu_hb04', 'PreToolUse:Bash hook error: [.claude/hooks/guard.sh]: npm is not allowed here', true),
      blocking('toolu_hb04', 'PreToolUse', 'PreToolUse:Bash', 'npm is not allowed here'),
    ]);
    expect(answersTo(events, 'toolu_hb04')).toHaveLength(1);
    expect(sessionSteps(events).filter((s) => s.call.callId === 'toolu_hb04')).toHaveLength(1);
  });
});

describe("a Stop hook's blocking error", () => {
  it("refuses no call, is nobody's prompt, and is known", async () => {
    const { unknown, events } = await read([
      { user: 'Add the date library.' },
      call('toolu_hb03', 'pnpm add dayjs'),
      result('toolu_hb03', 'Done', false),
      { say: 'Added dayjs.' },
      stopFeedback('Run the tests before you stop.'),
      blocking('0b7c9a4e-1111-4222-8333-944455556666', 'Stop', 'Stop', 'Run the tests before you stop.'),
    ]);
    expect(unknown).toEqual({});
    expect(events.filter((e) => e.kind === 'hook_block')).toEqual([]);
    expect(events.filter((e) => e.kind === 'user_prompt').map((e) => (e as { text: string }).text)).toEqual(['Add the date library.']);
    expect(sessionSteps(events).map((s) => s.ok)).toEqual([true]);
  });
});
