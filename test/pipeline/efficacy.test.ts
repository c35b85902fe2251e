/**
 * Did the lesson help? A real repository: memory committed on several dates, two dream PRs made by
 * the real pipeline and published to the fake GitHub, one merged as a squash (Nov 6) and one as a
 * merge commit (Nov 10), and sessions dated before and after. The counts below are worked out by
 * hand from the sessions written here; the code under test finds them from git and transcripts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../publish/helpers.js';
import { findAdoptions } from '../../src/ledger/adoption.js';
import { loadLedger, type Ledger } from '../../src/ledger/index.js';
import { measureEfficacy } from '../../src/pipeline/measure.js';
import { renderPull } from '../../src/publish/body.js';
import { jobSummary } from '../../src/publish/summary.js';
import { silentLogger } from '../../src/log.js';
import type { DreamRunResult } from '../../src/pipeline/run.js';
import type { AdoptedEntry, LessonEfficacy } from '../../src/model/index.js';
import { gitIn } from '../helpers/fake-github/repo-fixture.js';
import { commitMemoryAt, dream, LEDGER, markMerged, mergeAt, publishPass, sessionFiles, turns, writeSession } from './efficacy-world.js';

const PYTEST = '- Run the tests with `PYTHONPATH=src pytest tests`: plain `pytest tests` fails (the package lives in src/).';
const YARN = '- Use npm, not yarn: the lockfile is package-lock.json.';
const BUILD = '- Build the web UI with `npm run build`.';

let w: World;
let dir: string;
let ledger: Ledger;
let adoptions: AdoptedEntry[];
let squashSha: string;
let mergeSha: string;
let pass3: DreamRunResult;
const ids: string[] = [];

beforeAll(async () => {
  w = await makeWorld();
  dir = w.repo.work;
  commitMemoryAt({
    dir,
    files: { 'CLAUDE.md': '# acme\n\n## Build\n\n- Build the web UI with `npm run legacy-build`.\n' },
    message: 'Memory: build',
    date: '2026-10-20T10:00:00Z',
  });
  commitMemoryAt({
    dir,
    files: {
      'CLAUDE.md': '# acme\n\n## Build\n\n- Build the web UI with `npm run legacy-build`.\n\n## Style\n\n- Keep functions small.\n',
    },
    message: 'Memory: style',
    date: '2026-11-01T10:00:00Z',
  });
  // Before anything was adopted: pytest misses in 3 of 4 sessions, yarn in 2.
  ids.push(
    writeSession(dir, 2, 1, [turns.pytest, turns.yarn]),
    writeSession(dir, 3, 2, [turns.pytest]),
    writeSession(dir, 4, 3, [turns.yarn, turns.quiet]),
    writeSession(dir, 5, 4, [turns.pytest]),
  );
  const pr1 = await publishPass(w, await dream(dir, '2026-11-05T20:00:00Z'));
  squashSha = mergeAt({ dir, way: 'squash', pr: pr1, date: '2026-11-06T09:00:00Z' });
  markMerged(w, pr1, '2026-11-06T09:00:00Z');
  // Between the two adoptions: the legacy build fails twice; nobody misses pytest or yarn.
  ids.push(writeSession(dir, 7, 5, [turns.legacy]), writeSession(dir, 8, 6, [turns.legacy, turns.npmOk]));
  const pr2 = await publishPass(w, await dream(dir, '2026-11-09T20:00:00Z'));
  mergeSha = mergeAt({ dir, way: 'merge', pr: pr2, date: '2026-11-10T09:00:00Z' });
  markMerged(w, pr2, '2026-11-10T09:00:00Z');
  // After both: pytest missed again in 4 of 6 sessions; yarn never; the build fails in a new way on Nov 22.
  ids.push(
    writeSession(dir, 11, 7, [turns.pytest, turns.npmOk]),
    writeSession(dir, 12, 8, [turns.npmOk]),
    writeSession(dir, 13, 9, [turns.pytest]),
    writeSession(dir, 14, 10, [turns.pytest, turns.quiet]),
    writeSession(dir, 16, 11, [turns.pytest, turns.npmOk]),
    writeSession(dir, 22, 12, [turns.newBuildFailure]),
  );
  ledger = loadLedger(gitIn(dir, ['show', `HEAD:${LEDGER}`]), LEDGER);
  adoptions = await findAdoptions({ repoDir: dir, ledger });
  pass3 = await dream(dir, '2026-11-23T20:00:00Z');
}, 120_000);

afterAll(async () => {
  await w?.close();
});

const byEntry = (list: readonly LessonEfficacy[], entry: string) => list.find((l) => l.entry === entry)!;

describe('efficacy of adopted lessons', () => {
  it('finds the three lessons adopted by a squash and by a merge commit, at their merge times', () => {
    const found = adoptions.map((a) => ({ entry: a.entryText, how: a.how, at: Date.parse(a.adoptedAt), in: a.adoptedIn }));
    expect(found).toHaveLength(3);
    expect(found).toEqual(
      expect.arrayContaining([
        { entry: PYTEST, how: 'squash', at: Date.parse('2026-11-06T09:00:00Z'), in: squashSha },
        { entry: YARN, how: 'squash', at: Date.parse('2026-11-06T09:00:00Z'), in: squashSha },
        { entry: BUILD, how: 'merge', at: Date.parse('2026-11-10T09:00:00Z'), in: mergeSha },
      ]),
    );
  });

  it('counts episodes before and after each adoption over the whole checkout, with a verdict each', async () => {
    const { efficacy, sessions } = await measureEfficacy({
      repoDir: dir,
      files: sessionFiles(dir, ids),
      ledger,
      now: new Date('2026-11-25T00:00:00Z'),
      logger: silentLogger,
    });
    expect(sessions).toBe(12);
    // pytest: 3 of the 4 sessions before Nov 6; 4 of the 8 after (none on Nov 7-8, four of the last six).
    expect(byEntry(efficacy, PYTEST)).toMatchObject({
      before: { sessions: 4, episodes: 3 },
      after: { sessions: 8, episodes: 4 },
      verdict: 'recurring',
    });
    // yarn: 2 of 4 before; 0 of 8 after.
    expect(byEntry(efficacy, YARN)).toMatchObject({
      before: { sessions: 4, episodes: 2 },
      after: { sessions: 8, episodes: 0 },
      verdict: 'held',
    });
    // build: adopted Nov 10, after the 6 sessions to Nov 8 (2 legacy failures); 6 sessions since, and a new npm failure 12 days later.
    const build = byEntry(efficacy, BUILD);
    expect(build).toMatchObject({ before: { sessions: 6, episodes: 2 }, after: { sessions: 6, episodes: 0 }, verdict: 'worse' });
    // The evidence is the Nov 22 session's failing build, quoted from its error output.
    expect(build.evidence?.map((e) => [e.session.slice(0, 8), e.quote])).toEqual([['00000022', 'npm error code 127']]);
    // Worse first, then recurring.
    expect(efficacy.map((l) => l.verdict)).toEqual(['worse', 'recurring', 'held']);
  });

  it('says unobserved when neither the episode nor the entry shows up for N days, and too early before enough sessions', async () => {
    const late = await measureEfficacy({
      repoDir: dir,
      files: sessionFiles(dir, ids),
      ledger,
      now: new Date('2027-01-10T00:00:00Z'),
      unobservedDays: 30,
      logger: silentLogger,
    });
    expect(byEntry(late.efficacy, YARN).verdict).toBe('unobserved');
    // pytest was hit on Nov 16: still recurring, however long ago.
    expect(byEntry(late.efficacy, PYTEST).verdict).toBe('recurring');
    const early = await measureEfficacy({
      repoDir: dir,
      files: sessionFiles(dir, ids.slice(0, 7)),
      ledger,
      now: new Date('2026-11-12T00:00:00Z'),
      logger: silentLogger,
    });
    // Only the Nov 11 session follows the build lesson's adoption.
    expect(byEntry(early.efficacy, BUILD)).toMatchObject({ after: { sessions: 1, episodes: 0 }, verdict: 'too-early' });
  });

  it('--since counts only the sessions from that date on', async () => {
    const since = await measureEfficacy({
      repoDir: dir,
      files: sessionFiles(dir, ids),
      ledger,
      since: new Date('2026-11-04T00:00:00Z'),
      now: new Date('2026-11-25T00:00:00Z'),
      logger: silentLogger,
    });
    expect(since.sessions).toBe(10);
    expect(byEntry(since.efficacy, PYTEST)).toMatchObject({ before: { sessions: 2, episodes: 1 }, after: { sessions: 8, episodes: 4 } });
  });

  it('a session that gives no time is said apart: read, but counted on neither side of any adoption', async () => {
    // Sessions no reader can date, each missing pytest as the dated ones do: an old-layout SpecStory export kept
    // under another name (its title has no zone) and a Gemini CLI shared chat (the Markdown has no times at all).
    const specstory = path.join(dir, 'exports', 'cursor-chat.md');
    const gemini = path.join(dir, 'exports', 'gemini-share.md');
    mkdirSync(path.dirname(specstory), { recursive: true });
    writeFileSync(
      specstory,
      "<!-- Generated by SpecStory -->\n\n# Run the tests (2026-11-20 09:15:00)\n\n_**User**_\n\nrun the tests\n\n---\n\n_**Assistant**_\n\n```bash\npytest tests\n```\n\n```\nE   ModuleNotFoundError: No module named 'acme'\n```\n\n---\n",
    );
    writeFileSync(gemini, '## USER 🧑‍💻\n\nrun the tests\n\n## MODEL ✨\n\nRunning them.\n');
    const all = sessionFiles(dir, ids);
    const measured = await measureEfficacy({
      repoDir: dir,
      files: [...all, specstory, gemini],
      ledger,
      now: new Date('2026-11-25T00:00:00Z'),
      logger: silentLogger,
    });
    const dated = await measureEfficacy({ repoDir: dir, files: all, ledger, now: new Date('2026-11-25T00:00:00Z'), logger: silentLogger });
    expect(measured.sessions).toBe(14);
    expect(measured.undated).toBe(2);
    expect(dated.undated).toBe(0);
    // The counts are the dated sessions' alone.
    expect(byEntry(measured.efficacy, PYTEST)).toMatchObject({ before: { sessions: 4, episodes: 3 }, after: { sessions: 8, episodes: 4 } });
    // --since cannot tell when an undated session started: it is read and said, never counted.
    const since = await measureEfficacy({
      repoDir: dir,
      files: [...all, specstory],
      ledger,
      since: new Date('2026-11-04T00:00:00Z'),
      now: new Date('2026-11-25T00:00:00Z'),
      logger: silentLogger,
    });
    expect(since).toMatchObject({ sessions: 11, undated: 1 });
  });

  it('the next pass adds its sessions to the ledger and proposes strengthening the recurring lesson with post-adoption evidence', () => {
    const eff = pass3.report.efficacy!;
    // The ledger's baseline is what it had dreamed by the adoption (4 sessions, pytest's support 3);
    // pass 2 added Nov 7-8 after it, this pass the six sessions from Nov 11.
    expect(byEntry(eff, PYTEST)).toMatchObject({
      before: { sessions: 4, episodes: 3 },
      after: { sessions: 8, episodes: 4 },
      verdict: 'recurring',
    });
    expect(byEntry(eff, BUILD).verdict).toBe('worse');
    const stored = loadLedger(pass3.ledgerText, LEDGER).efficacy!;
    expect(
      Object.values(stored)
        .map((e) => e.after.sessions)
        .sort(),
    ).toEqual([6, 8, 8]);
    const strengthen = pass3.report.edits.find((e) => e.op === 'update' && e.before === PYTEST);
    expect(strengthen?.after).toBe(`- **IMPORTANT:** ${PYTEST.slice(2)}`);
    expect(strengthen?.rationale).toMatch(/Adopted 2026-11-06 .*hit 4 time\(s\) in 8 session\(s\) since/);
    expect(strengthen?.rationale).toMatch(/PreToolUse/);
    // Evidence from sessions after the adoption only (Nov 11 on), each resolved by the guards.
    const evDays = strengthen!.evidence.map((e) => Number(e.session.slice(0, 8)));
    expect(evDays.length).toBeGreaterThan(0);
    expect(evDays.every((d) => d >= 11)).toBe(true);
    // The hook is only suggested: no settings or hook file among the changes.
    expect(pass3.changes.map((c) => c.path)).toEqual(['CLAUDE.md']);
  });

  it('renders "How past lessons are doing" in the PR body and job summary, worse first, with a Mermaid chart', () => {
    const { body } = renderPull(pass3.report, {
      owner: 'acme',
      repo: 'notes',
      serverUrl: 'https://github.com',
      baseSha: 'a'.repeat(40),
      branch: 'dreaming/memory',
      date: new Date('2026-11-23T20:00:00Z'),
    });
    const at = body.indexOf('How past lessons are doing');
    expect(at).toBeGreaterThan(-1);
    // A lesson made things worse: the section leads, before the proposed edits.
    expect(at).toBeLessThan(body.indexOf('IMPORTANT'));
    expect(body).toContain('```mermaid\nxychart-beta');
    const rows = body
      .slice(at)
      .split('\n')
      .filter((l) => /^\| L\d/.test(l));
    expect(rows.map((r) => /made things worse|recurring|held/.exec(r)?.[0])).toEqual(['made things worse', 'recurring', 'held']);
    // pytest: 4 episodes in the 4 sessions since that ran the tests, of 8; rates per session that met the lesson.
    expect(rows[1]).toContain('4 in 4 of 8');
    expect(body).toMatch(/bar \[\d+(\.\d)?, 75, 50\]/);
    expect(body).toMatch(/line \[0, 100, 0\]/);
    expect(jobSummary(pass3.report, undefined)).toContain('How past lessons are doing');
  });
});
