import { appendFileSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLedger } from '../../src/ledger/index.js';
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
