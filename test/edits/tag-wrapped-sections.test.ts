/**
 * CLAUDE.md sections wrapped in XML-style tags for the model (`<tdd_discipline>` … `</tdd_discipline>`): the tag lines
 * are the wrapper's markup. An edit of the bullet above a closing tag must leave the tag where it is, and a lesson added
 * to a section lands inside that section's wrapper, never after the next section's opening tag.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/edits/apply.js';
import { edit, entryId, file, opts } from './helpers.js';

const WRAPPED = [
  '# Project',
  '',
  '<testing_rules>',
  '## Testing',
  '- Write the failing test first.',
  '- Run `make test` before committing.',
  '</testing_rules>',
  '',
  '<style_rules attr="x">',
  '## Style',
  '- Keep functions short.',
  '- Prefer early returns.',
  '</style_rules>',
  '',
].join('\n');

/** Another wrapper spelling: closing tag glued to the last bullet, opening tag right above the next heading. */
const TIGHT = [
  '## Workflow',
  '* Plan before coding.',
  '* Ask before deleting files.',
  '</workflow>',
  '<review>',
  '## Review',
  '* Read the diff.',
  '',
].join('\n');

describe('memory sections wrapped in XML-style tags', () => {
  it('a closing tag is no part of the bullet above it', () => {
    for (const [text, bullet] of [
      [WRAPPED, 'make test'],
      [WRAPPED, 'early returns'],
      [TIGHT, 'Ask before deleting'],
    ] as const) {
      const f = file('CLAUDE.md', text);
      const e = f.entries.find((x) => x.text.includes(bullet))!;
      expect(e.text).not.toMatch(/<\//);
      expect(e.endLine).toBe(e.startLine);
      // The tags are no entries: nothing can edit or delete them.
      expect(f.entries.some((x) => /^\s*<\/?[a-z_]+/i.test(x.text))).toBe(false);
    }
  });

  it('an update or a delete of that bullet leaves the tag in place', () => {
    const f = file('CLAUDE.md', WRAPPED);
    const up = applyEdits(
      [f],
      [
        edit({
          op: 'update',
          file: 'CLAUDE.md',
          entryId: entryId(f, 'make test'),
          after: 'Run `make test` and `make lint` before committing.',
        }),
      ],
      opts,
    );
    expect(up.rejected).toEqual([]);
    expect(up.changes[0]!.after).toBe(
      WRAPPED.replace('- Run `make test` before committing.', '- Run `make test` and `make lint` before committing.'),
    );
    const t = file('CLAUDE.md', TIGHT);
    const del = applyEdits([t], [edit({ op: 'delete', file: 'CLAUDE.md', entryId: entryId(t, 'Ask before deleting') })], opts);
    expect(del.rejected).toEqual([]);
    expect(del.changes[0]!.after).toBe(TIGHT.replace('* Ask before deleting files.\n', ''));
  });

  it('a lesson added to a section lands inside its wrapper', () => {
    const f = file('CLAUDE.md', WRAPPED);
    const r = applyEdits(
      [f],
      [edit({ op: 'add', file: 'CLAUDE.md', section: ['Project', 'Testing'], after: 'Use `pytest -x` locally.' })],
      opts,
    );
    expect(r.rejected).toEqual([]);
    expect(r.changes[0]!.after).toBe(
      WRAPPED.replace('- Run `make test` before committing.\n', '- Run `make test` before committing.\n- Use `pytest -x` locally.\n'),
    );
    const t = file('CLAUDE.md', TIGHT);
    const r2 = applyEdits([t], [edit({ op: 'add', file: 'CLAUDE.md', section: ['Workflow'], after: 'Commit in small steps.' })], opts);
    expect(r2.changes[0]!.after).toBe(
      TIGHT.replace('* Ask before deleting files.\n', '* Ask before deleting files.\n* Commit in small steps.\n'),
    );
  });

  it("a new subsection lands inside its parent's wrapper, not after the next section's opening tag", () => {
    const f = file('CLAUDE.md', WRAPPED);
    const r = applyEdits(
      [f],
      [edit({ op: 'add', file: 'CLAUDE.md', section: ['Project', 'Testing', 'Fixtures'], after: 'Keep fixtures small.' })],
      opts,
    );
    expect(r.rejected).toEqual([]);
    const after = r.changes[0]!.after;
    const at = after.indexOf('### Fixtures');
    expect(at).toBeGreaterThan(after.indexOf('- Run `make test` before committing.'));
    expect(at).toBeLessThan(after.indexOf('</testing_rules>'));
    expect(after.indexOf('Keep fixtures small.')).toBeLessThan(after.indexOf('</testing_rules>'));
  });

  it('controls: a tag indented inside an item, and a tag within a line, stay part of their entry', () => {
    const text = [
      '## Rules',
      '- Show an example:',
      '  <example>',
      '  npm test',
      '  </example>',
      '- Render `<Button>` with <Icon/> inside.',
      '',
    ].join('\n');
    const f = file('CLAUDE.md', text);
    const first = f.entries.find((x) => x.text.includes('Show an example'))!;
    expect(first.text).toContain('</example>');
    expect(first.endLine - first.startLine).toBe(3);
    expect(f.entries.some((x) => x.text.includes('<Icon/> inside'))).toBe(true);
  });
});
