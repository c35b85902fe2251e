/**
 * Evidence: where in which session a lesson was seen. Its `session` and `file` fields also carry two
 * wire forms that are not transcript lines, named here once so every stage reads them alike.
 */
import type { AgentKind } from './session.js';

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

/** The session of evidence that cites the repository itself (a memory entry, package.json), not a transcript. */
export const REPO_SESSION = 'repo';

/** The session of evidence that cites the commit of the checked-out branch that removed a path (`commit`). */
export const GIT_SESSION = 'git';

/** The file of evidence the anthropic-dreams engine cites: `anthropic-dreams:<dream id>`, line 0. */
export const HOSTED_DREAM_PREFIX = 'anthropic-dreams:';
