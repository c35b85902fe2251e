/**
 * Is "held" earned? A lesson holds only when later sessions met its situation (ran its commands, or
 * the commands its episode failed and was fixed with) and did not hit it. Sessions about something
 * else say nothing of it: when the work moves on, the lesson is too early to judge, and in time
 * unobserved, never held; and they must not dilute a mistake that recurs whenever the situation comes
 * back. Two real repositories, one per agent, each with three lessons adopted by the real pipeline
 * and merged on GitHub's fake (a squash after a reviewer's rewording, and a merge commit); sessions
 * before and after are written here and every count below is worked out by hand from them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../publish/helpers.js';
import { findAdoptions } from '../../src/ledger/adoption.js';
import { loadLedger, type Ledger } from '../../src/ledger/index.js';
import { measureEfficacy } from '../../src/pipeline/measure.js';
import { silentLogger } from '../../src/log.js';
import type { AdoptedEntry, LessonEfficacy } from '../../src/model/index.js';
import type { Turn } from '../helpers/transcript-builders.js';
import { gitIn } from '../helpers/fake-github/repo-fixture.js';
import { reviewerCommit } from '../ledger/merge-ways.js';
import { commitMemoryAt, dream, LEDGER, markMerged, mergeAt, publishPass, sessionFiles, turns, writeSession } from './efficacy-world.js';

type Agent = 'claude-code' | 'codex';

/** What a session after adoption does besides the lessons: nothing near pytest, npm, yarn or the build. */
const elsewhere: Turn[] = [
  { bash: 'git status --short', out: ' M src/acme/importer.py' },
  { bash: 'rg -n "def parse" src', out: 'src/acme/importer.py:12:def parse(row):' },
];
const pytestHeeded: Turn[] = [{ bash: 'PYTHONPATH=src pytest tests -k importer', out: '3 passed in 0.20s' }];

interface Lessons {
  agent: Agent;
  ledger: Ledger;
  adoptions: AdoptedEntry[];
  ids: string[];
  dir: string;
}

/** Memory, four sessions before, one dream PR merged on Nov 6 (how: by the caller), then `after`. */
async function world(w: World, agent: Agent, merge: (pr: number) => void, after: Array<[number, Turn[][]]>): Promise<Lessons> {
  const dir = w.repo.work;
  const file = agent === 'codex' ? 'AGENTS.md' : 'CLAUDE.md';
  commitMemoryAt({
    dir,
    files: { [file]: '# acme\n\n## Build\n\n- Build the web UI with `npm run legacy-build`.\n' },
    message: 'Memory',
    date: '2026-10-20T10:00:00Z',
  });
  // Before: pytest missed in 3 of 4 sessions, yarn corrected in 2, the legacy build failing in 2.
  const ids = [
    writeSession(dir, 2, 1, [turns.pytest, turns.yarn], agent),
    writeSession(dir, 3, 2, [turns.pytest, turns.legacy], agent),
    writeSession(dir, 4, 3, [turns.yarn, turns.legacy], agent),
    writeSession(dir, 5, 4, [turns.pytest], agent),
  ];
  const pr = await publishPass(w, await dream(dir, '2026-11-05T20:00:00Z'));
  merge(pr);
  markMerged(w, pr, '2026-11-06T09:00:00Z');
  after.forEach(([day, parts], i) => ids.push(writeSession(dir, day, 5 + i, parts, agent)));
  const ledger = loadLedger(gitIn(dir, ['show', `HEAD:${LEDGER}`]), LEDGER);
  return { agent, ledger, adoptions: await findAdoptions({ repoDir: dir, ledger }), ids, dir };
}

async function measure(l: Lessons, now: string): Promise<LessonEfficacy[]> {
  const { efficacy } = await measureEfficacy({
    repoDir: l.dir,
    files: sessionFiles(l.dir, l.ids, l.agent),
    ledger: l.ledger,
    adoptions: l.adoptions,
    now: new Date(now),
    logger: silentLogger,
  });
  return efficacy;
}

const about = (list: readonly LessonEfficacy[], word: RegExp): LessonEfficacy => {
  const found = list.filter((l) => word.test(l.entry));
  expect(found, `one lesson about ${word}: ${list.map((l) => l.entry).join(' | ')}`).toHaveLength(1);
  return found[0]!;
};

const REWORDED = '- Tests: `PYTHONPATH=src pytest tests` (plain `pytest tests` cannot import the package from src/).';

describe('efficacy counts only sessions where the lesson could apply (Claude Code; squash of a reviewed PR)', () => {
  let w: World;
  let l: Lessons;
  beforeAll(async () => {
    w = await makeWorld();
    l = await world(
      w,
      'claude-code',
      (pr) => {
        // The reviewer rewords the pytest lesson on the PR branch, then squashes it.
        const text = gitIn(w.repo.work, ['show', 'origin/dreaming/memory:CLAUDE.md']);
        const proposed = text.split('\n').find((x) => x.includes('PYTHONPATH=src pytest'))!;
        reviewerCommit(w.repo.work, 'dreaming/memory', 'CLAUDE.md', proposed, REWORDED, 'Reword the pytest lesson');
        mergeAt({ dir: w.repo.work, way: 'squash', pr, date: '2026-11-06T09:00:00Z' });
      },
      // After: pytest run the way memory says in 4 sessions; the build fails in a new way on Nov 12;
      // no other session runs npm or yarn: the work moved on.
      [
        [7, [pytestHeeded, elsewhere]],
        [8, [elsewhere]],
        [9, [pytestHeeded]],
        [10, [elsewhere]],
        [12, [turns.newBuildFailure]],
        [13, [pytestHeeded, elsewhere]],
        [14, [elsewhere]],
        [15, [pytestHeeded]],
      ],
    );
  }, 120_000);
  afterAll(async () => {
    await w?.close();
  });

  it('adopts the reworded pytest lesson, the npm lesson and the build fix in the squash', () => {
    // The rewording sits right under the build fix's line: git shows both in one hunk.
    expect(l.adoptions.find((a) => a.entryText === REWORDED)?.how).toBe('reworded');
    expect(l.adoptions).toHaveLength(3);
  });

  it('heeded in every session that ran the tests: held, counted over those sessions', async () => {
    const e = await measure(l, '2026-11-20T00:00:00Z');
    const pytest = about(e, /PYTHONPATH/);
    expect(pytest).toMatchObject({
      verdict: 'held',
      before: { sessions: 4, episodes: 3, exposed: 3 },
      after: { sessions: 8, episodes: 0, exposed: 4 },
    });
    expect(pytest.why).toMatch(/4 of 8 sessions since/);
  });

  it('one session since used a package manager: too early, not held; unobserved once quiet for 30 days', async () => {
    const early = about(await measure(l, '2026-11-20T00:00:00Z'), /yarn/);
    // Only the Nov 12 build ran npm (and chose it over yarn); the other seven did other work.
    expect(early).toMatchObject({ verdict: 'too-early', after: { sessions: 8, episodes: 0, exposed: 1 } });
    expect(early.why).toMatch(/1 of 8 sessions since/);
    expect(about(await measure(l, '2027-01-10T00:00:00Z'), /yarn/).verdict).toBe('unobserved');
  });

  it('the entry\'s command failing in a new way right after adoption is still "worse"', async () => {
    expect(about(await measure(l, '2026-11-20T00:00:00Z'), /npm run build/).verdict).toBe('worse');
  });
});

describe('efficacy counts only sessions where the lesson could apply (Codex; merge commit)', () => {
  let w: World;
  let l: Lessons;
  beforeAll(async () => {
    w = await makeWorld();
    l = await world(w, 'codex', (pr) => mergeAt({ dir: w.repo.work, way: 'merge', pr, date: '2026-11-06T09:00:00Z' }), [
      // After: pytest missed in 2 of the 3 sessions that ran the tests, among 9 sessions about other
      // things; npm used the way memory says in 3; the build never run again.
      [7, [elsewhere]],
      [8, [turns.pytest]],
      [9, [elsewhere, turns.npmOk]],
      [10, [elsewhere]],
      [11, [pytestHeeded]],
      [12, [elsewhere]],
      [13, [turns.npmOk]],
      [14, [elsewhere]],
      [15, [elsewhere]],
      [16, [turns.pytest, elsewhere]],
      [17, [elsewhere, turns.npmOk]],
      [18, [elsewhere]],
    ]);
  }, 120_000);
  afterAll(async () => {
    await w?.close();
  });

  it('a mistake that comes back whenever the tests run is recurring, however many sessions do other work', async () => {
    const pytest = about(await measure(l, '2026-11-20T00:00:00Z'), /PYTHONPATH/);
    // Per session 2 in 12 (17) after against 3 in 4 (75) before looked like a fall; per session that ran the tests, 2 in 3 against 3 in 3.
    expect(pytest).toMatchObject({ verdict: 'recurring', after: { sessions: 12, episodes: 2, exposed: 3 } });
  });

  it('npm used as memory says in 3 sessions, yarn never: held', async () => {
    expect(about(await measure(l, '2026-11-20T00:00:00Z'), /yarn/)).toMatchObject({
      verdict: 'held',
      after: { sessions: 12, episodes: 0, exposed: 3 },
    });
  });

  it('the build never run since: too early, not held', async () => {
    expect(about(await measure(l, '2026-11-20T00:00:00Z'), /npm run build/)).toMatchObject({
      verdict: 'too-early',
      after: { episodes: 0, exposed: 0 },
    });
  });
});
