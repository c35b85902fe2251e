import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMemoryFile } from '../../src/memory/parse.js';
import { checkMemoryPath, unsafePathReason } from '../../src/guards/paths.js';
import { globMatcher } from '../../src/sources/glob.js';
import type { GuardContext } from '../../src/guards/types.js';
import { runGuards } from '../../src/guards/index.js';
import { addEdit, tempDir, writeTree } from './fixtures.js';

let root: string;
let repo: string;
let ctx: GuardContext;

beforeAll(() => {
  root = tempDir('dream-paths-');
  repo = join(root, 'repo');
  writeTree(repo, { 'CLAUDE.md': '# Testing\n', 'AGENTS.md': '- a\n', 'README.md': '# readme\n', 'pkg/CLAUDE.md': '@../AGENTS.md\n' });
  mkdirSync(join(root, 'outside'));
  writeFileSync(join(root, 'outside', 'CLAUDE.md'), '- theirs\n');
  symlinkSync(join(root, 'outside'), join(repo, 'linkdir'));
  symlinkSync(join(root, 'outside', 'CLAUDE.md'), join(repo, 'sym-CLAUDE.md'));
  ctx = {
    repoDir: repo,
    memory: ['CLAUDE.md', 'AGENTS.md'].map((p) => parseMemoryFile(p, '- a\n')),
    memoryGlobs: ['docs/memory/*.md'],
    maxEdits: 10,
    maxEntryBytes: 600,
  };
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('path guard', () => {
  it.each([
    ['../CLAUDE.md', /climbs out/],
    ['docs/../../x.md', /climbs out/],
    ['/etc/passwd', /absolute/],
    ['C:/x/CLAUDE.md', /absolute/],
    ['~/CLAUDE.md', /absolute/],
    ['.github/workflows/x.yml', /\.github/],
    ['.GitHub/copilot-instructions.md', /\.github/],
    ['.github/instructions/py.instructions.md', /\.github/],
    ['.github/copilot-instructions.md/x.md', /\.github/],
    ['docs/.github/copilot-instructions.md', /\.github/],
    ['docs\\..\\CLAUDE.md', /backslash/],
    ['./CLAUDE.md', /canonical/],
    ['docs//CLAUDE.md', /canonical/],
    ['.git/hooks/pre-commit.md', /\.git\//],
    ['CLAUDE.local.md', /personal/],
    ['pkg/claude.LOCAL.md', /personal/],
    ['CLAUDE.md\u0000.txt', /control/],
    ['package.json', /not a markdown/],
    ['', /empty/],
    ['.github./workflows/x.md', /trailing dot/],
    ['CLAUDE.md:stream', /colon/],
    ['docs /CLAUDE.md', /trailing dot, space/],
  ])('refuses %j', (path, reason) => {
    expect(unsafePathReason(path)).toMatch(reason);
    expect(checkMemoryPath(path, ctx)).toMatch(reason);
  });

  it('refuses symlinks that resolve outside the repository, for existing and new files', () => {
    expect(checkMemoryPath('linkdir/CLAUDE.md', ctx)).toMatch(/outside the repository/);
    expect(checkMemoryPath('linkdir/new/AGENTS.md', ctx)).toMatch(/outside the repository/);
    const withSym = { ...ctx, memory: [...ctx.memory, parseMemoryFile('sym-CLAUDE.md', '')] };
    expect(checkMemoryPath('sym-CLAUDE.md', withSym)).toMatch(/outside the repository/);
  });

  it('accepts discovered files, redirect targets and new files under memory globs only', () => {
    expect(checkMemoryPath('CLAUDE.md', ctx)).toBeUndefined();
    expect(checkMemoryPath('docs/memory/testing.md', ctx)).toBeUndefined();
    expect(checkMemoryPath('sub/AGENTS.md', ctx)).toBeUndefined();
    expect(checkMemoryPath('README.md', ctx)).toMatch(/not a discovered memory file/);
    expect(checkMemoryPath('docs/other.md', ctx)).toMatch(/not under any memory glob/);
    expect(checkMemoryPath('.claude/skills/new/SKILL.md', ctx)).toMatch(
      /skills\)'s memory, edited where the repository keeps it but never created/,
    );
  });

  it("edits Copilot's .github/copilot-instructions.md only when the repository keeps it, and never creates it", () => {
    const path = '.github/copilot-instructions.md';
    expect(unsafePathReason(path)).toBeUndefined();
    expect(checkMemoryPath(path, ctx)).toMatch(/never created/);
    expect(checkMemoryPath(path, { ...ctx, memory: [...ctx.memory, parseMemoryFile(path, '- a\n')] })).toBeUndefined();
  });

  it("edits Cline's, Roo Code's and Kilo Code's rules files only where the repository keeps them, and never creates one", () => {
    for (const path of ['.clinerules/02-git.md', '.roo/rules/style.md', '.roo/rules-code/ts.md', '.kilocode/rules/git.md']) {
      expect(checkMemoryPath(path, ctx)).toMatch(/never created/);
      expect(checkMemoryPath(path, { ...ctx, memory: [...ctx.memory, parseMemoryFile(path, '- a\n')] })).toBeUndefined();
    }
  });

  it("edits Codex's AGENTS.override.md only where the repository keeps it: creating one would hide AGENTS.md from Codex", () => {
    for (const path of ['AGENTS.override.md', 'sub/AGENTS.override.md']) {
      expect(checkMemoryPath(path, ctx)).toMatch(/never created/);
      expect(checkMemoryPath(path, { ...ctx, memory: [...ctx.memory, parseMemoryFile(path, '- a\n')] })).toBeUndefined();
    }
  });

  it("reads Cursor's and Windsurf's rules and Copilot's path-specific instructions, and never writes them, even where they exist", () => {
    for (const path of [
      '.cursor/rules/testing.md',
      '.cursor/rules/backend/db.md',
      '.windsurf/rules/style.md',
      '.clinerules',
      '.cursorrules',
      '.cursor/rules/style.mdc',
      '.github/instructions/py.instructions.md',
    ]) {
      const kept = { ...ctx, memory: [...ctx.memory, parseMemoryFile(path, '- a\n')] };
      expect(checkMemoryPath(path, ctx), path).toMatch(/never written|not a markdown|\.github/);
      expect(checkMemoryPath(path, kept), path).toMatch(/never written|not a markdown|\.github/);
    }
    // Markdown in a read-only location says so by name, not through the extension check.
    expect(checkMemoryPath('.windsurf/rules/style.md', ctx)).toMatch(/Windsurf's memory, read to know what it holds but never written/);
    expect(checkMemoryPath('.cursor/rules/testing.md', ctx)).toMatch(/Cursor's memory/);
  });

  it('checks the destination of a move and rejects through runGuards with by=guard:paths', () => {
    const ev = [{ session: 's', file: 'f.jsonl', line: 1, quote: 'quote text' }];
    const edits = [
      addEdit('x', ev, { op: 'move', entryId: 'm1', toFile: '../escape.md' }),
      addEdit('x', ev, { file: '.github/workflows/ci.md' }),
      addEdit('x', ev, { op: 'move', entryId: 'm1' }),
    ];
    const r = runGuards(edits, ctx);
    expect(r.accepted).toEqual([]);
    expect(r.rejected.map((x) => [x.by, x.reason])).toEqual([
      ['guard:paths', expect.stringMatching(/climbs out/)],
      ['guard:paths', expect.stringMatching(/\.github/)],
      ['guard:paths', expect.stringMatching(/empty path/)],
    ]);
  });
});

describe('globMatcher', () => {
  it('matches globstars, stars, braces and classes', () => {
    expect(globMatcher(['**/AGENTS.md'])('AGENTS.md')).toBe(true);
    expect(globMatcher(['**/AGENTS.md'])('a/b/AGENTS.md')).toBe(true);
    expect(globMatcher(['docs/*.md'])('docs/a/b.md')).toBe(false);
    expect(globMatcher(['docs/{a,b}/[xy].md'])('docs/b/y.md')).toBe(true);
    expect(globMatcher(['docs/{a,b}/[xy].md'])('docs/c/y.md')).toBe(false);
    expect(globMatcher(['a.md'])('aXmd')).toBe(false);
    // As tinyglobby finds files: `**` only spans directories as a whole segment (the old converter said true).
    expect(globMatcher(['docs/**.md'])('docs/a/b.md')).toBe(false);
    expect(globMatcher(['**/*.md'])('.claude/rules/x.md')).toBe(true);
  });
});
