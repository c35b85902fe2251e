/**
 * Offline similarity of two memory entries or lessons by meaning, not by string: "2-space
 * indentation" and "Indent TypeScript with two spaces" share the stems {2, space, indent}.
 * Normalisation folds number words into digits, splits hyphenated compounds and reduces word forms
 * with the Porter stemmer, so paraphrases compare on what they say rather than how.
 */
import { stemmer } from 'stemmer';
import { contentWords, jaccard } from './normalize.js';
import { boundedMemo } from '../model/index.js';

/** Lower-case words with digits kept (contentWords drops one-character words, and "2" is a topic). */
function words(text: string): string[] {
  const digits = text.match(/\b\d+\b/g) ?? [];
  return [...contentWords(text), ...digits];
}

/**
 * Number words as digits ("two spaces" is "2 spaces").
 * A Map, as every table asked with a transcript's or memory's words: an object answers a name it lacks from
 * its prototype (`constructor`).
 */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    one: '1',
    two: '2',
    three: '3',
    four: '4',
    five: '5',
    six: '6',
    seven: '7',
    eight: '8',
    nine: '9',
    ten: '10',
    eleven: '11',
    twelve: '12',
    twenty: '20',
    thirty: '30',
    forty: '40',
    fifty: '50',
    hundred: '100',
    single: '1',
    once: '1',
    twice: '2',
    double: '2',
    first: '1',
    second: '2',
  }),
);

/** Words that carry no topic of their own in a memory entry ("keep", "make", "prefer"). */
const FILLER = new Set(
  'keep make prefer each every all any some also only just new ones like via per so if but can may might will would need needs want them they their what which who it its there here'.split(
    ' ',
  ),
);

/**
 * Porter's stem, save one slip: after "-ing" or "-ed" it undoes a doubled consonant ("hopping" is "hop"), which turns
 * "adding" and "added" into "ad", apart from "add" ("Stop adding comments" and "Don't add comments" are one rule). A
 * stem of two letters keeps the double the word has ("add", "err", "egg").
 */
function stemOf(word: string): string {
  const s = stemmer(word);
  return s.length === 2 && /(?:ing|ed)$/.test(word) && word[2] === s[1] ? `${s}${s[1]}` : s;
}

/**
 * The stems an entry is about, in first-seen order: code spans keep their words (a command is a
 * topic), number words become digits, hyphenated and slashed compounds split ("2-space" -> 2, space).
 */
export function meaningStems(text: string): string[] {
  const spaced = text.replace(/(\d)-(?=[a-z])/gi, '$1 ').replace(/[-/](?=[a-z])/gi, ' ');
  const out: string[] = [];
  for (const w of words(spaced)) {
    if (FILLER.has(w)) continue;
    const n = NUMBER_WORDS.get(w) ?? w;
    const s = /^\d/.test(n) ? n : stemOf(n.replace(/[^a-z0-9:.=@-]/g, ''));
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

const NEGATION = /\b(?:never|not|no|don'?t|avoid|without)\b|n't\b/i;
export const negated = (text: string): boolean => NEGATION.test(text.replace(/`[^`]*`/g, ''));

export interface Similarity {
  /** Token-set Jaccard of the stems. */
  jaccard: number;
  /** Share of the shorter entry's stems found in the longer one. */
  containment: number;
  /** Stems both share. */
  shared: number;
}

/**
 * Stems of the texts compared lately. The engine asks sameMeaning of every memory entry against every
 * lesson, so each entry's stems were taken again for every lesson (a third of a 10%-new pass's engine
 * time at 10,000 sessions). Bounded: emptied when full.
 */
const stemsOf = boundedMemo(4_096, meaningStems);

function similarity(a: string, b: string): Similarity {
  return similarityOf(stemsOf(a), stemsOf(b));
}

export function similarityOf(sa: readonly string[], sb: readonly string[]): Similarity {
  const [short, long] = sa.length <= sb.length ? [sa, new Set(sb)] : [sb, new Set(sa)];
  const shared = short.filter((w) => long.has(w)).length;
  return {
    jaccard: jaccard([...sa], [...sb]),
    containment: short.length === 0 ? 0 : shared / short.length,
    shared,
  };
}

/**
 * Two entries say the same thing: most of their stems agree, or every stem of the shorter one
 * (at least three of them, so "Run tests." never swallows a longer rule) is in the longer one.
 */
export function sameMeaning(a: string, b: string): boolean {
  // contentWords drops "never" and "not": "Never log bodies" and "Log bodies" share every stem.
  if (negated(a) !== negated(b)) return false;
  const s = similarity(a, b);
  if (s.shared < 3) return s.jaccard === 1 && s.shared >= 2;
  return s.jaccard >= 0.6 || s.containment >= 1 || (s.containment >= 0.75 && s.jaccard >= 0.5);
}
