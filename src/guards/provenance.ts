/**
 * Provenance guard, the prompt-injection defence. Transcripts carry text written by strangers (web
 * pages, issues, tool output), so an entry may only carry a command, URL or path that the user typed
 * or that a tool call ran successfully. The index keeps token n-grams, URLs and path suffixes (and
 * wording.ts the user's word runs) in one Bloom filter of fixed size, 8 MiB by default, so memory does
 * not grow with the corpus and no session goes unrecorded. The word triples of strangers' instructions
 * (wording.ts) go into a second, smaller filter: they are unbounded and attacker-written, and in a
 * shared filter a flood of them would set the bits a trusted lookup probes, until an injected command
 * passed. An untrusted filter's false positive only refuses an edit, so it may be small and full.
 *
 * A trusted lookup's false positive rate is the filter's fill (set bits / bits) to the power k = 10.
 * Past MAX_TRUSTED_FILL it could exceed MAX_TRUSTED_FP, so the index fails closed (saturated): it trusts
 * nothing more and the report says why. Measured, distinct keys one pass records (trusted: command
 * n-grams, paths, the user's words, URLs; untrusted: strangers' triples) and the fill of 2^26 and 2^23 bits:
 * - the real corpus (297 sessions, 61 MB): 49,859 + 8,546 + 13,170 + 135 trusted, 1.1%; 11,034 untrusted, 1.3%;
 * - 10,000 generated sessions (409 MB): 13,748 trusted, 0.2%; 10,004 untrusted, 1.2%;
 * - a flood of 4 sessions of tool output, 242 MB of distinct words in orders: 770 trusted, 0.01%; 5.3 million
 *   distinct untrusted, 99.8%. In one shared filter, as before, the flood set 54% of its bits: a command
 *   no one ran then passed one time in 440.
 * The trusted bound is reached near 2.5 million distinct keys: some 10,000 sessions as varied as the real
 * corpus's (which span many projects; one project's sessions repeat their commands).
 */
import { usersOwnWords, type Edit, type Evidence, type MemoryFile, type Session, type SessionEvent } from '../model/index.js';
import { BloomFilter, PROBES, type FilterBits, type FilterPositions, type ProvenanceBits, type ProvenanceFilters } from './bloom.js';
import { dangerOf } from './danger.js';
import { familiesBehindOptions } from '../signals/command.js';
import {
  canStartCommand,
  extractClaims,
  isPathLike,
  isUrl,
  normalisePath,
  normaliseUrl,
  pathSuffixes,
  tokenize,
  URL_PATTERN,
} from './extract.js';
import type { EditCheck, GuardContext } from './types.js';
import type { QuoteAuthor } from './evidence.js';
import { foldForChecks, unicodeRefusal } from './unicode.js';
import { WordingIndex } from './wording.js';

export interface ProvenanceOptions {
  /** An optional hard cap on recorded items: past it, nothing more is trusted (fail closed). Default: none. */
  maxHashes?: number;
  /** Size of the trusted keys' Bloom filter as a power of two bits. Default 26 (8 MiB). */
  log2Bits?: number;
  /** Size of the untrusted word triples' filter (wording.ts), likewise. Default 23 (1 MiB). */
  untrustedLog2Bits?: number;
  /** Longest command (in tokens) that can be trusted. */
  maxGram?: number;
  /** Tokens read from one text: pasted logs in a prompt are not the user's own words. */
  maxTokensPerText?: number;
}

/** The highest false positive rate a trusted lookup may have: one in 100,000 commands, URLs, paths or word pairs. */
const MAX_TRUSTED_FP = 1e-5;
/** The fill at which a lookup's false positive rate, fill^PROBES, reaches MAX_TRUSTED_FP (31.6%). */
export const MAX_TRUSTED_FILL = MAX_TRUSTED_FP ** (1 / PROBES);
/**
 * The untrusted filter's fill past which one triple in a hundred a model wrote reads as a stranger's
 * (fill^10 = 1%): enough for some sentences to be refused as tool output's, which the report says.
 */
const CROWDED_UNTRUSTED_FILL = 0.01 ** (1 / PROBES);
/** Between the tokens of a command n-gram's key. */
const GRAM_SEPARATOR = '\u0001';
/** Texts trust() remembers having recorded, and the longest it remembers: short commands are what repeat. */
const MAX_REMEMBERED_TEXTS = 2048;
const MAX_REMEMBERED_CHARS = 512;
/** Longest token recorded; see trust(). */
const MAX_TOKEN_CHARS = 2048;
/** Longest text read by trust(): maxTokens tokens of ordinary text fit many times over. */
const MAX_TEXT_CHARS = 1 << 20;

export class ProvenanceIndex {
  /** Commands, URLs, paths and the user's words: what a lookup trusts. */
  private readonly filter: BloomFilter;
  /** Word triples of strangers' instructions: a lookup here can only refuse (see wording.ts). */
  private readonly strangers: BloomFilter;
  private readonly maxHashes: number;
  private readonly maxGram: number;
  private readonly maxTokens: number;
  /** The sizes of both filters: what a worker's index must have for its filters to merge into this one. */
  readonly sizes: { log2Bits: number; untrustedLog2Bits: number };
  private count = 0;
  /** True once an explicit maxHashes was reached: later sources were not recorded. */
  private capped = false;
  /** Sentence provenance, in the same filters under their own domains (see wording.ts). */
  readonly wording: WordingIndex;

  constructor(opts: ProvenanceOptions = {}) {
    this.sizes = { log2Bits: opts.log2Bits ?? 26, untrustedLog2Bits: opts.untrustedLog2Bits ?? 23 };
    this.filter = new BloomFilter(this.sizes.log2Bits);
    this.strangers = new BloomFilter(this.sizes.untrustedLog2Bits);
    this.wording = new WordingIndex({ trusted: this.filter, untrusted: this.strangers, saturated: () => this.saturated });
    this.maxHashes = opts.maxHashes ?? Infinity;
    this.maxGram = opts.maxGram ?? 12;
    this.maxTokens = opts.maxTokensPerText ?? 4_000;
  }

  /**
   * True when the index trusts nothing (fail closed): an explicit maxHashes was reached, or the trusted
   * filter is fuller than MAX_TRUSTED_FILL, where a lookup of a key never recorded could pass too often.
   * Nothing more is recorded then. Whatever the split over threads or shards, the merged filter is past
   * the bound exactly when recording every session would have put it there, so the outcome is the same.
   */
  get saturated(): boolean {
    return this.capped || this.filter.fill > MAX_TRUSTED_FILL;
  }

  /** Share of each filter's bits set, for the report (see notes). */
  get fill(): { trusted: number; untrusted: number } {
    return { trusted: this.filter.fill, untrusted: this.strangers.fill };
  }

  /**
   * What the report must say about this index: that it stopped trusting, and why; or that strangers'
   * instructions fill their filter so far that a model's sentences may be taken for theirs (refused:
   * safe, but lessons may be missed).
   */
  notes(): string[] {
    if (!this.saturated) {
      const fill = this.strangers.fill;
      if (fill <= CROWDED_UNTRUSTED_FILL) return [];
      return [
        `wording: the word triples of tool output's instructions fill ${percent(fill)} of their filter, so a model engine's sentences may be refused as tool output's (the offline engine's are not looked up there)`,
      ];
    }
    const why = this.capped
      ? `it reached its cap of ${this.maxHashes} recorded items`
      : // Not the fill itself: a pass that stops recording at the bound and one whose threads each stayed under it
        // (and merged past it) end at different fills, and the report must not depend on the thread count.
        `its filter passed ${percent(MAX_TRUSTED_FILL)} full, where a command no session ran could pass as one in ${Math.round(1 / MAX_TRUSTED_FP).toLocaleString('en-US')} does`;
    return [
      `provenance: nothing the transcripts said was trusted this pass, because ${why}; only edits citing what memory already holds could pass (dream fewer sessions a pass: the ledger skips those dreamed)`,
    ];
  }

  /** Both filters' bits and sizes, for merging (see union). */
  exportBits(): ProvenanceBits {
    return {
      trusted: { log2Bits: this.sizes.log2Bits, bits: this.filter.raw },
      untrusted: { log2Bits: this.sizes.untrustedLog2Bits, bits: this.strangers.raw },
    };
  }

  /** Adds what another index recorded (from a worker thread or a map shard), each filter into its own. */
  union(other: ProvenanceFilters): void {
    if (other.trusted.log2Bits !== this.sizes.log2Bits || other.untrusted.log2Bits !== this.sizes.untrustedLog2Bits)
      throw new RangeError(
        `provenance filters differ in size: 2^${other.trusted.log2Bits} and 2^${other.untrusted.log2Bits} bits, this index 2^${this.sizes.log2Bits} and 2^${this.sizes.untrustedLog2Bits}`,
      );
    merge(this.filter, other.trusted);
    merge(this.strangers, other.untrusted);
  }

  /** Distinct items recorded (approximately: a false positive is not counted). */
  get size(): number {
    return this.count;
  }

  /** Texts trust() recorded whole, as commands and as other inputs (bounded: see MAX_REMEMBERED_TEXTS). */
  private readonly trustedTexts = new Set<string>();
  private readonly trustedLeaves = new Set<string>();

  /** Characters hashed so far: the work trust() did, for tests that bound it by the input's length. */
  hashedChars = 0;

  private add(domain: 'g' | 'u' | 'p', value: string): void {
    this.filter.startKey(domain, value);
    this.record(value.length);
  }

  /** Records the key the filter has built (startKey, extendKey), of which `hashed` characters were hashed for it. */
  private record(hashed: number): void {
    this.hashedChars += hashed;
    if (this.count >= this.maxHashes) {
      this.capped = true;
      return;
    }
    if (this.filter.addKey()) this.count++;
  }

  /**
   * Records a trusted text: its URLs, path suffixes, and the token runs that could be a command
   * (those starting where a command can start: other runs are never looked up).
   */
  trust(raw: string, opts: { commands?: boolean } = {}): void {
    if (this.saturated) return;
    // A text recorded whole before would only set bits already set, and count nothing: it is skipped
    // (most commands an agent runs, it runs again: 87% of trusted texts in the generated corpus, 21% in
    // the real one). Not at an explicit cap, where its keys would find the cap reached and must say so.
    // Only a text short enough to be remembered is looked up: a Set hashes the whole string it is asked about.
    const remembered = raw.length <= MAX_REMEMBERED_CHARS;
    const seen = opts.commands === false ? this.trustedLeaves : this.trustedTexts;
    if (remembered && this.count < this.maxHashes && seen.has(raw)) return;
    this.recordText(raw, opts);
    if (remembered && !this.saturated) {
      if (seen.size >= MAX_REMEMBERED_TEXTS) seen.clear();
      seen.add(raw);
    }
  }

  /** What trust() records of a text it has not skipped. */
  private recordText(raw: string, opts: { commands?: boolean }): void {
    // Cap before the work: tokens beyond maxTokens are dropped anyway, and a text that size holds them
    // many times over. A token longer than MAX_TOKEN_CHARS (a data URI, a minified bundle) is no
    // command, path or URL a memory entry would cite: it is not recorded, so it is never trusted.
    // Recorded as it reads, like the claims looked up against it (see foldForChecks).
    const text = foldForChecks(raw.length > MAX_TEXT_CHARS ? raw.slice(0, MAX_TEXT_CHARS) : raw);
    for (const m of text.matchAll(URL_PATTERN)) if (m[0].length <= MAX_TOKEN_CHARS) this.add('u', normaliseUrl(m[0]));
    const tokens = tokenize(text).slice(0, this.maxTokens);
    for (let i = 0; i < tokens.length && !this.saturated; i++) {
      const t = tokens[i]!;
      if (t.length > MAX_TOKEN_CHARS) continue;
      if (isUrl(t)) this.add('u', normaliseUrl(t));
      else if (isPathLike(t, true) || t.includes('/')) {
        for (const s of pathSuffixes(t)) this.add('p', s);
        // Suffixes drop the leading slash; an absolute path is also trusted whole, as it was typed or run.
        if (t.startsWith('/')) this.add('p', normalisePath(t));
      }
      // "@apps/api/README.md", "@README.md": an agent's file mention (Claude Code, Cursor, Gemini CLI); the path is what was typed.
      if (t.charCodeAt(0) === 64 && t.length > 1 && isPathLike(t.slice(1), true))
        for (const s of pathSuffixes(t.slice(1))) this.add('p', s);
      if (opts.commands === false || !canStartCommand(tokens, i)) continue;
      // A command ends before an overlong token: no n-gram carries one, so each costs at most maxGram tokens of the cap.
      // The key of the n-gram is the (n-1)-gram's, a \u0001 and the next token: its hash goes on from theirs.
      for (let n = 1; n <= this.maxGram && i + n <= tokens.length && tokens[i + n - 1]!.length <= MAX_TOKEN_CHARS; n++) {
        const next = tokens[i + n - 1]!;
        if (n === 1) this.filter.startKey('g', next);
        else {
          this.filter.extendKey(GRAM_SEPARATOR);
          this.filter.extendKey(next);
        }
        this.record(n === 1 ? next.length : next.length + 1);
      }
    }
  }

  observe(session: Session): void {
    if (!this.saturated) this.wording.observe(session);
    const okByCall = new Map<string, boolean>();
    for (const e of session.events) if (e.kind === 'tool_result' && e.callId !== undefined) okByCall.set(e.callId, e.ok);
    const events = session.events;
    for (let i = 0; i < events.length && !this.saturated; i++) {
      const e = events[i]!;
      if (e.kind === 'user_prompt' || e.kind === 'permission_denial') {
        // What the user typed when rejecting a call ("use pnpm, not npm") is theirs as much as a turn is (usersOwnWords).
        if (usersOwnWords(session, e)) this.trust(e.text);
      } else if (e.kind === 'tool_call' && succeeded(e, i, events, okByCall)) {
        if (e.command) {
          this.trust(e.command);
          // `git -C app commit` ran `git commit`: a lesson names the gate so (command.ts).
          for (const family of familiesBehindOptions(e.command)) this.trust(family);
        }
        // Other inputs (file contents an agent wrote, patterns, URLs) vouch for their paths and URLs only.
        const leaves: string[] = [];
        collectStrings(e.input, leaves);
        for (const s of leaves) if (s !== e.command) this.trust(s, { commands: false });
      }
    }
  }

  private known(domain: 'g' | 'u' | 'p', value: string): boolean {
    return !this.saturated && this.filter.has(domain, value);
  }

  /** The commands, URLs and paths in `text` that this index does not trust, as readable labels. */
  untrusted(text: string): string[] {
    const claims = extractClaims(foldForChecks(text));
    const out: string[] = [];
    for (const c of claims.commands)
      if (c.length > this.maxGram || !this.known('g', c.join(GRAM_SEPARATOR))) out.push(`command \`${c.join(' ')}\``);
    for (const u of claims.urls) if (!this.known('u', u)) out.push(`URL ${u}`);
    for (const p of claims.paths) if (!this.known('p', p)) out.push(`path ${p}`);
    return [...new Set(out)];
  }

  check(edit: Edit): string | undefined {
    const bad = [...new Set(writtenTexts(edit).flatMap((t) => this.untrusted(t)))];
    return bad.length > 0 ? untrustedReason(bad, this.saturated) : undefined;
  }
}

/** Every text an edit writes into memory: the entry, and the headings it places it under (created when missing). */
function writtenTexts(edit: Edit): string[] {
  const section = Array.isArray(edit.section) ? edit.section : [];
  return [edit.after, ...section].filter((t): t is string => typeof t === 'string');
}

function untrustedReason(bad: string[], saturated: boolean): string {
  return saturated
    ? `carries ${bad.slice(0, 3).join(', ')}, and the provenance index trusted nothing this pass (see the report's notes)`
    : `carries ${bad.slice(0, 3).join(', ')} that never appeared in the user's own words or a successful tool call`;
}

const merge = (into: BloomFilter, f: FilterBits | FilterPositions): void =>
  'bits' in f ? into.union(f.bits) : into.unionPositions(f.positions);

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;

function succeeded(
  e: SessionEvent & { kind: 'tool_call' },
  i: number,
  events: readonly SessionEvent[],
  okByCall: Map<string, boolean>,
): boolean {
  if (e.callId !== undefined) return okByCall.get(e.callId) === true;
  // Formats without call ids answer a call with the next result.
  for (let j = i + 1; j < events.length && j < i + 64; j++) {
    const r = events[j]!;
    if (r.kind === 'tool_result' && r.callId === undefined) return r.ok;
    if (r.kind === 'tool_call') return false;
  }
  return false;
}

function collectStrings(v: unknown, out: string[], depth = 0): void {
  if (depth > 6 || out.length >= 64) return;
  if (typeof v === 'string') out.push(v.length > 20_000 ? v.slice(0, 20_000) : v);
  else if (Array.isArray(v)) for (const x of v) collectStrings(x, out, depth + 1);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) collectStrings(x, out, depth + 1);
}

/** What is already in memory already carries the team's authority: citing it again adds no risk. */
const memoryIndexes = new WeakMap<readonly MemoryFile[], ProvenanceIndex>();
function memoryIndex(memory: readonly MemoryFile[]): ProvenanceIndex {
  let idx = memoryIndexes.get(memory);
  if (!idx) {
    // Memory files are small: a 512 KiB filter keeps the false positive rate negligible for them. Their
    // words are not read into it (memoryGrams in wording.ts), so its untrusted filter stays empty and minimal.
    idx = new ProvenanceIndex({ log2Bits: 22, untrustedLog2Bits: 10 });
    for (const f of memory) idx.trust(f.text);
    memoryIndexes.set(memory, idx);
  }
  return idx;
}

export const provenanceGuard: EditCheck = (edit: Edit, ctx: GuardContext) => {
  const written = writtenTexts(edit);
  // The destination file's name is checked too: it shows up in the PR and in every later session's context.
  for (const t of typeof edit.toFile === 'string' ? [...written, edit.toFile] : written) {
    const danger = dangerOf(t);
    if (danger)
      return `entry ${danger.name}: refused whatever its source${danger.weakens ? ' (it weakens a safeguard: a human must decide)' : ''}`;
  }
  if (!ctx.provenance) return undefined;
  // A heading is written into memory like the entry under it, so it needs the same provenance.
  const fromMemory = memoryIndex(ctx.memory);
  const bad: string[] = [];
  for (const t of written) {
    const notInMemory = new Set(fromMemory.untrusted(t));
    for (const label of ctx.provenance.untrusted(t)) if (notInMemory.has(label)) bad.push(label);
  }
  return bad.length > 0 ? untrustedReason([...new Set(bad)], ctx.provenance.saturated) : undefined;
};

/** Every sentence an edit writes is the engine's own phrasing or the user's words (see wording.ts). */
export const wordingGuard: EditCheck = (edit: Edit, ctx: GuardContext) => {
  if (!ctx.provenance) return undefined;
  // The offline engine phrases every sentence from templates or the user's words; a model writes prose, which
  // must rest on someone's words: the claude engine's evidence quotes transcript lines, and a hosted dream's
  // names the dream and, beside it, the lines of the sessions it read that the pass found its sentences rest on
  // (pipeline/hosted-evidence.ts). Who wrote each quote is read from the transcripts (the evidence guard ran
  // first); without that index no quote counts as the user's, and the sentences rest on memory's words and code
  // spans only.
  const evidence = ctx.evidence;
  const authorOf = (e: Evidence): QuoteAuthor => evidence?.quoteAuthor(e) ?? 'other';
  const model = ctx.engine === 'claude' || ctx.engine === 'anthropic-dreams';
  return ctx.provenance.wording.check(edit, ctx.memory, ctx.engine === 'offline', model ? authorOf : undefined);
};

/** Entries keep no characters a reviewer cannot see, and no word hides a look-alike letter. */
export const unicodeGuard: EditCheck = (edit: Edit) => {
  for (const t of [...writtenTexts(edit), ...(typeof edit.toFile === 'string' ? [edit.toFile] : [])]) {
    const why = unicodeRefusal(t);
    if (why) return `entry ${why}`;
  }
  return undefined;
};
