/**
 * Words that frame a rule without being its topic: a time frame that makes it standing ("from now on", "going
 * forward", "next time"), an intensifier of its "never" ("Don't ever X" is "Never X"), the reproach of a rule
 * missed again ("You forgot to X again"), and "stop" before what it stops ("Stop pushing to main" is "Don't push to
 * main"). A rule's key (turn-text.ts ruleKey) is its stems, and these put stems in
 * it ("now", "ever", "stop") that split one rule by how it was said: "From now on, run `make lint` before committing."
 * and, a week later, "You forgot to run `make lint` before committing." are one rule. Only the frame's own words leave
 * the key: "Don't push to main now." keeps its "now" (an order for the moment stays apart from the rule), "Stop and ask
 * first" and "Never stop the dev server" their "stop". The key is a pattern id a ledger holds; legacy-signatures.ts
 * re-keys an older ledger's.
 */
import { meaningStems } from './similar.js';

/**
 * The time frames, anywhere in the sentence, with the comma that sets one off. "next time" only where it ends the
 * sentence or a clause ("Remember to run X before committing next time."): before a noun it is the topic ("the next
 * time slot").
 */
const TIME_FRAME = /,?\s*\b(?:from now on|going forward|moving forward|henceforth|next time(?=\s*(?:[,.!;]|$)))\b,?/gi;

/**
 * "You forgot to X again", "You forgot again to X": the "again" reproaches the forgetting, a rule said before and
 * missed once more, and is no part of X. After "remember to" it is ("Remember to run the migration again" asks for
 * one more run), so only "you forgot" frames it.
 */
const FORGOT_AGAIN = /^(.*?\byou forgot)\s+again(\s+to\b)|^(.*?\byou forgot to\b.*?),?\s+again(?=[.!]*$)/i;

/** The sentence without the "again" of "you forgot … again". */
export const withoutReproach = (sentence: string): string =>
  sentence.replace(FORGOT_AGAIN, (_m, who?: string, to?: string, rule?: string) =>
    who !== undefined ? `${who}${to ?? ''}` : (rule ?? ''),
  );

/**
 * "Stop" opening a prohibition of what it stops, a gerund ("Stop pushing to main", "No, stop adding comments"): the
 * gerund says what is forbidden. Before anything else "stop" is the topic ("Stop and ask first", "Stop at the first
 * failure", "Stop everything and …") or the order is to halt a thing now (turn-instructions.ts reads no rule there).
 */
const STOP_DOING = /^((?:(?:no|ok(?:ay)?|also|and|actually|please)[,!]?\s+)*)stop\s+(?=[a-z]+ing\b)(?!(?:every|any|no|some)thing\b)/i;

/** The sentence with its frame words taken out: its time frames, the "again" of "you forgot", and a "stop" that opens it before a gerund. */
export const withoutFrames = (sentence: string): string => withoutReproach(sentence).replace(TIME_FRAME, ' ').replace(STOP_DOING, '$1');

/**
 * The stems each frame puts in a key, together ("going forward" is "go" and "forward": either alone is a topic, as in
 * "Always run `go test`").
 */
export const FRAME_STEM_GROUPS: readonly (readonly string[])[] = [
  'from now on',
  'going forward',
  'moving forward',
  'henceforth',
  'next time',
  'stop',
  'again',
].map((p) => meaningStems(p));

/** Stems only a frame puts in a key: "now", "go", "forward", "move", "henceforth", "next", "time", "stop", "again". */
export const FRAME_STEMS: ReadonlySet<string> = new Set(FRAME_STEM_GROUPS.flat());

/**
 * Stems that only intensify a rule, wherever they stand ("Don't ever push", "Never push to main, ever"): "ever" names
 * nothing a rule could be about ("whenever" and "however" stem apart).
 */
export const INTENSIFIER_STEMS: ReadonlySet<string> = new Set(['ever']);
