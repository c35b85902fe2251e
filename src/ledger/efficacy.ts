/**
 * Efficacy counting: for each adopted lesson, the episodes of the pattern it was learned from in the
 * sessions before and after its adoption, per session of the agents that read its file in which the
 * lesson's situation arose (its exposure: see exposedTo). A session about something else says nothing
 * of a lesson, so it neither makes it look heeded nor dilutes a mistake that recurs. Streaming:
 * a session is observed once, with the signals already mined from it, and then dropped; what is kept
 * per lesson is a handful of counters and a few evidence items, whatever the number of sessions.
 */
import type { AdoptedEntry, AgentKind, Evidence, MemoryFile, Session, Signal } from '../model/index.js';
import { codeSpans, isProhibition, mayPredateGroups, preGroupSignature, signalPatternId, wordsUnverified } from '../signals/index.js';
import { sessionTime } from '../model/index.js';
import type { Ledger } from './ledger.js';
import { entryTextHash } from './record-edits.js';
import { Families, FAMILY_EXPOSED, FAMILY_HIT, MAX_OPEN_FAMILIES, recount } from './efficacy-families.js';
import {
  commandKinds,
  episodeKinds,
  exposedTo,
  optionsOnly,
  sessionCommands,
  statedTools,
  type SessionCommands,
} from './efficacy-exposure.js';

/** Evidence items kept per lesson and window: enough to cite, bounded for 10,000 sessions. */
export const MAX_EFFICACY_EVIDENCE = 3;
/** Week buckets kept on each side of the adoption (older and later sessions fall into the outermost). */
export const MAX_EFFICACY_WEEKS = 12;
/** Failures of a new kind count against a lesson only this soon after its adoption. */
const WORSE_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

export interface TrackedLesson {
  editId: string;
  file: string;
  entry: string;
  entryHash: string;
  patternId: string;
  /** The pattern's signature: a signal with another one cannot be its episode, so no id is hashed for it. */
  signature: string;
  adoptedAt: string;
  adoptedIn: string;
  /** Agents whose sessions count (those that read the entry's file); empty: every agent. */
  agents: ReadonlySet<AgentKind>;
  /**
   * The kinds of command the entry names (`npm run build`, `git push`: commandKinds): where a new
   * failure counts against it. A program alone would charge a `git push` lesson with any git failure.
   */
  named: ReadonlySet<string>;
  /** The code spans the entry names: a session using one of them touched the lesson's topic. */
  terms: readonly string[];
  /**
   * The kinds of command the lesson is about (commandKinds): those the entry names and those its
   * episodes failed and were fixed with. A session running one met the lesson's situation.
   */
  situations: ReadonlySet<string>;
  /** Patterns the ledger knew before the adoption: a failure of one of them is not of a new kind. */
  knownBefore: ReadonlySet<string>;
  /**
   * The entry forbids something ("never run `make deploy`", "leave `dist/` out of `git add`"): the
   * commands it names are what it warns of, not what it tells agents to run, so one of them failing
   * is not the entry leading agents wrong.
   */
  prohibition: boolean;
  /** Ids of the memory entry in this pass's memory: signals that name it are tied to it by structure. */
  entryIds: ReadonlySet<string>;
}

/**
 * How a signal bears on a lesson. Once memory holds the entry, the miner ties a failure to it: memory
 * named a command and the agent ran another that failed (`|ignored`) is the lesson's episode recurring
 * although memory says it; the entry's own command failing, or the user correcting the entry, is the
 * entry leading agents wrong. Before adoption, the episode is the pattern the lesson was learned from.
 */
export function bearing(
  s: Signal,
  lesson: Pick<TrackedLesson, 'patternId' | 'signature' | 'entryIds'>,
  id: () => string = () => signalPatternId(s),
): 'episode' | 'entry-failed' | undefined {
  // The id hashes the signature: another signature cannot give the lesson's id, so it is not hashed.
  if (s.signature === lesson.signature && id() === lesson.patternId) return 'episode';
  if (predatesGroups(s, lesson)) return 'episode';
  if (!s.memoryEntryId || !lesson.entryIds.has(s.memoryEntryId)) return undefined;
  return s.signature.endsWith('|ignored') ? 'episode' : 'entry-failed';
}

/**
 * A lesson learned before the miner read command groups (`fix|docker compose|…`), and a signal of the
 * same episode named as the miner names it now (`fix|docker compose up|…`): the old shape of the
 * signal's signature is the lesson's (legacy-signatures.ts), so an old ledger keeps tracking it.
 */
function predatesGroups(s: Pick<Signal, 'kind' | 'signature'>, lesson: Pick<TrackedLesson, 'patternId' | 'signature'>): boolean {
  if (s.signature === lesson.signature || !mayPredateGroups(lesson.signature)) return false;
  const old = preGroupSignature(s.signature);
  return old === lesson.signature && signalPatternId({ kind: s.kind, signature: old }) === lesson.patternId;
}

export interface WindowTally {
  sessions: number;
  episodes: number;
  /** Sessions with at least one episode. */
  hitSessions: number;
  /** Sessions in which the lesson's situation arose (an episode, or a command of a kind it is about): the rate's denominator. */
  exposed: number;
}

export interface LessonTally {
  before: WindowTally;
  after: WindowTally;
  /**
   * Week offset from adoption (negative: before) -> [sessions, episodes]: the activity around the
   * adoption, kept per session on purpose. No verdict, table or chart reads a rate from them (the
   * verdict's rate is the windows' episodes per exposed conversation), and ledgers already hold them
   * in this unit: counting exposures here would mix two units in one series.
   */
  weeks: Record<string, [number, number]>;
  /** The last session that hit the episode or used the entry's commands (ISO). */
  lastObserved?: string;
  /** Post-adoption episodes, for a recurring lesson's evidence. */
  evidence: Evidence[];
  /** Post-adoption failures of a new kind in the commands the entry names. */
  worse: Evidence[];
  /** How many of them the miner tied to the entry itself (its own command, run as memory says, failed). */
  tiedWorse: number;
  /** Sessions after adoption exposed to the lesson without the episode: the entry helped. */
  clean: number;
  /**
   * What each conversation that has or may have subagents counted so far (key: window and root session
   * id; bits: FAMILY_EXPOSED, FAMILY_HIT): a session and its subagents are one exposure, whichever of
   * them met the lesson, in whatever order, file, thread or pass they were read. A pass starts from what
   * the ledger kept of earlier passes (the conversations of the sessions it still lists: see
   * forgetSettledConversations), so a subagent or a grown file read later counts only what is new.
   */
  families: Record<string, number>;
}

export const emptyTally = (): LessonTally => ({
  before: { sessions: 0, episodes: 0, hitSessions: 0, exposed: 0 },
  after: { sessions: 0, episodes: 0, hitSessions: 0, exposed: 0 },
  weeks: {},
  evidence: [],
  worse: [],
  tiedWorse: 0,
  clean: 0,
  families: {},
});

/**
 * The adopted entries whose edit came from a pattern the ledger still knows, with what counting
 * needs. An entry without a pattern (a hand-made cleanup) has no episode to count.
 */
export function trackedLessons(adoptions: readonly AdoptedEntry[], ledger: Ledger, memory: readonly MemoryFile[] = []): TrackedLesson[] {
  const out: TrackedLesson[] = [];
  for (const a of adoptions) {
    if (!a.patternId || !ledger.patterns[a.patternId]) continue;
    const pattern = ledger.patterns[a.patternId]!;
    const file = memory.find((f) => f.path === a.file);
    const readBy = file?.readBy ?? (pattern.agents as AgentKind[]);
    const entryIds = new Set((file?.entries ?? []).filter((e) => entryTextHash(e.text) === a.entryHash).map((e) => e.id));
    const terms = codeSpans(a.entryText).filter((t) => !optionsOnly(t));
    const named = new Set(terms.flatMap((t) => commandKinds(t)));
    const situations = new Set(named);
    for (const s of pattern.samples ?? []) for (const k of episodeKinds(s.failed, s.fixed)) situations.add(k);
    if (situations.size === 0 && terms.length === 0) for (const tool of statedTools(pattern.samples ?? [])) situations.add(tool);
    const knownBefore = new Set(
      Object.entries(ledger.patterns)
        .filter(([, p]) => (p.firstSeen ?? p.lastSeen) < a.adoptedAt)
        .map(([id]) => id),
    );
    out.push({
      editId: a.editId,
      file: a.file,
      entry: a.entryText,
      entryHash: a.entryHash,
      patternId: a.patternId,
      signature: pattern.signature,
      adoptedAt: a.adoptedAt,
      adoptedIn: a.adoptedIn,
      agents: new Set(readBy),
      named,
      terms,
      situations,
      prohibition: isProhibition(a.entryText),
      knownBefore,
      entryIds,
    });
  }
  return out;
}

const FAILURE_KINDS = new Set<Signal['kind']>(['error_then_fix', 'repeated_failure', 'memory_failure']);

/**
 * Counts episodes per lesson as sessions stream past. The cost of one session is one pass over its
 * signals, matched to lessons by signature and memory entry id (a pattern id is hashed only for a
 * signal whose signature some lesson has), plus a few counters per lesson: it does not grow with
 * lessons x signals, and nothing is rescanned.
 */
export class EfficacyCounter {
  private readonly tallies = new Map<string, LessonTally>();
  /** Per lesson, in order: its tally and adoption time, so a session's loop over the lessons looks nothing up. */
  private readonly slots: { lesson: TrackedLesson; tally: LessonTally; adoptedAt: number }[];
  private readonly signatures: ReadonlySet<string>;
  /** Signatures of the lessons that may have been learned before command groups (predatesGroups). */
  private readonly oldShapes: ReadonlySet<string>;
  private readonly byPattern = new Map<string, TrackedLesson[]>();
  private readonly byEntryId = new Map<string, TrackedLesson[]>();

  /** What the tallies' families hold, bounded (efficacy-families.ts). */
  private readonly families: Families;

  constructor(
    readonly lessons: readonly TrackedLesson[],
    opts: { maxOpenFamilies?: number } = {},
  ) {
    this.families = new Families(opts.maxOpenFamilies ?? MAX_OPEN_FAMILIES);
    this.signatures = new Set(lessons.map((l) => l.signature));
    this.oldShapes = new Set(lessons.map((l) => l.signature).filter(mayPredateGroups));
    for (const l of lessons) {
      this.tallies.set(l.editId, emptyTally());
      push(this.byPattern, l.patternId, l);
      for (const id of l.entryIds) push(this.byEntryId, id, l);
    }
    this.slots = lessons.map((lesson) => ({ lesson, tally: this.tallies.get(lesson.editId)!, adoptedAt: Date.parse(lesson.adoptedAt) }));
  }

  get size(): number {
    return this.lessons.length;
  }

  /**
   * One session and the signals mined from it. A subagent's episodes count, its session does not (its
   * parent's does); nor does a session read on from where an earlier pass stopped (`continued`: its
   * file grew), which that pass counted: only what its new events meet is new.
   */
  observe(session: Session, signals: readonly Signal[], continued = false): void {
    if (this.lessons.length === 0) return;
    const t = sessionTime(session);
    if (t === undefined) return;
    const hits = this.episodes(signals);
    const counted = !session.parentId && !continued;
    // A conversation is one exposure: its parent and subagents are counted under its root, and so is
    // the rest of a session whose file grew, read by a later pass.
    const root = session.parentId ?? session.id;
    let keys: [string, string] | undefined;
    const iso = new Date(t).toISOString();
    let commands: SessionCommands | undefined;
    const cmds = (): SessionCommands => (commands ??= sessionCommands(session));
    let failures: FailureSignal[] | undefined;
    for (const { lesson, tally, adoptedAt } of this.slots) {
      if (lesson.agents.size > 0 && !lesson.agents.has(session.agent)) continue;
      const after = t >= adoptedAt;
      const window = after ? tally.after : tally.before;
      const mine = hits.get(lesson) ?? NONE;
      if (counted) window.sessions++;
      window.episodes += mine.length;
      const week = String(Math.max(-MAX_EFFICACY_WEEKS, Math.min(MAX_EFFICACY_WEEKS, Math.floor((t - adoptedAt) / WEEK_MS))));
      const bucket = (tally.weeks[week] ??= [0, 0]);
      if (counted) bucket[0]++;
      bucket[1] += mine.length;
      const exposed = exposedTo(lesson, mine.length > 0, cmds);
      const met = (exposed ? FAMILY_EXPOSED : 0) | (mine.length > 0 ? FAMILY_HIT : 0);
      if (met !== 0) {
        keys ??= [`b|${root}`, `a|${root}`];
        const key = keys[after ? 1 : 0];
        const was = tally.families[key] ?? 0;
        recount(tally, after, was, was | met);
        if ((was | met) !== was) this.families.set(tally, key, was | met);
      }
      if (exposed && (!tally.lastObserved || iso > tally.lastObserved)) tally.lastObserved = iso;
      if (!after) continue;
      for (const h of mine) if (tally.evidence.length < MAX_EFFICACY_EVIDENCE && h.evidence[0]) tally.evidence.push(shownBy(h));
      if (t - adoptedAt <= WORSE_WINDOW_DAYS * DAY_MS && tally.worse.length < MAX_EFFICACY_EVIDENCE) {
        failures ??= failuresOf(signals);
        for (const f of failures) {
          if (tally.worse.length >= MAX_EFFICACY_EVIDENCE) break;
          const b = bearing(f.signal, lesson, f.id);
          if (b === 'episode' || lesson.knownBefore.has(f.id()) || lesson.knownBefore.has(f.oldId())) continue;
          if (b !== 'entry-failed' && !f.kinds.some((k) => lesson.named.has(k))) continue;
          tally.worse.push(shownBy(f.signal));
          if (b === 'entry-failed' && !lesson.prohibition) tally.tiedWorse++;
        }
      }
    }
    this.families.bound(this.slots);
  }

  tally(editId: string): LessonTally | undefined {
    return this.tallies.get(editId);
  }

  /**
   * What earlier passes counted for a lesson's conversations (the ledger's): a conversation met again
   * (its subagent's file, or its own file grown) counts only what it meets that they did not.
   */
  seed(editId: string, conversations: Readonly<Record<string, number>>): void {
    const t = this.tallies.get(editId);
    if (!t) return;
    for (const [key, bits] of Object.entries(conversations)) this.families.set(t, key, bits);
    this.families.bound(this.slots);
  }

  /** Adds what a later file's sessions met per conversation to a lesson's (Families.merge). */
  mergeFamilies(editId: string, from: Readonly<Record<string, number>>): void {
    const into = this.tallies.get(editId);
    if (!into) return;
    this.families.merge(into, from);
    this.families.bound(this.slots);
  }

  /** Entries the families hold, over every lesson (see efficacy-families.ts). */
  get openFamilies(): number {
    return this.families.size;
  }

  /** The signals of one session that are some lesson's episode (bearing() says 'episode'), by lesson: one pass over the signals. */
  private episodes(signals: readonly Signal[]): Map<TrackedLesson, Signal[]> {
    const out = new Map<TrackedLesson, Signal[]>();
    for (const s of signals) {
      const byId = this.signatures.has(s.signature) ? (this.byPattern.get(signalPatternId(s)) ?? NO_LESSONS) : NO_LESSONS;
      for (const l of byId) push(out, l, s);
      // A lesson learned before command groups, and this signal of its episode named as the miner names it now.
      const old = this.oldShapes.size > 0 ? preGroupSignature(s.signature) : s.signature;
      const byOldId =
        old !== s.signature && this.oldShapes.has(old) ? this.byPattern.get(signalPatternId({ kind: s.kind, signature: old })) : undefined;
      for (const l of byOldId ?? NO_LESSONS) push(out, l, s);
      // Memory named a command and the agent ran another that failed: the lesson recurring although memory says it.
      if (!s.memoryEntryId || !s.signature.endsWith('|ignored')) continue;
      for (const l of this.byEntryId.get(s.memoryEntryId) ?? NO_LESSONS) if (!byId.includes(l) && !byOldId?.includes(l)) push(out, l, s);
    }
    return out;
  }
}

interface FailureSignal {
  signal: Signal;
  /** The pattern id, hashed on first use. */
  id: () => string;
  /** The id the miner gave the same failure before it read command groups (a pattern the ledger knew then is not new). */
  oldId: () => string;
  /** The kinds of command that failed (commandKinds). */
  kinds: string[];
}

const NONE: readonly Signal[] = [];
const NO_LESSONS: readonly TrackedLesson[] = [];

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * The quote an episode is shown by (the efficacy table in the PR and the job summary): its signal's first, marked
 * when any of its quotes is a turn no one can attribute to the person (wordsUnverified), so the table withholds it.
 */
function shownBy(s: Signal): Evidence {
  const first = s.evidence[0]!;
  return wordsUnverified(s) && first.unverified !== true ? { ...first, unverified: true } : first;
}

/** A session's failures with evidence, each parsed once for every lesson that looks at it. */
function failuresOf(signals: readonly Signal[]): FailureSignal[] {
  return signals
    .filter((s) => FAILURE_KINDS.has(s.kind) && s.evidence[0])
    .map((signal) => {
      let id: string | undefined;
      let oldId: string | undefined;
      return {
        signal,
        id: () => (id ??= signalPatternId(signal)),
        oldId: () => (oldId ??= signalPatternId({ kind: signal.kind, signature: preGroupSignature(signal.signature) })),
        kinds: signal.failed ? commandKinds(signal.failed) : [],
      };
    });
}
