/**
 * A conversation a pass reads from its transcript and again from a prompt log (Claude Code's `history.jsonl` holds
 * every session's prompts under the same session id) is one session read, whichever file comes first. Round 19's
 * yingbohao read "sessions: 10 read" for 9 conversations (its one raw session is also in the log).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TempRepo } from './helpers.js';
import { formatRunSummary } from '../../src/pipeline/summary.js';

const entry = (sessionId: string, display: string, minute: number, project: string) =>
  JSON.stringify({ display, pastedContents: {}, timestamp: Date.UTC(2026, 10, 19, 9, minute), project, sessionId });

describe('a conversation in a prompt log and in its own transcript', () => {
  const repos: TempRepo[] = [];
  afterAll(() => {
    for (const r of repos) r.dispose();
  });

  /** Two raw sessions (`transcripts` of them also in the log) and `logOnly` sessions only the log holds. */
  const run = async (opts: { transcripts: number; logOnly: number; logName: string }) => {
    const repo = new TempRepo();
    repos.push(repo);
    const raw = [repo.session(1), repo.session(2)];
    const lines = [
      ...raw.slice(0, opts.transcripts).map((id, i) => entry(id, 'Run the tests please', i, repo.dir)),
      ...Array.from({ length: opts.logOnly }, (_, i) =>
        entry(`9e8d7c6b-0000-4000-8000-${String(i).padStart(12, '0')}`, `look at issue ${i + 1}`, 30 + i, repo.dir),
      ),
    ];
    // The file name orders it before or after the transcripts (.dreaming/sessions/<uuid>.jsonl).
    const file = path.join(repo.dir, '.dreaming', 'sessions', opts.logName, 'history.jsonl');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, lines.join('\n') + '\n');
    return (await repo.run({ sessions: ['.dreaming/sessions/**/*.jsonl'] })).report;
  };

  it('is read once, whether the log comes before or after the transcript', async () => {
    for (const logName of ['0-first', 'zz-last']) {
      const report = await run({ transcripts: 1, logOnly: 2, logName });
      // 2 transcripts and 3 log sessions, one of them a transcript's: 4 conversations.
      expect([logName, report.sessions.read, report.sessions.promptLogCopies]).toEqual([logName, 4, 1]);
      expect(formatRunSummary(report)).toContain('sessions: 4 read (and 1 again from a prompt log) from 3 file(s)');
    }
  });

  it('counts each conversation once however many of them the log repeats (controls: none, all)', async () => {
    const none = await run({ transcripts: 0, logOnly: 2, logName: 'log' });
    expect([none.sessions.read, none.sessions.promptLogCopies]).toEqual([4, undefined]);
    expect(formatRunSummary(none)).toContain('sessions: 4 read from 3 file(s)');
    const both = await run({ transcripts: 2, logOnly: 0, logName: 'log' });
    expect([both.sessions.read, both.sessions.promptLogCopies]).toEqual([2, 2]);
  });
});
