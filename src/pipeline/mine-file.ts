/**
 * The per-file work of a pass, shared by the single thread, the worker threads and `dream map`:
 * read one transcript file, and for each session not yet dreamed keep only what the rest of the pass
 * needs (its signals and outlines). Provenance goes into the caller's index, whose Bloom filter merges
 * by union, so the same bits result whatever thread or shard read the file.
 *
 * A FileDigest is plain data (structured-clone and JSON safe): the main thread consumes digests in
 * file order, which is what makes the output byte-identical whatever the number of threads or shards.
 */
import type { MemoryFile, ReadIssue, SessionOutline, Signal } from '../model/index.js';
import { readTranscriptFile, outlineSession } from '../transcripts/index.js';
import { mineSession } from '../signals/mine.js';
import type { RepoFacts } from '../signals/repo-facts.js';
import type { ProvenanceIndex } from '../guards/index.js';

export const FULL_OUTLINE_CHARS = 2_000;
export const SHORT_OUTLINE_CHARS = 300;

export interface SessionDigest {
  signals: Signal[];
  /** The outline at full size; `short` is the outline text at the size used once the budget is spent. */
  outline: SessionOutline;
  short: string;
}

export interface FileDigest {
  /** The file's place in the pass's file list: digests are consumed in this order. */
  index: number;
  display: string;
  sessions: SessionDigest[];
  issues: ReadIssue[];
  alreadyDreamed: number;
}

export interface MineFileContext {
  memory: MemoryFile[];
  repoFacts: RepoFacts;
  provenance: ProvenanceIndex;
  /** Content hashes already dreamed (skipped unless includeDreamed). */
  isDreamed: (contentHash: string) => boolean;
}

export async function mineFile(file: { abs: string; display: string; index: number }, ctx: MineFileContext): Promise<FileDigest> {
  const digest: FileDigest = { index: file.index, display: file.display, sessions: [], issues: [], alreadyDreamed: 0 };
  const onIssue = (i: ReadIssue): void => void digest.issues.push(i);
  for await (const session of readTranscriptFile(file.abs, { displayPath: file.display, onIssue })) {
    if (ctx.isDreamed(session.contentHash)) {
      digest.alreadyDreamed++;
      continue;
    }
    const signals = mineSession(session, { memory: ctx.memory, repoFacts: ctx.repoFacts });
    ctx.provenance.observe(session);
    digest.sessions.push({
      signals,
      outline: outlineSession(session, FULL_OUTLINE_CHARS),
      short: outlineSession(session, SHORT_OUTLINE_CHARS).outline,
    });
  }
  return digest;
}
