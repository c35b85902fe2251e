import { describe, expect, it } from 'vitest';
import { codeModeCommand, cellOutput } from '../../src/transcripts/readers/codex-code-mode.js';
import { expectWellFormed, fixture, lineCountOf, ofKind, readAll } from './helpers.js';

describe('Codex code mode (exec cells calling tools.exec_command)', () => {
  const file = fixture('codex-code-mode/rollout-code-mode.jsonl');

  it('reads the shell commands out of the cell, never the JavaScript around them', async () => {
    const { sessions, issues } = await readAll(file);
    expect(issues).toEqual([]);
    const [s] = sessions;
    expectWellFormed(s!, lineCountOf(file));
    const calls = ofKind(s!, 'tool_call');
    expect(calls.map((c) => c.command)).toEqual([
      'pytest tests/test_cart.py -q',
      "PYTHONPATH=src pytest tests/test_cart.py -q\nawk '{print $1}' VERSION",
      undefined, // arguments built by code: no command at all rather than the cell's source
      undefined, // a wait on a cell never started is an ordinary call
      'git status --short',
    ]);
    expect(calls.some((c) => (c.command ?? '').includes('tools.exec_command'))).toBe(false);
  });

  it("pairs a running cell's later output (fetched by wait) with the cell's call, as a failure", async () => {
    const { sessions } = await readAll(file);
    const s = sessions[0]!;
    const results = ofKind(s, 'tool_result');
    // The "still running" answer is not a result; the wait's output is the first call's result.
    expect(results[0]).toMatchObject({ callId: 'c1', toolName: 'exec', ok: false });
    expect(results[0]!.text).toBe("error: ModuleNotFoundError: No module named 'shop'\n");
    expect(results[1]).toMatchObject({ callId: 'c2', ok: true, text: '3 passed in 0.41s\n1.4.0\n' });
    expect(results.find((r) => r.callId === 'w2')).toMatchObject({ text: 'no such cell' });
    // The fetching wait is not an action of its own; the unknown one stays.
    expect(
      ofKind(s, 'tool_call')
        .filter((c) => c.name === 'wait')
        .map((c) => c.callId),
    ).toEqual(['w2']);
  });

  it('keeps the text of outputs written as content parts', async () => {
    const { sessions } = await readAll(file);
    const last = ofKind(sessions[0]!, 'tool_result').at(-1)!;
    expect(last).toMatchObject({ callId: 's1', exitCode: 0, ok: true });
    expect(last.text).toContain('M src/shop/cart.py');
  });

  it('codeModeCommand: string-aware, literal arguments only', () => {
    expect(codeModeCommand('await tools.exec_command({"cmd": "echo \\"}{\\""});')).toBe('echo "}{"');
    expect(codeModeCommand('await tools.exec_command({"command": "make"})')).toBe('make');
    expect(codeModeCommand('await tools.exec_command({"cmd": "ls"')).toBeUndefined(); // cut off
    expect(codeModeCommand('console.log("no tools here")')).toBeUndefined();
    expect(codeModeCommand({ cmd: 'ls' })).toBeUndefined();
  });

  it('cellOutput: only the harness framing is taken off', () => {
    expect(cellOutput('Script running with cell ID 12\nWall time 5 seconds\nOutput:\n')).toEqual({ text: '', runningCell: '12' });
    expect(cellOutput('Script completed\nWall time 1 seconds\nOutput:\nok\n')).toEqual({ text: 'ok\n' });
    expect(cellOutput('Script completed without the framing lines')).toEqual({ text: 'Script completed without the framing lines' });
  });
});
