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
import { findAdoptions } from '../../src/ledger/adoption.js';
import { loadLedger, type Ledger } from '../../src/ledger/index.js';
import { measureEfficacy } from '../../src/pipeline/measure.js';
import { silentLogger } from '../../src/log.js';
import type { AdoptedEntry, LessonEfficacy } from '../../src/model/index.js';
import { claudeCodeSession, type Turn } from '../helpers/transcript-builders.js';
import { gitIn, writeFiles } from '../helpers/fake-github/repo-fixture.js';
import { commitMemoryAt, dream, LEDGER, markMerged, mergeAt, publishPass, turns, writeSession } from './efficacy-world.js';
import { expandAbsoluteGlobs } from '../../src/sources/globs.js';

const elsewhere: Turn[] = [{ bash: 'git status --short', out: ' M src/acme/importer.py' }];
const pytestHeeded: Turn[] = [{ bash: 'PYTHONPATH=src pytest tests -k importer', out: '3 passed in 0.20s' }];

/**
 * A Claude Code session on 2026-11-<day> that runs `parent`, then hands `sub` to a subagent through
 * the Task tool: the parent's transcript links the agent by id, the subagent's turns sit in
 * `<session>/subagents/agent-<id>.jsonl`, as Claude Code writes them.
 */
function writeFamily(dir: string, day: number, n: number, parent: Turn[], sub: Turn[]): void {
  const id = `${String(day).padStart(8, '0')}-aaaa-4bbb-8ccc-${String(n).padStart(12, '0')}`;
  const agent = `a${String(n).padStart(6, '0')}`;
  const dd = String(day).padStart(2, '0');
  const task: Turn = {
    tool: 'Task',
    input: { description: 'Run the importer tests', prompt: 'Run the tests', subagent_type: 'general-purpose' },
    out: 'done',
  };
  const lines = claudeCodeSession(id, dd, '/repo', [{ user: `Task ${n}: fix the importer` }, ...parent, task])
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  // The Task result names the agent it ran (Claude Code's toolUseResult).
  lines[lines.length - 1]!.toolUseResult = { agentId: agent, status: 'completed', content: [{ type: 'text', text: 'done' }] };
  const subText = claudeCodeSession(id, dd, '/repo', [{ user: 'Run the tests' }, ...sub]);
  writeFiles(dir, {
    [`.dreaming/sessions/claude-code/${id}.jsonl`]: lines.map((l) => JSON.stringify(l)).join('\n') + '\n',
    [`.dreaming/sessions/claude-code/${id}/subagents/agent-${agent}.jsonl`]: subText,
  });
}

interface Adopted {
  dir: string;
  ledger: Ledger;
  adoptions: AdoptedEntry[];
}

/** Memory, `before` sessions, their dream PR merged on Nov 6, then `after` written by the caller. */
async function adopt(w: World, before: Turn[][][], after: (dir: string) => void): Promise<Adopted> {
  const dir = w.repo.work;
  commitMemoryAt({
    dir,
    files: { 'CLAUDE.md': '# acme\n\n## Style\n\n- Keep functions small.\n' },
    message: 'Memory',
    date: '2026-10-20T10:00:00Z',
  });
  before.forEach((parts, i) => writeSession(dir, 2 + i, 1 + i, parts));
  const pr = await publishPass(w, await dream(dir, '2026-11-05T20:00:00Z'));
  mergeAt({ dir, way: 'merge', pr, date: '2026-11-06T09:00:00Z' });
  markMerged(w, pr, '2026-11-06T09:00:00Z');
  after(dir);
  const ledger = loadLedger(gitIn(dir, ['show', `HEAD:${LEDGER}`]), LEDGER);
  return { dir, ledger, adoptions: await findAdoptions({ repoDir: dir, ledger }) };
}

async function measure(a: Adopted, now: string): Promise<LessonEfficacy[]> {
  const { files } = await expandAbsoluteGlobs([`${a.dir}/.dreaming/sessions/**/*.jsonl`]);
  const { efficacy } = await measureEfficacy({
    repoDir: a.dir,
    files,
    ledger: a.ledger,
    adoptions: a.adoptions,
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

describe('a session and its subagents are one exposure', () => {
  let w: World;
  let a: Adopted;
  beforeAll(async () => {
    w = await makeWorld();
    // Before: pytest missed in 3 of 3 sessions. After: on Nov 7 the parent and the subagent it ran
    // both miss it (one conversation, two episodes); on Nov 8 only a subagent runs the tests, right;
    // on Nov 9 the parent runs them right and its subagent does other work.
    a = await adopt(w, [[turns.pytest], [turns.pytest, elsewhere], [turns.pytest]], (dir) => {
      writeFamily(dir, 7, 4, [...turns.pytest], [...turns.pytest]);
      writeFamily(dir, 8, 5, elsewhere, pytestHeeded);
      writeFamily(dir, 9, 6, pytestHeeded, elsewhere);
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
