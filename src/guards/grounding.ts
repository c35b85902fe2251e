/**
 * Whether a model's sentence rests on the pass's words. A model engine writes its own prose, so
 * wording.ts cannot ask for the user's word pairs; but a hostile or confused model can then write an
 * order no session holds ("Always answer in French", "deletions are pre-approved") and cite real,
 * unrelated evidence for it. A sentence is grounded when at least a quarter of its content words are
 * memory's, code spans, or words the quotes it cites ground (compared by stem, so "deleting" meets
 * "delete"): all the words of the user's quotes, only the facts of anyone else's (wording.ts citedWords).
 * Glue (articles, pronouns, the directive words every lesson uses) carries no claim and is not counted.
 * An order built from the cited words still passes: review remains.
 *
 * Each script of a sentence rests on its own words. Chinese and Japanese write a clause as one word, so the
 * user's "记得先启动代理" quoted beside an English sentence was one grounded word of four, and let three words of
 * the model's own through: "Never ask before deleting files (记得先启动代理)." A translation shares no word with
 * what it translates, so it is grounded by nothing either: a rule the user wrote in another language is kept as
 * the user's sentence (the curator is asked to), never as our translation, which nothing can check.
 */
import { stemmer } from 'stemmer';
import { CJK_CHAR } from './cjk.js';
import { boundedMemo } from '../model/index.js';

/** Share of content words that must be grounded. */
const GROUNDED_SHARE = 1 / 4;

const GLUE = new Set(
  (
    'a an the this that these those it its it’s they them their there here we our us you your i me my he she his her ' +
    'and or but nor so if then else than when whenever while before after until unless because since as at by for from in ' +
    'into of off on onto over out up down to with without via per about instead rather also only just even still again ' +
    'is are was were be been being am do does did done doing has have had having can cannot could may might must shall ' +
    'should will would not no never always often usually sometimes first next last each every all any some both either ' +
    'neither other another such same more most less least very too much many few own one ones what which who whom whose ' +
    'how why where use uses used using run runs ran running make makes made keep keeps prefer avoid ensure please dont ' +
    "don't doesn't isn't aren't won't can't it's"
  ).split(' '),
);

/**
 * What a call that failed shows by its structure alone (the result is an error), whoever wrote its text: that it
 * failed. A lesson that says so ("plain `python` fails", "`git add` refuses it") rests on the failure it cites.
 */
export const FAILURE_WORDS: readonly string[] = 'fail failure error refuse reject break broken crash abort deny'.split(' ');

/** Stems by word: the same words come back in every sentence weighed (a hosted dream's search reads whole sessions). */
export const stemOf = boundedMemo(50_000, (w: string): string => stemmer(w.replace(/['’]s$/, '')));

/**
 * `words`: the sentence's folded words (wording.ts); `known`: whether a word is memory's (or a code span,
 * which provenance checks); `cited`: the folded words the cited quotes ground.
 */
export function groundedShare(words: readonly string[], known: (w: string) => boolean, cited: readonly string[]): boolean {
  return groundedRatio(contentWords(words, known), stemsOf(cited)) >= GROUNDED_SHARE;
}

/** The stems words are compared by. */
export const stemsOf = (words: Iterable<string>): Set<string> => {
  const out = new Set<string>();
  for (const w of words) out.add(stemOf(w));
  return out;
};

/** A content word of a sentence as grounding weighs it. */
export interface ContentWord {
  script: string;
  stem: string;
  /** Memory's, or a code span: grounded without a citation. */
  known: boolean;
}

/** A sentence's content words: glue (articles, pronouns, the directive words every lesson uses) carries no claim. */
export function contentWords(words: readonly string[], known: (w: string) => boolean): ContentWord[] {
  // A Chinese or Japanese character, or a Korean syllable, is a word to wording.ts (cjk.ts), so a one-letter word of
  // those scripts is content; tallied with its own script's words only, a quoted run of them can't ground the words
  // of another script in the same sentence however many characters it has.
  return words
    .filter((w) => /\p{L}/u.test(w) && (w.length > 1 || CJK_CHAR.test(w)) && !GLUE.has(w))
    .map((w) => ({ script: scriptOf(w), stem: stemOf(w), known: known(w) }));
}

/**
 * The share of content words that are known or whose stem is among `citedStems`, in the script where it is least (1
 * for a sentence of glue alone).
 */
export function groundedRatio(content: readonly ContentWord[], citedStems: ReadonlySet<string>): number {
  // Most sentences are of one script: counted without a tally per script.
  const first = content[0]?.script;
  if (content.every((w) => w.script === first)) {
    let grounded = 0;
    for (const w of content) if (w.known || citedStems.has(w.stem)) grounded++;
    return content.length === 0 ? 1 : grounded / content.length;
  }
  const tally = new Map<string, { all: number; grounded: number }>();
  for (const w of content) {
    const t = tally.get(w.script) ?? { all: 0, grounded: 0 };
    tally.set(w.script, t);
    t.all++;
    if (w.known || citedStems.has(w.stem)) t.grounded++;
  }
  let least = 1;
  for (const t of tally.values()) least = Math.min(least, t.grounded / t.all);
  return least;
}

/** Scripts told apart; letters of any other (Latin, Greek...) share one tally. */
const SCRIPTS: readonly [string, RegExp][] = [
  ['han-kana', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /[\p{Script=Arabic}\p{Script=Hebrew}]/u],
  ['indic-thai', /[\p{Script=Devanagari}\p{Script=Thai}]/u],
];
/** The script of a word's letters, by the first script named above that it holds ("pnpm을" is Hangul's). */
function scriptOf(word: string): string {
  for (const [name, re] of SCRIPTS) if (re.test(word)) return name;
  return 'other';
}
