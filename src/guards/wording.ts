/**
 * Sentence provenance: tool output never provides wording. Provenance (provenance.ts) vouches for the
 * commands, URLs and paths an entry names; this vouches for its sentences. Every sentence an edit
 * writes must be
 * - phrased by the engine: one of the templates the engine owns (wording-templates.ts), whose free
 *   slots are code spans (checked by provenance) or a few words seen in trusted text; or
 * - the user's: each pair of neighbouring words occurs in what the user typed (a user turn as the
 *   format marks it, or a structural rejection's feedback), or already in memory.
 * The offline engine phrases everything itself, so for it nothing else passes. A model engine writes
 * its own prose, so for it a sentence is refused when most of its word triples come from instruction-
 * like sentences of tool output (hook output, fetched pages, error text) and not from the user.
 *
 * Words are compared after foldForChecks (look-alike letters and invisible characters), lower-cased,
 * with code spans reduced to one opaque token: their contents are commands, which provenance checks.
 */
import { usersOwnWords, type Edit, type Evidence, type MemoryFile, type Session } from '../model/index.js';
import type { BloomFilter } from './bloom.js';
import { foldForChecks, foldsToItself } from './unicode.js';
import { bareWord, foreignOrder, instructionLike, mayInstruct, orderPlaces, WORD } from './orders.js';
import { sentencesAt, sentencesOf } from './sentences.js';
import { attributionStem, matchTemplate, refinementStem, strengthenedRest } from './wording-templates.js';
import { FAILURE_WORDS, groundedShare } from './grounding.js';
import type { QuoteAuthor } from './evidence.js';
import { flippedWords, quoteTakesSide } from './flip.js';
import { mendFrameTypos } from '../signals/frame-typos.js';
import { CJK, CJK_OR_RUN } from './cjk.js';

/** Words per text read: a long paste or log is bounded, and so is the filter's load. */
const MAX_WORDS_PER_TEXT = 4_000;
/** Untrusted sentences recorded per session: only the instruction-like ones are, so this is generous. */
const MAX_UNTRUSTED_PER_SESSION = 5_000;
/** Share of a sentence's word triples found in tool output that makes its wording tool output's. */
const UNTRUSTED_SHARE = 0.5;
const CODE = '\u00a7';
/** A word that names a path: it has a slash, or is a file name with an extension. */
const PATH_LIKE = /\/|^[\w-]+\.[a-z]\w{0,5}$/;

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
function namesIn(text: string, words: readonly string[]): string[] {
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
const clausesOf = (s: string): string[] => {
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
function orderWords(sentence: string, ordersAsTyped = foreignOrder(sentence)): string[] | undefined {
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

const grams = (w: readonly string[], n: number): string[] => {
  if (w.length < n) return w.length > 0 ? [w.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
};

/**
 * The filters a WordingIndex records into (provenance.ts): the user's word runs go into the trusted one
 * with commands, paths and URLs; strangers' word triples into their own, so no flood of them can make a
 * trusted lookup pass. While the index is saturated, nothing is looked up: no word is the user's and every
 * triple is a stranger's, so a sentence passes only on memory's words or the engine's.
 */
export interface WordingFilters {
  trusted: BloomFilter;
  untrusted: BloomFilter;
  saturated: () => boolean;
}

export class WordingIndex {
  private readonly trusted: BloomFilter;
  private readonly untrusted: BloomFilter;
  private readonly saturated: () => boolean;

  constructor(filters: WordingFilters) {
    this.trusted = filters.trusted;
    this.untrusted = filters.untrusted;
    this.saturated = filters.saturated;
  }

  /** Whether the user said this word or pair. */
  private said(gram: string): boolean {
    return !this.saturated() && this.trusted.has('w', gram);
  }

  /** Whether this word triple is in an instruction a stranger wrote. */
  private strangersSaid(triple: string): boolean {
    return this.saturated() || this.untrusted.has('x', triple);
  }

  /** The user's own words: every word and neighbouring pair. */
  trustUser(text: string): void {
    const w = wordsOf(text);
    for (const g of [...grams(w, 1), ...grams(w, 2)]) this.trusted.add('w', g);
    // A path the user typed bare reads as a code span once the engine phrases it ("edit `src/generated/`"):
    // the same neighbours with the path as a span are still the user's (provenance checks the span).
    const spanned = w.map((x) => (PATH_LIKE.test(x) ? CODE : x));
    if (spanned.some((x, i) => x !== w[i])) for (const g of grams(spanned, 2)) this.trusted.add('w', g);
    for (const name of namesIn(text, w)) this.trusted.add('w', name);
    // "nevr push to main" is read as "never push to main" (frame-typos.ts): the mended frame is the user's word too.
    for (const sentence of sentencesOf(text)) {
      const mended = mendFrameTypos(sentence);
      if (mended !== sentence) for (const g of grams(wordsOf(mended), 2)) this.trusted.add('w', g);
    }
  }

  /** Instruction-like sentences of text that is not the user's: their word triples. Returns how many were recorded. */
  distrust(text: string, budget: number): number {
    const t = text.length > 64_000 ? text.slice(0, 64_000) : text;
    if (budget <= 0) return 0;
    // Most tool output gives no order: one scan finds where a sentence may give one, and only the
    // sentences there are cut out, and folded only when they do not fold to themselves.
    const folds = foldsToItself(t);
    // orderPlaces knows English's order words only: text with another language's reads every sentence, by clause.
    const foreign = foreignOrder(t);
    const sentences = foreign ? sentencesOf(t).flatMap(clausesOf) : folds ? sentencesAt(t, orderPlaces(t)) : sentencesOf(t);
    let n = 0;
    for (const s of sentences) {
      if (n >= budget) break;
      const ordersAsTyped = foreign && foreignOrder(s);
      if (!ordersAsTyped && (folds || foldsToItself(s)) && !mayInstruct(s)) continue;
      const w = orderWords(s, ordersAsTyped);
      if (!w) continue;
      for (const g of grams(w, 3)) this.untrusted.add('x', g);
      n++;
    }
    return n;
  }

  /**
   * Reads a session by structure: user turns (see userTurn) and structural rejections' feedback are the
   * user's; tool results, hook output, a harness's feedback, API errors, compaction summaries, a
   * subagent's prompt and a benchmark's task text are not.
   */
  observe(session: Session): void {
    let budget = MAX_UNTRUSTED_PER_SESSION;
    for (const e of session.events) {
      if (budget <= 0 && e.kind !== 'user_prompt' && e.kind !== 'permission_denial') continue;
      if (e.kind === 'user_prompt' || e.kind === 'permission_denial') {
        if (usersOwnWords(session, e)) this.trustUser(e.text);
        else if (e.kind === 'user_prompt') budget -= this.distrust(e.text, budget);
      } else if (e.kind === 'tool_result' || e.kind === 'hook_block' || e.kind === 'api_error' || e.kind === 'environment_feedback')
        budget -= this.distrust(e.text, budget);
      else if (e.kind === 'compaction') budget -= this.distrust(e.summary, budget);
    }
  }

  /**
   * An update that turns memory's rule around (flip.ts) needs a quote in its evidence that the user said (each
   * word pair of it in a user turn) and that takes the update's side; memory's words vouch for the old rule only.
   */
  private unvouchedFlip(after: string, before: string, evidence: readonly { quote: string }[]): string | undefined {
    const flipped = flippedWords(before, after);
    if (flipped.length === 0) return undefined;
    const vouched = evidence.some((e) => {
      const pairs = grams(wordsOf(e.quote), 2);
      return pairs.length > 0 && pairs.every((g) => this.said(g)) && quoteTakesSide(e.quote, after, flipped);
    });
    if (vouched) return undefined;
    return `turns memory's rule around (${flipped.map((w) => `"${w}"`).join(', ')}) and no quote of the user in its evidence says so`;
  }

  private userSaid(words: readonly string[], memory: ReadonlySet<string>): boolean {
    const pairs = grams(words, 2);
    return pairs.length > 0 && pairs.every((g) => memory.has(g) || this.said(g));
  }

  /** Whether both neighbouring pairs of a word triple are the user's. */
  private userSaidRun(triple: string): boolean {
    const [a, b, c] = triple.split(' ');
    return c !== undefined && this.said(`${a} ${b}`) && this.said(`${b} ${c}`);
  }

  private fromToolOutput(words: readonly string[]): boolean {
    const triples = grams(words, 3);
    if (triples.length === 0) return false;
    // A run the user said too is the user's, though a README says it as well (the user quoting the project's rule).
    const hits = triples.filter((g) => this.strangersSaid(g) && !this.userSaidRun(g)).length;
    return hits / triples.length >= UNTRUSTED_SHARE;
  }

  /**
   * An entry rewritten in place: the sentence is the old entry's wording with a few words swapped for
   * words the user said or code spans (the user's "use vitest, not jest" applied to "test with jest").
   */
  private rewordedEntry(words: readonly string[], before: readonly string[], memory: ReadonlySet<string>): boolean {
    if (before.length === 0) return false;
    const left = new Map<string, number>();
    for (const w of before) left.set(w, (left.get(w) ?? 0) + 1);
    const added: string[] = [];
    for (const w of words) {
      const n = left.get(w) ?? 0;
      if (n > 0) left.set(w, n - 1);
      else added.push(w);
    }
    const removed = [...left.values()].reduce((a, b) => a + b, 0);
    return added.length <= 3 && removed <= 3 && added.every((w) => w === CODE || memory.has(w) || this.said(w));
  }

  /**
   * Why a sentence of new memory text may not be written, or undefined. `memory`: the words memory
   * holds; `before`: the words of the entry an update rewrites.
   */
  private sentenceRefusal(
    sentence: string,
    ctx: { strict: boolean; memory: ReadonlySet<string>; before: readonly string[]; cited: readonly string[] | undefined },
  ): string | undefined {
    const { strict, memory, before } = ctx;
    // The engine's attribution ("...: the user asked for it in 5 sessions.") adds no one's words: the rule must pass alone.
    const attributed = attributionStem(sentence);
    if (attributed !== undefined) return this.sentenceRefusal(`${attributed}.`, ctx);
    // An entry marked IMPORTANT in place: the mark is the engine's, the rest must pass alone.
    const marked = before.length > 0 ? strengthenedRest(sentence) : undefined;
    if (marked !== undefined) return this.sentenceRefusal(marked, ctx);
    const words = wordsOf(sentence);
    if (words.every((w) => w === CODE)) return undefined;
    if (this.userSaid(words, memory)) return undefined;
    if (this.rewordedEntry(words, before, memory)) return undefined;
    // An entry completed in place: its last sentence, word for word, then the engine's refinement clause.
    const stem = before.length > 0 ? refinementStem(sentence) : undefined;
    const stemWords = stem === undefined ? [] : wordsOf(stem);
    if (stemWords.length > 0 && before.slice(-stemWords.length).join(' ') === stemWords.join(' ')) return undefined;
    const template = matchTemplate(sentence);
    if (template) {
      const slots = template.words.map((s) => wordsOf(s)).filter((w) => w.length > 0 && !w.every((x) => x === CODE));
      const unknown = slots.find((w) => !w.every((x) => x === CODE || memory.has(x) || this.said(x)));
      if (!unknown) return undefined;
      return `fills the engine's wording with "${unknown.join(' ')}", which the user never said`;
    }
    if (strict) return 'is neither phrased by the engine nor said by the user';
    if (this.fromToolOutput(words))
      return this.saturated()
        ? 'needs words from the transcripts, and provenance trusted nothing this pass'
        : 'takes its wording from tool output, not from the user';
    if (ctx.cited && !restsOnCited(words, memory, ctx.cited))
      return "rests on words that neither the user's words it cites nor memory holds";
    return undefined;
  }

  /**
   * `strict`: the offline engine (templates and the user's words only). `ground`: for a model engine whose
   * evidence quotes transcript lines, who wrote each quote (EvidenceIndex.quoteAuthor); its
   * sentences must then rest on words the user wrote or memory holds (grounding.ts, citedWords).
   */
  check(edit: Edit, memory: readonly MemoryFile[], strict: boolean, ground?: (e: Evidence) => QuoteAuthor): string | undefined {
    if (typeof edit.after !== 'string') return undefined;
    const known = memoryGrams(memory);
    // An update or merge rewrites an entry memory holds: its old words are the team's.
    const before = edit.op === 'update' || edit.op === 'merge' ? entryText(edit, memory) : undefined;
    const beforeWords = before ? wordsOf(before) : [];
    // The words of the quotes it cites (checked against the transcripts by the evidence guard).
    const cited = ground ? citedWords(edit.evidence, ground) : undefined;
    if (before !== undefined) {
      const why = this.unvouchedFlip(edit.after, before, edit.evidence);
      if (why) return why;
    }
    for (const s of sentencesOf(edit.after).flatMap(clausesOf)) {
      const why = this.sentenceRefusal(s, { strict, memory: known, before: beforeWords, cited });
      if (why) return `sentence "${s.length > 120 ? `${s.slice(0, 117)}...` : s}" ${why}`;
    }
    return undefined;
  }
}

/**
 * Whether a model's sentence rests on the words it cites (citedWords), memory's, or code spans (which provenance
 * checks). Only what the edit cites counts, not a word the user said anywhere in the pass: the user's words of an
 * unrelated turn, padded around an order of the model's own, vouch for nothing about it.
 */
const restsOnCited = (words: readonly string[], memory: ReadonlySet<string>, cited: readonly string[]): boolean =>
  groundedShare(words, knownTo(memory), cited);

const knownTo =
  (memory: ReadonlySet<string>) =>
  (w: string): boolean =>
    w === CODE || memory.has(w);

/** Whether grounding counts a word as known without a citation: memory's, or a code span (provenance checks it). */
export const groundingKnows = (memory: readonly MemoryFile[]): ((w: string) => boolean) => knownTo(memoryGrams(memory));

/** Each sentence (or CJK clause) of a text with the words grounding weighs, the engine's attribution aside. */
export const groundingSentences = (text: string): { sentence: string; words: string[] }[] =>
  sentencesOf(text)
    .flatMap(clausesOf)
    .map((sentence) => {
      const rule = attributionStem(sentence);
      return { sentence, words: wordsOf(rule === undefined ? sentence : `${rule}.`) };
    });

/**
 * The first sentence of an edit that grounding alone refuses, the engine's attribution aside: what a model that
 * wrote the edit's words would be refused for whenever neither a template nor the user's word pairs vouch for
 * them. It measures the rule on real lessons (test/eval/real-grounding.test.ts).
 */
export function ungroundedSentence(edit: Edit, memory: readonly MemoryFile[], authorOf: (e: Evidence) => QuoteAuthor): string | undefined {
  const cited = citedWords(edit.evidence, authorOf);
  const known = memoryGrams(memory);
  return groundingSentences(edit.after ?? '').find((s) => !restsOnCited(s.words, known, cited))?.sentence;
}

/** The text of the entry an edit rewrites, as memory holds it (not as the edit claims). */
function entryText(edit: Edit, memory: readonly MemoryFile[]): string | undefined {
  if (!edit.entryId) return undefined;
  for (const f of memory) for (const e of f.entries) if (e.id === edit.entryId) return e.text;
  return undefined;
}

/**
 * Whether a sentence's wording needs nobody's words from the transcripts: a template the engine owns,
 * or word pairs all already in memory (an entry updated with the command that worked instead).
 */
export function wordedWithoutTranscripts(sentence: string, memory: readonly MemoryFile[]): boolean {
  if (matchTemplate(sentence)) return true;
  const known = memoryGrams(memory);
  const pairs = grams(wordsOf(sentence), 2);
  return pairs.every((g) => known.has(g));
}

/** Words and word pairs already in memory: what the team wrote vouches for itself. */
const memoryGramCache = new WeakMap<readonly MemoryFile[], Set<string>>();
function memoryGrams(memory: readonly MemoryFile[]): Set<string> {
  let set = memoryGramCache.get(memory);
  if (!set) {
    set = new Set();
    for (const f of memory)
      for (const s of sentencesOf(f.text)) for (const g of [...grams(wordsOf(s), 1), ...grams(wordsOf(s), 2)]) set.add(g);
    memoryGramCache.set(memory, set);
  }
  return set;
}
