/**
 * Typed values shared by the memory model, every engine, the guards and the publish stage.
 */
import type { AgentKind } from '../transcripts/session.js';

/** A pointer into a transcript that a reviewer (and the verifier) can open. */
export interface Evidence {
  session: string;
  /** Transcript file and 1-based line of the cited event. */
  file: string;
  line: number;
  /** A short, redacted quote that occurs in the cited event's text. */
  quote: string;
  agent?: AgentKind;
  /**
   * For evidence of session "git": the commit (full sha) that removed `file` from the checked-out
   * branch, the proof a staleness deletion cites. The guards check it against the repository.
   */
  commit?: string;
}

export type EditOp = 'add' | 'update' | 'delete' | 'merge' | 'move';

export interface Edit {
  /** Stable id: a hash of op, file and content, so the ledger can recognise a proposal again. */
  id: string;
  op: EditOp;
  /** Repo-relative memory file the edit changes (for move: the source file). */
  file: string;
  /** For add: the heading path under which the new entry goes (empty = end of file). */
  section?: string[];
  /** For update/delete/move: the target entry. For merge: the entry that survives. */
  entryId?: string;
  /** For merge: the entries folded into entryId and removed. */
  mergedEntryIds?: string[];
  /** For move: the destination memory file. */
  toFile?: string;
  /** The entry text before (update/delete/merge/move) and after (add/update/merge/move). */
  before?: string;
  after?: string;
  rationale: string;
  evidence: Evidence[];
  /** The pattern that motivated the edit, when there is one. */
  patternId?: string;
  support?: { sessions: number; agents: number };
}

export interface RejectedEdit {
  edit: Edit;
  reason: string;
  /** Which guard or reviewer rejected it. */
  by: string;
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cacheCreationInputTokens: number;
  cacheReadInputTokens: number;
  requests: number;
  /** Estimated cost in USD, by model id. */
  costUsdByModel: Record<string, number>;
}

export const emptyUsage = (): Usage => ({
  inputTokens: 0,
  outputTokens: 0,
  cacheCreationInputTokens: 0,
  cacheReadInputTokens: 0,
  requests: 0,
  costUsdByModel: {},
});

/** A memory file (CLAUDE.md, AGENTS.md, a rule, a skill...) parsed into entries. */
export type MemoryFileKind = 'claude' | 'agents' | 'rule' | 'skill' | 'custom';

export interface MemoryEntry {
  /** Stable identity: derived from file, heading path and normalised text, not from line numbers. */
  id: string;
  file: string;
  headingPath: string[];
  kind: 'bullet' | 'paragraph' | 'heading';
  /** 1-based inclusive line range in the file. */
  startLine: number;
  endLine: number;
  /** The entry's raw text (its lines joined with \n, without the trailing newline). */
  text: string;
}

export interface MemoryFile {
  /** Repo-relative path with forward slashes. */
  path: string;
  kind: MemoryFileKind;
  /** Which agents read this file: CLAUDE.md -> claude agents, AGENTS.md -> codex and others. */
  readBy: AgentKind[];
  /** The raw text, byte-for-byte as read. */
  text: string;
  entries: MemoryEntry[];
  /** When the file only imports another (`@AGENTS.md`), edits are redirected there. */
  redirectTo?: string;
}

/**
 * A memory entry the pass will not change on its own: a prohibition that looks stale, or an entry
 * that looks stale without proof. Shown to reviewers (collapsed) with the evidence there is.
 */
export interface HumanDecision {
  /** prohibition: a rule of "never"/"do not" whose subject looks gone; unproven: stale-looking, no proof. */
  kind: 'prohibition' | 'unproven';
  file: string;
  line: number;
  /** The entry's first line. */
  entry: string;
  reason: string;
  evidence: Evidence[];
}
