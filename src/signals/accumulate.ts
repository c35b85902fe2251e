/**
 * Patterns built while streaming, in memory that does not grow with the number of signals.
 *
 * Signals are clustered a chunk of sessions at a time (clusterSignals, so the signature rules stay
 * in one place) and folded into running patterns that keep every supporting session id, votes for
 * the summary and lesson, and at most MAX_SIGNALS_PER_PATTERN sample signals from distinct sessions.
 * Everything else a signal carries is dropped after its chunk. Unique signatures (one-offs) are the
 * one thing that still grows with the corpus, so past MAX_TRACKED_PATTERNS (10,000, twice what the ledger keeps) the oldest single-session
 * ones are forgotten (counted in `forgotten`). For a corpus smaller than one chunk the result is
 * exactly clusterSignals'.
 */
import { joinFolders, type Pattern, type Signal } from '../model/index.js';
import {
  addSample,
  clusterSignals,
  noVotes,
  regrouped,
  signalPatternId,
  splitBySupport,
  supportSession,
  toPattern,
  vote,
  type Bucket,
} from './cluster.js';
import { SameEvents } from './same-event.js';

const CHUNK_SESSIONS = 500;
export const MAX_TRACKED_PATTERNS = 10_000;
/** Below this many signals the engine sees every one of them, as before; past it, the patterns' samples. */
const MAX_RAW_SIGNALS = 20_000;

interface Running extends Bucket {
  id: string;
}

export class PatternAccumulator {
  private pending: Signal[] = [];
  private pendingSessions = 0;
  private raw: Signal[] | undefined = [];
  private running = new Map<string, Running>();
  /** Which sessions of each pattern recorded the same events: they count once. */
  private same = new SameEvents();
  /** True once result() handed the patterns over (and let go of the tallies). */
  private taken = false;
  /** Single-session patterns dropped to stay within maxPatterns. */
  forgotten = 0;

  constructor(private readonly limits: { chunkSessions?: number; maxPatterns?: number; maxRawSignals?: number } = {}) {}

  addSession(signals: readonly Signal[]): void {
    if (this.taken) throw new Error('PatternAccumulator: a session added after result()');
    for (const s of signals) {
      this.pending.push(s);
      // Every signal's events, not only the sampled ones': a copy may be any session of the pattern.
      this.same.add(signalPatternId(s), supportSession(s), s);
    }
    if (this.raw) {
      this.raw.push(...signals);
      if (this.raw.length > (this.limits.maxRawSignals ?? MAX_RAW_SIGNALS)) this.raw = undefined;
    }
    if (++this.pendingSessions >= (this.limits.chunkSessions ?? CHUNK_SESSIONS)) this.flush();
  }

  private flush(): void {
    const chunk = this.pending;
    this.pending = [];
    this.pendingSessions = 0;
    if (chunk.length === 0) return;
    for (const p of clusterSignals(chunk, 1, { sameEvents: false }).patterns) this.merge(p);
    this.evict();
  }

  private merge(p: Pattern): void {
    let r = this.running.get(p.id);
    if (!r) {
      r = {
        id: p.id,
        kind: p.kind,
        memory: false,
        signature: p.signature,
        sessions: new Set(),
        agents: new Set(),
        said: noVotes(),
        unattributed: noVotes(),
        folders: p.folders,
        signals: [],
      };
      this.running.set(p.id, r);
    }
    r.folders = joinFolders(r.folders, p.folders);
    for (const s of p.sessions) r.sessions.add(s);
    for (const a of p.agents) r.agents.add(a);
    // A chunk's pattern took its words from its attributable signals when it had any (toPattern): it votes as they would.
    vote(p.unverified ? r.unattributed : r.said, p, p.support.sessions);
    for (const s of p.signals) addSample(r, s);
  }

  /** Forgets the oldest single-session patterns (Map order is insertion order) down to 90% of the cap. */
  private evict(): void {
    const max = this.limits.maxPatterns ?? MAX_TRACKED_PATTERNS;
    if (this.running.size <= max) return;
    const target = Math.floor(max * 0.9);
    for (const [id, r] of this.running) {
      if (this.running.size <= target) break;
      if (r.sessions.size > 1) continue;
      this.running.delete(id);
      this.same.forget(id);
      this.forgotten++;
    }
  }

  /**
   * Patterns at or above minSupport, one-offs below it, and the sample signals they keep. Once, at the
   * end of the read: it lets go of the running tallies as it hands the patterns over. The pass holds
   * the accumulator to its end (a caller's local stays on the stack), and the tallies were then the
   * largest thing it kept beside the patterns built from them: at 100,000 sessions 62 MB of the 88 MB
   * live heap while the engine, the guards and the ledger ran (25 MB of it the same-event logs).
   */
  result(minSupport: number): { patterns: Pattern[]; oneOffs: Pattern[]; signals: Signal[] } {
    if (this.taken) throw new Error('PatternAccumulator: result() asked twice (the first let go of the tallies)');
    this.flush();
    const split = splitBySupport(
      [...this.running.values()].map((r) => toPattern(r.id, regrouped(r, this.same.rootOf(r.id)))),
      minSupport,
    );
    const signals = this.raw?.map((s) => this.counted(s)) ?? [...split.patterns, ...split.oneOffs].flatMap((p) => p.signals);
    this.taken = true;
    this.running = new Map();
    this.same = new SameEvents();
    this.raw = undefined;
    return { ...split, signals };
  }

  /** A raw signal as its pattern counts it: under its session's group. */
  private counted(s: Signal): Signal {
    const rootOf = this.same.rootOf(signalPatternId(s));
    const root = rootOf?.(supportSession(s));
    return root === undefined || root === supportSession(s) ? s : { ...s, rootSessionId: root };
  }
}
