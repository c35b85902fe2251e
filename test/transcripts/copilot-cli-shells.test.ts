/**
 * Copilot CLI's session log: a shell command still running when its wait ended is settled by the read_bash /
 * write_bash poll that saw it exit (copilot-shells.ts). Events written from the documented shapes
 * (github/copilot-sdk session-events.ts) and the CLI's notices as real exports print them.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ofKind, readAll } from './helpers.js';

let n = 0;
const line = (type: string, data: Record<string, unknown>): string =>
  JSON.stringify({ type, data, id: `e${++n}`, timestamp: `2026-11-20T10:00:${String(n % 60).padStart(2, '0')}.000Z`, parentId: null });

function tempLog(lines: string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'copilot-shells-')), 'a1b2c3d4-0000-4000-8000-000000000002');
  mkdirSync(dir, { recursive: true });
  const f = join(dir, 'events.jsonl');
  writeFileSync(
    f,
    [line('session.start', { sessionId: 'a1b2c3d4-0000-4000-8000-000000000002', context: { cwd: '/home/dev/shop' } }), ...lines].join(
      '\n',
    ) + '\n',
  );
  return f;
}

/** A call as the log writes it: requested on assistant.message, started, completed with its text. */
function call(id: string, name: string, args: Record<string, unknown>, output: string, success = true): string[] {
  return [
    line('assistant.message', { messageId: `m-${id}`, content: '', toolRequests: [{ toolCallId: id, name, arguments: args }] }),
    line('tool.execution_start', { toolCallId: id, toolName: name, arguments: args }),
    line('tool.execution_complete', { toolCallId: id, success, result: { content: output } }),
  ];
}

const running = (id: string, key = 'shellId') =>
  `<command with ${key}: ${id} is still running after 30 seconds. The command is still running but hasn't produced output yet. It may be waiting for input or still processing. Use read_bash to continue waiting, write_bash if you think it needs input, or stop_bash to stop it.>`;

describe('Copilot CLI session log: shells that outlive their wait', () => {
  it('takes the outcome from the poll that saw the command exit; the poll is no call of its own', async () => {
    const f = tempLog([
      line('user.message', { content: 'run the cart tests' }),
      ...call('c1', 'bash', { command: 'pnpm vitest run src/cart', description: 'Run the tests' }, running('3')),
      ...call('c2', 'read_bash', { shellId: '3', delay: 30 }, `running 12 tests\n${running('3')}`),
      ...call(
        'c3',
        'read_bash',
        { shellId: '3', delay: 30 },
        ' FAIL  src/cart/total.test.ts\nAssertionError: expected 10 to be 11\n<exited with exit code 1>',
      ),
    ]);
    const s = (await readAll(f)).sessions[0]!;
    expect(ofKind(s, 'tool_call').map((c) => [c.callId, c.command])).toEqual([['c1', 'pnpm vitest run src/cart']]);
    const results = ofKind(s, 'tool_result');
    expect(results.map((r) => [r.callId, r.ok, r.exitCode])).toEqual([['c1', false, 1]]);
    expect(results[0]!.text).toContain('AssertionError');
  });

  it('reads the later "<shellId: N completed with exit code N>" notice, on a call and on its poll', async () => {
    const f = tempLog([
      line('user.message', { content: 'check the server' }),
      ...call('c1', 'bash', { command: 'ps aux | grep vite' }, '\n<shellId: 12 completed with exit code 1>'),
      ...call('c2', 'bash', { command: 'npm test' }, running('4')),
      ...call('c3', 'read_bash', { shellId: '4', delay: 5 }, '2 failed\n<shellId: 4 completed with exit code 1>'),
    ]);
    const s = (await readAll(f)).sessions[0]!;
    expect(ofKind(s, 'tool_result').map((r) => [r.callId, r.ok, r.exitCode])).toEqual([
      ['c1', false, 1],
      ['c2', false, 1],
    ]);
  });

  it('reads a session named by the agent and answered through write_bash, and a passing end', async () => {
    const f = tempLog([
      line('user.message', { content: 'diff the two files' }),
      ...call(
        'c1',
        'bash',
        { command: 'node index.js diff a.csv b.csv', sessionId: 'diff-test', mode: 'async' },
        `? Use 'Tags'? (Y/n)\n${running('diff-test', 'sessionId')}`,
      ),
      ...call('c2', 'write_bash', { sessionId: 'diff-test', input: 'y{enter}', delay: 10 }, 'New Records: 2\n<exited with exit code 0>'),
    ]);
    const s = (await readAll(f)).sessions[0]!;
    expect(ofKind(s, 'tool_call').map((c) => c.name)).toEqual(['bash']);
    expect(ofKind(s, 'tool_result').map((r) => [r.ok, r.exitCode])).toEqual([[true, 0]]);
  });

  it('settles nothing for a stopped shell or one the CLI no longer knows; a poll of an unseen shell stays a call', async () => {
    const f = tempLog([
      line('user.message', { content: 'start the server and check git' }),
      ...call('c1', 'bash', { command: 'npm run dev' }, running('1')),
      ...call('c2', 'stop_bash', { shellId: '1' }, '<command with id: 1 stopped>'),
      ...call('c3', 'bash', { command: 'git status' }, running('0')),
      ...call(
        'c4',
        'read_bash',
        { shellId: '0', delay: 10 },
        'Invalid shell ID: 0. Please supply a valid shell ID to read output from.\n\n<no active shell sessions>',
        false,
      ),
      ...call('c5', 'read_bash', { shellId: '8' }, 'done\n<exited with exit code 1>'),
    ]);
    const s = (await readAll(f)).sessions[0]!;
    expect(ofKind(s, 'tool_call').map((c) => c.callId)).toEqual(['c1', 'c3', 'c5']);
    expect(ofKind(s, 'tool_result').map((r) => [r.callId, r.ok, r.exitCode])).toEqual([
      ['c1', true, undefined],
      ['c3', true, undefined],
      ['c5', false, 1],
    ]);
  });

  it('never reads a notice a command printed mid-output as the harness speaking', async () => {
    const f = tempLog([
      line('user.message', { content: 'show the log' }),
      ...call('c1', 'bash', { command: 'cat notes.txt' }, `${running('5')}\nmore lines after it\n<exited with exit code 0>`),
      ...call('c2', 'read_bash', { shellId: '5' }, 'x\n<exited with exit code 1>'),
    ]);
    const s = (await readAll(f)).sessions[0]!;
    expect(ofKind(s, 'tool_call').map((c) => c.callId)).toEqual(['c1', 'c2']);
    expect(ofKind(s, 'tool_result').map((r) => [r.callId, r.exitCode])).toEqual([
      ['c1', 0],
      ['c2', 1],
    ]);
  });
});
