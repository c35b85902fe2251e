/**
 * A collapsed group line in a Claude Code console capture ("Read 2 files", "Searched for 1 pattern, read 1 file")
 * is read as the calls it counts, with no inputs: collapsed, the UI draws none. Where the capture lists the calls
 * under the group as the UI draws a call ("⎿  Read(src/range.ts)", "Search(pattern: …)"), each call now carries its
 * input as an individually drawn call does, matched by kind in order. A listing that does not fit the group (more
 * of a kind than it counts, a kind it does not count, a line wrapped out of shape) gives no inputs, and a group with
 * nothing under it stays as it was. Captures written here, with wording and files of our own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'console-group-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function read(body: string) {
  const file = join(dir, `capture-${++n}.txt`);
  writeFileSync(
    file,
    ` ▐▛███▜▌   Claude Code v2.1.88\n▝▜█████▛▘  Opus 4.7 · Claude Max\n  ▘▘ ▝▝    ~/src/ledger\n\n❯ why does the export skip March?\n\n● Let me look at the exporter.\n\n${body}\n\n● The range ends on February's last day.\n`,
  );
  const s = (await readAll(file)).sessions[0]!;
  return {
    calls: ofKind(s, 'tool_call').map((c) => [c.name, c.input]),
    results: ofKind(s, 'tool_result').map((r) => r.ok),
    texts: ofKind(s, 'assistant_text').map((t) => t.text),
    interrupts: ofKind(s, 'interrupt').length,
  };
}

describe('console: a group with its calls listed under it', () => {
  it.each([
    [
      'one result block, a line per call',
      '● Read 2 files (ctrl+o to expand)\n  ⎿  Read(src/export.ts)\n     Read(src/range.ts)',
      [
        ['Read', { input: 'src/export.ts' }],
        ['Read', { input: 'src/range.ts' }],
      ],
    ],
    [
      'a result mark per call, a search and a ranged read',
      '● Searched for 1 pattern, read 1 file (ctrl+o to expand)\n  ⎿  Search(pattern: "March", path: "src")\n  ⎿  Read(src/range.ts · lines 1-80)',
      [
        ['Grep', { input: 'pattern: "March", path: "src"' }],
        ['Read', { input: 'src/range.ts · lines 1-80' }],
      ],
    ],
    [
      'kinds listed out of the group’s order: matched by kind',
      '⏺ Searched for 1 pattern, read 2 files\n  ⎿  Read(docs/export.md)\n     Search(pattern: "**/*.csv")\n     Read(src/range.ts)',
      [
        ['Grep', { input: 'pattern: "**/*.csv"' }],
        ['Read', { input: 'docs/export.md' }],
        ['Read', { input: 'src/range.ts' }],
      ],
    ],
    [
      'part listed, the rest summed up: the rest input-less',
      '● Read 3 files (ctrl+o to expand)\n  ⎿  Read(src/export.ts)\n     Read(src/range.ts)\n     +1 more tool use (ctrl+o to expand)',
      [
        ['Read', { input: 'src/export.ts' }],
        ['Read', { input: 'src/range.ts' }],
        ['Read', {}],
      ],
    ],
    [
      'a memory file the read loaded, noted beside the listing',
      '● Listed 1 directory, read 1 file\n  ⎿  Loaded src/CLAUDE.md\n  ⎿  List(src/)\n  ⎿  Read(src/range.ts)',
      [
        ['LS', { input: 'src/' }],
        ['Read', { input: 'src/range.ts' }],
      ],
    ],
  ])('%s', async (_name, body, calls) => {
    const r = await read(body);
    expect(r.calls).toEqual(calls);
    expect(r.results).toEqual(calls.map(() => true));
    expect(r.texts).toEqual(['Let me look at the exporter.', "The range ends on February's last day."]);
  });
});

describe('console: a group whose lines do not list its calls stays input-less', () => {
  it.each([
    ['nothing under it', '● Read 2 files (ctrl+o to expand)', 2],
    ['more reads listed than it counts', '● Read 1 file\n  ⎿  Read(src/export.ts)\n     Read(src/range.ts)', 1],
    ['a call of a kind it does not count', '● Read 2 files\n  ⎿  Read(src/export.ts)\n     Bash(ls src)', 2],
    [
      'a listed call wrapped over two lines',
      '● Read 2 files\n  ⎿  Read(src/export.ts)\n     Read(/home/dev/src/ledger/src/very/long/path/\n     range.ts)',
      2,
    ],
    ['a memory file loaded, nothing listed', '● Read 2 files (ctrl+o to expand)\n  ⎿  Loaded src/CLAUDE.md', 2],
  ])('%s', async (_name, body, reads) => {
    const r = await read(body);
    expect(r.calls).toEqual(Array.from({ length: reads }, () => ['Read', {}]));
    expect(r.texts.at(-1)).toBe("The range ends on February's last day.");
  });

  it('an interruption under the group is still the user stopping the agent', async () => {
    const r = await read('● Read 2 files (ctrl+o to expand)\n  ⎿  Interrupted · What should Claude do instead?');
    expect(r.calls).toEqual([
      ['Read', {}],
      ['Read', {}],
    ]);
    expect(r.interrupts).toBe(1);
  });
});
