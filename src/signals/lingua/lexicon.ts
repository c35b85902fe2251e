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
   * Scope and politeness that do not change the rule ("in this project", "please"), as an alternation: stripped
   * where they open or close a clause.
   */
  filler: string;
  /**
   * The language's "from now on" ("désormais", "ab jetzt", "以后"), as an alternation: it makes the order it frames
   * standing, as "always" does, so "Désormais, lance `make lint` avant de committer." is "Always run `make lint` before
   * committing." (gloss.ts), and it opens a standing rule of the user's own words (standing.ts). Stripped as filler is.
   * Its words are no moment and no English: "à partir de maintenant" holds no "maintenant" for `hold`, "von nun an" no
   * "an" for gloss.ts's English test.
   */
  later: string;
  /**
   * A reminder that opens the sentence ("n'oublie pas de", "recuerda", "denk daran"), as an alternation: the order it
   * frames is standing, as English's "Remember to X" keys with "Always X". Its verb is then an infinitive, which the
   * run patterns read too.
   */
  remind: string;
  /**
   * The reproach of a rule missed ("tu as oublié de", "olvidaste", "du hast vergessen", "你又忘了"), as an alternation
   * (empty where the language says it otherwise): the rule it names keys as the reminder does, as English's "You forgot
   * to X". Its "again" (`again`, at the sentence's end: "… otra vez") reproaches the forgetting, no part of the rule.
   */
  forgot: string;
  again: string;
  /**
   * Japanese and Korean close a sentence with its reminder ("…を実行するのを忘れないで", "… 실행하는 거 잊지 마"): the
   * frame, and, for a する/하다 verb before it (`verb`), the order's ending that replaces both ("実行して", "실행해"), so
   * the gloss reads the order it reminds of.
   */
  closingReminder?: { frame: RegExp; verb: string; order: string };
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

const reminders = new WeakMap<Lexicon, RegExp>();
/**
 * A reminder or a reproach opening a sentence (remind, forgot), with the comma after it; the group `forgot` is set for
 * a reproach.
 */
export function reminderFrame(lex: Lexicon): RegExp {
  let re = reminders.get(lex);
  if (!re) {
    // A frame may end in an elided "d'" ("n'oublie pas d'exécuter"), the next word glued to it.
    const end = lex.spaced ? String.raw`(?:(?<=')|(?![\p{L}]))\s*,?\s*` : String.raw`\s*[,，]?\s*`;
    const forgot = lex.forgot ? `|(?<forgot>${lex.forgot})` : '';
    re = new RegExp(`^(?:(?:${lex.remind})${forgot})${end}`, 'iu');
    reminders.set(lex, re);
  }
  return re;
}

/** A reproach's closing "again" ("Olvidaste ejecutar X otra vez."), to take out of the rule it names. */
function withoutClosingAgain(rule: string, lex: Lexicon): string {
  if (!lex.again) return rule;
  const end = lex.spaced ? String.raw`(?<![\p{L}])` : '';
  return rule.replace(new RegExp(String.raw`\s*,?\s*${end}(?:${lex.again})(?=[\s.!。]*$)`, 'iu'), '');
}

const closings = new WeakMap<Lexicon, RegExp>();
/** A closing reminder after a する/하다 verb. */
function closingOrder(lex: Lexicon, closing: NonNullable<Lexicon['closingReminder']>): RegExp {
  let re = closings.get(lex);
  if (!re) {
    re = new RegExp(`${closing.verb}(?:${closing.frame.source})`, 'u');
    closings.set(lex, re);
  }
  return re;
}

/**
 * The sentence without the reminder or reproach that opens it, or with the order in place of the one that closes it,
 * or undefined where none does.
 */
export function withoutReminder(sentence: string, lex: Lexicon): string | undefined {
  const m = reminderFrame(lex).exec(sentence);
  if (!m) {
    const closing = lex.closingReminder;
    const said = sentence.replace(/[\s。.!！]+$/u, '');
    return closing && closingOrder(lex, closing).test(said) ? said.replace(closingOrder(lex, closing), closing.order) : undefined;
  }
  const rest = sentence.slice(m[0].length);
  return m.groups?.forgot ? withoutClosingAgain(rest, lex) : rest;
}
