/**
 * Adoption: a memory entry that a dream edit added or updated has reached the base branch. Produced
 * by src/ledger/adoption.ts (findAdoptions), read by `dream why` and by efficacy tracking.
 */

/**
 * How the entry reached the base. merge: a merge commit brought the dream commit in; squash: one
 * commit carrying the dream's trailers; rebase: the dream commit replayed on the base; reworded: the
 * reviewer changed the dream's words (on the PR branch or after) and the base holds theirs.
 */
export type AdoptionHow = 'merge' | 'squash' | 'rebase' | 'reworded';

export interface AdoptedEntry {
  /** Repo-relative memory file that holds the entry now. */
  file: string;
  /** 1-based first line of the entry in `file` at the ref that was read. */
  line: number;
  /** The entry's text as the base holds it (the reviewer's words when reworded). */
  entryText: string;
  /** entryTextHash(entryText): the normalised text's hash, stable across marker and spacing changes. */
  entryHash: string;
  /** The dream pattern the edit was learned from (absent for edits without one). */
  patternId?: string;
  editId: string;
  /** ISO time the entry reached the base: the committer date of `adoptedIn`. */
  adoptedAt: string;
  /** The commit on the base that brought it: the merge commit, the squash commit, or the rebased commit. */
  adoptedIn: string;
  how: AdoptionHow;
  /** The dream PR, when the ledger or the commit message names it. */
  prNumber?: number;
}
