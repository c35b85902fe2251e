/**
 * The per-file work of a pass, shared by the single thread, the worker threads and `dream map`:
 * decide from the ledger whether to skip, resume or read a transcript file; read it; and for each
 * session not yet dreamed keep only what the rest of the pass needs (its signals, outlines and trust,
 * what it did with memory's paths and scripts, the adopted lessons' counts, the health counts, and
 * where the read stopped). Provenance goes into the caller's index, whose Bloom filter merges by
 * union, so the same bits result whatever thread or shard read the file.
 *
 * A FileDigest is plain JSON data: the pass consumes digests in file order, and records what they say
 * in the ledger in that order, which is what makes the output byte-identical whatever the number of
 * threads or shards.
 */
import type { Evidence, FormatId, MemoryFile, ReadIssue, Signal, TrustLevel } from '../model/index.js';
import { readTranscriptFile, outlineSessionTwice, sessionCounts, type SessionCounts } from '../transcripts/index.js';
import { mineSession } from '../signals/mine.js';
import { MemoryUseTracker } from '../signals/memory-use.js';
import type { RepoFacts } from '../signals/repo-facts.js';
import type { RuleDates } from '../signals/rule-dates.js';
import type { ProvenanceIndex } from '../guards/index.js';
import { readFacts, type ReadTrust } from '../guards/evidence-facts.js';
import { isDreamed, type Ledger } from '../ledger/index.js';
import type { TrackedLesson } from '../ledger/efficacy.js';
import { markRead, planFile, type FileEnd, type FilePlan, type ReadMark } from './file-skip.js';
import { FileEfficacy, type FileTallies } from './efficacy.js';
import { FULL_OUTLINE_CHARS, SHORT_OUTLINE_CHARS, type OutlinePair } from './outlines.js';

/** `outline` is at full size; `short` is the outline text at the size used once the budget is spent. */
export interface SessionDigest extends OutlinePair {
  signals: Signal[];
  trust: TrustLevel;
  /**
   * What re-reading the file would find at each place its signals' evidence cites, in order (readFacts): the
   * evidence guard then reads the file no more. Absent where a re-read could find otherwise (see mineFile); never
   * written to a map digest, whose reduce re-reads.
   */
  facts?: number[];
}

export interface FileDigest {
  /** The file's place in the pass's file list: digests are consumed in this order. */
  index: number;
  display: string;
  /** Where the file came from, for the ingestion health report (repo, artifacts...). */
  source: string;
  /** Skipped unread as dreamed before: the sessions it held then. Nothing else of the digest is filled. */
  unchanged?: number;
  /** Of a skipped file: only the ledger's compacted filter knew it (see FilePlan). */
  byFilter?: true;
  /** Read from where the last pass stopped (a transcript that grew). */
  resumed?: true;
  sessions: SessionDigest[];
  issues: ReadIssue[];
  /** Sessions read whose content the ledger has already. */
  alreadyDreamed: number;
  health: { format: FormatId | null; unknownTypes: [string, number][]; sessions: SessionCounts[] };
  /** The file's MemoryUse, as arrays (JSON). */
  memoryUse: { touched: [string, Evidence][]; missing: [string, Evidence[]][]; ran: string[] };
  /** The adopted lessons' counts over this file's new sessions. */
  efficacy: FileTallies;
  /** Where the read stopped, for the ledger; absent when the reader did not finish or the file vanished. */
  mark?: ReadMark;
}

export interface MineFileContext {
  memory: MemoryFile[];
  repoFacts: RepoFacts;
  /** When memory's rule lines were committed (signals/rule-dates.ts), dated once for the pass. */
  ruleDates?: RuleDates;
  provenance: ProvenanceIndex;
  /**
   * The ledger as the pass loaded it, read only: which files to skip or resume and which sessions were
   * dreamed. Undefined when the pass includes dreamed sessions (every file is read whole).
   */
  ledger: Ledger | undefined;
  /** Adopted lessons whose episodes the pass counts. */
  lessons: readonly TrackedLesson[];
  /** The repository's directory: a prompt log of several projects is read for this one only. */
  project?: string;
}

/**
 * A pass's files in order: an array, or a view that makes each file's object when it is asked for
 * (skip-first.ts), so that a pass does not hold a second object per file to read beside its list.
 */
export interface Listed<T> {
  readonly length: number;
  at(position: number): T | undefined;
}
export type PassFileList = Listed<PassFile & { index?: number }>;

export interface PassFile {
  abs: string;
  display: string;
  source: string;
  /** Who could have written the file's user turns, when its source says more than its format. */
  trust?: TrustLevel;
  /** Git blob id of a checked-out file: the cheap key a checkout's reset mtimes leave. */
  oid?: string;
  /**
   * Already planned as a whole read (new or changed, skip-first.ts): read without a second look. A file
   * planned as grown is looked at again by its reader, which reads from the offset it finds itself.
   */
  whole?: true;
}

export async function mineFile(file: PassFile & { index: number }, ctx: MineFileContext): Promise<FileDigest> {
  const health: FileDigest['health'] = { format: null, unknownTypes: [], sessions: [] };
  const digest: FileDigest = {
    index: file.index,
    display: file.display,
    source: file.source,
    sessions: [],
    issues: [],
    alreadyDreamed: 0,
    health,
    memoryUse: { touched: [], missing: [], ran: [] },
    efficacy: [],
  };
  const plan: FilePlan = ctx.ledger && !file.whole ? planFile(ctx.ledger, file.display, file.abs, file.oid) : { kind: 'read' };
  if (plan.kind === 'skip') return { ...digest, unchanged: plan.sessions, ...(plan.byFilter ? { byFilter: true as const } : {}) };
  if (plan.from) digest.resumed = true;
  const memoryUse = new MemoryUseTracker(ctx.memory);
  const efficacy = ctx.lessons.length ? new FileEfficacy(ctx.lessons) : undefined;
  let end: FileEnd | undefined;
  const read = readTranscriptFile(file.abs, {
    displayPath: file.display,
    onIssue: (i) => void digest.issues.push(i),
    onFormat: (f) => (health.format = f),
    onUnknownTypes: (counts) => void health.unknownTypes.push(...counts),
    ...(plan.from ? { from: plan.from } : {}),
    onEnd: (e) => (end = e),
    ...(ctx.project ? { project: ctx.project } : {}),
  });
  // A file read on from where a pass stopped goes on with the session that pass counted: efficacy counts its new events, not it again.
  let first = true;
  // The evidence guard re-reads the whole file and matches sessions by id: its facts are known here only when
  // the read began at the start, and left out nothing, and no two sessions of the file share an id.
  const ids = new Set<string>();
  let factsHold = !plan.from;
  for await (const session of read) {
    const continued = first && !!plan.from;
    first = false;
    health.sessions.push(sessionCounts(session));
    if (ids.has(session.id)) factsHold = false;
    ids.add(session.id);
    if (ctx.ledger && isDreamed(ctx.ledger, session.contentHash)) {
      digest.alreadyDreamed++;
      continue;
    }
    const asRead: ReadTrust = { parentId: session.parentId, trust: session.trust };
    if (file.trust) session.trust = file.trust;
    const signals = mineSession(session, {
      memory: ctx.memory,
      repoFacts: ctx.repoFacts,
      ...(ctx.ruleDates ? { ruleDates: ctx.ruleDates } : {}),
    });
    efficacy?.observe(session, signals, continued);
    ctx.provenance.observe(session);
    memoryUse.observe(session);
    digest.sessions.push({
      signals,
      trust: session.trust,
      ...outlineSessionTwice(session, FULL_OUTLINE_CHARS, SHORT_OUTLINE_CHARS),
      ...(factsHold && signals.length
        ? {
            facts: readFacts(
              session,
              { file: file.display, read: asRead },
              signals.flatMap((s) => s.evidence),
            ),
          }
        : {}),
    });
  }
  if (!factsHold || digest.issues.some((i) => i.leftOut !== undefined)) for (const s of digest.sessions) delete s.facts;
  const used = memoryUse.result();
  digest.memoryUse = { touched: [...used.touched], missing: [...used.missing].map(([k, v]) => [k, [...v]]), ran: [...used.ran] };
  if (efficacy) digest.efficacy = efficacy.tallies();
  if (end) {
    const mark = markRead(file.abs, end, file.oid);
    if (mark) digest.mark = mark;
  }
  return digest;
}
