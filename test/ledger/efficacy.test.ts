/**
 * The ledger side of efficacy: counts added pass after pass, a baseline seeded from what the ledger
 * had dreamed by the adoption, lessons forgotten once they leave the base, week buckets capped, and
 * the verdict thresholds.
 */
import { describe, expect, it } from 'vitest';
import { emptyLedger, loadLedger, serializeLedger, LedgerError, type Ledger } from '../../src/ledger/index.js';
import { EfficacyCounter, MAX_EFFICACY_WEEKS, emptyTally, trackedLessons, type TrackedLesson } from '../../src/ledger/efficacy.js';
import { commandKinds } from '../../src/ledger/efficacy-exposure.js';
import { codeSpans } from '../../src/signals/index.js';
import { recordEfficacy, verdictOf } from '../../src/ledger/efficacy-verdict.js';
import type { Session, Signal } from '../../src/model/index.js';
import { patternId } from '../../src/signals/cluster.js';

const SIG = 'fix|pytest|-|+env:PYTHONPATH=src';
const PID = patternId('error_then_fix', SIG);

const lesson = (over: Partial<TrackedLesson> = {}): TrackedLesson => ({
  editId: 'e1',
  file: 'CLAUDE.md',
  entry: '- Run `PYTHONPATH=src pytest`.',
  entryHash: 'h1',
  patternId: PID,
  signature: SIG,
  adoptedAt: '2026-11-10T00:00:00.000Z',
  adoptedIn: 'a'.repeat(40),
  agents: new Set(['claude-code']),
  named: new Set(['pytest']),
  terms: ['PYTHONPATH=src pytest'],
  situations: new Set(['pytest']),
  prohibition: false,
  knownBefore: new Set(),
  entryIds: new Set(),
  ...over,
});

const session = (id: string, at: string, agent: Session['agent'] = 'claude-code'): Session => ({
  id,
  agent,
  format: 'claude-code-jsonl',
  sourceFile: `${id}.jsonl`,
  contentHash: id,
  trust: 'developer',
  startedAt: at,
  events: [],
});
const episode = (sessionId: string): Signal => ({
  kind: 'error_then_fix',
  sessionId,
  agent: 'claude-code',
  signature: SIG,
  summary: 'pytest failed',
  failed: 'pytest',
  evidence: [{ session: sessionId, file: `${sessionId}.jsonl`, line: 3, quote: 'ModuleNotFoundError' }],
});

function ledgerWith(): Ledger {
  const l = emptyLedger();
  l.patterns[PID] = {
    kind: 'error_then_fix',
    signature: SIG,
    support: 3,
    agents: ['claude-code'],
    firstSeen: '2026-11-01T00:00:00Z',
    lastSeen: '2026-11-05T00:00:00Z',
    sessions: [],
  };
  for (const [k, at] of [
    ['a', '2026-11-02T00:00:00Z'],
    ['b', '2026-11-03T00:00:00Z'],
    ['c', '2026-11-04T00:00:00Z'],
    ['d', '2026-11-05T00:00:00Z'],
    ['e', '2026-11-12T00:00:00Z'],
  ] as const) {
    l.sessions[k] = { id: k, sourceFile: `${k}.jsonl`, dreamedAt: at };
  }
  return l;
}

describe('EfficacyCounter', () => {
  it('counts sessions of the lesson agents only, episodes by pattern, and caps week buckets', () => {
    const c = new EfficacyCounter([lesson()]);
    c.observe(session('s1', '2026-11-08T00:00:00Z'), [episode('s1')]);
    c.observe(session('s2', '2026-11-11T00:00:00Z'), []);
    c.observe(session('s3', '2026-11-12T00:00:00Z', 'codex'), [episode('s3')]);
    c.observe(session('s4', '2027-06-01T00:00:00Z'), [episode('s4')]);
    const t = c.tally('e1')!;
    // s2 ran nothing: counted as a session, not as one that met the lesson.
    expect(t.before).toEqual({ sessions: 1, episodes: 1, hitSessions: 1, exposed: 1 });
    expect(t.after).toEqual({ sessions: 2, episodes: 1, hitSessions: 1, exposed: 1 });
    expect(t.weeks).toEqual({ '-1': [1, 1], '0': [1, 0], [String(MAX_EFFICACY_WEEKS)]: [1, 1] });
    expect(t.evidence.map((e) => e.session)).toEqual(['s4']);
  });
});

describe('exposure: sessions where the lesson could apply', () => {
  /** A lesson adopted from a pattern whose episodes failed with `failed` and were fixed with `fixed`. */
  const adopted = (entryText: string, failed: string, fixed: string): TrackedLesson => {
    const l = ledgerWith();
    l.patterns[PID]!.samples = [{ sessionId: 'a', agent: 'claude-code', summary: 'x', failed, fixed, evidence: [] }];
    const a = {
      file: 'CLAUDE.md',
      line: 3,
      entryText,
      entryHash: 'h',
      patternId: PID,
      editId: 'e1',
      adoptedAt: '2026-11-10T00:00:00.000Z',
      adoptedIn: 'a'.repeat(40),
      how: 'merge' as const,
    };
    return trackedLessons([a], l)[0]!;
  };
  const ran = (id: string, ...commands: string[]): Session => ({
    ...session(id, '2026-11-20T00:00:00Z'),
    events: commands.map((command, seq) => ({
      kind: 'tool_call' as const,
      seq,
      origin: { file: `${id}.jsonl`, line: seq + 1 },
      name: 'Bash',
      input: { command },
      command,
    })),
  });
  const exposedBy = (l: TrackedLesson, commands: string[]): boolean => {
    const c = new EfficacyCounter([l]);
    c.observe(ran('s', ...commands), []);
    return c.tally('e1')!.after.exposed === 1;
  };

  it.each([
    // A test lesson: the test runner however it is invoked, not other work.
    ['- Run the tests with `PYTHONPATH=src pytest`.', 'pytest tests', 'PYTHONPATH=src pytest tests', ['python -m pytest -x'], true],
    [
      '- Run the tests with `PYTHONPATH=src pytest`.',
      'pytest tests',
      'PYTHONPATH=src pytest tests',
      ['cd api && uv run pytest tests/unit'],
      true,
    ],
    [
      '- Run the tests with `PYTHONPATH=src pytest`.',
      'pytest tests',
      'PYTHONPATH=src pytest tests',
      ['git status', 'cat pytest.ini', 'ls tests'],
      false,
    ],
    // A script lesson: that script, not the package manager's other commands.
    ['- Build with `npm run build`.', 'npm run legacy-build', 'npm run build', ['npm run build -- --watch'], true],
    ['- Build with `npm run build`.', 'npm run legacy-build', 'npm run build', ['npm ci', 'npm test'], false],
    // A tool swap (no command in the entry's words): any use of either tool is the situation.
    ['- Use npm, not yarn: the lockfile is package-lock.json.', 'yarn install', 'npm ci', ['npm install lodash'], true],
    ['- Use npm, not yarn: the lockfile is package-lock.json.', 'yarn install', 'npm ci', ['yarn add left-pad'], true],
    ['- Use npm, not yarn: the lockfile is package-lock.json.', 'yarn install', 'npm ci', ['pip install -e .', 'git push'], false],
    // A path the entry names, in a command.
    ['- Never edit `gen/`: run `make gen` instead.', 'make gen', 'make gen', ['sed -i s/a/b/ gen/api.ts'], true],
  ] as const)('%s (failed %s, fixed %s) then %j: exposed %s', (entry, failed, fixed, commands, expected) => {
    expect(exposedBy(adopted(entry, failed, fixed), [...commands])).toBe(expected);
  });

  it('a lesson with nothing to go by (no command, no code span) counts every session, as before', () => {
    const l = adopted('- Write commit messages in English.', '', '');
    expect(l.situations.size).toBe(0);
    expect(exposedBy(l, [])).toBe(true);
  });

  it("a subagent that hits the episode met the lesson (hits never outnumber exposures); one that ran its command cleanly is its parent's", () => {
    const c = new EfficacyCounter([lesson()]);
    c.observe({ ...ran('sub1', 'pytest -q'), parentId: 'p1' }, [episode('sub1')]);
    c.observe({ ...ran('sub2', 'PYTHONPATH=src pytest -q'), parentId: 'p1' }, []);
    expect(c.tally('e1')!.after).toEqual({ sessions: 0, episodes: 1, hitSessions: 1, exposed: 1 });
  });

  it('a session that hit the episode met the lesson, whatever it ran', () => {
    const c = new EfficacyCounter([lesson({ situations: new Set(['tox']), terms: [] })]);
    c.observe(ran('s5', 'ls'), [episode('s5')]);
    expect(c.tally('e1')!.after).toMatchObject({ exposed: 1, hitSessions: 1 });
  });
});

describe('worse: a new failure counts against a lesson only in a command of the kind its entry names', () => {
  const failure = (id: string, failed: string, n: number): Signal => ({
    kind: 'repeated_failure',
    sessionId: id,
    agent: 'claude-code',
    signature: `fail|${failed}`,
    summary: 'x',
    failed,
    evidence: [{ session: id, file: `${id}.jsonl`, line: n, quote: `${failed} failed` }],
  });
  const worseFor = (entry: string, failed: string[]): number => {
    const l = lesson({ entry, terms: codeSpans(entry), named: new Set(codeSpans(entry).flatMap((t) => commandKinds(t))) });
    const c = new EfficacyCounter([l]);
    c.observe(
      session('s9', '2026-11-12T00:00:00Z'),
      failed.map((f, i) => failure('s9', f, i + 1)),
    );
    return c.tally('e1')!.worse.length;
  };
  it.each([
    // Another subcommand of the same program is another matter (real data: spotter's session-end lesson).
    ['- Work is not done until `git push` succeeds.', ['git add priv/static/assets/app.js', 'git rebase main'], 0],
    ['- Work is not done until `git push` succeeds.', ['git push origin HEAD'], 1],
    ['- Work is not done until `git push` succeeds.', ['cd web && git push'], 1],
    ['- Build with `npm run build`.', ['npm ci', 'npm run lint'], 0],
    ['- Build with `npm run build`.', ['npm run build -- --mode production'], 1],
    ['- Run the tests with `pytest -q`.', ['python -m pytest tests/test_io.py'], 1],
  ] as const)('%s then %j fails: %i worse', (entry, failed, expected) => {
    expect(worseFor(entry, [...failed])).toBe(expected);
  });

  it.each([
    // The miner ties a failing `git add` to an entry that names it; only an entry telling agents to run it was led wrong by it.
    ['- Stage everything with `git add -A` before committing.', 1],
    ['- Leave `priv/static/assets/` out of `git add`: `git add` refuses it.', 0],
    ['- Never run `git add -f` on ignored files.', 0],
  ] as const)("the entry's own command failing after %s: tied to it %i time(s)", (entry, tied) => {
    const l = trackedLessons(
      [
        {
          file: 'CLAUDE.md',
          line: 3,
          entryText: entry,
          entryHash: 'h',
          patternId: PID,
          editId: 'e1',
          adoptedAt: '2026-11-10T00:00:00.000Z',
          adoptedIn: 'a'.repeat(40),
          how: 'merge',
        },
      ],
      ledgerWith(),
    )[0]!;
    const c = new EfficacyCounter([{ ...l, entryIds: new Set(['m1']) }]);
    c.observe(session('s9', '2026-11-12T00:00:00Z'), [
      { ...failure('s9', 'git add _build/x.exs', 1), kind: 'memory_failure', signature: 'mem|m1|git add|same', memoryEntryId: 'm1' },
    ]);
    expect(c.tally('e1')).toMatchObject({ tiedWorse: tied, worse: [expect.objectContaining({ session: 's9' })] });
  });
});

describe('recordEfficacy', () => {
  it('seeds the baseline from the ledger, adds each pass, and forgets lessons that left the base', () => {
    const l = ledgerWith();
    const pass1 = emptyTally();
    pass1.after = { sessions: 4, episodes: 1, hitSessions: 1, exposed: 2 };
    // Four sessions were dreamed by Nov 10, in three of which the pattern was seen; which met the
    // lesson's situation is unknown, so all four count (the lower old rate: no held on a guess).
    expect(recordEfficacy(l, [lesson()], () => pass1).get('e1')!.before).toEqual({ sessions: 4, episodes: 3, hitSessions: 3, exposed: 4 });
    const pass2 = emptyTally();
    pass2.after = { sessions: 6, episodes: 2, hitSessions: 2, exposed: 3 };
    const sum = recordEfficacy(l, [lesson()], () => pass2).get('e1')!;
    expect(sum.after).toEqual({ sessions: 10, episodes: 3, hitSessions: 3, exposed: 5 });
    // The ledger round-trips through its file.
    const back = loadLedger(serializeLedger(l), 'ledger.json');
    expect(back.efficacy?.e1?.after.sessions).toBe(10);
    expect(back.efficacy?.e1?.after.exposed).toBe(5);
    recordEfficacy(back, [], () => undefined);
    expect(back.efficacy).toBeUndefined();
  });

  it('a ledger written before exposure was counted never makes a lesson look better than it is', () => {
    const l = ledgerWith();
    l.efficacy = {
      e1: {
        patternId: PID,
        adoptedAt: lesson().adoptedAt,
        before: { sessions: 4, episodes: 3, hitSessions: 3 },
        after: { sessions: 20, episodes: 1, hitSessions: 1 },
        weeks: {},
      },
    };
    const sum = recordEfficacy(l, [lesson()], () => emptyTally()).get('e1')!;
    // Every earlier session counts as exposed; after adoption, only the one that hit the episode.
    expect(sum.before.exposed).toBe(4);
    expect(sum.after.exposed).toBe(1);
    expect(verdictOf(sum, lesson().adoptedAt, { now: new Date('2026-11-30T00:00:00Z'), unobservedDays: 30 })).toBe('too-early');
    // Its "worse" evidence, from before the tie to the entry was recorded, keeps its verdict.
    l.efficacy = { e1: { ...structuredClone(l.efficacy!.e1!), worse: [episode('s7').evidence[0]!] } };
    delete l.efficacy.e1!.tiedWorse;
    const old = recordEfficacy(l, [lesson()], () => emptyTally()).get('e1')!;
    expect(verdictOf(old, lesson().adoptedAt, { now: new Date('2026-11-30T00:00:00Z'), unobservedDays: 30 })).toBe('worse');
  });

  it('a malformed efficacy record is an error naming the file', () => {
    const text = JSON.stringify({
      version: 1,
      sessions: {},
      patterns: {},
      entries: {},
      edits: {},
      efficacy: { e1: { patternId: 'p', adoptedAt: 'x', before: 3, after: {}, weeks: {} } },
    });
    expect(() => loadLedger(text, '.dreaming/ledger.json')).toThrow(LedgerError);
    expect(() => loadLedger(text, '.dreaming/ledger.json')).toThrow(/^\.dreaming\/ledger\.json: "efficacy\.e1\.before" must be an object/);
  });
});

describe('verdictOf', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const at = '2026-11-10T00:00:00.000Z';
  const t = (
    before: [number, number],
    after: [number, number, number],
    extra: { worse?: number; tied?: number; lastObserved?: string; exposedBefore?: number; exposedAfter?: number } = {},
  ) => ({
    before: { sessions: before[0], episodes: before[1], hitSessions: before[1], exposed: extra.exposedBefore ?? before[0] },
    after: { sessions: after[0], episodes: after[1], hitSessions: after[2], exposed: extra.exposedAfter ?? after[0] },
    // Each new failure in its own session.
    worse: Array.from({ length: extra.worse ?? 0 }, (_, i) => episode(`w${i}`).evidence[0]!),
    tiedWorse: extra.tied ?? 0,
    ...(extra.lastObserved ? { lastObserved: extra.lastObserved } : {}),
  });
  it.each([
    // The entry's own command failed: one session is enough.
    ['worse', t([10, 5], [10, 0, 0], { worse: 1, tied: 1 })],
    // A new failure merely in a command of the kind it names: one session is an anecdote, two are worth a look.
    ['held', t([10, 5], [10, 0, 0], { worse: 1, lastObserved: '2026-11-25T00:00:00Z' })],
    ['worse', t([10, 5], [10, 0, 0], { worse: 2 })],
    ['recurring', t([10, 5], [10, 3, 2], { lastObserved: '2026-11-20T00:00:00Z' })],
    ['held', t([10, 5], [10, 1, 1], { lastObserved: '2026-11-20T00:00:00Z' })],
    ['held', t([10, 5], [10, 0, 0], { lastObserved: '2026-11-25T00:00:00Z' })],
    ['unobserved', t([10, 5], [10, 0, 0])],
    ['too-early', t([10, 5], [2, 1, 1], { lastObserved: '2026-11-28T00:00:00Z' })],
    // Ten sessions since, but only two met the lesson's situation: the fall proves nothing yet.
    ['too-early', t([10, 5], [10, 0, 0], { lastObserved: '2026-11-25T00:00:00Z', exposedAfter: 2 })],
    // 2 in 20 sessions looks like a fall from 5 in 10; per session that met it, 2 in 3 against 5 in 6 is not.
    ['recurring', t([10, 5], [20, 2, 2], { lastObserved: '2026-11-25T00:00:00Z', exposedBefore: 6, exposedAfter: 3 })],
  ] as const)('%s', (verdict, tally) => {
    expect(verdictOf(tally, at, { now, unobservedDays: 14 })).toBe(verdict);
  });
});
