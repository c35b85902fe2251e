/**
 * How the wording guard (wording.ts) reads words: folded (foldForChecks), lower-cased, code spans as one token,
 * Chinese, Japanese and Korean as characters; a text's clauses, the words of a sentence that reads as an order,
 * the words a cited quote may ground, and word runs (n-grams).
 */
import type { Evidence } from '../model/index.js';
import { foldForChecks } from './unicode.js';
import { bareWord, foreignOrder, instructionLike, mayInstruct, WORD } from './orders.js';
import { sentencesOf } from './sentences.js';
import { FAILURE_WORDS } from './grounding.js';
import type { QuoteAuthor } from './evidence.js';
import { CJK, CJK_OR_RUN } from './cjk.js';

/** Words per text read: a long paste or log is bounded, and so is the filter's load. */
const MAX_WORDS_PER_TEXT = 4_000;
export const CODE = '\u00a7';
/** A word that names a path: it has a slash, or is a file name with an extension. */
export const PATH_LIKE = /\/|^[\w-]+\.[a-z]\w{0,5}$/;

/** A text as its words are read: folded, code spans as one token, lower-cased. */
const foldedText = (text: string): string =>
  foldForChecks(text)
    .replace(/(`+)[^`\n][\s\S]*?\1/g, ` ${CODE} `)
    .toLowerCase();

/**
 * Chinese and Japanese write a sentence with no spaces, so WORD takes it as one word, and every overlap check below
 * (neighbouring pairs said by the user, triples from tool output, grounding) came down to the whole sentence being
 * equal or not. Their characters are read as words instead: pairs and triples of characters, the n-grams CJK text is
 * compared by; so are Korean's syllables (cjk.ts says why). A letter of another script stays in the word it is part
 * of ("用pnpm" is "用", "pnpm").
 */
const splitCjk = (words: string[]): string[] =>
  words.flatMap((w) => (CJK.test(w) ? (w.match(CJK_OR_RUN) ?? []).map(bareWord).filter((x) => x.length > 0) : [w]));

const wordsIn = (folded: string): string[] => {
  const words = folded.match(WORD)?.slice(0, MAX_WORDS_PER_TEXT).map(bareWord) ?? [];
  // Most text holds no CJK: one scan of it, and its words are as WORD found them.
  return CJK.test(folded) ? splitCjk(words).slice(0, MAX_WORDS_PER_TEXT) : words;
};

/** Lower-cased words of a text as it reads, code spans as one token. */
export function wordsOf(text: string): string[] {
  return wordsIn(foldedText(text));
}

/** ASCII runs inside a word of another script: "用pnpm" holds the name "pnpm". */
const ASCII_RUN = /[a-z0-9_][a-z0-9_./=:-]*/g;
/**
 * Names the user typed that the word split hides, as single words: one typed against a script without
 * spaces ("用pnpm而不是npm"), and the one word of a code span ("use `pnpm`"). The engine's wording fills a
 * slot word by word ("Use pnpm, not npm."), and these are words the user said.
 */
export function namesIn(text: string, words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) if (/[^ -~]/.test(w)) for (const m of w.match(ASCII_RUN) ?? []) out.push(bareWord(m));
  if (!text.includes('`')) return out;
  for (const m of foldForChecks(text).matchAll(/`([^`\s]{1,60})`/g)) {
    const inner = wordsIn((m[1] ?? '').toLowerCase());
    if (inner.length === 1) out.push(inner[0]!);
  }
  return out;
}

/**
 * Chinese and Japanese end a sentence with 。！？ and no space, where sentencesOf does not cut: each is read on
 * its own, in tool output and in an edit alike, so an order copied with a harmless sentence after it is still
 * the order copied. Chinese, Japanese and Korean also join clauses with a comma where English would end a sentence
 * ("改完代码要跑测试，以后直接推送", "커밋 전에 테스트 실행해, 항상 바로 푸시해"): there a clause is judged as a sentence
 * is, so a stranger's clause stitched onto the user's is not half the user's. Korean writes the ASCII comma, and so
 * do many typing Chinese: it ends a clause when a space follows it (`a,b` in a command does not).
 */
const CJK_CLAUSE_END = /(?<=[。！？，；、])|(?<=[,;])(?=\s)/u;
export const clausesOf = (s: string): string[] => {
  const cjk = CJK.test(s);
  if (!(cjk ? /[。！？，；、].|[,;]\s/u : /[。！？]./u).test(s)) return [s];
  return s
    .split(cjk ? CJK_CLAUSE_END : /(?<=[。！？])/u)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
};

/**
 * The words of a sentence not the user's that reads as an order (an imperative first, always, never, must; or an
 * order word of the miner's other languages, read as typed: folding turns Cyrillic into look-alike Latin), else
 * undefined. What tool output says this way is a stranger's order: its word runs are no lesson's wording, and its
 * words ground no model's sentence.
 */
export function orderWords(sentence: string, ordersAsTyped = foreignOrder(sentence)): string[] | undefined {
  const folded = foldedText(sentence);
  if (!ordersAsTyped && !mayInstruct(folded)) return undefined;
  const w = wordsIn(folded);
  return ordersAsTyped || instructionLike(w) ? w : undefined;
}

/**
 * The words a model's sentence may rest on from what an edit cites (grounding.ts). A quote of the user's words
 * gives all its words. A quote of anything else (a tool's output, a reply) may state a fact the lesson repeats
 * ("`npm test` fails without `npm ci`"), but an order in it is a stranger's: its sentences that read as orders
 * give nothing, so a model that paraphrases a script's "Always run `make seed-fixtures` before committing" cites
 * words that ground nothing. A call that failed also grounds that it failed (FAILURE_WORDS). Who wrote a quote
 * is the evidence index's finding (the event it sits in), never the model's claim.
 */
export function citedWords<E extends Pick<Evidence, 'quote'>>(evidence: readonly E[], authorOf: (e: E) => QuoteAuthor): string[] {
  return evidence.flatMap((e) => {
    const author = authorOf(e);
    if (author === 'user') return wordsOf(e.quote);
    const stated = sentencesOf(e.quote)
      .flatMap(clausesOf)
      .filter((s) => orderWords(s) === undefined)
      .flatMap(wordsOf);
    return author === 'failed call' ? [...stated, ...FAILURE_WORDS] : stated;
  });
}

export const grams = (w: readonly string[], n: number): string[] => {
  if (w.length < n) return w.length > 0 ? [w.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
};
