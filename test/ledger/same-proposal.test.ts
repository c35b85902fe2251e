/**
 * The ledger's one rule for "the same lesson reworded is the same proposal" (ledger/same-proposal.ts), through the
 * real ledger: what a pass proposed or a reviewer rejected, and what the next pass is then held back from, in any
 * words, until the pattern gains sessions beyond those recorded.
 */
import { describe, expect, it } from 'vitest';
import { emptyLedger, isSuppressed, recordPatterns, recordProposed, recordRejected, suppressedEditIds } from '../../src/ledger/index.js';
import type { Edit, Pattern } from '../../src/model/index.js';

const pattern = (id: string, sessions: string[]): Pattern => ({
  id,
  kind: 'instruction',
  signature: `pos|${id}`,
  summary: 'User said: "always run the seed before committing"',
  support: { sessions: sessions.length, agents: 1 },
  sessions,
  agents: ['claude-code'],
  signals: [],
});

const edit = (id: string, extra: Partial<Edit> = {}): Edit => ({
  id,
  op: 'add',
  file: 'CLAUDE.md',
  after: '- Run `make seed` before committing.',
  rationale: 'asked twice',
  evidence: [],
  patternId: 'p1',
  ...extra,
});

/** The set the next pass gets after `edits` were proposed and the PR closed unmerged. */
function afterRejecting(edits: Edit[], sessionsNow = ['s1', 's2']): Set<string> {
  const l = emptyLedger();
  recordPatterns(l, [pattern('p1', ['s1', 's2'])], 'T1');
  recordProposed(l, edits, 'T1');
  recordRejected(
    l,
    edits.map((e) => ({ id: e.id, ...(e.patternId ? { patternId: e.patternId } : {}), sessions: ['s1', 's2'] })),
    'T2',
  );
  return suppressedEditIds(l, [pattern('p1', sessionsNow)]);
}

describe('the same lesson reworded is the same proposal', () => {
  const held = afterRejecting([edit('e-add')]);

  it('holds back the lesson in new words, as an add or as an update of any entry of the same file', () => {
    expect(isSuppressed(edit('e-other-words', { after: '- Always seed first.' }), held)).toBe(true);
    expect(isSuppressed(edit('e-upd', { op: 'update', entryId: 'x1', before: '- Seed.' }), held)).toBe(true);
    expect(isSuppressed(edit('e-upd2', { op: 'update', entryId: 'x2', before: '- Commit.' }), held)).toBe(true);
  });

  it('does not hold back the lesson in another file, another pattern, or an edit tied to no pattern', () => {
    expect(isSuppressed(edit('e-agents', { file: 'AGENTS.md' }), held)).toBe(false);
    expect(isSuppressed(edit('e-p2', { patternId: 'p2' }), held)).toBe(false);
    const { patternId: _, ...free } = edit('e-free');
    expect(isSuppressed(free, held)).toBe(false);
    // Its own id still is: a hosted dream's edit, tied to no pattern, is known by its id alone.
    const { patternId: __, ...same } = edit('e-add');
    expect(isSuppressed(same, held)).toBe(true);
  });

  it('tells deletes, merges and moves apart by the entries they change', () => {
    const del = edit('e-del', { op: 'delete', entryId: 'x1', after: undefined, before: '- Old.' });
    const merge = edit('e-merge', { op: 'merge', entryId: 'x1', mergedEntryIds: ['x2'] });
    const move = edit('e-move', { op: 'move', entryId: 'x1', toFile: 'docs/CLAUDE.md' });
    const h = afterRejecting([del, merge, move]);
    expect(isSuppressed({ ...del, id: 'e-del-2' }, h)).toBe(true);
    expect(isSuppressed({ ...del, id: 'e-del-3', entryId: 'x9' }, h)).toBe(false);
    expect(isSuppressed({ ...merge, id: 'e-merge-2' }, h)).toBe(true);
    expect(isSuppressed({ ...merge, id: 'e-merge-3', mergedEntryIds: ['x3'] }, h)).toBe(false);
    expect(isSuppressed({ ...move, id: 'e-move-2' }, h)).toBe(true);
    expect(isSuppressed({ ...move, id: 'e-move-3', toFile: 'lib/CLAUDE.md' }, h)).toBe(false);
    // None of them teaches the lesson in words: an add of it is not held back by them.
    expect(isSuppressed(edit('e-add-2'), h)).toBe(false);
  });

  it('lets a lesson with new evidence come back, in any words', () => {
    const lifted = afterRejecting([edit('e-add')], ['s1', 's2', 's3']);
    expect(isSuppressed(edit('e-add'), lifted)).toBe(false);
    expect(isSuppressed(edit('e-new-words', { after: '- Seed, then commit.' }), lifted)).toBe(false);
  });

  it('a rejection the ledger never saw proposed (no op, no file) holds back its id only', () => {
    const l = emptyLedger();
    recordPatterns(l, [pattern('p1', ['s1', 's2'])], 'T1');
    recordRejected(l, [{ id: 'e-lost', patternId: 'p1', sessions: ['s1', 's2'] }], 'T2');
    const h = suppressedEditIds(l, [pattern('p1', ['s1', 's2'])]);
    expect(isSuppressed(edit('e-lost'), h)).toBe(true);
    expect(isSuppressed(edit('e-any'), h)).toBe(false);
  });
});
