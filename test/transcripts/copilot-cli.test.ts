/**
 * GitHub Copilot CLI's session log (events.jsonl). The fixture is written from the documented event
 * shapes (github/copilot-sdk session-events.ts), not copied from anyone's session.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, readTranscriptFile } from '../../src/transcripts/index.js';
import { expectWellFormed, fixture, lineCountOf, ofKind, readAll } from './helpers.js';

const file = fixture('copilot-cli/6f1d2c3b-4a59-4e68-9b7a-0c1d2e3f4a5b/events.jsonl');

const line = (type: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ type, data, id: `${type}-${Math.random()}`, timestamp: '2026-11-20T10:00:00.000Z', parentId: null, ...extra });

function tempLog(lines: string[], name = 'events.jsonl'): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'copilot-')), 'a1b2c3d4-0000-4000-8000-000000000001');
  mkdirSync(dir, { recursive: true });
  const f = join(dir, name);
  writeFileSync(f, lines.join('\n') + '\n');
  return f;
}

describe('Copilot CLI session log', () => {
  it('is detected by its first event, and read as one session with its metadata', async () => {
    expect(detectFormat(file)).toBe('copilot-cli');
    const { sessions } = await readAll(file);
    expect(sessions).toHaveLength(1);
    const s = sessions[0]!;
    expect(s).toMatchObject({
      id: '6f1d2c3b-4a59-4e68-9b7a-0c1d2e3f4a5b',
      agent: 'copilot-cli',
      format: 'copilot-cli',
      trust: 'developer',
      cwd: '/home/dev/shop',
      gitBranch: 'main',
      model: 'claude-sonnet-4.5',
    });
    expectWellFormed(s, lineCountOf(file));
  });

  it('takes only what a person typed as the user: skill, autopilot, agent and cross-session messages are not', async () => {
    const s = (await readAll(file)).sessions[0]!;
    expect(ofKind(s, 'user_prompt').map((e) => e.text)).toEqual([
      'run the unit tests for the cart module',
      // The reminder the CLI appended is not the person's.
      "no, don't reach for npm in this repo: we use pnpm for everything",
    ]);
    const all = JSON.stringify(s.events);
    for (const injected of ['pdf skill', 'Continue working', 'Review the diff', 'other session', 'Find every TODO']) {
      expect(ofKind(s, 'user_prompt').some((e) => e.text.includes(injected))).toBe(false);
    }
    expect(all).not.toContain('npm install');
  });

  it('pairs calls with results; a shell failure is its exit code, a tool failure its success flag', async () => {
    const s = (await readAll(file)).sessions[0]!;
    const calls = ofKind(s, 'tool_call');
    // Each call once, though it is both requested on assistant.message and started on tool.execution_start.
    expect(calls.map((c) => c.callId)).toEqual(['toolu_01', 'toolu_02', 'toolu_04', 'toolu_05', 'toolu_06']);
    expect(calls.map((c) => c.command)).toEqual([
      'npm test -- cart',
      'pnpm vitest run src/cart',
      'grep -rn TODO src/cart',
      undefined,
      undefined,
    ]);
    const results = ofKind(s, 'tool_result');
    expect(results.map((r) => [r.callId, r.toolName, r.ok, r.exitCode])).toEqual([
      ['toolu_01', 'bash', false, 1], // success: true, but the command exited 1
      ['toolu_02', 'bash', true, 0],
      ['toolu_04', 'bash', false, undefined],
      ['toolu_06', 'view', false, undefined],
    ]);
    expect(results[0]!.text).toContain('Missing script: "test"');
    expect(results[2]!.text).toBe('The command timed out after 30 seconds');
  });

  it("marks a sub-agent's work as a sidechain, and a refused call as a denial, not a failure", async () => {
    const s = (await readAll(file)).sessions[0]!;
    const sub = s.events.filter((e) => e.sidechain);
    expect(sub.map((e) => e.kind)).toEqual(['assistant_text', 'tool_call', 'tool_result']);
    expect(s.events.filter((e) => !e.sidechain && e.kind === 'tool_call').map((e) => (e as { callId?: string }).callId)).not.toContain(
      'toolu_04',
    );
    expect(ofKind(s, 'permission_denial')).toMatchObject([{ callId: 'toolu_05', toolName: 'view' }]);
    expect(ofKind(s, 'tool_result').some((r) => r.callId === 'toolu_05')).toBe(false);
    expect(ofKind(s, 'interrupt').map((e) => e.text)).toEqual(['user_initiated']);
    expect(ofKind(s, 'api_error')).toMatchObject([{ status: 429, text: 'rate_limit: Rate limit exceeded' }]);
  });

  it('reports a bad line and a truncated last line by file and line, reads on, and skips unknown types quietly', async () => {
    const issues: { line?: number; reason: string }[] = [];
    const unknown: string[] = [];
    const sessions = [];
    for await (const s of readTranscriptFile(file, {
      onIssue: (i) => issues.push(i),
      onUnknownTypes: (m) => unknown.push(...m.keys()),
    }))
      sessions.push(s);
    expect(issues.map((i) => [i.line, i.reason.split(':')[0]])).toEqual([
      [34, 'malformed JSON'],
      [36, 'truncated or malformed last line'],
    ]);
    // The event after the bad line is still read.
    expect(ofKind(sessions[0]!, 'api_error')).toHaveLength(1);
    // A new event type is reported as unknown (for the health report), the documented ones are not.
    expect(unknown).toEqual(['session.fancy_new_thing']);
  });

  it('names the session by its folder when no session.start says it, and redacts secrets', async () => {
    const f = tempLog([
      line('user.message', { content: 'deploy with the token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 please' }),
      line('assistant.message', { content: 'ok', toolRequests: [] }),
    ]);
    expect(detectFormat(f)).toBe('copilot-cli');
    const s = (await readAll(f)).sessions[0]!;
    expect(s.id).toBe('a1b2c3d4-0000-4000-8000-000000000001');
    expect(ofKind(s, 'user_prompt')[0]!.text).not.toContain('ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789');
  });

  it('takes the exit code from a shell_exit block, a shellExecution field or the last line, and a string of arguments as JSON', async () => {
    const f = tempLog([
      line('session.start', { sessionId: 's-2', context: { cwd: '/w' } }),
      line('assistant.message', {
        content: '',
        toolRequests: [
          { toolCallId: 'a', name: 'bash', arguments: '{"command":"make lint"}' },
          { toolCallId: 'b', name: 'bash', arguments: { command: 'make test' } },
          { toolCallId: 'c', name: 'powershell', arguments: { command: 'Get-ChildItem' } },
        ],
      }),
      line('tool.execution_complete', {
        toolCallId: 'a',
        success: true,
        result: { content: 'lint ok', contents: [{ type: 'shell_exit', exitCode: 2, shellId: '1' }] },
      }),
      line('tool.execution_complete', { toolCallId: 'b', success: true, shellExecution: { exitCode: 3 }, result: { content: 'FAIL' } }),
      line('tool.execution_complete', { toolCallId: 'c', success: true, result: { content: 'dir listing\n<exited with exit code 0>' } }),
    ]);
    const s = (await readAll(f)).sessions[0]!;
    expect(ofKind(s, 'tool_call').map((c) => c.command)).toEqual(['make lint', 'make test', 'Get-ChildItem']);
    expect(ofKind(s, 'tool_result').map((r) => [r.ok, r.exitCode])).toEqual([
      [false, 2],
      [false, 3],
      [true, 0],
    ]);
  });

  it('leaves look-alikes to their own readers (Managed Agents events have dotted types too)', () => {
    const managed = tempLog(
      [
        JSON.stringify({
          type: 'user.message',
          id: 'sevt_1',
          content: [{ type: 'text', text: 'hi' }],
          processed_at: '2026-01-01T00:00:00Z',
        }),
      ],
      'managed.jsonl',
    );
    expect(detectFormat(managed)).toBe('managed-agents-events');
    // The `data` object tells them apart, even in a log whose events lack the id chain.
    const bare = tempLog([JSON.stringify({ type: 'user.message', data: { content: 'hi' } })], 'bare.jsonl');
    expect(detectFormat(bare)).toBe('copilot-cli');
    // A Managed Agents page ({data: [...]}) is not a Copilot event.
    const page = tempLog(
      [JSON.stringify({ data: [{ type: 'user.message', id: 'sevt_2', content: [{ type: 'text', text: 'hi' }] }] })],
      'page.jsonl',
    );
    expect(detectFormat(page)).toBe('managed-agents-events');
  });
});
