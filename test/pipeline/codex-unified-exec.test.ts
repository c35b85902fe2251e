/**
 * Codex's unified exec (`exec_command` answering "Process running with session ID N", then `write_stdin` polls until
 * one answers "Process exited with code N"): the command's outcome is in the poll. End to end through the real
 * reader, miners and offline engine at one-session support: a step that failed in its poll is no prerequisite and
 * no fix, and a test run that failed in its poll is a failure a later step fixed. Controls: a command left running
 * (a dev server) reads as before, and output that prints an exit line is not Codex's header.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type WorldSession } from '../helpers/paraphrase-world.js';
import type { Turn } from '../helpers/transcript-builders.js';

let n = 0;
const item = (payload: Record<string, unknown>): Turn => ({ raw: { type: 'response_item', payload } });
const header = (state: string, out: string) =>
  `Chunk ID: ${(++n).toString(16).padStart(6, '0')}\nWall time: 10.0021 seconds\n${state}\nOriginal token count: 40\nOutput:\n${out}\n`;

/** An exec_command whose process outlives its first answer, polled (or typed into) until it ends with `exit`. */
function longRun(cmd: string, session: number, chunks: readonly string[], exit: number | undefined, keys = ''): Turn[] {
  const id = `call_x${++n}`;
  const turns: Turn[] = [
    item({ type: 'function_call', name: 'exec_command', arguments: JSON.stringify({ cmd, yield_time_ms: 10000 }), call_id: id }),
    item({ type: 'function_call_output', call_id: id, output: header(`Process running with session ID ${session}`, chunks[0] ?? '') }),
  ];
  chunks.slice(1).forEach((chunk, k) => {
    const poll = `call_p${++n}`;
    const last = k === chunks.length - 2;
    const chars = k === 0 ? keys : '';
    turns.push(
      item({
        type: 'function_call',
        name: 'write_stdin',
        arguments: JSON.stringify({ session_id: session, chars, yield_time_ms: 30000 }),
        call_id: poll,
      }),
      item({
        type: 'function_call_output',
        call_id: poll,
        output: header(
          last && exit !== undefined ? `Process exited with code ${exit}` : `Process running with session ID ${session}`,
          chunk,
        ),
      }),
    );
  });
  return turns;
}

/** A command that ends within its first answer. */
function quick(cmd: string, exit: number, out: string): Turn[] {
  const id = `call_q${++n}`;
  return [
    item({ type: 'function_call', name: 'exec_command', arguments: JSON.stringify({ cmd }), call_id: id }),
    item({ type: 'function_call_output', call_id: id, output: header(`Process exited with code ${exit}`, out) }),
  ];
}

const codex = (...turns: Turn[][]): WorldSession => ({
  format: 'codex',
  turns: [{ user: 'The tide table rounds high water wrong; please fix it.' }, ...turns.flat()],
});

describe('a Codex command whose outcome came in a later poll', () => {
  it.each<[string, (k: number) => WorldSession, string]>([
    [
      'an install that failed in its poll',
      (k) =>
        codex(
          quick('pytest tests', 1, "ModuleNotFoundError: No module named 'tidal'"),
          longRun('pip install -e .', 40 + k, ['Obtaining file:///home/dev/almanac', 'error: subprocess-exited-with-error'], 1),
          quick('pip install -r requirements/dev.txt', 0, 'Successfully installed tidal-0.3'),
          quick('pytest tests', 0, '12 passed'),
        ),
      'pip install -e .',
    ],
    [
      'a make target answered with keystrokes, then failed',
      (k) =>
        codex(
          quick('go test ./...', 1, 'pkg/tide/table.go:4:2: no required module provides package github.com/x/proj'),
          longRun(
            'make deps',
            300 + k,
            ['Fetch modules into vendor/? [y/N]', 'go: downloading github.com/x/proj v1.2.0', 'make: *** [deps] Error 2'],
            2,
            'y\n',
          ),
          quick('go mod download', 0, ''),
          quick('go test ./...', 0, 'ok  \tgithub.com/dev/almanac/pkg/tide\t0.41s'),
        ),
      'make deps',
    ],
  ])('%s is no prerequisite', async (_name, s, wrong) => {
    const lines = (await addedLines([s(1), s(2)], 1)).join('\n');
    expect(lines).not.toContain(wrong);
  });

  it('a test run that failed in its poll makes the step after it a prerequisite', async () => {
    const s = (k: number) =>
      codex(
        longRun('npm test', 500 + k, ['> almanac@1.0.0 test', "Error: Cannot find module '../dist/tide.js'\nTests: 0 passed"], 1),
        quick('npm run build', 0, 'built in 1.2s'),
        quick('npm test', 0, 'Tests: 14 passed'),
      );
    expect((await addedLines([s(1), s(2)], 1)).join('\n')).toContain('Run `npm run build` before `npm test`');
  });

  it('a step that ended well in its poll is still credited (control)', async () => {
    const s = (k: number) =>
      codex(
        quick('pytest tests', 1, "ModuleNotFoundError: No module named 'tidal'"),
        longRun('pip install -r requirements/dev.txt', 900 + k, ['Collecting tidal', 'Successfully installed tidal-0.3'], 0),
        quick('pytest tests', 0, '12 passed'),
      );
    expect((await addedLines([s(1), s(2)], 1)).join('\n')).toContain('Run `pip install -r requirements/dev.txt` before `pytest tests`');
  });
});
