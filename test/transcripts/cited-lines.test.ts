/**
 * ReadOptions.cited: a transcript re-read to check a few cited lines (the evidence guard) keeps every
 * session, event, kind, line and label, the cited lines' events exactly as a whole read gives them, and
 * every other event's texts emptied before any scan (but those too short for any secret rule), so nothing unredacted is stored, and the file is not
 * hashed (its sessions' contentHash is empty). Checked with the
 * real readers on every fixture format, and on ../shared/corpus where it is present.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import type { Session, SessionEvent } from '../../src/model/index.js';
import { fixtures, repoRoot } from './helpers.js';

async function read(file: string, cited?: ReadonlySet<number>): Promise<Session[]> {
  const out: Session[] = [];
  for await (const s of readTranscriptFile(file, cited ? { cited } : {})) out.push(s);
  return out;
}

/** A text as an uncited event keeps it: emptied, unless too short for any secret rule (kept as a whole read stores it). */
const uncited = (text: string): string => (text.length < 8 ? text : '');

/** The event with its texts emptied, as a read that does not cite its line gives it. */
function emptied(e: SessionEvent): SessionEvent {
  switch (e.kind) {
    case 'tool_call':
      return { ...e, input: {}, ...(e.command !== undefined ? { command: uncited(e.command) } : {}) };
    case 'compaction':
      return { ...e, summary: uncited(e.summary) };
    case 'subagent_link':
      return e.description !== undefined ? { ...e, description: uncited(e.description) } : e;
    default:
      return { ...e, text: uncited(e.text) };
  }
}

/** Every file under `dir` (recursively), sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Every third line that holds an event: cited lines sit between lines that are not. */
function someLines(sessions: Session[]): Set<number> {
  const lines = [...new Set(sessions.flatMap((s) => s.events.map((e) => e.origin.line)))].sort((a, b) => a - b);
  return new Set(lines.filter((_, i) => i % 3 === 1));
}

/** Compares a cited read with a whole one; returns how many events each kind of line had. */
async function expectCitedRead(file: string): Promise<{ cited: number; emptied: number }> {
  const whole = await read(file);
  const cited = someLines(whole);
  const part = await read(file, cited);
  expect(part.map((s) => s.id)).toEqual(whole.map((s) => s.id));
  const counts = { cited: 0, emptied: 0 };
  whole.forEach((s, i) => {
    const p = part[i]!;
    // The file is not hashed for a cited read (nothing keys it by its hash): the whole read's hash is there, the cited read's empty.
    expect(s.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect({ ...p, events: p.events.length }).toEqual({ ...s, contentHash: '', events: s.events.length });
    s.events.forEach((e, k) => {
      const kept = cited.has(e.origin.line);
      counts[kept ? 'cited' : 'emptied']++;
      expect(p.events[k], `${file}:${e.origin.line}`).toEqual(kept ? e : emptied(e));
    });
  });
  return counts;
}

describe('a read that cites some lines', () => {
  it('gives every fixture format the same sessions, the cited events whole and the others emptied', async () => {
    const totals = { cited: 0, emptied: 0, files: 0 };
    for (const file of filesUnder(fixtures)) {
      const c = await expectCitedRead(file);
      totals.cited += c.cited;
      totals.emptied += c.emptied;
      totals.files++;
    }
    // Both kinds of line were seen, across many files: the comparison compared something.
    expect(totals.files).toBeGreaterThan(20);
    expect(totals.cited).toBeGreaterThan(30);
    expect(totals.emptied).toBeGreaterThan(60);
  });

  const work = mkdtempSync(join(tmpdir(), 'dream-cited-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const token = 'ghp_' + 'aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5';
  const file = join(work, 's.jsonl');
  const line = (o: object) => JSON.stringify({ sessionId: 's1', cwd: '/repo', timestamp: '2026-01-01T00:00:00Z', ...o });
  writeFileSync(
    file,
    [
      line({ type: 'user', uuid: 'u1', message: { role: 'user', content: 'print the config' } }),
      line({
        type: 'assistant',
        uuid: 'a1',
        message: { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'Bash', input: { command: `echo ${token}` } }] },
      }),
      line({
        type: 'user',
        uuid: 'u2',
        message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: `token=${token}` }] },
      }),
    ].join('\n') + '\n',
  );

  it('stores no text of an uncited line, so a secret there is neither scanned nor kept', async () => {
    const sessions = await read(file, new Set([1]));
    const stored = JSON.stringify(sessions);
    expect(stored).not.toContain(token);
    expect(stored).not.toContain('REDACTED');
    expect(stored).toContain('print the config');
  });

  it('redacts a cited line as a whole read does', async () => {
    const whole = JSON.stringify(await read(file));
    const cited = JSON.stringify(await read(file, new Set([2, 3])));
    expect(whole).toContain('[REDACTED:');
    expect(cited).not.toContain(token);
    expect(cited).not.toContain('print the config');
    expect(cited.match(/\[REDACTED:[^\]]*\]/g)).toEqual(whole.match(/\[REDACTED:[^\]]*\]/g));
  });

  const corpus = resolve(repoRoot, '../shared/corpus');
  it.skipIf(!existsSync(corpus))(
    'gives the real corpora the same sessions, cited events whole and the others emptied',
    async () => {
      // The first two files of each corpus: every format it holds, at a bounded cost.
      const files = readdirSync(corpus, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .flatMap((d) => filesUnder(join(corpus, d.name)).slice(0, 2));
      let cited = 0;
      for (const f of files) cited += (await expectCitedRead(f)).cited;
      expect(files.length).toBeGreaterThan(10);
      expect(cited).toBeGreaterThan(100);
    },
    120_000,
  );
});
