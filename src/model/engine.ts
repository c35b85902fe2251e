/**
 * The contract between the pipeline and the three engines (offline, claude, anthropic-dreams).
 * Engines receive typed values, never raw transcripts: the pipeline streams transcripts through the
 * readers and signal miners, and keeps only bounded outlines of each session.
 */
import type { Logger } from './logger.js';
import type { AgentKind, FormatId } from './session.js';
import type { Signal, Pattern } from './signal.js';
import type { Edit, HumanDecision, RejectedEdit } from './edit.js';
import type { Evidence } from './evidence.js';
import type { MemoryFile } from './memory.js';
import type { Usage } from './usage.js';
import type { MemoryUse } from './signal.js';

export type EngineName = 'offline' | 'claude' | 'anthropic-dreams';

/** Where the Anthropic engines reach Claude: Anthropic's API, Amazon Bedrock or Google Vertex AI. */
export const PROVIDER_NAMES = ['anthropic', 'bedrock', 'vertex'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

/** What remains of a session after streaming: enough to cite, digest and record it. */
export interface SessionOutline {
  id: string;
  agent: AgentKind;
  format: FormatId;
  sourceFile: string;
  contentHash: string;
  parentId?: string;
  model?: string;
  startedAt?: string;
  endedAt?: string;
  counts: { events: number; toolCalls: number; toolErrors: number; userPrompts: number };
  /** A compact, redacted, size-bounded outline (first prompt, tool/error sequence), for LLM digests. */
  outline: string;
}

export interface DreamOptions {
  /** Minimum distinct sessions before a pattern may become memory. Default 2. */
  minSupport: number;
  /** Maximum edits one pass proposes. */
  maxEdits: number;
  /** Budget per memory file (Claude Code loads 200 lines / 25 KB). */
  budget: { maxLines: number; maxBytes: number };
  /** At most this share of a file's entries may be removed in one pass. Default 0.25. */
  maxDeleteShare: number;
  /** Bytes per entry. */
  maxEntryBytes: number;
}

export interface DreamInput {
  repoDir: string;
  sessions: SessionOutline[];
  signals: Signal[];
  patterns: Pattern[];
  /** Patterns below the support threshold: reported, never turned into memory. */
  oneOffs: Pattern[];
  memory: MemoryFile[];
  /** Edit ids that a reviewer rejected (closed PR) or that were already proposed, with no new evidence since. */
  suppressedEditIds: ReadonlySet<string>;
  options: DreamOptions;
  logger: Logger;
  /** Aborts the pass (timeouts, cancellation). */
  signal?: AbortSignal;
  /**
   * Resolves one piece of evidence against the transcripts (session and event exist, quote occurs in
   * the event's text): the guards' EvidenceIndex.verify. Engines that generate evidence (claude) use it
   * to drop invented citations before review; when absent they check against signals and outlines.
   */
  verifyEvidence?: (e: Evidence) => boolean;
  /** What the pass's sessions did with the paths and scripts memory names (staleness needs it). */
  memoryUse?: MemoryUse;
  /**
   * A folder of the pass's own (created on the first call, removed after the guards ran), where an engine that
   * reads sessions through an API writes their transcripts for the guards (DreamResult.sessionFiles).
   */
  scratchDir?: () => Promise<string>;
}

export interface DreamResult {
  edits: Edit[];
  /** Edits the engine itself rejected (reviewer, verifier), with reasons. Guards add theirs later. */
  rejected: RejectedEdit[];
  usage: Usage;
  /** Free-form notes for the report (e.g. skipped batches, dream ids). */
  notes: string[];
  /** Entries left for a reviewer to decide on (stale-looking prohibitions, staleness without proof). */
  decisions?: HumanDecision[];
  /**
   * Sessions the engine read itself, beyond the transcripts it was given: for anthropic-dreams, the
   * Managed Agents session ids its completed dreams read. runDream records them in the ledger, so the
   * next pass lists only later sessions even when this one proposes nothing.
   */
  sessionsRead?: string[];
  /** Creation time of each session in sessionsRead, when the API gave one: the ledger's listing cursor. */
  sessionsCreatedAt?: Record<string, string>;
  /**
   * The transcripts of sessionsRead, written into DreamInput.scratchDir. A hosted dream's evidence names sessions,
   * not lines: the pass reads these to find the line each of its sentences rests on and to vouch for the commands
   * it names, as the guards do for the transcripts the pass read (pipeline/hosted-evidence.ts).
   */
  sessionFiles?: string[];
}

export interface DreamEngine {
  readonly name: EngineName;
  /**
   * False for an engine that never reads an outline's text (the offline engine works from signals and
   * patterns): the pass then keeps none, only subagents' links to the sessions that spawned them.
   * Kept, the outlines were 9-11 MB of a pass's live heap from a few thousand sessions on.
   */
  readonly readsOutlines?: boolean;
  dream(input: DreamInput): Promise<DreamResult>;
}
