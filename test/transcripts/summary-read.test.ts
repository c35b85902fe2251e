/**
 * summarizeFile (what `dream sessions` shows) reads no event's text: its read empties them unscanned and hashes
 * nothing (ReadOptions.cited, an empty set). Its rows must still count exactly what a whole read's sessions hold:
 * checked with the real readers on every fixture format, and on ../shared/corpus where it is present.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionCounts, summarizeFile } from '../../src/transcripts/index.js';
import { fixtures, readAll, repoRoot } from './helpers.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Compares a file's summary with a whole read of it; returns how many sessions it had. */
async function expectSameCounts(file: string): Promise<number> {
  const whole = await readAll(file);
  const read = await summarizeFile(file);
  expect(read.counts, file).toEqual(whole.sessions.map(sessionCounts));
  expect(read.summary.issues, file).toEqual(whole.issues);
  expect(read.summary.sessions, file).toBe(whole.sessions.length);
  return whole.sessions.length;
}

describe("a file's summary", () => {
  it('counts what a whole read holds, for every fixture format', async () => {
    const files = filesUnder(fixtures);
    let sessions = 0;
    for (const file of files) sessions += await expectSameCounts(file);
    expect(files.length).toBeGreaterThan(20);
    expect(sessions).toBeGreaterThan(30);
  });

  const corpus = resolve(repoRoot, '../shared/corpus');
  it.skipIf(!existsSync(corpus))(
    'counts what a whole read holds, on the real corpora',
    async () => {
      // The first three files of each corpus: every format it holds, at a bounded cost.
      const files = readdirSync(corpus, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .flatMap((d) => filesUnder(join(corpus, d.name)).slice(0, 3));
      let sessions = 0;
      for (const f of files) sessions += await expectSameCounts(f);
      expect(files.length).toBeGreaterThan(10);
      expect(sessions).toBeGreaterThan(10);
    },
    120_000,
  );
});
