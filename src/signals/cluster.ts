/**
 * Clusters signals across sessions into patterns. Support is counted in distinct sessions and
 * distinct agents, two sessions that recorded the same event counting once (same-event.ts); ids are hashes of kind+signature so the ledger recognises a pattern next run.
 * Holds only signals (never sessions), and keeps a bounded sample of them per pattern.
 */
import { folderSummary, joinFolders, type AgentKind, type Pattern, type Signal } from '../model/index.js';
import { shortHash } from './normalize.js';
import { SameEvents } from './same-event.js';
import { SAME_TASK, sketchAgreement } from './repeated-asks.js';
import { ordersDisagree } from './rule-order.js';

/** Signals kept per pattern: enough to cite from distinct sessions, bounded for 10,000 sessions. */
export const MAX_SIGNALS_PER_PATTERN = 25;

/** The session a signal counts for: a subagent's work belongs to the session that spawned it. */
export const supportSession = (s: Pick<Signal, 'sessionId' | 'rootSessionId'>): string => s.rootSessionId ?? s.sessionId;

export function patternId(kind: Signal['kind'], signature: string): string {
  return `p_${shortHash(`${kind}\u0000${signature}`)}`;
}

/**
 * Whether a signal's words (its summary, lesson, and the things it says to use or avoid) may be those of a turn the
 * transcripts cannot attribute to the person (Evidence.unverified): the miner cut them from its cited events, so a
 * signal that cites such a turn may speak its words. Set by structure, never read from the words.
 */
export const wordsUnverified = (s: Pick<Signal, 'evidence'>): boolean => s.evidence.some((e) => e.unverified === true);

/**
 * The signals a pattern's words are taken from: those whose words the person is known to have said, when it has any
 * (a turn no one can attribute still adds its session to the support, never its wording), else all of them (the
 * pattern is then Pattern.unverified, and nothing shows its words).
 */
export function wordSignals(p: Pick<Pattern, 'signals'>): Signal[] {
  const said = p.signals.filter((s) => !wordsUnverified(s));
  return said.length > 0 ? said : p.signals;
}

/**
 * Votes for a pattern's summary and lesson, each weighed by the signals (or sessions) that gave it. A map is made by
 * its first vote: the streaming accumulator tracks up to 10,000 patterns, nearly all one-offs whose `unattributed`
 * (or `said`) never gets a vote, and their empty maps were 18,000 of its 36,000 (5.2 MB of a 70 MB heap at 10,000
 * generated sessions).
 */
export interface WordVotes {
  summaries?: Map<string, number>;
  lessons?: Map<string, number>;
}

export const noVotes = (): WordVotes => ({});

function add(counts: Map<string, number>, value: string, n: number): void {
  counts.set(value, (counts.get(value) ?? 0) + n);
}

export function vote(v: WordVotes, w: { summary: string; lesson?: string | undefined }, n = 1): void {
  add((v.summaries ??= new Map()), w.summary, n);
  if (w.lesson) add((v.lessons ??= new Map()), w.lesson, n);
}

/** A pattern while its signals are counted: its sessions, agents, and votes for its summary and lesson. */
export interface Bucket extends Samples {
  kind: Signal['kind'];
  signature: string;
  sessions: Set<string>;
  agents: Set<AgentKind>;
  /** Votes of the signals whose words the person is known to have said (wordsUnverified): they name the pattern. */
  said: WordVotes;
  /** Votes of the others: they name it only when it has no signal of the first kind (Pattern.unverified). */
  unattributed: WordVotes;
  /** Every signal's folder, not only the sampled ones' (model/folders.ts): where its lesson is added. */
  folders: string[] | undefined;
}

/** `b.folders` with one more session's folder: in place, and without a copy while the folder is known (most signals). */
function addFolder(b: Pick<Bucket, 'folders'>, folder: string | undefined): void {
  if (b.folders === undefined || (folder !== undefined && b.folders.includes(folder))) return;
  b.folders = joinFolders(b.folders, folderSummary(folder));
}

/** The most frequent value; ties go to the lexicographically smallest, for determinism. */
function mode(counts: Map<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let bestN = -1;
  for (const [v, n] of counts ?? []) {
    if (n > bestN || (n === bestN && best !== undefined && v < best)) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

/**
 * The kind a signal clusters under. A failure that memory caused and then a fix is the same lesson as
 * the same fix found without memory (another agent reads another file): one pattern, counted once.
 */
function clusterKind(s: Signal): Signal['kind'] {
  return s.kind === 'memory_failure' && s.signature.startsWith('fix|') ? 'error_then_fix' : s.kind;
}

/** The id of the pattern a signal clusters into: efficacy matches later episodes to a lesson by it. */
export const signalPatternId = (s: Pick<Signal, 'kind' | 'signature'>): string => patternId(clusterKind(s as Signal), s.signature);

/**
 * `sameEvents: false` leaves sessions that recorded the same event apart: for the streaming
 * accumulator, which joins them over every chunk at once.
 */
export function clusterSignals(
  signals: readonly Signal[],
  minSupport: number,
  opts: { sameEvents?: false } = {},
): { patterns: Pattern[]; oneOffs: Pattern[] } {
  const buckets = new Map<string, Bucket>();
  const same = opts.sameEvents === false ? undefined : new SameEvents();
  for (const s of signals) {
    const kind = clusterKind(s);
    const key = `${kind}\u0000${s.signature}`;
    same?.add(key, supportSession(s), s);
    let b = buckets.get(key);
    if (!b) {
      b = {
        kind,
        memory: false,
        signature: s.signature,
        sessions: new Set(),
        agents: new Set(),
        said: noVotes(),
        unattributed: noVotes(),
        folders: folderSummary(s.folder),
        signals: [],
      };
      buckets.set(key, b);
    }
    addFolder(b, s.folder);
    b.sessions.add(supportSession(s));
    b.agents.add(s.agent);
    vote(wordsUnverified(s) ? b.unattributed : b.said, s);
    addSample(b, s);
  }
  return splitBySupport(
    [...buckets].map(([key, b]) => toPattern(patternId(b.kind, b.signature), regrouped(b, same?.rootOf(key)))),
    minSupport,
    // A chunk of the streaming accumulator sees only part of the sessions: an ask may recur in the next chunk.
    same ? {} : { partial: true },
  );
}

type Grouped = Samples & { sessions: Set<string> };

/**
 * A pattern's sessions and samples with each session counted as its group (same-event.ts): the
 * session ids become their groups' names, and each sample counts for its group, so the sample rule
 * and every later count of a pattern's signals by supportSession agree with its support.
 * Unchanged (the same object) when no two sessions of the pattern joined.
 */
export function regrouped<B extends Grouped>(b: B, rootOf: ((session: string) => string) | undefined): B {
  if (!rootOf) return b;
  const out: B = { ...b, sessions: new Set([...b.sessions].map(rootOf)), memory: false, signals: [] };
  for (const s of b.signals) {
    const root = rootOf(supportSession(s));
    addSample(out, root === supportSession(s) ? s : { ...s, rootSessionId: root });
  }
  return out;
}

/**
 * A pattern's bounded sample of signals. The root sessions it already cites are its samples' (supportSession): no set
 * of them beside, as the accumulator's up to 10,000 tracked patterns, nearly all one-offs of one sample, kept one each.
 */
export interface Samples {
  /** Whether a sample names a memory entry: the pattern is then memory_failure. */
  memory: boolean;
  signals: Signal[];
}

/**
 * The sample rule clustering and the streaming accumulator share. Prefer one signal per root session
 * so cited evidence spans sessions, but keep the first one that names a memory entry even when its
 * session is already cited or the samples are full (one over the cap): the edit needs that entry, and
 * the pattern is only memory_failure when a sample names it.
 */
export function addSample(b: Samples, s: Signal): void {
  const root = supportSession(s);
  const firstMemory = !!s.memoryEntryId && !b.memory;
  if (s.memoryEntryId) b.memory = true;
  if (!(firstMemory || (b.signals.length < MAX_SIGNALS_PER_PATTERN && !b.signals.some((x) => supportSession(x) === root)))) return;
  b.signals.push(s);
}

/**
 * Patterns strongest first, split at minSupport distinct sessions (at least 1) into patterns and one-offs. A pattern
 * whose every sample only restates a tool (Signal.restated) is neither: nobody corrected anything, so there is no
 * lesson, and one-offs would fill with every tool a user ever named. Its sessions count only beside a correction.
 */
export function splitBySupport(
  all: Pattern[],
  minSupport: number,
  opts: { partial?: true } = {},
): { patterns: Pattern[]; oneOffs: Pattern[] } {
  const sorted = all.filter((p) => p.signals.length === 0 || !p.signals.every((s) => s.restated)).sort(bySupport);
  // An ask that has not recurred across tasks is a one-off at any bar: the ledger keeps it for a later run. Sessions
  // that order the same things both ways ("X before Y", "Y before X") share a key but teach no one order (rule-order.ts).
  const teaches = (p: Pattern) =>
    meetsSupport(p, minSupport) && (opts.partial || recurringAsk(p)) && !ordersDisagree(p.signals.flatMap((s) => s.lesson ?? []));
  return {
    patterns: sorted.filter(teaches),
    oneOffs: sorted.filter((p) => !teaches(p)),
  };
}

/**
 * A pattern of asks (Signal.asked) teaches only when the ask recurs in at least two sessions about different
 * tasks: one session's ask is a step of its task, and one task sent again in many sessions is still one task.
 * Until then it is a one-off at any support bar, which the ledger keeps so that a later run's session can
 * complete it (incremental.ts checks the tasks again). Other patterns pass. Counted over the sampled signals
 * (one per root session, at most MAX_SIGNALS_PER_PATTERN), which can only undercount.
 */
export function recurringAsk(p: Pick<Pattern, 'signals'>): boolean {
  if (!p.signals.some((s) => s.asked !== undefined)) return true;
  // A sample without a sketch (a ledger written before sketches) cannot show another task: it adds none.
  const sketches = p.signals.map((s) => s.asked).filter((s): s is string => s !== undefined);
  const tasks: string[] = [];
  for (const s of sketches) {
    if (tasks.some((t) => sketchAgreement(t, s) >= SAME_TASK)) continue;
    tasks.push(s);
    if (tasks.length >= 2) return true;
  }
  return false;
}

/**
 * Is a pattern supported enough to teach: minSupport distinct root sessions (at least 1), or a standing
 * correction (Signal.standing), where the user said in so many words that the rule outlasts the task.
 */
export function meetsSupport(p: Pick<Pattern, 'support' | 'signals'>, minSupport: number): boolean {
  return p.support.sessions >= Math.max(1, minSupport) || p.signals.some((s) => s.standing);
}

/** Strongest first: distinct sessions, then distinct agents, then id, so the order is deterministic. */
export const bySupport = (a: Pattern, b: Pattern): number =>
  b.support.sessions - a.support.sessions || b.support.agents - a.support.agents || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What clustering and the streaming accumulator both keep per signature, turned into a Pattern. */
export function toPattern(
  id: string,
  b: Pick<Bucket, 'kind' | 'memory' | 'signature' | 'sessions' | 'agents' | 'said' | 'unattributed' | 'folders' | 'signals'>,
): Pattern {
  // A turn the transcripts cannot attribute to the person never names a pattern the person's own words also support:
  // the PR shows the summary in the bot's voice, and the offline engine phrases the lesson from it.
  const unverified = !b.said.summaries?.size && !!b.unattributed.summaries?.size;
  const words = unverified ? b.unattributed : b.said;
  const lesson = mode(words.lessons);
  return {
    id,
    kind: b.memory ? 'memory_failure' : b.kind,
    signature: b.signature,
    summary: mode(words.summaries) ?? b.signature,
    ...(lesson ? { lesson } : {}),
    ...(unverified ? { unverified: true as const } : {}),
    support: { sessions: b.sessions.size, agents: b.agents.size },
    sessions: [...b.sessions].sort(),
    agents: [...b.agents].sort(),
    ...(b.folders ? { folders: b.folders } : {}),
    signals: [...b.signals].sort((x, y) => (x.sessionId < y.sessionId ? -1 : x.sessionId > y.sessionId ? 1 : 0)),
  };
}
