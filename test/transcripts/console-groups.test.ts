/**
 * Claude Code 2.1 draws reads and searches as one collapsed line ("Read 3 files", "Searched for 2 patterns, read 4
 * files (ctrl+o to expand)") instead of each call. Read as the assistant's prose, a console capture lost those calls.
 * The line is read as the calls it counts, with no outcome text and no failure; a sentence that merely starts the
 * same way stays prose. Captures written here in that layout, with wording of our own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'console-groups-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function read(body: string) {
  const file = join(dir, `capture-${++n}.txt`);
  writeFileSync(
    file,
    ` ▐▛███▜▌   Claude Code v2.1.50\n▝▜█████▛▘  Sonnet 4.6 · Claude Pro\n  ▘▘ ▝▝    ~/src/ledger\n\n❯ why does the export skip March?\n\n${body}\n`,
  );
  const s = (await readAll(file)).sessions[0]!;
  return {
    calls: ofKind(s, 'tool_call').map((c) => c.name),
    results: ofKind(s, 'tool_result').map((r) => [r.ok, r.text]),
    texts: ofKind(s, 'assistant_text').map((t) => t.text),
    interrupts: ofKind(s, 'interrupt').length,
  };
}

describe('Claude Code console: a collapsed group line is the calls it counts', () => {
  it.each([
    ['Read 3 files (ctrl+o to expand)', ['Read', 'Read', 'Read']],
    ['Read 1 file', ['Read']],
    ['Searched for 1 pattern, read 1 file (ctrl+o to expand)', ['Grep', 'Read']],
    ['Searched for 2 patterns, read 4 files (ctrl+o to expand)', ['Grep', 'Grep', 'Read', 'Read', 'Read', 'Read']],
    ['Listed 1 directory, read 2 files', ['LS', 'Read', 'Read']],
    ['Reading 2 files… (ctrl+o to expand)', ['Read', 'Read']],
    ['Searched for 1 pattern (ctrl+r to expand)', ['Grep']],
  ])('● %s', async (line, names) => {
    const { calls, results, texts } = await read(`● Let me look at the exporter.\n\n● ${line}\n\n● The range ends on February's last day.`);
    expect(calls).toEqual(names);
    // No outcome text, and nothing says a call failed.
    expect(results).toEqual(names.map(() => [true, '']));
    expect(texts).toEqual(['Let me look at the exporter.', "The range ends on February's last day."]);
  });

  it('"Interrupted" under a group is the person stopping the agent, not a failed read', async () => {
    const { calls, results, interrupts } = await read(
      '● Read 2 files (ctrl+o to expand)\n  ⎿  Interrupted · What should Claude do instead?',
    );
    expect(calls).toEqual(['Read', 'Read']);
    expect(results.map((r) => r[0])).toEqual([true, true]);
    expect(interrupts).toBe(1);
  });

  it.each([
    'Read 3 files and found the off-by-one in the range.',
    'Searched for 2 patterns, but neither matched.',
    'Read the config first, then 2 files',
    'read 2 patterns',
    'Listed 3 files',
  ])('prose that starts the same way stays prose: %s', async (line) => {
    const { calls, texts } = await read(`● ${line}`);
    expect(calls).toEqual([]);
    expect(texts).toEqual([line]);
  });

  it('a count is bounded: one line never stands for more than 200 calls', async () => {
    const { calls } = await read('● Read 999999 files (ctrl+o to expand)');
    expect(calls).toHaveLength(200);
  });
});
