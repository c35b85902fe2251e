/**
 * The sentences every page says in place of words it will not show, one place for all of them: the PR body,
 * the job summary, what `dream run`, `dream reduce` and `dream why` print, and the offline engine's notes. A
 * reviewer who meets one wording everywhere knows it is the same rule at work, not a different one each time.
 */

/**
 * In place of words whose every source is a turn the transcripts cannot attribute to the person (a Markdown
 * export's turn after a reply): such text may be what a page the agent read made it print, so a page, which
 * speaks in the bot's voice, counts it and never shows it, however it is escaped.
 */
export const WITHHELD_WORDS = 'words withheld: only turns the transcripts cannot attribute to the person said this';

/**
 * In place of a refused edit's quote that no transcript the pass read holds at the place it cites (the evidence
 * index could not find it): a model wrote it, and words no session holds are no evidence, so they are not shown
 * as if they were.
 */
export const UNFOUND_QUOTE_WORDS = 'quote withheld: not found in any session';

/**
 * In place of a refused edit's text when not one of its citations holds (each is Evidence.unfound): the model wrote
 * the text and every quote it cites for it, so nothing on the page would tell it from what a session said.
 */
export const UNFOUND_TEXT_WORDS = 'text withheld: none of its quotes was found in any session';

/** Whether every citation of an edit is one the pass found nowhere (Evidence.unfound). */
export const citesOnlyUnfound = (evidence: readonly { unfound?: true }[]): boolean =>
  evidence.length > 0 && evidence.every((e) => e.unfound === true);

/**
 * In place of what a model wrote about an edit (the claude engine's rationale, its reviewer's reason) when it names
 * or claims what neither the edit, its checked evidence nor memory holds (guards/rationale.ts): a page the model read
 * may have steered it, and the page shows the words in the bot's voice.
 */
export const MODEL_WORDS_WITHHELD = "the model's words are withheld";
