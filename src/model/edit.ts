/**
 * A proposed change to one memory file, and one a guard or reviewer turned down.
 */
import type { Evidence } from './evidence.js';

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
  /**
   * Every transcript citation of the edit is a turn the transcripts cannot attribute to the person (the guards'
   * evidence index says so, whoever rejected it): its words are kept here as data, never shown in the PR body.
   */
  unverified?: true;
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
