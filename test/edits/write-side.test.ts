/**
 * Issue 12's write-side rules in the applier: replaced entries count against the per-pass cap like
 * removed ones, lines inside HTML comments are never touched, and an updated multi-line entry keeps
 * the bytes of the continuation lines it did not change.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/edits/apply.js';
import { edit, entryId, file, opts } from './helpers.js';

const EIGHT = ['- one rule', '- two rule', '- three rule', '- four rule', '- five rule', '- six rule', '- seven rule', '- eight rule'];

describe('the cap on removed entries', () => {
  it('counts updates: six of eight entries cannot be rewritten in one pass, two can', () => {
    const f = file('CLAUDE.md', `# P\n\n${EIGHT.join('\n')}\n`);
    const updates = EIGHT.slice(0, 6).map((l, i) =>
      edit({ op: 'update', file: 'CLAUDE.md', entryId: entryId(f, l.slice(2)), after: `- rewritten ${i}` }),
    );
    const r = applyEdits([f], updates, { ...opts, maxDeleteShare: 0.25 });
    expect(r.applied).toHaveLength(2);
    expect(r.rejected).toHaveLength(4);
    for (const x of r.rejected) expect(x.reason).toMatch(/would remove 3 of 8 entries in CLAUDE\.md, above the 25% allowed/);
    expect(r.changes[0]!.after.match(/rewritten/g)).toHaveLength(2);
  });

  it('does not count an update that leaves the text as it reads', () => {
    const f = file('CLAUDE.md', `# P\n\n${EIGHT.join('\n')}\n`);
    const same = EIGHT.slice(0, 4).map((l) => edit({ op: 'update', file: 'CLAUDE.md', entryId: entryId(f, l.slice(2)), after: `${l}  ` }));
    expect(applyEdits([f], same, { ...opts, maxDeleteShare: 0.25 }).rejected).toEqual([]);
  });
});

describe('HTML comments in memory files', () => {
  const text = '# P\n\n- visible rule\n\n<!--\n- hidden rule\n- another hidden\n-->\n\n## Later\n\n- later rule\n';
  it('refuses to update, delete or move an entry inside a comment', () => {
    const f = file('CLAUDE.md', text);
    const id = entryId(f, 'hidden rule');
    for (const op of ['update', 'delete'] as const) {
      const r = applyEdits([f], [edit({ op, file: 'CLAUDE.md', entryId: id, ...(op === 'update' ? { after: '- shown' } : {}) })], {
        ...opts,
        maxDeleteShare: 1,
      });
      expect(r.changes).toEqual([]);
      expect(r.rejected[0]!.reason).toMatch(/inside an HTML comment/);
    }
    // Control: the entry outside the comment is editable.
    const ok = applyEdits(
      [f],
      [edit({ op: 'update', file: 'CLAUDE.md', entryId: entryId(f, 'visible rule'), after: '- visible, rewritten' })],
      { ...opts, maxDeleteShare: 1 },
    );
    expect(ok.rejected).toEqual([]);
    expect(ok.changes[0]!.after).toBe(text.replace('- visible rule', '- visible, rewritten'));
  });
});

describe('continuation lines', () => {
  it('keeps a tab-indented continuation line byte for byte when the update rewrites only the first line', () => {
    const text = '# P\n\n- run the tests\n\twith the fixtures loaded\n- other\n';
    const f = file('CLAUDE.md', text);
    const r = applyEdits(
      [f],
      [
        edit({
          op: 'update',
          file: 'CLAUDE.md',
          entryId: entryId(f, 'run the tests'),
          after: '- run the unit tests\n  with the fixtures loaded',
        }),
      ],
      { ...opts, maxDeleteShare: 1 },
    );
    expect(r.rejected).toEqual([]);
    expect(r.changes[0]!.after).toBe('# P\n\n- run the unit tests\n\twith the fixtures loaded\n- other\n');
  });
});
