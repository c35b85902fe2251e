/**
 * `dream run` hands the memory walk the directories its sessions crawl listed (sources/listings.ts), so
 * transcripts in the repository are not listed twice. The memory files found must be the ones a walk
 * of its own finds, in every place a transcript directory can hold them or lead to them.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverMemoryFiles, memoryListings } from '../../src/memory/discover.js';
import { expandSessionGlobsDetailed } from '../../src/sources/globs.js';

let root: string;
let repo: string;
const write = (p: string, text: string) => {
  mkdirSync(dirname(join(repo, p)), { recursive: true });
  writeFileSync(join(repo, p), text);
};
const paths = (files: { path: string }[]) => files.map((f) => f.path);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dream-listings-'));
  repo = join(root, 'repo');
  write('CLAUDE.md', '- top\n');
  for (let d = 0; d < 3; d++) for (let i = 0; i < 20; i++) write(`sessions/part-${d}/s${i}.jsonl`, '{}\n');
  // Memory files among the transcripts, deeper down, with look-alike names, and behind a symlink.
  write('sessions/part-1/CLAUDE.md', '- in a transcript folder\n');
  write('sessions/part-2/nested/AGENTS.md', '- nested\n');
  write('sessions/part-2/CLAUDE.md.jsonl', '{}\n');
  write('sessions/part-0/.claude/rules/r.md', '- rule\n');
  write('sessions/part-0/GEMINI.md', '- gemini\n');
  write('docs/AGENTS.md', '- docs\n');
  symlinkSync(join(repo, 'docs'), join(repo, 'sessions', 'linked'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the memory walk with the sessions crawl listings', () => {
  it('finds the memory files a walk of its own finds, for the default and a custom memory glob', async () => {
    for (const globs of [[], ['sessions/**/NOTES.md']]) {
      write('sessions/part-1/NOTES.md', '- notes\n');
      const own = await discoverMemoryFiles(repo, { globs });
      const listings = memoryListings(globs)!;
      const crawled = await expandSessionGlobsDetailed(repo, ['sessions/**/*.jsonl'], { listings });
      expect(crawled.files.length).toBeGreaterThanOrEqual(60);
      const shared = await discoverMemoryFiles(repo, { globs, listings });
      expect(paths(shared)).toEqual(paths(own));
      expect(shared.map((f) => f.text)).toEqual(own.map((f) => f.text));
      expect(paths(own)).toContain('sessions/part-1/CLAUDE.md');
      expect(paths(own)).toContain('sessions/part-0/GEMINI.md');
    }
  });

  it('takes the crawl listings instead of listing those directories again', async () => {
    const listings = memoryListings()!;
    await expandSessionGlobsDetailed(repo, ['sessions/**/*.jsonl'], { listings });
    // Written after the crawl listed part-1: the memory walk sees the folder as the crawl listed it.
    write('sessions/part-1/AGENTS.md', '- written after the crawl\n');
    expect(paths(await discoverMemoryFiles(repo, { listings }))).not.toContain('sessions/part-1/AGENTS.md');
    // Each listing is taken once: the next walk lists the folder itself.
    expect(paths(await discoverMemoryFiles(repo, { listings }))).toContain('sessions/part-1/AGENTS.md');
    // Control: a folder the crawl never listed is listed by the memory walk.
    write('other/AGENTS.md', '- elsewhere\n');
    const fresh = memoryListings()!;
    await expandSessionGlobsDetailed(repo, ['sessions/**/*.jsonl'], { listings: fresh });
    expect(paths(await discoverMemoryFiles(repo, { listings: fresh }))).toContain('other/AGENTS.md');
  });

  it('keeps only what the memory walk can use of a transcript folder', () => {
    const listings = memoryListings()!;
    const all = listings.list(join(repo, 'sessions', 'part-0'));
    expect(all.length).toBe(22);
    expect(
      listings
        .take(join(repo, 'sessions', 'part-0'))!
        .map((d) => d.name)
        .sort(),
    ).toEqual(['.claude', 'GEMINI.md']);
    expect(listings.take(join(repo, 'sessions', 'part-0'))).toBeUndefined();
  });
});
