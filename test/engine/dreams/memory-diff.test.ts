import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMemoryFile } from '../../../src/memory/parse.js';
import { diffMemoryFile, editsForNewFile, editsForRemovedFile, similarity } from '../../../src/engine/dreams/memory-diff.js';
import { CLAUDE_MD } from './fixtures.js';

const ctx = { rationale: 'r', evidence: [] };
const before = parseMemoryFile('CLAUDE.md', CLAUDE_MD);

describe('diffMemoryFile', () => {
  it('produces nothing for identical text', () => {
    expect(diffMemoryFile(before, CLAUDE_MD, ctx)).toEqual([]);
  });

  it('targets the entry ids of the repo file for updates and deletes', () => {
    const after = CLAUDE_MD.replace(
      '- Run `npm test` before committing.',
      '- Run `npm test` and `npm run lint` before committing.',
    ).replace('- Prefer small modules.\n', '');
    const edits = diffMemoryFile(before, after, ctx);
    const build = before.entries.find((e) => e.text.startsWith('- Run `npm test`'))!;
    const small = before.entries.find((e) => e.text === '- Prefer small modules.')!;
    expect(edits).toHaveLength(2);
    expect(edits).toContainEqual(expect.objectContaining({ op: 'update', entryId: build.id, before: build.text }));
    expect(edits).toContainEqual(expect.objectContaining({ op: 'delete', entryId: small.id, before: small.text }));
  });

  it('renaming a heading is one update, not an edit for every entry under it', () => {
    const edits = diffMemoryFile(before, CLAUDE_MD.replace('## Style', '## Code style'), ctx);
    expect(edits).toEqual([expect.objectContaining({ op: 'update', before: '## Style', after: '## Code style' })]);
  });

  it('adds a new section with its heading and entries, in order', () => {
    const edits = diffMemoryFile(before, `${CLAUDE_MD}\n## Deploy\n\n- Never deploy on Fridays.\n`, ctx);
    expect(edits.map((e) => [e.op, e.section, e.after])).toEqual([
      ['add', ['Project notes'], '## Deploy'],
      ['add', ['Project notes', 'Deploy'], '- Never deploy on Fridays.'],
    ]);
  });

  it('gives stable ids: the same change twice has the same edit ids, a different change does not', () => {
    const after = CLAUDE_MD.replace('Tabs', 'Spaces');
    const a = diffMemoryFile(before, after, ctx).map((e) => e.id);
    expect(diffMemoryFile(before, after, ctx).map((e) => e.id)).toEqual(a);
    expect(diffMemoryFile(before, CLAUDE_MD.replace('Tabs', 'Two spaces'), ctx).map((e) => e.id)).not.toEqual(a);
  });

  it('whole-file adds and deletes cover every entry', () => {
    expect(editsForRemovedFile(before, ctx).map((e) => e.op)).toEqual(before.entries.map(() => 'delete'));
    const added = editsForNewFile('.claude/rules/testing.md', '# Testing\n\n- Use vitest.\n', ctx);
    expect(added.map((e) => [e.file, e.after])).toEqual([
      ['.claude/rules/testing.md', '# Testing'],
      ['.claude/rules/testing.md', '- Use vitest.'],
    ]);
  });

  it('every entry of the result is either kept or named by an add or update (property)', () => {
    const bullet = fc.stringMatching(/^[a-z]{3,8}( [a-z]{3,8}){0,4}$/).map((s) => `- ${s}`);
    fc.assert(
      fc.property(
        fc.uniqueArray(bullet, { minLength: 0, maxLength: 8 }),
        fc.uniqueArray(bullet, { minLength: 0, maxLength: 8 }),
        (a, b) => {
          const oldText = `# T\n\n${a.join('\n')}\n`;
          const newText = `# T\n\n${b.join('\n')}\n`;
          const edits = diffMemoryFile(parseMemoryFile('AGENTS.md', oldText), newText, ctx);
          const named = new Set(edits.filter((e) => e.op !== 'delete').map((e) => e.after));
          const removed = new Set(edits.filter((e) => e.op !== 'add').map((e) => e.before));
          for (const line of b) expect(a.includes(line) || named.has(line)).toBe(true);
          for (const line of a) expect(b.includes(line) || removed.has(line)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('similarity', () => {
  it('is high for a reworded entry and zero for an unrelated one', () => {
    expect(similarity('- Use pnpm, not npm.', '- Use pnpm, never npm or yarn.')).toBeGreaterThanOrEqual(0.3);
    expect(similarity('- Tabs for indentation.', '- Run `pnpm lint` after edits.')).toBe(0);
  });
});
