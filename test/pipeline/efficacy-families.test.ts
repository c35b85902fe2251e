/**
 * A conversation is one exposure. A Claude Code session that hands work to subagents is one
 * conversation in several transcript files: when the parent and its subagent make the same mistake,
 * it was hit in one session, not two, and a subagent that ran the lesson's command met it for the
 * conversation. Counted the same by `dream efficacy` (one file after another) and by a dream pass
 * (each file counted alone, then added up). A preference said in words alone ("use pnpm, not npm")
 * could apply only in sessions that ran one of the tools it chooses between, not in every session.
 * Real git, the fake GitHub, the real offline dream; every count below is worked out by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../publish/helpers.js';
import type { Turn } from '../helpers/transcript-builders.js';
import { writeFiles } from '../helpers/fake-github/repo-fixture.js';
import { about, adopt, dream, familyFiles, measureAll as measure, turns, writeSession, type Adopted } from './efficacy-world.js';

const elsewhere: Turn[] = [{ bash: 'git status --short', out: ' M src/acme/importer.py' }];
const pytestHeeded: Turn[] = [{ bash: 'PYTHONPATH=src pytest tests -k importer', out: '3 passed in 0.20s' }];

describe('a session and its subagents are one exposure', () => {
  let w: World;
  let a: Adopted;
  beforeAll(async () => {
    w = await makeWorld();
    // Before: pytest missed in 3 of 3 sessions. After: on Nov 7 the parent and the subagent it ran
    // both miss it (one conversation, two episodes); on Nov 8 only a subagent runs the tests, right;
    // on Nov 9 the parent runs them right and its subagent does other work.
    a = await adopt(w, [[turns.pytest], [turns.pytest, elsewhere], [turns.pytest]], (dir) => {
      writeFiles(dir, familyFiles(7, 4, [...turns.pytest], [...turns.pytest]));
      writeFiles(dir, familyFiles(8, 5, elsewhere, pytestHeeded));
      writeFiles(dir, familyFiles(9, 6, pytestHeeded, elsewhere));
    });
  }, 120_000);
  afterAll(async () => {
    await w?.close();
  });

  it('one conversation that missed it twice is one session hit: held (2 in 3 against 3 in 3), not recurring', async () => {
    const pytest = about(await measure(a, '2026-11-20T00:00:00Z'), /PYTHONPATH/);
    // Counted per transcript file it was hit in 2 "sessions" of 4 exposed (50 per 100, half the old rate): recurring.
    expect(pytest).toMatchObject({ verdict: 'held', after: { sessions: 3, episodes: 2, exposed: 3 } });
    expect(pytest.why).toMatch(/2 in 3 of 3 sessions since/);
  });

  it('a dream pass, counting each transcript file alone, adds them up the same', async () => {
    const r = await dream(a.dir, '2026-11-20T00:00:00Z');
    const pytest = about(r.report.efficacy ?? [], /PYTHONPATH/);
    expect(pytest).toMatchObject({ verdict: 'held', after: { sessions: 3, episodes: 2, exposed: 3 } });
  });
});

describe('a rule stated in words alone could apply only in sessions that ran a tool it names', () => {
  let w: World;
  let a: Adopted;
  // Said in the middle of the work, with nothing failing around them: no command, no fix, only the words.
  const rules = (n: number): Turn[][] => [
    [{ user: `Task ${n}: add a dependency` }, { bash: 'git status --short', out: ' M package.json' }],
    [{ user: 'Always use pnpm in this repo.' }, { bash: 'ls', out: 'package.json' }],
    [{ user: 'From now on, run make lint before committing.' }, { bash: 'ls src', out: 'app.ts' }],
    [{ user: 'Never push to main.' }, { bash: 'ls test', out: 'app.test.ts' }],
  ];
  beforeAll(async () => {
    w = await makeWorld();
    a = await adopt(w, [rules(1), rules(2)], (dir) => {
      // After: pnpm in one session, npm (the alternative) in another, make in a third; five do other work.
      writeSession(dir, 7, 3, [[{ bash: 'pnpm add zod', out: 'Done in 0.9s' }]]);
      writeSession(dir, 8, 4, [elsewhere]);
      writeSession(dir, 9, 5, [[{ bash: 'npm test', out: 'Tests: 14 passed' }]]);
      writeSession(dir, 10, 6, [[{ bash: 'make lint', out: 'ok' }]]);
      for (let d = 11; d < 15; d++) writeSession(dir, d, d - 4, [elsewhere]);
    });
  }, 120_000);
  afterAll(async () => {
    await w?.close();
  });

  it('adopts the three rules, none with a code span', () => {
    expect(a.adoptions.map((x) => x.entryText).sort()).toEqual([
      expect.stringMatching(/^- Always use pnpm in this repo\b/),
      expect.stringMatching(/^- Never push to main\b/),
      expect.stringMatching(/^- Run make lint before committing\b/),
    ]);
  });

  it('pnpm ran in one session since and npm in another: 2 exposed, too early, not held on six that used no package manager', async () => {
    const lesson = about(await measure(a, '2026-11-20T00:00:00Z'), /pnpm/);
    expect(lesson).toMatchObject({ verdict: 'too-early', after: { sessions: 8, episodes: 0, exposed: 2 } });
  });

  it('make ran in one session since: 1 exposed, too early', async () => {
    const lesson = about(await measure(a, '2026-11-20T00:00:00Z'), /make lint/);
    expect(lesson).toMatchObject({ verdict: 'too-early', after: { sessions: 8, episodes: 0, exposed: 1 } });
  });

  it('a rule naming no program it can be told by stays exposed in every session', async () => {
    const lesson = about(await measure(a, '2026-11-20T00:00:00Z'), /push to main/);
    expect(lesson).toMatchObject({ verdict: 'held', after: { sessions: 8, episodes: 0, exposed: 8 } });
  });
});
