/**
 * The shape of one language's lexicon for the rules users write in their own language (gloss.ts reads
 * them). Only the frame is per language: a few words that reject, ask for, swap, forbid running or put
 * a step before a recurring event. The payload is what every language writes the same way, ASCII code
 * (a program, a command in backticks, a path, a flag), so a frame word never becomes part of a lesson.
 *
 * Patterns match a whole clause (after NFKC, lower-cased, markers stripped): a clause with anything
 * around the frame and its payload ("don't use npm's cache", "in this script use pnpm") is not read.
 */

/** One ASCII thing: a code span, or up to four ASCII words (a command with its arguments). */
const THING = String.raw`\x60[^\x60\n]{1,80}\x60|[A-Za-z0-9_@./:+=~-]*[A-Za-z][A-Za-z0-9_@./:+=~-]*(?: [A-Za-z0-9_@./:+=~-]+){0,3}?`;

/** The recurring events a step can be put before, in the engine's English ("before committing"). */
export type RuleEvent = 'committing' | 'pushing' | 'deploying' | 'merging' | 'opening a pull request';

export interface Lexicon {
  lang: string;
  /** Cheap first test, no more: a word of the frame occurs (every clause pattern needs one of these). */
  cue: RegExp;
  /** Whole clause "use A instead of B" (groups a, b). */
  swap: readonly RegExp[];
  /** "Don't use B" (group b). */
  reject: readonly RegExp[];
  /** "Use A" (group a). */
  ask: readonly RegExp[];
  /** "Don't run X" (group x). */
  dontRun: readonly RegExp[];
  /** "Before <event>, run X" (groups x, e). */
  before: readonly RegExp[];
  /** The language's words for each event, as they fill group e. */
  events: readonly (readonly [RegExp, RuleEvent])[];
  /** "Always", "every time": stripped, and kept as "Always" in the gloss. */
  always: RegExp;
  /** "Never": the gloss says "Never" rather than "Don't". */
  never: RegExp;
  /**
   * Words that make the sentence no standing rule, or a rule about something narrower than the payload:
   * a question, this moment ("for now", "this time"), one file or script, an exception ("but", "except"),
   * a task on the code ("replace npm with pnpm in ..."). The whole sentence is then left unread.
   */
  hold: RegExp;
  /**
   * Scope and politeness that do not change the rule ("in this project", "from now on", "please"), as an
   * alternation: stripped where they open or close a clause.
   */
  filler: string;
  /** Whether the script puts spaces between words (a filler or marker must then be a whole word). */
  spaced: boolean;
  /** A clause that is only an interjection ("No.", "Wrong."): skipped. */
  interjection: RegExp;
}

/** The events alternation every pattern's {E} slot takes, from the lexicon's own event words. */
function eventSource(events: Lexicon['events']): string {
  return events.map(([re]) => re.source).join('|');
}

/**
 * A clause pattern from its source: a space is whitespace that must be there (between words of a spaced
 * script), `~` whitespace that may be (CJK writes none), {A}, {B}, {X} the named payload groups and {E}
 * the event group.
 */
export function clause(source: string, events: Lexicon['events'] = []): RegExp {
  const src = source
    .replace(/ /g, String.raw`\s+`)
    .replace(/~/g, String.raw`\s*`)
    .replace(/\{A\}/g, `(?<a>${THING})`)
    .replace(/\{B\}/g, `(?<b>${THING})`)
    .replace(/\{X\}/g, `(?<x>${THING})`)
    .replace(/\{E\}/g, `(?<e>${eventSource(events)})`);
  return new RegExp(`^${src}$`, 'iu');
}

/** A word of a spaced script as a whole word: JavaScript's \b knows only ASCII letters. */
export const word = (alternatives: string): string => String.raw`(?<![\p{L}\p{N}])(?:${alternatives})(?![\p{L}\p{N}])`;
