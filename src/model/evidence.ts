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
   * What the quote shows, where the miner knows it: the command that failed, or the one that fixed it.
   * The PR labels the quotes with it so a reviewer need not guess which is which.
   */
  role?: EvidenceRole;
  /**
   * For evidence of session "git": the commit (full sha) that removed `file` from the checked-out
   * branch, the proof a staleness deletion cites. The guards check it against the repository.
   */
  commit?: string;
  /**
   * Set by the miner when the quote is a user turn the transcript cannot attribute to the person
   * (UserPromptEvent.unverified: a Markdown export's turn after a reply). A report shows no words that only
   * such turns carry (publish/inert.ts WITHHELD); the guards decide trust from the transcript, not from this.
   */
  unverified?: true;
  /**
   * Set by the pass on a refused edit's citation that does not resolve (no transcript the pass read holds its
   * quote at the place it names; a repository file or commit that does not hold it): a model wrote the quote, and
   * words no session holds are no evidence, so a page shows UNFOUND_QUOTE_WORDS in their place (model/withheld.ts).
   * Never taken from an engine: the pass sets it from the evidence it checked (guards/evidence.ts markUnfoundQuotes).
   */
  unfound?: true;
}

export type EvidenceRole = 'failure' | 'fix';

/** The session of evidence that cites the repository itself (a memory entry, package.json), not a transcript. */
export const REPO_SESSION = 'repo';

/** The session of evidence that cites the commit of the checked-out branch that removed a path (`commit`). */
export const GIT_SESSION = 'git';

/** The file of evidence the anthropic-dreams engine cites: `anthropic-dreams:<dream id>`, line 0. */
export const HOSTED_DREAM_PREFIX = 'anthropic-dreams:';

/**
 * The fewest characters a quote must keep after normalising to count as evidence. One threshold for
 * the engine's verifier and the evidence guard, so the two never disagree on a quote's length. It is
 * short because a quote only has to occur in the one cited event (short commands such as `"build"`
 * are real evidence); the guards check the event, so a short quote cannot wander.
 */
export const MIN_QUOTE_CHARS = 4;

/**
 * A quote as matched against transcript and repository text: whitespace collapsed, and surrounding
 * quote marks and clip marks (`...`, `…`) dropped, since models wrap quotes in both and neither is part
 * of the cited text. The one rule every stage that matches quotes uses.
 */
export function normaliseQuote(q: string): string {
  return q
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:\.\.\.|…|["'`“”‘’]|\s)+/u, '')
    .replace(/(?:\.\.\.|…|["'`“”‘’]|\s)+$/u, '')
    .trim();
}
