/**
 * Claude Code's prompt log holds every project's prompts. Dreamed whole, another project's habits
 * became this repository's lessons: "Use uv, not pip." said twice while working on a Python side project
 * was proposed into a Node repository's CLAUDE.md. A log of several projects is now read for the
 * repository being dreamed only (src/transcripts/project-scope.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TempRepo } from './helpers.js';
import type { DreamRunResult } from '../../src/pipeline/run.js';
import { formatRunSummary } from '../../src/pipeline/summary.js';
import type { Logger } from '../../src/model/index.js';

const SESSIONS = ['.dreaming/sessions/**/*.jsonl'];
const OTHER = '/home/dev/py-side-project';

interface Logged {
  /** Absent: an older version's entry, with no sessionId. */
  id?: string;
  project: string;
  said: string[];
}
const historyLog = (sessions: Logged[]) =>
  sessions
    .flatMap((s, i) =>
      s.said.map((text, j) =>
        JSON.stringify({
          display: text,
          pastedContents: {},
          timestamp: Date.UTC(2025, 9, 9 + i, 8, j),
          project: s.project,
          sessionId: s.id,
        }),
      ),
    )
    .join('\n') + '\n';

const id = (n: number) => `7c9d0e1f-aaaa-4bbb-8ccc-${String(n).padStart(12, '0')}`;
const uvCorrection = ['add a csv export to the harvest report', 'Use uv, not pip.'];
const uvEdits = (r: DreamRunResult) => r.report.edits.filter((e) => /\buv\b/.test(e.after ?? ''));
type Run = DreamRunResult & { said: { info: string[]; warning: string[] } };
/** What the pass said of the log's other projects: a note, never a warning of something unreadable. */
const notes = (r: Run) => {
  expect(r.report.sessions.skipped).toEqual([]);
  expect(r.said.warning.filter((w) => w.startsWith('skipped: '))).toEqual([]);
  return r.said.info
    .filter((m) => m.startsWith('read: prompt log'))
    .map((m) => m.replace(/^read: /, '').replace(/ \([^()]*history\.jsonl\)$/, ''));
};

describe("a prompt log of several projects is read for this repository's sessions only", () => {
  const repos: TempRepo[] = [];
  afterAll(() => {
    for (const r of repos) r.dispose();
  });
  const run = async (log: (repoDir: string) => Logged[]): Promise<Run> => {
    const repo = new TempRepo();
    repos.push(repo);
    const file = path.join(repo.dir, '.dreaming', 'sessions', 'claude', 'history.jsonl');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, historyLog(log(repo.dir)));
    const said = { info: [] as string[], warning: [] as string[] };
    const logger: Logger = {
      debug: () => {},
      info: (m) => void said.info.push(m),
      warning: (m) => void said.warning.push(m),
      error: () => {},
    };
    return Object.assign(await repo.run({ sessions: SESSIONS, logger }), { said });
  };

  it("another project's repeated correction is no lesson here", async () => {
    const r = await run((here) => [
      { id: id(1), project: OTHER, said: uvCorrection },
      { id: id(2), project: here, said: ['fix the flaky date test'] },
      { id: id(3), project: OTHER, said: uvCorrection },
    ]);
    expect(r.report.sessions.read).toBe(1);
    expect(uvEdits(r)).toEqual([]);
    expect(notes(r)).toEqual([expect.stringMatching(/prompt log of 2 projects: read the 1 session\(s\) of this repository, left out 2/)]);
    // Counted apart from what could not be read (on main: "1 unreadable line(s) or file(s) skipped").
    expect(r.report.sessions.otherProjects).toBe(2);
    expect(formatRunSummary(r.report)).toContain(
      'sessions: 1 read from 1 file(s), 0 already dreamed, 2 of other projects left out of prompt logs, 0 unreadable line(s) or file(s) skipped',
    );
  });

  it("control: the same correction in two of this repository's sessions is a lesson", async () => {
    const r = await run((here) => [
      { id: id(1), project: here, said: uvCorrection },
      { id: id(2), project: OTHER, said: ['tidy the notebook'] },
      // Started in a folder inside the repository: still this repository's session.
      { id: id(3), project: path.join(here, 'packages', 'api'), said: uvCorrection },
    ]);
    expect(r.report.sessions.read).toBe(2);
    expect(uvEdits(r).map((e) => e.file)).toEqual(['CLAUDE.md']);
  });

  it("a log copied from another machine is matched by the repository's folder name", async () => {
    const r = await run((here) => [
      { id: id(1), project: `/scratch/someone/${path.basename(here)}/`, said: uvCorrection },
      { id: id(2), project: OTHER, said: uvCorrection },
      { id: id(3), project: `/scratch/someone/${path.basename(here)}`, said: uvCorrection },
    ]);
    expect(r.report.sessions.read).toBe(2);
    expect(uvEdits(r)).toHaveLength(1);
  });

  it('a log none of whose projects is this repository reads nothing, and says which projects it holds', async () => {
    const r = await run(() => [
      { id: id(1), project: OTHER, said: uvCorrection },
      { id: id(2), project: '/home/dev/website', said: uvCorrection },
      { id: id(3), project: OTHER, said: uvCorrection },
    ]);
    expect(r.report.sessions.read).toBe(0);
    expect(r.report.sessions.otherProjects).toBe(3);
    expect(uvEdits(r)).toEqual([]);
    // The health table counts the reason without the list, so logs of other projects count together.
    expect(Object.keys(r.report.sessions.health?.formats.find((h) => h.format === 'claude-code-history')?.skipped ?? {})).toEqual([
      'prompt log of 2 projects, none of them this repository: its 3 session(s) were not read',
    ]);
    expect(notes(r)).toEqual([
      expect.stringMatching(
        /^prompt log of 2 projects, none of them this repository: its 3 session\(s\) were not read; it holds \/home\/dev\/py-side-project, \/home\/dev\/website$/,
      ),
    ]);
  });

  it("older entries with no sessionId: this repository's are one session, another project's are left out", async () => {
    const r = await run((here) => [
      { project: OTHER, said: uvCorrection },
      { project: here, said: uvCorrection },
      { id: id(3), project: here, said: uvCorrection },
    ]);
    expect(r.report.sessions.read).toBe(2);
    expect(uvEdits(r).map((e) => [e.file, e.rationale])).toEqual([['CLAUDE.md', expect.stringMatching(/in 2 sessions/)]]);
  });

  it('a log of one project is read whole, wherever that project was', async () => {
    const r = await run(() => [
      { id: id(1), project: OTHER, said: uvCorrection },
      { id: id(2), project: OTHER, said: uvCorrection },
    ]);
    expect(r.report.sessions.read).toBe(2);
    expect(uvEdits(r)).toHaveLength(1);
    expect(notes(r)).toEqual([]);
    expect(r.report.sessions.otherProjects).toBeUndefined();
  });
});
