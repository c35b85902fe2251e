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
import { foldsToItself } from './unicode.js';
import { foreignOrder, mayInstruct, orderPlaces } from './orders.js';
import { sentencesAt, sentencesOf } from './sentences.js';
import { attributionStem, matchTemplate, refinementStem, strengthenedRest } from './wording-templates.js';
import { groundedShare } from './grounding.js';
import type { QuoteAuthor } from './evidence.js';
import { flippedWords, quoteTakesSide } from './flip.js';
import { mendFrameTypos } from '../signals/frame-typos.js';
import { citedWords, clausesOf, CODE, grams, namesIn, orderWords, PATH_LIKE, wordsOf } from './wording-words.js';

/** Untrusted sentences recorded per session: only the instruction-like ones are, so this is generous. */
const MAX_UNTRUSTED_PER_SESSION = 5_000;
/** Share of a sentence's word triples found in tool output that makes its wording tool output's. */
const UNTRUSTED_SHARE = 0.5;

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
