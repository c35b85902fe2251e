/**
 * The per-file work of a pass, shared by the single thread, the worker threads and `dream map`:
 * read one transcript file, and for each session not yet dreamed keep only what the rest of the pass
 * needs (its signals, outlines and trust, what it did with memory's paths and scripts, the health
 * counts). Provenance goes into the caller's index, whose Bloom filter merges by union, so the same
 * bits result whatever thread or shard read the file.
 *
 * A FileDigest is plain JSON data: the main thread consumes digests in file order, which is what makes
 * the output byte-identical whatever the number of threads or shards.
 */
import type { Evidence, FormatId, MemoryFile, ReadIssue, SessionOutline, Signal, TrustLevel } from '../model/index.js';
import { readTranscriptFile, outlineSession, sessionCounts, type SessionCounts } from '../transcripts/index.js';
import { mineSession } from '../signals/mine.js';
import { MemoryUseTracker } from '../signals/memory-use.js';
import type { RepoFacts } from '../signals/repo-facts.js';
import type { ProvenanceIndex } from '../guards/index.js';

export const FULL_OUTLINE_CHARS = 2_000;
export const SHORT_OUTLINE_CHARS = 300;

export interface SessionDigest {
  signals: Signal[];
  trust: TrustLevel;
  /** The outline at full size; `short` is the outline text at the size used once the budget is spent. */
  outline: SessionOutline;
  short: string;
}

export interface FileDigest {
  /** The file's place in the pass's file list: digests are consumed in this order. */
  index: number;
  display: string;
  /** Where the file came from, for the ingestion health report (repo, artifacts...). */
  source: string;
  sessions: SessionDigest[];
  issues: ReadIssue[];
  alreadyDreamed: number;
  health: { format: FormatId | null; unknownTypes: [string, number][]; sessions: SessionCounts[] };
  /** The file's MemoryUse, as arrays (JSON). */
  memoryUse: { touched: [string, Evidence][]; missing: [string, Evidence[]][]; ran: string[] };
}

export interface MineFileContext {
  memory: MemoryFile[];
  repoFacts: RepoFacts;
  provenance: ProvenanceIndex;
  /** Content hashes already dreamed (skipped unless includeDreamed). */
  isDreamed: (contentHash: string) => boolean;
}

export interface PassFile {
  abs: string;
  display: string;
  source: string;
  /** Who could have written the file's user turns, when its source says more than its format. */
  trust?: TrustLevel;
}

export async function mineFile(file: PassFile & { index: number }, ctx: MineFileContext): Promise<FileDigest> {
  const health: FileDigest['health'] = { format: null, unknownTypes: [], sessions: [] };
  const digest: FileDigest = { index: file.index, display: file.display, source: file.source, sessions: [], issues: [], alreadyDreamed: 0, health, memoryUse: { touched: [], missing: [], ran: [] } };
  const memoryUse = new MemoryUseTracker(ctx.memory);
  const read = readTranscriptFile(file.abs, {
    displayPath: file.display,
    onIssue: (i) => void digest.issues.push(i),
    onFormat: (f) => (health.format = f),
    onUnknownTypes: (counts) => void health.unknownTypes.push(...counts),
  });
  for await (const session of read) {
    health.sessions.push(sessionCounts(session));
    if (ctx.isDreamed(session.contentHash)) {
      digest.alreadyDreamed++;
      continue;
    }
    if (file.trust) session.trust = file.trust;
    const signals = mineSession(session, { memory: ctx.memory, repoFacts: ctx.repoFacts });
    ctx.provenance.observe(session);
    memoryUse.observe(session);
    digest.sessions.push({
      signals,
      trust: session.trust,
      outline: outlineSession(session, FULL_OUTLINE_CHARS),
      short: outlineSession(session, SHORT_OUTLINE_CHARS).outline,
    });
  }
  const used = memoryUse.result();
  digest.memoryUse = { touched: [...used.touched], missing: [...used.missing].map(([k, v]) => [k, [...v]]), ran: [...used.ran] };
  return digest;
}
