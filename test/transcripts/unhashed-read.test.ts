/**
 * ReadOptions.hash false: a read whose caller keys nothing by the file's hash (`dream sessions`' summaries)
 * gives the same sessions as a whole read, only with an empty contentHash, and summarizeFile counts exactly
 * what a whole read's sessions hold. Checked with the real readers on every fixture format.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTranscriptFile, sessionCounts, summarizeFile } from '../../src/transcripts/index.js';
import type { ReadOptions } from '../../src/transcripts/read.js';
import type { ReadIssue, Session } from '../../src/model/index.js';
import { fixtures } from './helpers.js';

async function read(file: string, opts: ReadOptions = {}): Promise<{ sessions: Session[]; issues: ReadIssue[] }> {
  const sessions: Session[] = [];
  const issues: ReadIssue[] = [];
  for await (const s of readTranscriptFile(file, { ...opts, onIssue: (i) => issues.push(i) })) sessions.push(s);
  return { sessions, issues };
}

const files = readdirSync(fixtures, { withFileTypes: true, recursive: true })
  .filter((d) => d.isFile())
  .map((d) => join(d.parentPath, d.name))
  .sort();

describe('a read that does not hash the file', () => {
  it('gives every fixture format the same sessions and issues, with an empty content hash', async () => {
    let sessions = 0;
    for (const file of files) {
      const whole = await read(file);
      const unhashed = await read(file, { hash: false });
      expect(unhashed.issues, file).toEqual(whole.issues);
      expect(unhashed.sessions.map((s) => s.contentHash)).toEqual(whole.sessions.map(() => ''));
      whole.sessions.forEach((s) => expect(s.contentHash, file).toMatch(/^[0-9a-f]{64}$/));
      expect(unhashed.sessions, file).toEqual(whole.sessions.map((s) => ({ ...s, contentHash: '' })));
      sessions += whole.sessions.length;
    }
    expect(files.length).toBeGreaterThan(20);
    expect(sessions).toBeGreaterThan(30);
  });

  it('is how summarizeFile reads: its counts are those of a whole read', async () => {
    for (const file of files) {
      const whole = await read(file);
      const summary = await summarizeFile(file);
      expect(summary.counts, file).toEqual(whole.sessions.map(sessionCounts));
      expect(summary.summary.issues, file).toEqual(whole.issues);
    }
  });
});
