/**
 * Efficacy over time: a pass's tallies added to the ledger's (each session is read by one pass only),
 * and the verdict on each adopted lesson. The ledger keeps per lesson a few counters, at most 25 week
 * buckets and three evidence items; lessons no longer on the base are dropped.
 */
import type { EfficacyVerdict, LessonEfficacy, Evidence } from '../model/index.js';
import { codeSpans } from '../signals/index.js';
import type { Ledger, LedgerEfficacy } from './ledger.js';
import { MAX_EFFICACY_EVIDENCE, emptyTally, type LessonTally, type TrackedLesson, type WindowTally } from './efficacy.js';

export interface VerdictOptions {
  now: Date;
  /** Days without a session in which the lesson could apply, after which it is unobserved. */
  unobservedDays: number;
  /** Sessions after adoption needed before held or recurring is said. */
  minSessionsAfter?: number;
}

export const DEFAULT_UNOBSERVED_DAYS = 30;
const DEFAULT_MIN_SESSIONS_AFTER = 3;

/** Episodes per 100 sessions that met the lesson's situation: sessions about something else say nothing of it. */
const per100 = (w: { exposed: number; episodes: number }): number => (w.exposed === 0 ? 0 : (100 * w.episodes) / w.exposed);
const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * A fall in the rate that chance alone gives this often or more is too little to say a lesson helped:
 * 0 hits in 3 sessions after 1 in 2 before happens one time in 8 with nothing changed.
 */
const HELD_CHANCE = 0.05;

/**
 * Had the lesson changed nothing, how often as few of the sessions that met it since would be hit as
 * were: each of `n` hit with the old share `p` (hit sessions per session that met it, before), the
 * binomial chance of `k` hits or fewer. Summed in logarithms, so a thousand sessions do not underflow.
 */
export function chanceOfAsFew(k: number, n: number, p: number): number {
  if (k >= n || p <= 0) return 1;
  if (p >= 1) return 0;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  let term = n * lq; // log of C(n,0) p^0 q^n
  let sum = term;
  for (let i = 0; i < k; i++) {
    term += Math.log(n - i) - Math.log(i + 1) + lp - lq;
    sum = Math.max(sum, term) + Math.log1p(Math.exp(-Math.abs(sum - term)));
  }
  return Math.min(1, Math.exp(sum));
}

/** The chance (chanceOfAsFew) of a lesson's sessions since, at its rate before. */
const chanceSince = (t: Pick<LessonTally, 'before' | 'after'>): number =>
  chanceOfAsFew(t.after.hitSessions, t.after.exposed, t.before.exposed ? t.before.hitSessions / t.before.exposed : 0);

/** "3 times in 100", "under 1 time in 100": a chance as a reviewer reads it. */
const timesIn100 = (x: number): string => (x < 0.01 ? 'under 1 time in 100' : `${Math.round(100 * x)} times in 100`);

/**
 * The entry's own command failing is the entry leading agents wrong, from one session. A new failure
 * that merely runs a command of a kind the entry names (a `git add` after a lesson about what not to
 * add) may have any cause: one session of it is an anecdote, two are a pattern worth a reviewer's look.
 */
function madeWorse(t: Pick<LessonTally, 'worse' | 'tiedWorse'>): boolean {
  return t.tiedWorse > 0 || new Set(t.worse.map((e) => e.session)).size >= 2;
}

/**
 * The verdict, in the order a reviewer must hear it: a lesson that made things worse first, then one
 * that is ignored, then one that worked; silence is reported, never acted on.
 */
export function verdictOf(
  t: Pick<LessonTally, 'before' | 'after' | 'lastObserved' | 'worse' | 'tiedWorse'>,
  adoptedAt: string,
  o: VerdictOptions,
): EfficacyVerdict {
  if (madeWorse(t)) return 'worse';
  const quietSince = Date.parse(t.lastObserved && t.lastObserved > adoptedAt ? t.lastObserved : adoptedAt);
  if (t.after.episodes === 0 && o.now.getTime() - quietSince >= o.unobservedDays * 86_400_000) return 'unobserved';
  // Held or recurring needs sessions where the lesson could apply: the work moving on proves nothing.
  if (t.after.exposed < (o.minSessionsAfter ?? DEFAULT_MIN_SESSIONS_AFTER)) return 'too-early';
  const before = per100(t.before);
  const after = per100(t.after);
  // Hit in two sessions or more since, at half the old rate or above: memory says it and it is not heeded.
  if (t.after.hitSessions >= 2 && after >= before / 2) return 'recurring';
  // A fall chance explains is no proof the lesson helped: too early to say, however many weeks have passed.
  if (after < before) return chanceSince(t) < HELD_CHANCE ? 'held' : 'too-early';
  return 'too-early';
}

function explain(v: EfficacyVerdict, t: LessonTally, o: VerdictOptions): string {
  const rates =
    `${fmt(per100(t.before))} per 100 sessions that met it before (${t.before.episodes} in ${t.before.exposed} of ${t.before.sessions} sessions), ` +
    `${fmt(per100(t.after))} after (${t.after.episodes} in ${t.after.exposed} of ${t.after.sessions} sessions since)`;
  switch (v) {
    case 'worse':
      return `new failures in the commands it names right after adoption; ${rates}`;
    case 'recurring':
      return `still hit in ${t.after.hitSessions} sessions since adoption although memory says it; ${rates}`;
    case 'held':
      return `the episode rate fell: ${rates}; ${byChance(t)}`;
    case 'unobserved':
      return `no session in which it could apply in ${o.unobservedDays} days; ${rates}`;
    default:
      if (t.after.exposed >= (o.minSessionsAfter ?? DEFAULT_MIN_SESSIONS_AFTER) && per100(t.after) < per100(t.before))
        return `too few sessions to say it helped: ${byChance(t)} (it takes under 5 in 100 to say so); ${rates}`;
      return `not enough sessions since adoption met its situation to judge; ${rates}`;
  }
}

/** How often the sessions since would be hit as seldom as they were with nothing changed (chanceSince), in counts. */
const byChance = (t: LessonTally): string =>
  `with nothing changed (${t.before.hitSessions} of ${t.before.exposed} sessions hit before), ${t.after.hitSessions} or fewer of the ` +
  `${t.after.exposed} since would be hit ${timesIn100(chanceSince(t))}`;

/** A deterministic guard for a command lesson that keeps being ignored: text for a human, never written. */
function guardSuggestion(lesson: Pick<TrackedLesson, 'entry'>, failed: string | undefined): string | undefined {
  if (!failed) return undefined;
  const fixed = codeSpans(lesson.entry).find((t) => t !== failed);
  const hint = fixed ? ` and say \`${fixed}\` instead` : '';
  return `A Claude Code \`PreToolUse\` hook on Bash could block commands starting with \`${failed}\`${hint} (exit code 2 with the reason on stderr); a CI check cannot see the agent's commands, a hook can.`;
}

const toLedger = (lesson: TrackedLesson, t: LessonTally): LedgerEfficacy => ({
  patternId: lesson.patternId,
  adoptedAt: lesson.adoptedAt,
  before: { ...t.before },
  after: { ...t.after },
  weeks: structuredClone(t.weeks),
  ...(t.lastObserved ? { lastObserved: t.lastObserved } : {}),
  // The mark of a turn no one can attribute to the person is kept: a later pass's table still withholds its words.
  ...(t.worse.length
    ? {
        worse: t.worse.map(({ session, file, line, quote, unverified }) => ({
          session,
          file,
          line,
          quote,
          ...(unverified ? { unverified } : {}),
        })),
      }
    : {}),
  ...(t.tiedWorse ? { tiedWorse: t.tiedWorse } : {}),
  ...(Object.keys(t.families).length ? { conversations: { ...t.families } } : {}),
});

const addWindow = (a: WindowTally, b: WindowTally): WindowTally => ({
  sessions: a.sessions + b.sessions,
  episodes: a.episodes + b.episodes,
  hitSessions: a.hitSessions + b.hitSessions,
  exposed: a.exposed + b.exposed,
});

/**
 * A stored window from before exposure was counted. Unknown exposure is counted so that it never makes
 * a lesson look better than it is: every earlier session as exposed before adoption (a lower old
 * rate), only the sessions that hit the episode after it (a higher new rate, and no held on them).
 */
const storedWindow = (w: LedgerEfficacy['before'], side: 'before' | 'after'): WindowTally => ({
  sessions: w.sessions,
  episodes: w.episodes,
  hitSessions: w.hitSessions,
  exposed: w.exposed ?? (side === 'before' ? w.sessions : w.hitSessions),
});

/** The ledger's record of a lesson, when it is of this adoption (an entry adopted again starts over). */
function storedFor(l: Ledger, lesson: Pick<TrackedLesson, 'editId' | 'adoptedAt' | 'patternId'>): LedgerEfficacy | undefined {
  const stored = l.efficacy?.[lesson.editId];
  return stored && stored.adoptedAt === lesson.adoptedAt && stored.patternId === lesson.patternId ? stored : undefined;
}

/**
 * What earlier passes counted for each conversation of a lesson (LedgerEfficacy.conversations), for
 * the pass to start from. Only the bits a pass writes are read.
 */
export function storedConversations(l: Ledger, lesson: Pick<TrackedLesson, 'editId' | 'adoptedAt' | 'patternId'>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, bits] of Object.entries(storedFor(l, lesson)?.conversations ?? {}))
    if (Number.isInteger(bits) && bits > 0 && bits <= 3 && /^[ab]\|/.test(key)) out[key] = bits;
  return out;
}

/**
 * What the ledger knew of a lesson before this pass. A lesson seen for the first time starts from
 * the ledger's own history: the sessions dreamed up to the adoption, and the pattern's support
 * among them (the episodes that made it a lesson), so the first pass after a merge has a baseline.
 */
function storedOrSeed(l: Ledger, lesson: TrackedLesson): LessonTally {
  const stored = storedFor(l, lesson);
  if (stored) {
    return {
      before: storedWindow(stored.before, 'before'),
      after: storedWindow(stored.after, 'after'),
      weeks: structuredClone(stored.weeks),
      ...(stored.lastObserved ? { lastObserved: stored.lastObserved } : {}),
      evidence: [],
      worse: [...(stored.worse ?? [])],
      // A ledger from before the tie was recorded: its evidence is taken as tied, so its verdict stands.
      tiedWorse: stored.tiedWorse ?? stored.worse?.length ?? 0,
      clean: 0,
      families: {},
    };
  }
  const seed = emptyTally();
  const adopted = Date.parse(lesson.adoptedAt);
  let sessions = 0;
  for (const s of Object.values(l.sessions)) if (Date.parse(s.dreamedAt) <= adopted) sessions++;
  const support = l.patterns[lesson.patternId]?.support ?? 0;
  // Which of those sessions met the lesson's situation was not recorded: all count as exposed (see storedWindow).
  const n = Math.max(sessions, support);
  seed.before = { sessions: n, episodes: support, hitSessions: support, exposed: n };
  return seed;
}

/**
 * Adds this pass's tallies to the ledger's and returns the sums. Lessons not adopted any more (the
 * entry left the base) are forgotten, so the section stays as long as the list of adopted lessons.
 */
export function recordEfficacy(
  l: Ledger,
  lessons: readonly TrackedLesson[],
  pass: (editId: string) => LessonTally | undefined,
): Map<string, LessonTally> {
  const sums = new Map<string, LessonTally>();
  const next: Record<string, LedgerEfficacy> = {};
  for (const lesson of lessons) {
    const prev = storedOrSeed(l, lesson);
    const now = pass(lesson.editId) ?? emptyTally();
    const weeks = structuredClone(prev.weeks);
    for (const [k, [s, e]] of Object.entries(now.weeks)) {
      const b = (weeks[k] ??= [0, 0]);
      b[0] += s;
      b[1] += e;
    }
    const last = [prev.lastObserved, now.lastObserved]
      .filter((x): x is string => !!x)
      .sort()
      .pop();
    const sum: LessonTally = {
      before: addWindow(prev.before, now.before),
      after: addWindow(prev.after, now.after),
      weeks,
      ...(last ? { lastObserved: last } : {}),
      evidence: now.evidence,
      worse: [...prev.worse, ...now.worse].slice(0, MAX_EFFICACY_EVIDENCE),
      tiedWorse: prev.tiedWorse + now.tiedWorse,
      clean: now.clean,
      families: now.families,
    };
    sums.set(lesson.editId, sum);
    next[lesson.editId] = toLedger(lesson, sum);
  }
  if (lessons.length || l.efficacy) l.efficacy = next;
  if (Object.keys(next).length === 0) delete l.efficacy;
  return sums;
}

/** The report's object for one lesson. */
export function lessonEfficacy(lesson: TrackedLesson, t: LessonTally, o: VerdictOptions, failed?: string): LessonEfficacy {
  const verdict = verdictOf(t, lesson.adoptedAt, o);
  const evidence: Evidence[] = verdict === 'worse' ? t.worse : verdict === 'recurring' ? t.evidence : [];
  const suggestion = verdict === 'recurring' ? guardSuggestion(lesson, failed) : undefined;
  return {
    file: lesson.file,
    entry: lesson.entry,
    patternId: lesson.patternId,
    editId: lesson.editId,
    adoptedAt: lesson.adoptedAt,
    adoptedIn: lesson.adoptedIn,
    before: { sessions: t.before.sessions, episodes: t.before.episodes, exposed: t.before.exposed },
    after: { sessions: t.after.sessions, episodes: t.after.episodes, exposed: t.after.exposed },
    verdict,
    why: explain(verdict, t, o),
    ...(evidence.length ? { evidence } : {}),
    ...(suggestion ? { suggestion } : {}),
  };
}

const ORDER: EfficacyVerdict[] = ['worse', 'recurring', 'held', 'unobserved', 'too-early'];
/** Worse first, then recurring: what needs a reviewer's eyes leads. */
export const byVerdict = (a: LessonEfficacy, b: LessonEfficacy): number =>
  ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict) || (a.adoptedAt < b.adoptedAt ? -1 : a.adoptedAt > b.adoptedAt ? 1 : 0);
