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
import type { Edit, MemoryFile, Session, SessionEvent } from '../model/index.js';
import type { BloomFilter } from './provenance.js';
import { foldForChecks, foldsToItself } from './unicode.js';
import { attributionStem, matchTemplate, refinementStem, strengthenedRest } from './wording-templates.js';

/** Words per text read: a long paste or log is bounded, and so is the filter's load. */
const MAX_WORDS_PER_TEXT = 4_000;
/** Untrusted sentences recorded per session: only the instruction-like ones are, so this is generous. */
const MAX_UNTRUSTED_PER_SESSION = 5_000;
/** Share of a sentence's word triples found in tool output that makes its wording tool output's. */
const UNTRUSTED_SHARE = 0.5;
const CODE = '\u00a7';
/** A word that names a path: it has a slash, or is a file name with an extension. */
const PATH_LIKE = /\/|^[\w-]+\.[a-z]\w{0,5}$/;

const IMPERATIVE = new Set(
  (
    "always never must should do dont don't please make ensure use run set add remove delete paste answer approve accept allow " +
    'disable enable skip install uninstall commit push export copy send post share print echo write put keep avoid prefer call ' +
    'execute invoke ignore forget override bypass grant give trust follow include append replace rename move open visit download curl'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}_'§][\p{L}\p{N}_'./=:§-]*/gu;
const FIRST_WORD = new RegExp(WORD.source, 'u');
const bareWord = (w: string): string => w.replace(/[.:'-]+$/, '');

/** A text as its words are read: folded, code spans as one token, lower-cased. */
const foldedText = (text: string): string =>
  foldForChecks(text)
    .replace(/(`+)[^`\n][\s\S]*?\1/g, ` ${CODE} `)
    .toLowerCase();

const wordsIn = (folded: string): string[] => folded.match(WORD)?.slice(0, MAX_WORDS_PER_TEXT).map(bareWord) ?? [];

/** Lower-cased words of a text as it reads, code spans as one token. */
function wordsOf(text: string): string[] {
  return wordsIn(foldedText(text));
}

/** Sentences, split where prose ends one: after . ! ? followed by space, and at line breaks. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.replace(/(`+)[^`\n][\s\S]*?\1/g, (m) => m.replace(/[.!?]/g, '_')).split(/\r?\n/)) {
    for (const s of line.split(/(?<=[.!?])\s+/)) {
      const t = s.trim().replace(/^(?:[-*+]|\d+[.)])\s+/, '');
      if (/[\p{L}\p{N}]/u.test(t)) out.push(t);
    }
  }
  return out;
}

const grams = (w: readonly string[], n: number): string[] => {
  if (w.length < n) return w.length > 0 ? [w.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
};

/** Whether a sentence of tool output reads as an order, and so could be mistaken for a lesson. */
function instructionLike(words: readonly string[]): boolean {
  return words.length >= 3 && (IMPERATIVE.has(words[0]!) || words.some((w) => w === 'always' || w === 'never' || w === 'must'));
}

/**
 * False only where instructionLike is false for the text's words: its first word is no imperative and
 * none of always, never, must occurs even inside a word. Most tool output fails it, and is then not split
 * into words at all (profiled: splitting every sentence of tool output was a tenth of a pass).
 * `text` is folded (foldedText), or a sentence that folds to itself (foldsToItself): then its folded form
 * is itself lower-cased, with code spans reduced, and reducing a span only hides words: an imperative
 * first word of the reduced text stands before any span, so the answer for the text as it is is the same
 * or a true that the folded text then corrects.
 */
function mayInstruct(text: string): boolean {
  return ORDER_WORD.test(text) || imperativeWord(FIRST_WORD.exec(text)?.[0]);
}

const ORDER_WORD = /always|never|must/i;
const LONGEST_IMPERATIVE = Math.max(...[...IMPERATIVE].map((w) => w.length));
/** What bareWord strips from a word's end. */
const TRAILING = ".:'-";
const imperativeWord = (w: string | undefined): boolean => w !== undefined && IMPERATIVE.has(bareWord(w).toLowerCase());

/** JavaScript's \s, where sentencesOf splits after . ! ? */
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
/** [A-Za-z0-9_'], where a word starts in text that folds to itself (a § is taken for a gap: a word it starts is no imperative). */
const startsWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39;
/** [A-Za-z0-9_'./=:-], what such a word goes on with. */
const goesOnWord = (c: number): boolean => startsWord(c) || c === 46 || c === 47 || c === 61 || c === 58 || c === 45;

/**
 * Whether some sentence of text that folds to itself (see sentencesOf) may start with an imperative: one scan over the
 * places a sentence can start (the text's start, a line's, after . ! ? and a space), reading the first
 * word after each. A numbered item's number is skipped, as sentencesOf strips it. False proves that no
 * sentence of the text starts with an imperative; true may be wrong, and the sentences are then read.
 */
function imperativeHead(text: string): boolean {
  const n = text.length;
  let i = 0;
  let head = true;
  while (i < n) {
    if (!head) {
      const c = text.charCodeAt(i);
      head = c === 10 || ((c === 46 || c === 33 || c === 63) && i + 1 < n && isSpace(text.charCodeAt(i + 1)));
      i++;
      continue;
    }
    while (i < n && !startsWord(text.charCodeAt(i))) i++;
    let k = i + 1;
    while (k < n && goesOnWord(text.charCodeAt(k))) k++;
    if (i >= n) return false;
    // The word as bareWord leaves it, sliced only when short enough to be an imperative.
    let e = k;
    while (e > i && TRAILING.includes(text[e - 1]!)) e--;
    const word = e - i <= LONGEST_IMPERATIVE ? text.slice(i, e).toLowerCase() : '';
    if (IMPERATIVE.has(word)) return true;
    // A number ("1)" of a list) leaves the head open; a word ending in "." may end the sentence itself.
    head = /^\d+$/.test(word) || (text.charCodeAt(k - 1) === 46 && k < n && isSpace(text.charCodeAt(k)));
    i = k;
  }
  return false;
}

export class WordingIndex {
  constructor(private readonly filter: BloomFilter) {}

  /** The user's own words: every word and neighbouring pair. */
  trustUser(text: string): void {
    const w = wordsOf(text);
    for (const g of [...grams(w, 1), ...grams(w, 2)]) this.filter.add('w', g);
    // A path the user typed bare reads as a code span once the engine phrases it ("edit `src/generated/`"):
    // the same neighbours with the path as a span are still the user's (provenance checks the span).
    const spanned = w.map((x) => (PATH_LIKE.test(x) ? CODE : x));
    if (spanned.some((x, i) => x !== w[i])) for (const g of grams(spanned, 2)) this.filter.add('w', g);
  }

  /** Instruction-like sentences of text that is not the user's: their word triples. Returns how many were recorded. */
  distrust(text: string, budget: number): number {
    const t = text.length > 64_000 ? text.slice(0, 64_000) : text;
    // Most tool output gives no order: one scan proves it, and its sentences are never split or folded.
    if (budget <= 0 || (foldsToItself(t) && !ORDER_WORD.test(t) && !imperativeHead(t))) return 0;
    let n = 0;
    for (const s of sentencesOf(t)) {
      if (n >= budget) break;
      if (foldsToItself(s) && !mayInstruct(s)) continue;
      const folded = foldedText(s);
      if (!mayInstruct(folded)) continue;
      const w = wordsIn(folded);
      if (!instructionLike(w)) continue;
      for (const g of grams(w, 3)) this.filter.add('x', g);
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
      if (e.kind === 'user_prompt') {
        if (userTurn(session, e)) this.trustUser(e.text);
        else budget -= this.distrust(e.text, budget);
      } else if (e.kind === 'permission_denial' && session.trust !== 'public') this.trustUser(e.text);
      else if (e.kind === 'tool_result' || e.kind === 'hook_block' || e.kind === 'api_error' || e.kind === 'environment_feedback')
        budget -= this.distrust(e.text, budget);
      else if (e.kind === 'compaction') budget -= this.distrust(e.summary, budget);
    }
  }

  private userSaid(words: readonly string[], memory: ReadonlySet<string>): boolean {
    const pairs = grams(words, 2);
    return pairs.length > 0 && pairs.every((g) => memory.has(g) || this.filter.has('w', g));
  }

  private fromToolOutput(words: readonly string[]): boolean {
    const triples = grams(words, 3);
    if (triples.length === 0) return false;
    const hits = triples.filter((g) => this.filter.has('x', g)).length;
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
    return added.length <= 3 && removed <= 3 && added.every((w) => w === CODE || memory.has(w) || this.filter.has('w', w));
  }

  /**
   * Why a sentence of new memory text may not be written, or undefined. `memory`: the words memory
   * holds; `before`: the words of the entry an update rewrites.
   */
  private sentenceRefusal(
    sentence: string,
    ctx: { strict: boolean; memory: ReadonlySet<string>; before: readonly string[] },
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
      const unknown = slots.find((w) => !w.every((x) => x === CODE || memory.has(x) || this.filter.has('w', x)));
      if (!unknown) return undefined;
      return `fills the engine's wording with "${unknown.join(' ')}", which the user never said`;
    }
    if (strict) return 'is neither phrased by the engine nor said by the user';
    if (this.fromToolOutput(words)) return 'takes its wording from tool output, not from the user';
    return undefined;
  }

  check(edit: Edit, memory: readonly MemoryFile[], strict: boolean): string | undefined {
    if (typeof edit.after !== 'string') return undefined;
    const known = memoryGrams(memory);
    // An update or merge rewrites an entry memory holds: its old words are the team's.
    const before = edit.op === 'update' || edit.op === 'merge' ? entryText(edit, memory) : undefined;
    const beforeWords = before ? wordsOf(before) : [];
    for (const s of sentencesOf(edit.after)) {
      const why = this.sentenceRefusal(s, { strict, memory: known, before: beforeWords });
      if (why) return `sentence "${s.length > 120 ? `${s.slice(0, 117)}...` : s}" ${why}`;
    }
    return undefined;
  }
}

/**
 * Whether a user_prompt event holds the user's own words, by where it sits: not a subagent's turn (its
 * "user" is the parent model) nor a sidechain turn written inline, not a CI transcript's prompt (anyone
 * who can comment may have written it), and not the task a benchmark harness handed over (third-party
 * issue text). Provenance trusts the commands and paths of the same turns only.
 */
export function userTurn(session: Session, e: SessionEvent & { kind: 'user_prompt' }): boolean {
  return session.parentId === undefined && session.trust !== 'public' && !e.task && !e.sidechain;
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
