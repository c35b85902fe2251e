/**
 * Codex code mode: a cell's `tools.exec_command(…)` returns `{output, exit_code?, session_id?, …}`, which `text(r)`
 * writes as JSON (code_mode/description.md); a command still running is polled from a later cell with
 * `tools.write_stdin({session_id, chars})`. Rollout lines written from those shapes, not copied from a session.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeModeCommand, codeModePoll } from '../../src/transcripts/readers/codex-code-mode.js';
import { ofKind, readAll } from './helpers.js';

let t = 0;
const rec = (type: string, payload: Record<string, unknown>): string =>
  JSON.stringify({ timestamp: `2026-08-01T10:00:${String(++t % 60).padStart(2, '0')}.000Z`, type, payload });
const cell = (id: string, src: string) =>
  rec('response_item', { type: 'custom_tool_call', status: 'completed', call_id: id, name: 'exec', input: src });
const cellOut = (id: string, value: unknown) =>
  rec('response_item', {
    type: 'custom_tool_call_output',
    call_id: id,
    output: [
      { type: 'input_text', text: 'Script completed\nWall time 1.2 seconds\nOutput:\n' },
      { type: 'input_text', text: typeof value === 'string' ? value : JSON.stringify(value) },
    ],
  });

function rollout(lines: string[]): string {
  const f = join(mkdtempSync(join(tmpdir(), 'codex-cm-')), 'rollout-2026-08-01T10-00-00-019c0000-bbbb-7ccc-8ddd-0123456789ab.jsonl');
  const head = [
    rec('session_meta', { id: '019c0000-bbbb-7ccc-8ddd-0123456789ab', cwd: '/w/shop' }),
    rec('event_msg', { type: 'user_message', message: 'make the cart tests pass' }),
  ];
  writeFileSync(f, [...head, ...lines].join('\n') + '\n');
  return f;
}

const running = (session: number, output = 'collecting ...\n') => ({
  chunk_id: 'a1',
  wall_time_seconds: 10,
  session_id: session,
  original_token_count: 4,
  output,
});
const exited = (code: number, output: string) => ({
  chunk_id: 'a2',
  wall_time_seconds: 31,
  exit_code: code,
  original_token_count: 9,
  output,
});

async function read(lines: string[]) {
  const s = (await readAll(rollout(lines))).sessions[0]!;
  return {
    calls: ofKind(s, 'tool_call').map((c) => [c.callId, c.command]),
    results: ofKind(s, 'tool_result').map((r) => [r.callId, r.ok, r.exitCode]),
    texts: ofKind(s, 'tool_result').map((r) => r.text),
  };
}

describe('Codex code mode: returned values and polls of a running command', () => {
  it('settles a command a cell left running by the write_stdin cell that saw it exit; the poll is no action', async () => {
    for (const [start, poll] of [
      [
        'const r = await tools.exec_command({cmd: "pytest -q", yield_time_ms: 1000});\ntext(r);',
        'text(await tools.write_stdin({session_id: 42, chars: "", yield_time_ms: 30000}));',
      ],
      [
        'const r = await tools.exec_command({"cmd": "pytest -q"}); text(r);',
        'const p = await tools.write_stdin({"session_id": 42, "chars": ""});\ntext(p);',
      ],
    ]) {
      const r = await read([
        cell('c1', start!),
        cellOut('c1', running(42)),
        cell('p1', poll!),
        cellOut('p1', exited(1, '1 failed, 3 passed\n')),
      ]);
      expect(r.calls).toEqual([['c1', 'pytest -q']]);
      expect(r.results).toEqual([['c1', false, 1]]);
      expect(r.texts[0]).toContain('1 failed, 3 passed');
    }
  });

  it('takes polls that see the command still running, and a plain write_stdin call, as transport too', async () => {
    const r = await read([
      cell('c1', 'text(await tools.exec_command({cmd: "cargo test"}));'),
      cellOut('c1', running(7)),
      cell('p1', 'text(await tools.write_stdin({session_id: 7, chars: ""}));'),
      cellOut('p1', running(7, 'running 40 tests\n')),
      rec('response_item', { type: 'function_call', name: 'write_stdin', arguments: '{"session_id":7,"chars":""}', call_id: 'w1' }),
      rec('response_item', {
        type: 'function_call_output',
        call_id: 'w1',
        output: 'Chunk ID: b2\nWall time: 9.0 seconds\nProcess exited with code 0\nOriginal token count: 3\nOutput:\nok\n',
      }),
    ]);
    expect(r.calls).toEqual([['c1', 'cargo test']]);
    expect(r.results).toEqual([['c1', true, 0]]);
  });

  it("reads the exit code a cell's returned value carries: a failure is no success", async () => {
    const r = await read([
      cell('c1', 'const r = await tools.exec_command({cmd: "npm run build"}); text(r);'),
      cellOut('c1', exited(2, 'error TS2304\n')),
    ]);
    expect(r.results).toEqual([['c1', false, 2]]);
  });

  it('reads no fields out of what a command printed, and keeps cells that do more than poll as calls', async () => {
    const r = await read([
      cell('c1', 'const r = await tools.exec_command({cmd: "cat status.json"}); text(r.output);'),
      cellOut('c1', 'status: {"exit_code": 1, "output": "x"}\n'),
      cell('c2', 'text(await tools.exec_command({cmd: "make serve"}));'),
      cellOut('c2', running(9)),
      // A loop over ids built by code, and a poll beside another tool: neither is a literal poll of session 9.
      cell('p1', 'for (const session_id of [9]) text(await tools.write_stdin({session_id, chars: ""}));'),
      cellOut('p1', exited(1, 'stopped\n')),
      cell('p2', 'await tools.write_stdin({session_id: 9, chars: "q"}); text(await tools.exec_command({cmd: "git status"}));'),
      cellOut('p2', exited(0, 'clean\n')),
    ]);
    // A cell's JavaScript is never a command line: the poll loop has none.
    expect(r.calls).toEqual([
      ['c1', 'cat status.json'],
      ['c2', 'make serve'],
      ['p1', undefined],
      ['p2', 'git status'],
    ]);
    expect(r.results.map((x) => x.slice(0, 2))).toEqual([
      ['c1', true],
      ['c2', true],
      ['p1', false],
      ['p2', true],
    ]);
  });

  it('codeModeCommand and codeModePoll: bare keys read, anything built by code refused', () => {
    expect(codeModeCommand('await tools.exec_command({cmd: "echo \\"a: b\\"", workdir: "/w"})')).toBe('echo "a: b"');
    expect(codeModeCommand('await tools.exec_command({ command : "make", yield_time_ms: 500 })')).toBe('make');
    expect(codeModeCommand('await tools.exec_command({cmd: pick()})')).toBeUndefined();
    expect(codeModePoll('text(await tools.write_stdin({session_id: 3, chars: ""}))')).toEqual({ session_id: 3 });
    expect(codeModePoll('await tools.write_stdin({session_id: 3}); await tools.write_stdin({session_id: 4})')).toBeUndefined();
    expect(codeModePoll('await tools.write_stdin({session_id: load("s")})')).toBeUndefined();
    expect(codeModePoll('text("tools.write_stdin is not called here")')).toBeUndefined();
  });
});
