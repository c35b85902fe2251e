import { appendFileSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compactLedger, emptyLedger, loadLedger, serializeLedger } from '../../src/ledger/index.js';
import { formatRunSummary } from '../../src/pipeline/summary.js';
import { markRead, planFile } from '../../src/pipeline/file-skip.js';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import { claudeCodeSession, type Turn } from '../helpers/transcript-builders.js';
import { TempRepo, pytestFix } from './helpers.js';

let repo: TempRepo;
afterEach(() => repo?.dispose());

const sessionPath = (r: TempRepo, id: string): string => path.join(r.dir, '.dreaming', 'sessions', `${id}.jsonl`);
/** Tool output long enough that the transcript is several fingerprint blocks long. */
const bulky: Turn[] = [...pytestFix, { bash: 'cat notes.txt', out: 'lorem ipsum dolor sit amet '.repeat(4_000) }, { say: 'Done.' }];

describe('a transcript already dreamed is skipped before parsing', () => {
  it('does not parse an unchanged file: a line corrupted behind its back goes unread', async () => {
    repo = new TempRepo();
    const id = repo.session(1, bulky);
    // A whole second, so restoring it below is exact on every file system.
    utimesSync(sessionPath(repo, id), 1_780_000_000, 1_780_000_000);
    const first = await repo.run();
    expect(first.report.sessions).toMatchObject({ read: 1, filesUnchanged: 0 });
    repo.commitLedger(first.ledgerText);

    // Same size, same mtime, same end blocks: only a parse would notice the broken middle line.
    const file = sessionPath(repo, id);
    const text = readFileSync(file, 'utf8');
    // A quote inside the long output line breaks its JSON, far from both end blocks.
    const mid = text.indexOf('lorem ipsum') + 50_000;
    expect(mid).toBeGreaterThan(20_000);
    expect(text.length - mid).toBeGreaterThan(20_000);
    writeFileSync(file, `${text.slice(0, mid)}"}}}}${text.slice(mid + 5)}`);
    utimesSync(file, 1_780_000_000, 1_780_000_000);
    const second = await repo.run();
    expect(second.report.sessions).toMatchObject({ read: 0, alreadyDreamed: 1, filesUnchanged: 1, skipped: [] });
    expect(second.ledgerText).toBe(first.ledgerText);

    // A new mtime makes it a suspect again: now it is parsed and the damage reported.
    utimesSync(file, 1_780_000_000, 1_780_000_005);
    const third = await repo.run();
    expect(third.report.sessions.filesUnchanged).toBe(0);
    expect(third.report.sessions.skipped.some((i) => i.reason.includes('malformed JSON'))).toBe(true);
  });

  it('reads only the appended lines of a transcript that grew, with true line numbers', async () => {
    repo = new TempRepo();
    const id = repo.session(1, bulky);
    const file = sessionPath(repo, id);
    const first = await repo.run();
    repo.commitLedger(first.ledgerText);
    const oldLines = readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
    const mark = loadLedger(first.ledgerText, 'l').files?.['.dreaming/sessions/' + `${id}.jsonl`];
    expect(mark).toMatchObject({ bytes: statSync(file).size, lines: oldLines });

    // The same session goes on: a second lesson, appended; a half-written line ends the file.
    const more = claudeCodeSession(id, '12', '/repo', [
      { user: 'Now lint it' },
      { bash: 'eslint .', out: 'Error: No ESLint configuration found', error: true },
      { bash: 'npx eslint -c eslint.config.js .', out: 'no problems' },
    ]);
    appendFileSync(file, `${more}{"type":"user","mess`);
    const second = await repo.run();
    expect(second.report.sessions).toMatchObject({ read: 1, filesResumed: 1, filesUnchanged: 0 });
    const after = loadLedger(second.ledgerText, 'l').files?.[`.dreaming/sessions/${id}.jsonl`];
    const full = readFileSync(file, 'utf8');
    // The partial last line is not consumed: the next pass resumes at its start.
    expect(after).toMatchObject({ bytes: full.lastIndexOf('\n') + 1, lines: full.split('\n').length - 1 });

    // Resumed from the mark, every event sits on the line a whole read puts it on (seq restarts; lines do not).
    const whole = new Set<string>();
    for await (const s of readTranscriptFile(file)) for (const e of s.events) whole.add(`${e.kind}@${e.origin.line}`);
    let tail = 0;
    for await (const s of readTranscriptFile(file, { from: { offset: mark!.bytes, line: mark!.lines } }))
      for (const e of s.events) {
        tail++;
        expect(e.origin.line).toBeGreaterThan(oldLines);
        expect(whole.has(`${e.kind}@${e.origin.line}`)).toBe(true);
        expect(JSON.parse(full.split('\n')[e.origin.line - 1]!).sessionId).toBe(id);
      }
    expect(tail).toBeGreaterThan(0);
  });

  it('keys by git object id in a checkout, where mtimes say nothing', async () => {
    repo = new TempRepo();
    const id = repo.session(1, bulky);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo.dir, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'sessions');
    const first = await repo.run();
    repo.commitLedger(first.ledgerText);
    const file = sessionPath(repo, id);
    const oid = git('rev-parse', `HEAD:.dreaming/sessions/${id}.jsonl`).toString().trim();
    expect(loadLedger(first.ledgerText, 'l').files?.[`.dreaming/sessions/${id}.jsonl`]?.oid).toBe(oid);
    // A fresh checkout: new mtime, same blob.
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    const second = await repo.run();
    expect(second.report.sessions).toMatchObject({ read: 0, filesUnchanged: 1 });
    // Edited in the work tree: the blob id no longer vouches for it, so it is read.
    appendFileSync(file, '\n');
    const third = await repo.run();
    expect(third.report.sessions.filesUnchanged).toBe(0);
  });
});

describe('the report tells files skipped by their own mark from files only the filter knew', () => {
  it("counts the filter's skips apart, in the report and in the summary", async () => {
    repo = new TempRepo();
    for (let i = 1; i <= 3; i++) repo.session(i, [{ user: `hello ${i}` }, { say: 'hi' }]);
    const first = await repo.run();
    expect(first.report.sessions.read).toBe(3);
    repo.commitLedger(first.ledgerText);
    // Marks listed: every file is settled by its own mark, none by the filter.
    const marked = await repo.run();
    expect(marked.report.sessions).toMatchObject({ read: 0, filesUnchanged: 3 });
    expect(marked.report.sessions.filesKnownByFilter).toBeUndefined();
    expect(formatRunSummary(marked.report)).toContain('sessions: 0 read from 3 file(s) (3 skipped as dreamed), 3 already dreamed');

    // Two marks moved into the filter (as past the caps): those two are skipped on the filter's word.
    const ledger = loadLedger(first.ledgerText, 'ledger.json');
    const kept = Object.keys(ledger.files!).sort()[0]!;
    compactLedger(ledger, { maxFiles: 0, maxSessions: 0, keepFiles: new Set([kept]) });
    expect(Object.keys(ledger.files!)).toEqual([kept]);
    repo.commitLedger(serializeLedger(ledger));
    const filtered = await repo.run();
    expect(filtered.report.sessions).toMatchObject({ read: 0, filesUnchanged: 3, filesKnownByFilter: 2 });
    expect(formatRunSummary(filtered.report)).toContain(
      "sessions: 0 read from 3 file(s) (3 skipped as dreamed, 2 of them known only to the ledger's filter), 3 already dreamed",
    );
  });
});

describe('the report lists sessions as a capped sample', () => {
  it('lists a thousand ids and counts the rest', async () => {
    repo = new TempRepo();
    const n = 1_003;
    for (let i = 1; i <= n; i++) repo.session(i, [{ user: `hello ${i}` }, { say: 'hi' }]);
    const r = await repo.run();
    expect(r.report.sessions.read).toBe(n);
    expect(r.report.sessions.ids).toHaveLength(1_000);
    expect(r.report.sessions.idsOmitted).toBe(n - 1_000);
    expect(new Set(r.report.sessions.ids).size).toBe(1_000);
  }, 60_000);
});

describe('a file compacted into the filter', () => {
  it('is skipped for one stat while unwritten, and by its end blocks once copied', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'compacted-file-'));
    try {
      const abs = path.join(dir, 'a.jsonl');
      writeFileSync(abs, '{"n":1}\n'.repeat(400));
      const size = statSync(abs).size;
      const mark = markRead(abs, { startOffset: 0, bytes: size, lines: 400 }, undefined)!;
      expect(mark.ino).toBe(statSync(abs).ino);
      const compacted = (m: typeof mark) => {
        const ledger = emptyLedger();
        const { startOffset: _s, ...rest } = m;
        // Marked by a pass that began two seconds after the file was written: its ctime is trusted (fingerprint.ts).
        ledger.files = { 'a.jsonl': { ...rest, dreamedAt: new Date(Date.now() + 2_000).toISOString(), sessions: 1 } };
        compactLedger(ledger, { maxFiles: 0 });
        expect(ledger.files).toEqual({});
        return ledger;
      };
      const skip = { kind: 'skip', sessions: 1, byFilter: true };
      // End-block hashes that match nothing: the filter holds a useless fileKey, so only the stat key can answer.
      const forged = compacted({ ...mark, head: 'not-the-head' });
      const honest = compacted(mark);
      expect(planFile(forged, 'a.jsonl', abs, undefined)).toEqual(skip);
      expect(planFile(honest, 'a.jsonl', abs, undefined)).toEqual(skip);

      // A copy over it: a new inode, the same bytes and mtime. The stat key no longer answers; the end blocks do.
      writeFileSync(path.join(dir, 'copy'), readFileSync(abs));
      renameSync(path.join(dir, 'copy'), abs);
      utimesSync(abs, mark.mtimeMs / 1000, mark.mtimeMs / 1000);
      expect(planFile(forged, 'a.jsonl', abs, undefined)).toEqual({ kind: 'read' });
      expect(planFile(honest, 'a.jsonl', abs, undefined)).toEqual(skip);
      // Another path holding the same bytes is another file.
      expect(planFile(honest, 'b.jsonl', abs, undefined)).toEqual({ kind: 'read' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a new file against a ledger of 100,000 compacted sessions', () => {
  it('is never taken as dreamed: read under each of 100,000 new paths, while every compacted file is skipped', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'full-filter-'));
    try {
      // A generated ledger as a pass at scale leaves it: 100,000 sessions and 500 files, all compacted into the filter.
      const ledger = emptyLedger();
      ledger.files = {};
      const at = new Date(Date.now() + 2_000).toISOString();
      for (let i = 0; i < 100_000; i++)
        ledger.sessions[createHash('sha256').update(`s${i}`).digest('hex')] = {
          id: `s${i}`,
          sourceFile: `old/${i % 500}.jsonl`,
          dreamedAt: at,
        };
      for (let i = 0; i < 500; i++) {
        const abs = path.join(dir, `old-${i}.jsonl`);
        writeFileSync(abs, `{"n":${i}}\n`.repeat(20));
        const { startOffset: _s, ...mark } = markRead(abs, { startOffset: 0, bytes: statSync(abs).size, lines: 20 }, undefined)!;
        ledger.files[`old/${i}.jsonl`] = { ...mark, dreamedAt: at, sessions: 200 };
      }
      compactLedger(ledger, { maxSessions: 0, maxFiles: 0 });
      expect(ledger.dreamed!.segments.length).toBeGreaterThanOrEqual(6);
      for (let i = 0; i < 500; i++)
        expect(planFile(ledger, `old/${i}.jsonl`, path.join(dir, `old-${i}.jsonl`), undefined)).toEqual({
          kind: 'skip',
          sessions: 1,
          byFilter: true,
        });

      // Each new path asks the filter twice (its stat key, then its end blocks'): 200,000 questions, at under 1e-9
      // each. The filter before this (2e-5 a question) skipped several of them.
      const abs = path.join(dir, 'new.jsonl');
      writeFileSync(abs, '{"n":"new"}\n'.repeat(20));
      const skipped: string[] = [];
      for (let i = 0; i < 100_000; i++)
        if (planFile(ledger, `new/${i}.jsonl`, abs, undefined).kind === 'skip') skipped.push(`new/${i}.jsonl`);
      expect(skipped).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
