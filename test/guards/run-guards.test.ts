import { describe, expect, it } from 'vitest';
import { parseMemoryFile } from '../../src/memory/parse.js';
import type { Edit } from '../../src/model/index.js';
import { runGuards } from '../../src/guards/index.js';
import { capEdits } from '../../src/guards/budget.js';
import type { GuardContext } from '../../src/guards/types.js';
import { addEdit } from './fixtures.js';

const ctx: GuardContext = {
  repoDir: process.cwd(),
  memory: [parseMemoryFile('CLAUDE.md', '# Testing\n')],
  memoryGlobs: [],
  maxEdits: 2,
  maxEntryBytes: 50,
};
const ev = [{ session: 's', file: 'f.jsonl', line: 1, quote: 'quoted text' }];

describe('runGuards', () => {
  it('keeps the best supported edits up to maxEdits, ties by id, in input order', () => {
    const edits = [
      addEdit('a', ev, { id: 'c', support: { sessions: 2, agents: 1 } }),
      addEdit('b', ev, { id: 'b', support: { sessions: 5, agents: 1 } }),
      addEdit('c', ev, { id: 'a', support: { sessions: 2, agents: 1 } }),
      addEdit('d', ev, { id: 'd', support: { sessions: 2, agents: 2 } }),
    ];
    const r = runGuards(edits, ctx);
    expect(r.accepted.map((e) => e.id)).toEqual(['b', 'd']);
    expect(r.rejected.map((x) => [x.edit.id, x.by, x.reason])).toEqual([
      ['a', 'guard:budget', 'over the limit of 2 edits per pass'],
      ['c', 'guard:budget', 'over the limit of 2 edits per pass'],
    ]);
    expect(
      runGuards([...edits].reverse(), ctx)
        .accepted.map((e) => e.id)
        .sort(),
    ).toEqual(['b', 'd']);
  });

  it('rejects entries above maxEntryBytes', () => {
    const r = runGuards([addEdit('x'.repeat(51), ev)], ctx);
    expect(r.rejected[0]!.reason).toBe('entry is 51 bytes, above the 50-byte limit per entry');
  });

  it('fails closed when a guard throws on malformed input', () => {
    const broken = { ...addEdit('fine', ev), section: 5 } as unknown as Edit;
    const r = runGuards([broken], ctx);
    expect(r.accepted).toEqual([]);
    expect(r.rejected[0]!.reason).toMatch(/^guard failed: /);
  });

  it('capEdits keeps nothing when maxEdits is 0', () => {
    expect(capEdits([addEdit('a', ev)], 0).kept).toEqual([]);
  });
});
