import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapePath, glob } from 'tinyglobby';
import { crawl, nameFilter } from '../../src/sources/crawl.js';
import { directoryGlobs } from '../../src/config/transcript-files.js';

let root: string;

const FILES = [
  'a.jsonl',
  'notes.md',
  '.hidden.jsonl',
  'sessions/one.jsonl',
  'sessions/two.txt',
  'sessions/deep/er/three.jsonl',
  'sessions/.dot/four.jsonl',
  'sessions/sub/subagents/agent-1.jsonl',
  'sessions (old)/five.jsonl',
  'sessions (old)/x/six.jsonl',
  'br[a]ck/seven.jsonl',
  'node_modules/pkg/x.jsonl',
  'sub/node_modules/y.jsonl',
  '.git/z.jsonl',
  'dist/w.jsonl',
  'trajs/one.traj',
  'trajs/x/2024-01-02_10-00-00Z-chat.md',
  'x/.specstory/history/h.md',
  'x/y.aider.chat.history.md',
  'CLAUDE.md',
  'pkg/CLAUDE.md',
  '.claude/rules/r.md',
  '.claude/rules/deep/s.md',
  '.claude/skills/k/SKILL.md',
];

const PATTERNS: string[][] = [
  ['sessions/**/*.jsonl'],
  ['**/*.jsonl'],
  ['*.jsonl'],
  ['sessions/*.jsonl'],
  ['sessions/**'],
  ['**'],
  ['sessions/'],
  ['./sessions/**/*.jsonl'],
  ['sessions/one.jsonl'],
  ['sessions/{one,two}.*'],
  ['sessions/**/*.@(jsonl|txt)'],
  ['sessions/**/!(one).jsonl'],
  ['{sessions,trajs}/**/*'],
  ['sessions/deep/**/*.jsonl', 'sessions/sub/**/*.jsonl'],
  [`${escapePath('sessions (old)')}/**/*.jsonl`],
  directoryGlobs(escapePath('sessions (old)')),
  directoryGlobs(escapePath('br[a]ck')),
  directoryGlobs('trajs'),
  directoryGlobs('x'),
  ['**/CLAUDE.md', '**/AGENTS.md', '.claude/rules/**/*.md', '.claude/skills/*/SKILL.md'],
  ['s?ssions/[ot]*.jsonl'],
  ['missing/**/*.jsonl'],
  ['sessions/**/*.jsonl', '!sessions/deep/**'],
  ['linked/*.jsonl'],
];

const IGNORES: string[][] = [
  ['**/node_modules/**', '**/.git/**'],
  ['**/node_modules/**', '**/.git/**', '**/subagents/**'],
  ['**/node_modules/**', '**/.git/**', 'sessions/deep'],
  ['**/node_modules/**', '**/.git/**', '**/dist/**', '!sessions/one.jsonl'],
  [],
];

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'dream-crawl-'));
  for (const f of FILES) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), '{}\n');
  }
  // Symlinks are neither entered nor matched by either, with this listing.
  symlinkSync(path.join(root, 'sessions'), path.join(root, 'linked'));
  symlinkSync(path.join(root, 'a.jsonl'), path.join(root, 'sessions', 'link.jsonl'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('crawl', () => {
  it('finds what tinyglobby finds, for every pattern and ignore list', async () => {
    for (const patterns of PATTERNS)
      for (const ignore of IGNORES) {
        const theirs = await glob(patterns, {
          cwd: root,
          ignore,
          dot: true,
          onlyFiles: true,
          followSymbolicLinks: false,
          expandDirectories: false,
          absolute: false,
        });
        const ours = crawl({ cwd: root, patterns, ignore });
        expect({ patterns, ignore, files: [...ours].sort() }).toEqual({ patterns, ignore, files: [...theirs].sort() });
      }
  });

  it('starts at the common literal directory, so a symlinked base directory is listed', () => {
    expect(crawl({ cwd: root, patterns: ['linked/*.jsonl'], ignore: [] }).sort()).toEqual(['linked/one.jsonl']);
  });

  it('passes over a directory it cannot list', () => {
    expect(crawl({ cwd: path.join(root, 'nowhere'), patterns: ['**/*.jsonl'], ignore: [] })).toEqual([]);
  });
});

describe('nameFilter', () => {
  it('passes the name of every file a pattern matches', async () => {
    for (const patterns of PATTERNS) {
      const named = nameFilter(patterns);
      if (!named) continue;
      const found = await glob(patterns, { cwd: root, dot: true, onlyFiles: true, expandDirectories: false });
      expect(found.filter((f) => !named(path.posix.basename(f)))).toEqual([]);
    }
  });

  it("turns away names none of the memory globs' last segments match", () => {
    const named = nameFilter(['**/CLAUDE.md', '**/AGENTS.md', '.claude/rules/**/*.md', '.claude/skills/*/SKILL.md'])!;
    expect(['CLAUDE.md', 'SKILL.md', 'x.md', '.x.md'].every(named)).toBe(true);
    expect(['one.jsonl', 'CLAUDE.md.bak', 'md'].some(named)).toBe(false);
  });

  it('tests nothing when a last segment may hide a path (a globstar, a brace, an extglob)', () => {
    for (const g of ['sessions/**', '**', 'a/{b,c/d}', 'a/@(x|y/z)', 'a/[/]x']) expect(nameFilter(['**/*.md', g])).toBeUndefined();
  });
});
