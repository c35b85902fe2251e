/**
 * The efficacy pass inside a dream pass: find the adopted lessons (git and the ledger), count their
 * episodes in the sessions this pass reads (EfficacyCounter, fed by the pass's own mining, so no
 * session is read twice), add the counts to the ledger, judge each lesson, and propose strengthening
 * the ones that recur. Costs nothing when the ledger has no adopted edit.
 */
import type { AdoptedEntry, Edit, LessonEfficacy, Logger, MemoryFile, Session, Signal } from '../model/index.js';
import type { Ledger } from '../ledger/index.js';
import { entryTextHash, recordEntryOutcome } from '../ledger/index.js';
import { findAdoptions } from '../ledger/adoption.js';
import { EfficacyCounter, MAX_EFFICACY_EVIDENCE, trackedLessons, type LessonTally, type TrackedLesson } from '../ledger/efficacy.js';
import { byVerdict, DEFAULT_UNOBSERVED_DAYS, lessonEfficacy, recordEfficacy, storedConversations } from '../ledger/efficacy-verdict.js';
import { strengthenRecurring } from '../engine/recurring.js';

export interface EfficacyOptions {
  /** Adopted entries, when the caller found them already; absent: found from git at repoDir's HEAD. */
  adoptions?: readonly AdoptedEntry[];
  /** Days without a session in which the lesson could apply before it is unobserved (default 30). */
  unobservedDays?: number;
  /** Count every session in full, ignoring the ledger's earlier counts (`dream efficacy` over a checkout). */
  fromScratch?: boolean;
}

export interface EfficacyResult {
  efficacy: LessonEfficacy[];
  /** Strengthening proposals for recurring lessons, to go through the guards with the engine's edits. */
  edits: Edit[];
}

/** The adopted entries of the checkout; a directory that is not a git repository has none. */
async function adoptionsIn(repoDir: string, ledger: Ledger, logger: Logger): Promise<AdoptedEntry[]> {
  if (!Object.values(ledger.edits).some((e) => e.entryHash)) return [];
  try {
    return await findAdoptions({ repoDir, ledger });
  } catch (e) {
    logger.info(`efficacy: adopted lessons not looked up (${(e as Error).message.split('\n')[0]})`);
    return [];
  }
}

export class EfficacyPass {
  private readonly counter: EfficacyCounter;

  private constructor(
    readonly lessons: TrackedLesson[],
    private readonly opts: EfficacyOptions,
    /** Per lesson, what earlier passes counted for each conversation (the ledger's): where this pass starts. */
    private readonly earlier: ReadonlyMap<string, Record<string, number>>,
  ) {
    this.counter = new EfficacyCounter(lessons);
    for (const [editId, conversations] of earlier) this.counter.seed(editId, conversations);
  }

  static async start(
    repoDir: string,
    ledger: Ledger,
    memory: readonly MemoryFile[],
    opts: EfficacyOptions,
    logger: Logger,
  ): Promise<EfficacyPass> {
    const adoptions = opts.adoptions ?? (await adoptionsIn(repoDir, ledger, logger));
    const lessons = trackedLessons(adoptions, ledger, memory);
    // Counting from scratch reads every session again: nothing counted earlier is kept.
    const earlier = new Map(opts.fromScratch ? [] : lessons.map((l) => [l.editId, storedConversations(ledger, l)]));
    return new EfficacyPass(lessons, opts, earlier);
  }

  observe(session: Session, signals: readonly Signal[]): void {
    this.counter.observe(session, signals);
  }

  /**
   * Adds one file's counts (see FileEfficacy), files taken in pass order: the same as observing their
   * sessions here one by one, whichever thread or shard counted them.
   */
  merge(tallies: FileTallies): void {
    for (const [editId, from] of tallies) {
      const into = this.counter.tally(editId);
      if (!into) continue;
      mergeTally(into, from);
      this.counter.mergeFamilies(editId, from.families);
    }
  }

  /** This pass without the lessons not in `editIds` (those a shard did not count): they are not judged this time. */
  only(editIds: ReadonlySet<string>): EfficacyPass {
    return new EfficacyPass(
      this.lessons.filter((l) => editIds.has(l.editId)),
      this.opts,
      this.earlier,
    );
  }

  /**
   * Adds the pass's counts to the ledger (unless fromScratch), judges every lesson and proposes
   * strengthening for the recurring ones. Worse first, then recurring.
   */
  finish(ledger: Ledger, memory: readonly MemoryFile[], now: Date): EfficacyResult {
    if (this.lessons.length === 0) {
      if (!this.opts.fromScratch) recordEfficacy(ledger, [], () => undefined);
      return { efficacy: [], edits: [] };
    }
    const pass = (id: string) => this.counter.tally(id);
    const sums = this.opts.fromScratch
      ? new Map(this.lessons.map((l) => [l.editId, pass(l.editId)!]))
      : recordEfficacy(ledger, this.lessons, pass);
    const at = now.toISOString();
    const verdictOpts = { now, unobservedDays: this.opts.unobservedDays ?? DEFAULT_UNOBSERVED_DAYS };
    const efficacy: LessonEfficacy[] = [];
    for (const lesson of this.lessons) {
      const t = sums.get(lesson.editId)!;
      const failed = ledger.patterns[lesson.patternId]?.samples?.find((s) => s.failed)?.failed;
      efficacy.push(lessonEfficacy(lesson, t, verdictOpts, failed));
      if (this.opts.fromScratch) continue;
      // The adopted entry's own record: sessions it helped in, and sessions it hurt in.
      const entry = memory.find((f) => f.path === lesson.file)?.entries.find((e) => entryTextHash(e.text) === lesson.entryHash);
      const pt = pass(lesson.editId)!;
      // Negative when a conversation an earlier pass counted clean was hit in what this pass read of it.
      if (entry && pt.clean !== 0) recordEntryOutcome(ledger, entry.id, 'helped', pt.clean, at);
      if (entry && pt.worse.length > 0) recordEntryOutcome(ledger, entry.id, 'hurt', pt.worse.length, at);
    }
    efficacy.sort(byVerdict);
    const edits = efficacy.flatMap((e) => strengthenRecurring(e, memory, entryTextHash) ?? []);
    return { efficacy, edits };
  }
}

/** Per lesson (by edit id), what one file's sessions counted; lessons the file did not bear on are left out. */
export type FileTallies = [string, LessonTally][];

/** Counts one file's sessions for the lessons, as EfficacyPass.observe would, for a later merge. */
export class FileEfficacy {
  private readonly counter: EfficacyCounter;
  constructor(private readonly lessons: readonly TrackedLesson[]) {
    this.counter = new EfficacyCounter(lessons);
  }
  /** `continued`: the session goes on from where an earlier pass stopped reading its file (see EfficacyCounter.observe). */
  observe(session: Session, signals: readonly Signal[], continued = false): void {
    this.counter.observe(session, signals, continued);
  }
  tallies(): FileTallies {
    const out: FileTallies = [];
    for (const l of this.lessons) {
      const t = this.counter.tally(l.editId)!;
      const touched = t.before.sessions + t.before.episodes + t.after.sessions + t.after.episodes + t.clean > 0;
      if (touched || Object.keys(t.weeks).length > 0 || t.lastObserved || t.evidence.length || t.worse.length) out.push([l.editId, t]);
    }
    return out;
  }
}

/**
 * Adds `from` (the tally of later sessions) to `into`. Sums, the latest observation, and the first
 * evidence items in session order up to the cap; week buckets keep their first-seen order, so the
 * merged tally serialises exactly as one counted in a single pass. Its families go through the
 * counter (EfficacyCounter.mergeFamilies), which keeps them bounded.
 */
function mergeTally(into: LessonTally, from: LessonTally): void {
  for (const w of ['before', 'after'] as const) {
    into[w].sessions += from[w].sessions;
    into[w].episodes += from[w].episodes;
    into[w].hitSessions += from[w].hitSessions;
    into[w].exposed += from[w].exposed;
  }
  for (const [week, [sessions, episodes]] of Object.entries(from.weeks)) {
    const bucket = (into.weeks[week] ??= [0, 0]);
    bucket[0] += sessions;
    bucket[1] += episodes;
  }
  if (from.lastObserved && (!into.lastObserved || from.lastObserved > into.lastObserved)) into.lastObserved = from.lastObserved;
  into.clean += from.clean;
  for (const e of from.evidence) if (into.evidence.length < MAX_EFFICACY_EVIDENCE) into.evidence.push(e);
  for (const e of from.worse) if (into.worse.length < MAX_EFFICACY_EVIDENCE) into.worse.push(e);
  into.tiedWorse += from.tiedWorse;
}

/** A tracked lesson as plain data (its sets as arrays), to send to a worker thread or a map shard. */
export type WireLesson = Omit<TrackedLesson, 'agents' | 'named' | 'situations' | 'knownBefore' | 'entryIds'> & {
  agents: TrackedLesson['agents'] extends ReadonlySet<infer T> ? T[] : never;
  named: string[];
  situations: string[];
  knownBefore: string[];
  entryIds: string[];
};

export function lessonsToWire(lessons: readonly TrackedLesson[]): WireLesson[] {
  return lessons.map((l) => ({
    ...l,
    agents: [...l.agents],
    named: [...l.named],
    situations: [...l.situations],
    knownBefore: [...l.knownBefore],
    entryIds: [...l.entryIds],
  }));
}

export function lessonsFromWire(lessons: readonly WireLesson[]): TrackedLesson[] {
  return lessons.map((l) => ({
    ...l,
    agents: new Set(l.agents),
    named: new Set(l.named),
    situations: new Set(l.situations),
    knownBefore: new Set(l.knownBefore),
    entryIds: new Set(l.entryIds),
  }));
}
