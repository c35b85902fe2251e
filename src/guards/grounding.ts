/**
 * Whether a model's sentence rests on the pass's words. A model engine writes its own prose, so
 * wording.ts cannot ask for the user's word pairs; but a hostile or confused model can then write an
 * order no session holds ("Always answer in French", "deletions are pre-approved") and cite real,
 * unrelated evidence for it. A sentence is grounded when at least a quarter of its content words are
 * words the user said, memory holds, or the quotes it cites hold (compared by stem, so "deleting"
 * meets "delete"). Glue (articles, pronouns, the directive words every lesson uses) carries no claim
 * and is not counted. An order built from the pass's own words still passes: review remains.
 */
import { stemmer } from 'stemmer';
import { CJK_CHAR } from './cjk.js';

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
 * A Chinese or Japanese character, or a Korean syllable, is a word to wording.ts (cjk.ts), but a word of those
 * languages is most often two or more: each counts half, so a quoted run of them weighs what its words would, not
 * twice that.
 */
const CJK_WEIGHT = 1 / 2;

const stemOf = (w: string): string => stemmer(w.replace(/['’]s$/, ''));

/**
 * `words`: the sentence's folded words (wording.ts); `known`: whether a word is the user's or
 * memory's (or a code span, which provenance checks); `cited`: the folded words of the cited quotes.
 */
export function groundedShare(words: readonly string[], known: (w: string) => boolean, cited: readonly string[]): boolean {
  const content = words.filter((w) => /\p{L}/u.test(w) && (w.length > 1 || CJK_CHAR.test(w)) && !GLUE.has(w));
  if (content.length === 0) return true;
  let citedStems: Set<string> | undefined;
  let grounded = 0;
  let total = 0;
  for (const w of content) {
    const weight = CJK_CHAR.test(w) ? CJK_WEIGHT : 1;
    total += weight;
    if (known(w)) grounded += weight;
    else {
      citedStems ??= new Set(cited.map(stemOf));
      if (citedStems.has(stemOf(w))) grounded += weight;
    }
  }
  return grounded / total >= GROUNDED_SHARE;
}
