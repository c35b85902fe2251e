import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/edits/apply.js';
import { edit, entryId, file, opts } from './helpers.js';

const BASE = [
  '# Project',
  '',
  'Intro.',
  '',
  '## Testing',
  '',
  '* run `npm test`',
  '  * nested',
  '* lint first',
  '',
  '## Build',
  '',
  'Use make.',
  '',
].join('\n');

describe('applyEdits: add', () => {
  it("appends under the section in the neighbours' bullet style and leaves other lines alone", () => {
    const f = file('CLAUDE.md', BASE);
    const r = applyEdits(
      [f],
      [edit({ op: 'add', file: 'CLAUDE.md', section: ['Project', 'Testing'], after: '- use `PYTHONPATH=src pytest`' })],
      opts,
    );
    expect(r.rejected).toEqual([]);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]!.after).toBe(BASE.replace('* lint first\n', '* lint first\n* use `PYTHONPATH=src pytest`\n'));
  });

  it('creates a missing heading at the end of its parent section', () => {
    const f = file('CLAUDE.md', BASE);
    const r = applyEdits(
      [f],
      [edit({ op: 'add', file: 'CLAUDE.md', section: ['Project', 'Testing', 'Python'], after: 'set PYTHONPATH' })],
      opts,
    );
    expect(r.changes[0]!.after).toBe(BASE.replace('* lint first\n', '* lint first\n\n### Python\n\n* set PYTHONPATH\n'));
  });

  it('adds after a paragraph with a blank line, and after an empty section heading', () => {
    const f = file('CLAUDE.md', BASE + '\n## Empty\n## Next\n');
    const r = applyEdits(
      [f],
      [
        edit({ op: 'add', file: 'CLAUDE.md', section: ['Project', 'Build'], after: 'cache the build' }),
        edit({ op: 'add', file: 'CLAUDE.md', section: ['Project', 'Empty'], after: 'filled' }),
      ],
      opts,
    );
    expect(r.rejected).toEqual([]);
    expect(r.changes[0]!.after).toBe(
      BASE.replace('Use make.\n', 'Use make.\n\n* cache the build\n') + '\n## Empty\n\n* filled\n\n## Next\n',
    );
  });

  it('continues numbered lists and keeps CRLF and a missing final newline', () => {
    const text = '# Steps\r\n\r\n1. one\r\n2. two';
    const r = applyEdits(
      [file('AGENTS.md', text)],
      [
        edit({ op: 'add', file: 'AGENTS.md', section: ['Steps'], after: 'three', id: 'a' }),
        edit({ op: 'add', file: 'AGENTS.md', section: ['Steps'], after: 'four', id: 'b' }),
      ],
      opts,
    );
    expect(r.changes[0]!.after).toBe('# Steps\r\n\r\n1. one\r\n2. two\r\n3. three\r\n4. four');
  });

  it('creates a new file when the target does not exist', () => {
    const r = applyEdits([], [edit({ op: 'add', file: 'AGENTS.md', section: ['Shared'], after: 'lesson' })], opts);
    expect(r.changes).toEqual([{ path: 'AGENTS.md', before: '', after: '## Shared\n\n- lesson\n', created: true }]);
  });

  it('never touches skill frontmatter', () => {
    const text = '---\nname: x\n---\n- step\n';
    const r = applyEdits(
      [file('.claude/skills/x/SKILL.md', text)],
      [edit({ op: 'add', file: '.claude/skills/x/SKILL.md', after: 'another step' })],
      opts,
    );
    expect(r.changes[0]!.after).toBe('---\nname: x\n---\n- step\n- another step\n');
  });

  it('rejects duplicates of existing entries, whatever their marker, case or spacing', () => {
    const r = applyEdits(
      [file('CLAUDE.md', BASE)],
      [edit({ op: 'add', file: 'CLAUDE.md', section: ['Project', 'Build'], after: '-   LINT   first' })],
      opts,
    );
    expect(r.changes).toEqual([]);
    expect(r.rejected[0]!.reason).toMatch(/duplicate/);
    expect(r.rejected[0]!.by).toBe('apply');
  });
});

describe('applyEdits: update, delete, merge, move', () => {
  it('updates an entry in place, keeping its marker, and fills before', () => {
    const f = file('CLAUDE.md', BASE);
    const r = applyEdits(
      [f],
      [edit({ op: 'update', file: 'CLAUDE.md', entryId: entryId(f, 'lint first'), after: 'lint and typecheck first' })],
      opts,
    );
    expect(r.changes[0]!.after).toBe(BASE.replace('* lint first', '* lint and typecheck first'));
    expect(r.applied[0]!.before).toBe('* lint first');
  });

  it('refuses a stale before and an unknown entry', () => {
    const f = file('CLAUDE.md', BASE);
    const r = applyEdits(
      [f],
      [
        edit({ op: 'update', file: 'CLAUDE.md', entryId: entryId(f, 'lint first'), before: 'lint LAST', after: 'x y z' }),
        edit({ op: 'delete', file: 'CLAUDE.md', entryId: 'mdeadbeef0000' }),
      ],
      opts,
    );
    expect(r.changes).toEqual([]);
    expect(r.rejected.map((x) => x.reason).sort()).toEqual(
      [expect.stringMatching(/^stale before/), expect.stringMatching(/^unknown entry mdeadbeef0000/)].sort(),
    );
  });

  it('accepts a before that differs only in spacing, case or marker', () => {
    const f = file('CLAUDE.md', BASE);
    const r = applyEdits(
      [f],
      [edit({ op: 'update', file: 'CLAUDE.md', entryId: entryId(f, 'lint first'), before: '-  Lint First', after: 'lint after' })],
      opts,
    );
    expect(r.rejected).toEqual([]);
  });

  it("deletes at most maxDeleteShare of a file's entries, the same ones whatever the order", () => {
    const text = Array.from({ length: 8 }, (_, i) => `- entry ${i}`).join('\n') + '\n';
    const f = file('CLAUDE.md', text);
    const edits = f.entries.slice(0, 4).map((e, i) => edit({ op: 'delete', file: 'CLAUDE.md', entryId: e.id, id: `d${i}` }));
    const a = applyEdits([f], edits, opts);
    const b = applyEdits([f], [...edits].reverse(), opts);
    expect(a.applied.map((e) => e.id)).toEqual(['d0', 'd1']);
    expect(a.rejected.map((e) => e.edit.id)).toEqual(['d2', 'd3']);
    expect(a.rejected[0]!.reason).toMatch(/25%/);
    expect(b).toEqual(a);
    expect(a.changes[0]!.after).toBe(text.replace('- entry 0\n- entry 1\n', ''));
  });

  it('removes a paragraph without leaving a double blank line', () => {
    const text = 'one\n\ntwo\n\nthree\n\nfour\n';
    const f = file('CLAUDE.md', text);
    const r = applyEdits([f], [edit({ op: 'delete', file: 'CLAUDE.md', entryId: entryId(f, 'two') })], opts);
    expect(r.changes[0]!.after).toBe('one\n\nthree\n\nfour\n');
  });

  it('merges entries into a survivor and counts the merged ones and the replaced survivor as removals', () => {
    const text = '- a1\n- a2\n- b\n- c\n- d\n- e\n- f\n- g\n';
    const f = file('CLAUDE.md', text);
    const ok = applyEdits(
      [f],
      [edit({ op: 'merge', file: 'CLAUDE.md', entryId: entryId(f, 'a1'), mergedEntryIds: [entryId(f, 'a2')], after: 'a (merged)' })],
      opts,
    );
    expect(ok.changes[0]!.after).toBe('- a (merged)\n- b\n- c\n- d\n- e\n- f\n- g\n');
    const tooMany = applyEdits(
      [f],
      [
        edit({
          op: 'merge',
          file: 'CLAUDE.md',
          entryId: entryId(f, 'a1'),
          mergedEntryIds: ['a2', 'b', 'c'].map((t) => entryId(f, t)),
          after: 'all',
        }),
      ],
      opts,
    );
    expect(tooMany.changes).toEqual([]);
    expect(tooMany.rejected[0]!.reason).toMatch(/would remove 4 of 8/);
  });

  it('moves an entry to the shared file under the same section', () => {
    const claude = file('CLAUDE.md', '# Testing\n\n- local only\n- shared lesson\n- x\n- y\n');
    const agents = file('AGENTS.md', '# Testing\n\n- existing\n');
    const r = applyEdits(
      [claude, agents],
      [edit({ op: 'move', file: 'CLAUDE.md', entryId: entryId(claude, 'shared lesson'), toFile: 'AGENTS.md' })],
      opts,
    );
    expect(r.rejected).toEqual([]);
    expect(r.changes.map((c) => [c.path, c.after])).toEqual([
      ['AGENTS.md', '# Testing\n\n- existing\n- shared lesson\n'],
      ['CLAUDE.md', '# Testing\n\n- local only\n- x\n- y\n'],
    ]);
  });

  it('moves an entry under edit.section when given, not under its source heading path', () => {
    const claude = file('CLAUDE.md', '# Claude\n\n## Git\n\n- push with `git push -u origin HEAD`\n- a\n- b\n- c\n');
    const agents = file('AGENTS.md', '# Guide\n\n## Lessons from past sessions\n\n- existing\n\n## Other\n\n- z\n');
    const move = edit({
      op: 'move',
      file: 'CLAUDE.md',
      entryId: entryId(claude, 'push with'),
      toFile: 'AGENTS.md',
      section: ['Guide', 'Lessons from past sessions'],
    });
    const r = applyEdits([claude, agents], [move], opts);
    expect(r.rejected).toEqual([]);
    expect(r.changes.find((c) => c.path === 'AGENTS.md')?.after).toBe(
      '# Guide\n\n## Lessons from past sessions\n\n- existing\n- push with `git push -u origin HEAD`\n\n## Other\n\n- z\n',
    );
  });

  it('applies edits for a redirecting file to its target', () => {
    const claude = file('CLAUDE.md', '@AGENTS.md\n');
    const agents = file('AGENTS.md', '- one\n');
    expect(claude.redirectTo).toBe('AGENTS.md');
    const r = applyEdits([claude, agents], [edit({ op: 'add', file: 'CLAUDE.md', after: 'two' })], opts);
    expect(r.changes).toEqual([{ path: 'AGENTS.md', before: '- one\n', after: '- one\n- two\n', created: false }]);
    expect(r.applied[0]!.file).toBe('AGENTS.md');
  });

  it('refuses a second edit to the same entry in one pass', () => {
    const f = file('CLAUDE.md', BASE);
    const id = entryId(f, 'lint first');
    const r = applyEdits(
      [f],
      [
        edit({ op: 'update', file: 'CLAUDE.md', entryId: id, after: 'v1', id: 'u1' }),
        edit({ op: 'update', file: 'CLAUDE.md', entryId: id, after: 'v2', id: 'u2' }),
      ],
      opts,
    );
    expect(r.applied.map((e) => e.id)).toEqual(['u1']);
    expect(r.rejected[0]!.reason).toMatch(/already changed/);
  });
});

describe('applyEdits: limits', () => {
  it('rejects an add that would overflow the line budget and never truncates', () => {
    const text = Array.from({ length: 10 }, (_, i) => `- e${i}`).join('\n') + '\n';
    const r = applyEdits([file('CLAUDE.md', text)], [edit({ op: 'add', file: 'CLAUDE.md', after: 'one more' })], {
      ...opts,
      budget: { maxLines: 10, maxBytes: 1e6 },
    });
    expect(r.changes).toEqual([]);
    expect(r.rejected[0]!.reason).toMatch(/over its budget of 10 lines/);
  });

  it('rejects by bytes too, but still lets an over-budget file shrink', () => {
    const text = '- aaaaaaaaaa\n- bbbbbbbbbb\n- cccccccccc\n- dddddddddd\n';
    const f = file('CLAUDE.md', text);
    const tight = { ...opts, budget: { maxLines: 100, maxBytes: 20 } };
    const r = applyEdits(
      [f],
      [edit({ op: 'add', file: 'CLAUDE.md', after: 'x' }), edit({ op: 'delete', file: 'CLAUDE.md', entryId: entryId(f, 'aaa') })],
      tight,
    );
    expect(r.applied.map((e) => e.op)).toEqual(['delete']);
    expect(r.rejected.map((e) => e.edit.op)).toEqual(['add']);
  });

  it('rejects entries above maxEntryBytes', () => {
    const r = applyEdits([file('CLAUDE.md', '- a\n')], [edit({ op: 'add', file: 'CLAUDE.md', after: 'x'.repeat(601) })], opts);
    expect(r.rejected[0]!.reason).toMatch(/601 bytes/);
  });

  it('refuses personal memory', () => {
    const r = applyEdits([], [edit({ op: 'add', file: 'CLAUDE.local.md', after: 'x' })], opts);
    expect(r.changes).toEqual([]);
    expect(r.rejected[0]!.reason).toMatch(/personal/);
  });
});
