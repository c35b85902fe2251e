/**
 * Efficacy counting: for each adopted lesson, the episodes of the pattern it was learned from in the
 * sessions before and after its adoption, per session of the agents that read its file. Streaming:
 * a session is observed once, with the signals already mined from it, and then dropped; what is kept
 * per lesson is a handful of counters and a few evidence items, whatever the number of sessions.
 */
import type { AdoptedEntry, AgentKind, Evidence, MemoryFile, Session, Signal } from '../model/index.js';
import { codeSpans, parseCommand, signalPatternId } from '../signals/index.js';
import type { Ledger } from './ledger.js';
import { entryTextHash } from './record.js';

/** Evidence items kept per lesson and window: enough to cite, bounded for 10,000 sessions. */
export const MAX_EFFICACY_EVIDENCE = 3;
/** Week buckets kept on each side of the adoption (older and later sessions fall into the outermost). */
export const MAX_EFFICACY_WEEKS = 12;
/** Failures of a new kind count against a lesson only this soon after its adoption. */
export const WORSE_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

export interface TrackedLesson {
  editId: string;
  file: string;
  entry: string;
  entryHash: string;
  patternId: string;
  adoptedAt: string;
  adoptedIn: string;
  /** Agents whose sessions count (those that read the entry's file); empty: every agent. */
  agents: ReadonlySet<AgentKind>;
  /** Programs of the commands the entry names (`npm`, `mix`...): where a new failure counts against it. */
  programs: ReadonlySet<string>;
  /** The code spans the entry names: a session using one of them touched the lesson's topic. */
  terms: readonly string[];
  /** Patterns the ledger knew before the adoption: a failure of one of them is not of a new kind. */
  knownBefore: ReadonlySet<string>;
  /** Ids of the memory entry in this pass's memory: signals that name it are tied to it by structure. */
  entryIds: ReadonlySet<string>;
}

/**
 * How a signal bears on a lesson. Once memory holds the entry, the miner ties a failure to it: memory
 * named a command and the agent ran another that failed (`|ignored`) is the lesson's episode recurring
 * although memory says it; the entry's own command failing, or the user correcting the entry, is the
 * entry leading agents wrong. Before adoption, the episode is the pattern the lesson was learned from.
 */
export function bearing(s: Signal, lesson: Pick<TrackedLesson, 'patternId' | 'entryIds'>): 'episode' | 'entry-failed' | undefined {
  if (signalPatternId(s) === lesson.patternId) return 'episode';
  if (!s.memoryEntryId || !lesson.entryIds.has(s.memoryEntryId)) return undefined;
  return s.signature.endsWith('|ignored') ? 'episode' : 'entry-failed';
}

export interface WindowTally {
  sessions: number;
  episodes: number;
  /** Sessions with at least one episode. */
  hitSessions: number;
}

export interface LessonTally {
  before: WindowTally;
  after: WindowTally;
  /** Week offset from adoption (negative: before) -> [sessions, episodes]. */
  weeks: Record<string, [number, number]>;
  /** The last session that hit the episode or used the entry's commands (ISO). */
  lastObserved?: string;
  /** Post-adoption episodes, for a recurring lesson's evidence. */
  evidence: Evidence[];
  /** Post-adoption failures of a new kind in the commands the entry names. */
  worse: Evidence[];
  /** Sessions after adoption that used the entry's commands without the episode: the entry helped. */
  clean: number;
}

export const emptyTally = (): LessonTally => ({
  before: { sessions: 0, episodes: 0, hitSessions: 0 },
  after: { sessions: 0, episodes: 0, hitSessions: 0 },
  weeks: {},
  evidence: [],
  worse: [],
  clean: 0,
});

/** When a session happened: its start, else its first timestamped event. */
export function sessionTime(session: Pick<Session, 'startedAt' | 'events'>): number | undefined {
  const candidates = [session.startedAt, ...session.events.slice(0, 50).map((e) => e.timestamp)];
  for (const t of candidates) {
    const ms = t ? Date.parse(t) : NaN;
    if (!Number.isNaN(ms)) return ms;
  }
  return undefined;
}

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
    const terms = codeSpans(a.entryText);
    const programs = new Set(terms.flatMap((t) => parseCommand(t)?.program ?? []));
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
      adoptedAt: a.adoptedAt,
      adoptedIn: a.adoptedIn,
      agents: new Set(readBy),
      programs,
      terms,
      knownBefore,
      entryIds,
    });
  }
  return out;
}

const FAILURE_KINDS = new Set<Signal['kind']>(['error_then_fix', 'repeated_failure', 'memory_failure']);

/** Counts episodes per lesson as sessions stream past. */
export class EfficacyCounter {
  private readonly tallies = new Map<string, LessonTally>();
  private readonly adopted: Map<string, number>;

  constructor(readonly lessons: readonly TrackedLesson[]) {
    this.adopted = new Map(lessons.map((l) => [l.editId, Date.parse(l.adoptedAt)]));
    for (const l of lessons) this.tallies.set(l.editId, emptyTally());
  }

  get size(): number {
    return this.lessons.length;
  }

  /** One session and the signals mined from it. A subagent's episodes count, its session does not (its parent's does). */
  observe(session: Session, signals: readonly Signal[]): void {
    if (this.lessons.length === 0) return;
    const t = sessionTime(session);
    if (t === undefined) return;
    let commands: string | undefined;
    for (const lesson of this.lessons) {
      if (lesson.agents.size > 0 && !lesson.agents.has(session.agent)) continue;
      const tally = this.tallies.get(lesson.editId)!;
      const adoptedAt = this.adopted.get(lesson.editId)!;
      const after = t >= adoptedAt;
      const window = after ? tally.after : tally.before;
      const hits = signals.filter((s) => bearing(s, lesson) === 'episode');
      if (!session.parentId) window.sessions++;
      window.episodes += hits.length;
      if (hits.length) window.hitSessions++;
      const week = String(Math.max(-MAX_EFFICACY_WEEKS, Math.min(MAX_EFFICACY_WEEKS, Math.floor((t - adoptedAt) / WEEK_MS))));
      const bucket = (tally.weeks[week] ??= [0, 0]);
      if (!session.parentId) bucket[0]++;
      bucket[1] += hits.length;
      commands ??= session.events.flatMap((e) => (e.kind === 'tool_call' && e.command ? [e.command] : [])).join('\n');
      const touched = hits.length > 0 || lesson.terms.some((term) => commands!.includes(term));
      const iso = new Date(t).toISOString();
      if (touched && (!tally.lastObserved || iso > tally.lastObserved)) tally.lastObserved = iso;
      if (!after) continue;
      if (touched && hits.length === 0 && !session.parentId) tally.clean++;
      for (const h of hits) if (tally.evidence.length < MAX_EFFICACY_EVIDENCE && h.evidence[0]) tally.evidence.push(h.evidence[0]);
      if (t - adoptedAt <= WORSE_WINDOW_DAYS * DAY_MS) {
        for (const s of signals) {
          if (tally.worse.length >= MAX_EFFICACY_EVIDENCE) break;
          if (!FAILURE_KINDS.has(s.kind) || !s.evidence[0]) continue;
          const b = bearing(s, lesson);
          if (b === 'episode' || lesson.knownBefore.has(signalPatternId(s))) continue;
          const program = s.failed ? parseCommand(s.failed)?.program : undefined;
          if (b === 'entry-failed' || (program && lesson.programs.has(program))) tally.worse.push(s.evidence[0]);
        }
      }
    }
  }

  tally(editId: string): LessonTally | undefined {
    return this.tallies.get(editId);
  }
}
