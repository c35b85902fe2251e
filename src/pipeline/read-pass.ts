/**
 * The read half of a dream pass: every transcript file skipped, resumed or read (mine-file.ts), on
 * this thread, on worker threads or by map shards, and the per-file digests consumed strictly in file
 * order. Consuming in order is what makes the rest of the pass byte-identical whichever readers ran:
 * signals accumulate, outlines are budgeted and capped, adopted lessons' counts and memory use merge,
 * sessions and file marks go into the ledger (and the ledger is compacted as it grows) in that order.
 *
 * Sessions are streamed: each is mined, outlined and observed for provenance where it is read, then
 * dropped, so memory stays bounded by the signals and outlines, not by the corpus.
 */
import {
  TRUST_LEVELS,
  type DreamReport,
  type Evidence,
  type Logger,
  type MemoryFile,
  type ReadIssue,
  type Signal,
  type TrustLevel,
} from '../model/index.js';
import { HealthCollector, type HealthReport } from '../transcripts/index.js';
import { MemoryUseTracker } from '../signals/memory-use.js';
import type { RepoFacts } from '../signals/repo-facts.js';
import type { RuleDates } from '../signals/rule-dates.js';
import { PatternAccumulator } from '../signals/accumulate.js';
import { ProvenanceIndex } from '../guards/index.js';
import { EvidenceFacts } from '../guards/evidence-facts.js';
import { ledgerSnapshot, readersLedgerText, type Ledger } from '../ledger/index.js';
import { PassRecorder } from './file-skip.js';
import { PassOutlines } from './outlines.js';
import { lessonsToWire, type EfficacyPass } from './efficacy.js';
import { bytesUpTo, THREADS_FROM_BYTES, threadsFor, type MineFilesOptions } from './mine-files.js';
import { TURBOFAN_FROM_BYTES, tierForRead } from './bounded-heap.js';
import { skipFirst } from './skip-first.js';
import type { FileDigest, Listed, PassFile, PassFileList, SessionDigest } from './mine-file.js';
import type { DigestSource } from './digest.js';
import { replayDigests } from './digest-read.js';
import { FileCopies } from './copies.js';
import { PromptLogCopies } from './log-copies.js';

/** Issues listed in the report; the rest are counted. */
const MAX_REPORTED_ISSUES = 1_000;
/** Session ids listed in the report (and so in the PR marker's sample); the rest are counted. */
const MAX_REPORTED_SESSION_IDS = 1_000;

export interface ReadPassOptions {
  repoDir: string;
  /** The pass's files in order (passFiles' FileList, or an array). */
  files: Listed<PassFile>;
  /**
   * The pass's ledger, as loaded: sessions and file marks are recorded in it as they are consumed, and
   * files are planned against a snapshot of it taken before (ledgerSnapshot), which read workers parse
   * for themselves, read only, from the part of it they consult (readersLedgerText).
   */
  ledger: Ledger;
  ledgerPath: string;
  includeDreamed: boolean;
  memory: MemoryFile[];
  memoryGlobs: string[];
  repoFacts: RepoFacts;
  /**
   * When memory's rule lines were committed (signals/rule-dates.ts); absent: rules are not dated. A
   * function is asked only when some file is to be read (they date what the miners find).
   */
  ruleDates?: RuleDates | (() => Promise<RuleDates>);
  efficacy: EfficacyPass | undefined;
  /** ISO time of the pass, for the sessions and file marks. */
  now: string;
  /** False when the engine reads no outline text (DreamEngine.readsOutlines): none is kept. */
  outlineText?: boolean;
  /** Threads that read and mine (1: this thread only). Default: two where there are two cores and 48 MB or more to read. */
  threads?: number;
  logger: Logger;
}

export interface ReadPassResult {
  /** Every session counted; the outlines the engine is shown kept (see outlines.ts). */
  outlines: PassOutlines;
  accumulator: PatternAccumulator;
  provenance: ProvenanceIndex;
  memoryUse: MemoryUseTracker;
  /** A sample, not every id: the report and the PR marker list these, the rest are counted. */
  sessionIds: string[];
  /** Files of the sampled sessions: an open PR cites those, and a later pass must be able to re-dream them. */
  keptFiles: Set<string>;
  sessions: DreamReport['sessions'];
  health: HealthReport;
  /**
   * Every file the pass consumed, the shards' and its own: evidence may cite only these, so that
   * model-written citations cannot open other files or forged transcripts. Each with who could have
   * written the user turns of the sessions the pass read from it (guard:trust), undefined where it read
   * none (a file skipped as dreamed). Trust is the file's: every session of a file has its format's and
   * its source's (defaultTrust, PassFile.trust), and evidence names its file, checked to hold the cited
   * session. So the pass keeps no entry per session for it, only the entry per file it keeps anyway.
   */
  readFiles: ReadonlyMap<string, TrustLevel | undefined>;
  /** What the read found at the places the miners cited, for the evidence guard (evidence-facts.ts). */
  evidenceFacts: EvidenceFacts;
}

/**
 * Reads the files (the readers are chosen by `threads`). A reduce (`dream reduce`) first replays the map
 * shards' digests of the committed transcripts, then reads `files`, the ones no shard read, numbered
 * after the shards' files as a single pass numbers them.
 */
export async function readPass(opts: ReadPassOptions, digests?: readonly DigestSource[]): Promise<ReadPassResult> {
  const provenance = new ProvenanceIndex();
  // The ledger as loaded, which every file is planned against: the pass records into opts.ledger as it consumes.
  const asLoaded = opts.includeDreamed ? undefined : ledgerSnapshot(opts.ledger);
  const first = digests?.[0]?.header.totalFiles ?? 0;
  const files: PassFileList = first ? numberedFrom(opts.files, first) : opts.files;
  const mined = skipFirst(files, {
    ledger: asLoaded,
    readers: async (toRead) => {
      const { ruleDates: dates, ...rest } = opts;
      const ruleDates = typeof dates === 'function' ? await dates() : dates;
      return readers({ ...rest, ledger: asLoaded ?? opts.ledger, ...(ruleDates ? { ruleDates } : {}) }, provenance, toRead);
    },
  });
  const pass = new PassConsumer(opts, provenance);
  if (digests) for await (const digest of replayDigests(digests, provenance, opts.repoDir, opts.efficacy?.lessons)) pass.file(digest);
  for await (const batch of mined) for (const digest of batch) pass.file(sharedDisplay(digest, files.at(digest.index - first)));
  return pass.result();
}

/** `files` numbered after the shards' files, as a single pass numbers them (a view: no copy of the list). */
function numberedFrom(files: Listed<PassFile>, first: number): PassFileList {
  return {
    length: files.length,
    at: (p) => {
      const f = files.at(p);
      return f && { ...f, index: first + p };
    },
  };
}

/**
 * The digest with its file's display path as the list holds it: a digest from a worker, or copied off
 * this thread's (mine-files.ts), brings a string of its own, which the pass's records of the file (the
 * files it read, the ledger's mark, the signals' evidence) then kept beside the list's, about 80 bytes a
 * file read. Same value, so nothing downstream can tell.
 */
function sharedDisplay(d: FileDigest, listed: PassFile | undefined): FileDigest {
  if (listed !== undefined && listed.display === d.display) d.display = listed.display;
  return d;
}

/** How files are read and mined, on this thread or on workers; shared with `dream map`. */
export function readers(
  opts: Pick<
    ReadPassOptions,
    'repoDir' | 'ledger' | 'ledgerPath' | 'includeDreamed' | 'memory' | 'memoryGlobs' | 'repoFacts' | 'efficacy' | 'threads'
  > & { ruleDates?: RuleDates },
  provenance: ProvenanceIndex,
  files: PassFileList,
): MineFilesOptions {
  const lessons = opts.efficacy?.lessons ?? [];
  // One stat a file, up to what either choice needs: the threads, and whether the pass keeps TurboFan.
  const bytes = bytesUpTo(files, Math.max(THREADS_FROM_BYTES, TURBOFAN_FROM_BYTES));
  tierForRead(bytes);
  const threads = opts.threads ?? threadsFor(bytes);
  return {
    threads,
    ctx: {
      memory: opts.memory,
      repoFacts: opts.repoFacts,
      ...(opts.ruleDates ? { ruleDates: opts.ruleDates } : {}),
      provenance,
      // Read only, and not recorded into while the files are read: every file is planned against the ledger as loaded.
      ledger: opts.includeDreamed ? undefined : opts.ledger,
      lessons,
      project: opts.repoDir,
    },
    setup: {
      repoDir: opts.repoDir,
      memoryGlobs: opts.memoryGlobs,
      ...(opts.ruleDates ? { ruleDates: opts.ruleDates } : {}),
      // Serialised only for workers, which are started only past one thread.
      ...(opts.includeDreamed || threads <= 1 ? {} : { ledger: { text: readersLedgerText(opts.ledger), path: opts.ledgerPath } }),
      lessons: lessonsToWire(lessons),
    },
  };
}

class PassConsumer {
  private readonly skipped: ReadIssue[] = [];
  private skippedTotal = 0;
  /** Prompt logs' notes on the sessions of other projects they left out, and how many (ReadIssue.leftOut). */
  private readonly leftOutNotes: ReadIssue[] = [];
  private otherProjects = 0;
  private readonly healthCollector = new HealthCollector();
  private readonly accumulator = new PatternAccumulator();
  private readonly outlines: PassOutlines;
  // What sessions did with the paths and scripts memory names: staleness needs it as proof.
  private readonly memoryUse: MemoryUseTracker;
  private readonly sessionIds: string[] = [];
  private readonly byTrust: Partial<Record<TrustLevel, number>> = {};
  private readonly keptFiles = new Set<string>();
  private readonly readFiles = new Map<string, TrustLevel | undefined>();
  private alreadyDreamed = 0;
  private readonly copies = new FileCopies();
  private readonly logCopies = new PromptLogCopies();
  private subagents = 0;
  private files = 0;
  private readonly fileCounts = { unchanged: 0, byFilter: 0, resumed: 0 };
  // Sessions and file marks go to the ledger as they are consumed, so it stays bounded during the pass too.
  private readonly recorder: PassRecorder;
  private readonly evidenceFacts = new EvidenceFacts();

  constructor(
    private readonly opts: ReadPassOptions,
    private readonly provenance: ProvenanceIndex,
  ) {
    this.memoryUse = new MemoryUseTracker(opts.memory);
    this.outlines = new PassOutlines(opts.outlineText === false ? { maxKept: 0 } : {});
    this.recorder = new PassRecorder(opts.ledger, { at: opts.now, keepFiles: this.keptFiles });
  }

  file(d: FileDigest): void {
    this.files++;
    if (!this.readFiles.has(d.display)) this.readFiles.set(d.display, undefined);
    if (d.unchanged !== undefined) {
      this.fileCounts.unchanged++;
      if (d.byFilter) this.fileCounts.byFilter++;
      this.alreadyDreamed += d.unchanged;
      return;
    }
    if (d.resumed) this.fileCounts.resumed++;
    if (this.copies.isCopy(d.sessions[0]?.outline.contentHash, d.sessions.length)) {
      // Sessions, efficacy counts and memory use are the earlier file's (copies.ts). Its mark is kept, so the
      // next pass skips it unread.
      this.alreadyDreamed += d.alreadyDreamed + d.sessions.length;
      if (d.mark) this.recorder.file(d.display, d.mark, d.health.sessions.length);
      return;
    }
    const tracker = this.healthCollector.file(d.source);
    tracker.onFormat(d.health.format);
    tracker.onUnknownTypes(new Map(d.health.unknownTypes));
    for (const issue of d.issues) {
      tracker.onIssue(issue);
      if (issue.leftOut !== undefined) {
        this.otherProjects += issue.leftOut;
        if (this.leftOutNotes.length < MAX_REPORTED_ISSUES) this.leftOutNotes.push(issue);
      } else if (this.skippedTotal++ < MAX_REPORTED_ISSUES) this.skipped.push(issue);
    }
    for (const c of d.health.sessions) tracker.counted(c);
    tracker.end();
    this.alreadyDreamed += d.alreadyDreamed;
    for (const s of d.sessions) {
      this.logCopies.session(s.outline.id, d.health.format);
      this.session(s, d.display);
    }
    this.memoryUse.merge({ touched: new Map(d.memoryUse.touched), missing: new Map(d.memoryUse.missing), ran: new Set(d.memoryUse.ran) });
    this.opts.efficacy?.merge(d.efficacy);
    if (d.mark) this.recorder.file(d.display, d.mark, d.health.sessions.length);
  }

  private session(s: SessionDigest, file: string): void {
    const { outline: full } = s;
    shareStrings(s.signals, full.id, file);
    const sampled = this.sessionIds.length < MAX_REPORTED_SESSION_IDS;
    if (sampled) {
      this.sessionIds.push(full.id);
      this.keptFiles.add(full.sourceFile);
    }
    if (full.parentId) this.subagents++;
    this.fileTrust(file, s.trust);
    this.byTrust[s.trust] = (this.byTrust[s.trust] ?? 0) + 1;
    if (s.facts) this.evidenceFacts.vouch(evidenceOf(s.signals), s.facts);
    this.accumulator.addSession(s.signals);
    // Outlines feed LLM digests, which show a bounded number anyway: past the budget they shrink.
    this.outlines.add(s);
    this.recorder.session(full, { keep: sampled });
  }

  /**
   * A file's trust, from its sessions'. They are one level (see ReadPassResult.readFiles); were a file's
   * sessions ever of two, the least trusted would stand for all, failing closed.
   */
  private fileTrust(file: string, level: TrustLevel): void {
    const had = this.readFiles.get(file);
    if (had === undefined || TRUST_LEVELS.indexOf(level) > TRUST_LEVELS.indexOf(had)) this.readFiles.set(file, level);
  }

  result(): ReadPassResult {
    const health = this.healthCollector.report({ filesUnchanged: this.fileCounts.unchanged });
    const { logger } = this.opts;
    for (const w of health.warnings) logger.warning(`ingestion: ${w}`);
    // Left out by design, not unreadable: said, not warned of.
    for (const note of this.leftOutNotes) logger.info(`read: ${note.reason} (${note.file})`);
    for (const issue of this.skipped) logger.warning(`skipped: ${issue.reason}`, issue);
    const omitted = this.skippedTotal - this.skipped.length;
    if (omitted > 0) logger.warning(`skipped: ${omitted} more issue(s) not listed`);
    const records = this.outlines.count;
    // A conversation read from its transcript and again from a prompt log is one session read (log-copies.ts).
    const read = records - this.logCopies.copies;
    const sessions: DreamReport['sessions'] = {
      read,
      ...(this.logCopies.copies > 0 ? { promptLogCopies: this.logCopies.copies } : {}),
      alreadyDreamed: this.alreadyDreamed,
      ...(this.copies.sessions > 0 ? { copies: this.copies.sessions } : {}),
      subagents: this.subagents,
      ...(this.otherProjects > 0 ? { otherProjects: this.otherProjects } : {}),
      ids: this.sessionIds,
      ...(records > this.sessionIds.length ? { idsOmitted: records - this.sessionIds.length } : {}),
      byTrust: this.byTrust,
      files: this.files,
      filesUnchanged: this.fileCounts.unchanged,
      ...(this.fileCounts.byFilter > 0 ? { filesKnownByFilter: this.fileCounts.byFilter } : {}),
      filesResumed: this.fileCounts.resumed,
      skipped: this.skipped,
      health,
      ...(omitted > 0 ? { skippedOmitted: omitted } : {}),
    };
    return {
      outlines: this.outlines,
      accumulator: this.accumulator,
      provenance: this.provenance,
      memoryUse: this.memoryUse,
      sessionIds: this.sessionIds,
      keptFiles: this.keptFiles,
      sessions,
      health,
      readFiles: this.readFiles,
      evidenceFacts: this.evidenceFacts,
    };
  }
}

/** The evidence of `signals`, in the order mine-file.ts listed their facts. */
function* evidenceOf(signals: readonly Signal[]): Generator<Evidence> {
  for (const s of signals) yield* s.evidence;
}

/**
 * One copy of a session's id and of its file's path for all that the pass keeps of the session: a
 * digest from a worker arrives as fresh strings, one per field, and the tallies kept every copy (at
 * 10,000 generated sessions, 36,649 id strings for 10,000 ids and 27,211 path strings for 10,001
 * paths, a few hundred bytes a session). Same values, so nothing downstream can tell.
 */
function shareStrings(signals: readonly Signal[], id: string, file: string): void {
  for (const sig of signals) {
    if (sig.sessionId === id) sig.sessionId = id;
    for (const e of sig.evidence) {
      if (e.session === id) e.session = id;
      if (e.file === file) e.file = file;
    }
  }
}
