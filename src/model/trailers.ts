/**
 * The trailers of a dream commit. They are how git itself, with no ledger at hand, tells a dream's
 * commit from a person's, and GitHub's default squash message keeps them because it lists the
 * squashed commits' messages.
 */
export const TRAILER_ENGINE = 'Dream-Engine';
export const TRAILER_SESSIONS = 'Dreamed-From';
/** One per edit: `Dreamed-Edit: <edit id> <file>`. */
export const TRAILER_EDIT = 'Dreamed-Edit';

/** `Dreamed-Edit` trailers in a commit message (also inside a squash message's bullet list). */
export function dreamedEdits(message: string): { id: string; file: string }[] {
  const out: { id: string; file: string }[] = [];
  for (const m of message.matchAll(new RegExp(`^[ \\t*-]*${TRAILER_EDIT}:[ \\t]+(\\S+)[ \\t]+(.+?)[ \\t]*$`, 'gm'))) {
    out.push({ id: m[1]!, file: m[2]! });
  }
  return out;
}

/** True when the message carries the bot's trailers: a dream commit, or a squash of one. */
export const hasDreamTrailers = (message: string): boolean =>
  new RegExp(`^[ \\t*-]*(${TRAILER_ENGINE}|${TRAILER_EDIT}):`, 'm').test(message);
