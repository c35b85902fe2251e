/**
 * Provenance guard, the prompt-injection defence. Transcripts carry text written by strangers (web
 * pages, issues, tool output), so an entry may only carry a command, URL or path that the user typed
 * or that a tool call ran successfully. The index keeps token n-grams, URLs and path suffixes in one
 * Bloom filter of fixed size (8 MiB by default), so memory does not grow with the corpus and no session
 * goes unrecorded. False positive rate with k = 10 probes over m = 2^26 bits: about 1e-6 at 2 million
 * recorded items, 3e-4 at 4 million (the 10,000-session benchmark records well under a million). A false
 * positive can only let an edit pass provenance: the dangerous-content rules apply whatever the source.
 */
import type { Edit, MemoryFile, Session, SessionEvent } from '../model/index.js';
import { dangerOf } from './danger.js';
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
import { foldForChecks, unicodeRefusal } from './unicode.js';
import { userTurn, WordingIndex } from './wording.js';

export interface ProvenanceOptions {
  /** An optional hard cap on recorded items: past it, nothing more is trusted (fail closed). Default: none. */
  maxHashes?: number;
  /** Size of the Bloom filter as a power of two bits. Default 26 (8 MiB). */
  log2Bits?: number;
  /** Longest command (in tokens) that can be trusted. */
  maxGram?: number;
  /** Tokens read from one text: pasted logs in a prompt are not the user's own words. */
  maxTokensPerText?: number;
}

const PROBES = 10;
/** Longest token recorded; see trust(). */
const MAX_TOKEN_CHARS = 2048;
/** Longest text read by trust(): maxTokens tokens of ordinary text fit many times over. */
const MAX_TEXT_CHARS = 1 << 20;

/** What a key of the filter stands for: a command n-gram, URL, path, or (wording.ts) a user word run or untrusted word triple. */
export type Domain = 'g' | 'u' | 'p' | 'w' | 'x';

/**
 * A Bloom filter probed by double hashing over two 32-bit hashes of the key. The hash is a fast
 * non-cryptographic one computed over the key's UTF-16 code units (two multiply-xor lanes, mixed at the
 * end as cyrb53 does): sha256 of every n-gram was a fifth of a pass (profiled).
 *
 * What the hash must guarantee: that ordinary keys (similar commands, paths, numbered words) spread
 * evenly over the bits, so the false positive rate is the one the filter's size promises (tested on
 * structured keys in test/guards/bloom.test.ts); and that it is the same in every process, thread,
 * machine and Node version, because filters built in workers and map shards are OR-ed together.
 * What it does not guarantee, and sha256 did not either: resistance to crafted keys. The scheme is
 * public and fixed, so anyone can search offline for strings whose probes set chosen bits (about ten
 * million tries per bit with any hash); a keyed hash would defeat that only with a secret every shard
 * shares. Nothing may rely on the filter to resist text crafted against it: the dangerous-content rules
 * apply whatever the filter says.
 */
export class BloomFilter {
  private readonly bits: Uint8Array;
  private readonly mask: number;
  private h1 = 0;
  private h2 = 0;

  constructor(log2Bits: number) {
    if (!Number.isInteger(log2Bits) || log2Bits < 10 || log2Bits > 31)
      throw new RangeError(`log2Bits must be an integer in 10..31, got ${log2Bits}`);
    this.bits = new Uint8Array(2 ** (log2Bits - 3));
    this.mask = 2 ** log2Bits - 1;
  }

  /** Sets h1 and h2 for the key (domain, value); the domain seeds the lanes, so domains never share a key. */
  private hashKey(domain: Domain, value: string): void {
    const d = domain.charCodeAt(0);
    let a = Math.imul(0xdeadbeef ^ d, 2654435761);
    let b = Math.imul(0x41c6ce57 ^ d, 1597334677);
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      a = Math.imul(a ^ c, 2654435761);
      b = Math.imul(b ^ c, 1597334677);
    }
    a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
    b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
    this.h1 = a >>> 0;
    this.h2 = (b | 1) >>> 0;
  }

  /** Adds the key; true when it was not (apparently) present before. */
  add(domain: Domain, value: string): boolean {
    this.hashKey(domain, value);
    let fresh = false;
    for (let i = 0; i < PROBES; i++) {
      const b = (this.h1 + Math.imul(i, this.h2)) & this.mask;
      const byte = b >>> 3;
      const bit = 1 << (b & 7);
      if (!(this.bits[byte]! & bit)) {
        fresh = true;
        this.bits[byte]! |= bit;
      }
    }
    return fresh;
  }

  has(domain: Domain, value: string): boolean {
    this.hashKey(domain, value);
    for (let i = 0; i < PROBES; i++) {
      const b = (this.h1 + Math.imul(i, this.h2)) & this.mask;
      if (!(this.bits[b >>> 3]! & (1 << (b & 7)))) return false;
    }
    return true;
  }

  /** The raw bits, to ship a filter from a worker or a shard. */
  get raw(): Uint8Array {
    return this.bits;
  }

  /**
   * Adds every value another filter of the same size holds. A union of Bloom filters is a bitwise OR,
   * so filters built over any split of the sessions merge to the same bits, in any order.
   */
  union(bits: Uint8Array): void {
    if (bits.length !== this.bits.length)
      throw new RangeError(`cannot merge a filter of ${bits.length} bytes into one of ${this.bits.length}`);
    for (let i = 0; i < bits.length; i++) this.bits[i]! |= bits[i]!;
  }
}

export class ProvenanceIndex {
  private readonly filter: BloomFilter;
  private readonly maxHashes: number;
  private readonly maxGram: number;
  private readonly maxTokens: number;
  private readonly log2Bits: number;
  private count = 0;
  /** True once an explicit maxHashes was reached: later sources were not recorded. */
  saturated = false;
  /** Sentence provenance, in the same filter under its own domains (see wording.ts). */
  readonly wording: WordingIndex;

  constructor(opts: ProvenanceOptions = {}) {
    this.log2Bits = opts.log2Bits ?? 26;
    this.filter = new BloomFilter(this.log2Bits);
    this.wording = new WordingIndex(this.filter);
    this.maxHashes = opts.maxHashes ?? Infinity;
    this.maxGram = opts.maxGram ?? 12;
    this.maxTokens = opts.maxTokensPerText ?? 4_000;
  }

  /** The filter's bits and its size, for merging (see union). */
  exportBits(): { log2Bits: number; bits: Uint8Array } {
    return { log2Bits: this.log2Bits, bits: this.filter.raw };
  }

  /** Adds what another index recorded (from a worker thread or a map shard). */
  union(other: { log2Bits: number; bits: Uint8Array }): void {
    if (other.log2Bits !== this.log2Bits)
      throw new RangeError(`provenance filters differ in size: 2^${other.log2Bits} and 2^${this.log2Bits} bits`);
    this.filter.union(other.bits);
  }

  /** Distinct items recorded (approximately: a false positive is not counted). */
  get size(): number {
    return this.count;
  }

  /** Characters hashed so far: the work trust() did, for tests that bound it by the input's length. */
  hashedChars = 0;

  private add(domain: 'g' | 'u' | 'p', value: string): void {
    this.hashedChars += value.length;
    if (this.count >= this.maxHashes) {
      this.saturated = true;
      return;
    }
    if (this.filter.add(domain, value)) this.count++;
  }

  /**
   * Records a trusted text: its URLs, path suffixes, and the token runs that could be a command
   * (those starting where a command can start: other runs are never looked up).
   */
  trust(raw: string, opts: { commands?: boolean } = {}): void {
    if (this.saturated) return;
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
      if (opts.commands === false || !canStartCommand(tokens, i)) continue;
      // A command ends before an overlong token: no n-gram carries one, so each costs at most maxGram tokens of the cap.
      let gram = '';
      for (let n = 1; n <= this.maxGram && i + n <= tokens.length && tokens[i + n - 1]!.length <= MAX_TOKEN_CHARS; n++) {
        gram = n === 1 ? t : `${gram}\u0001${tokens[i + n - 1]!}`;
        this.add('g', gram);
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
      if (e.kind === 'user_prompt') {
        if (userTurn(session, e)) this.trust(e.text);
      } else if (e.kind === 'tool_call' && succeeded(e, i, events, okByCall)) {
        if (e.command) this.trust(e.command);
        // Other inputs (file contents an agent wrote, patterns, URLs) vouch for their paths and URLs only.
        const leaves: string[] = [];
        collectStrings(e.input, leaves);
        for (const s of leaves) if (s !== e.command) this.trust(s, { commands: false });
      }
    }
  }

  private known(domain: 'g' | 'u' | 'p', value: string): boolean {
    return this.filter.has(domain, value);
  }

  /** The commands, URLs and paths in `text` that this index does not trust, as readable labels. */
  untrusted(text: string): string[] {
    const claims = extractClaims(foldForChecks(text));
    const out: string[] = [];
    for (const c of claims.commands)
      if (c.length > this.maxGram || !this.known('g', c.join('\u0001'))) out.push(`command \`${c.join(' ')}\``);
    for (const u of claims.urls) if (!this.known('u', u)) out.push(`URL ${u}`);
    for (const p of claims.paths) if (!this.known('p', p)) out.push(`path ${p}`);
    return [...new Set(out)];
  }

  check(edit: Edit): string | undefined {
    const bad = [...new Set(writtenTexts(edit).flatMap((t) => this.untrusted(t)))];
    return bad.length > 0 ? untrustedReason(bad) : undefined;
  }
}

/** Every text an edit writes into memory: the entry, and the headings it places it under (created when missing). */
function writtenTexts(edit: Edit): string[] {
  const section = Array.isArray(edit.section) ? edit.section : [];
  return [edit.after, ...section].filter((t): t is string => typeof t === 'string');
}

function untrustedReason(bad: string[]): string {
  return `carries ${bad.slice(0, 3).join(', ')} that never appeared in the user's own words or a successful tool call`;
}

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
    // Memory files are small: a 512 KiB filter keeps the false positive rate negligible for them.
    idx = new ProvenanceIndex({ log2Bits: 22 });
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
  return bad.length > 0 ? untrustedReason([...new Set(bad)]) : undefined;
};

/** Every sentence an edit writes is the engine's own phrasing or the user's words (see wording.ts). */
export const wordingGuard: EditCheck = (edit: Edit, ctx: GuardContext) => {
  if (!ctx.provenance) return undefined;
  // The offline engine phrases every sentence from templates or the user's words; a model writes prose.
  return ctx.provenance.wording.check(edit, ctx.memory, ctx.engine === 'offline');
};

/** Entries keep no characters a reviewer cannot see, and no word hides a look-alike letter. */
export const unicodeGuard: EditCheck = (edit: Edit) => {
  for (const t of [...writtenTexts(edit), ...(typeof edit.toFile === 'string' ? [edit.toFile] : [])]) {
    const why = unicodeRefusal(t);
    if (why) return `entry ${why}`;
  }
  return undefined;
};
