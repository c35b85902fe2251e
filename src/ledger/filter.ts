/**
 * The compacted part of the ledger: keys of sessions and files dreamed long ago, in a scalable Bloom
 * filter (a list of fixed-size segments, a new one begun when the last is full). A Bloom filter never
 * answers "not dreamed" for a key it holds, so compaction never causes a session to be dreamed and
 * counted twice; its error goes the other way, a new key taken as dreamed: a new file or session
 * skipped silently, its evidence lost and never reported. So that error is made negligible by design.
 *
 * A lookup can be wrong in any segment, so with equal segments its false-positive rate would grow with
 * their number. Each segment is therefore tighter than the one before, as in Almeida et al.'s scalable
 * Bloom filters: segment i has 45 + ceil(1.44 i) bits a key (1.44 bits halve a Bloom filter's rate) and
 * k = round(bits * ln 2) hashes. Full, segment 0 (45 bits, 31 hashes) answers wrongly with probability
 * (1 - e^(-31/45))^31 = 0.4979^31 = 4.1e-10, and segment i with at most 4.1e-10 / 2^i (k rounds down
 * or up), so the sum over the first 13 segments is 7.4e-10 a lookup (under 2 * 4.1e-10). The
 * tightening stops at segment 12 (63 bits, 44 hashes, 7.2e-14 a segment), so a segment's size stays
 * bounded and the filter's linear in its keys; the sum stays under 1e-9 for 3,600 more segments (59
 * million keys). A new file asks up to two keys and its session one: under 3e-9 that a new file or its
 * session is skipped, against about 6e-5 before.
 * (No segment has 64 bits a key: 16,384 * 64 bits is a power of two, where the probes' 32-bit sums
 * would repeat modulo the segment's size and pairs of keys share every probe far more often.)
 *
 * Ledgers written before kept 24 bits a key in their first segment (24 + ceil(1.44 i) in the others,
 * about 1e-5 / 2^i, 2e-5 in all): those segments keep their parameters, named in the filter or in the
 * segment, and are read as they were written; only the segments a pass adds take the new ones. Full
 * segments never change again, so the committed ledger's diff is one segment at most.
 */
import { hash } from 'node:crypto';

/** Keys per segment. */
export const SEGMENT_KEYS = 16_384;
/** Bits a key of the first segment (see above). */
const BITS_PER_KEY = 45;
/** Segments past this one are as tight as it is. */
const LAST_TIGHTER = 12;

interface FilterSegment {
  /** Keys added so far (at most SEGMENT_KEYS). */
  keys: number;
  /** SEGMENT_KEYS * bitsPerKey bits, base64. */
  bits: string;
  /** This segment's parameters, where they are not the filter's own (every segment after the first). */
  bitsPerKey?: number;
  hashes?: number;
}

export interface DreamedFilter {
  /**
   * The parameters of segments that name none of their own: the first segment, and every segment of a
   * ledger written before segments grew tighter.
   */
  bitsPerKey: number;
  hashes: number;
  segments: FilterSegment[];
}

/** Bits a key and hashes of the segment begun at index i. */
export function segmentParams(i: number): { bitsPerKey: number; hashes: number } {
  const bitsPerKey = BITS_PER_KEY + Math.ceil(1.44 * Math.min(i, LAST_TIGHTER));
  return { bitsPerKey, hashes: Math.round(bitsPerKey * Math.LN2) };
}

export const emptyFilter = (): DreamedFilter => ({ ...segmentParams(0), segments: [] });

const bitsPerKeyOf = (f: DreamedFilter, s: FilterSegment): number => s.bitsPerKey ?? f.bitsPerKey;
const hashesOf = (f: DreamedFilter, s: FilterSegment): number => s.hashes ?? f.hashes;
/** Bytes of a segment's bits. */
export const segmentBytes = (bitsPerKey: number): number => (SEGMENT_KEYS * bitsPerKey) / 8;

/** A key's two 32-bit hashes (double hashing: probe i is h1 + i * h2), from its sha256. */
interface KeyHash {
  h1: number;
  h2: number;
}
function keyHash(key: string): KeyHash {
  // The one-shot hash: a pass asks the filter once per unchanged file, and a Hash object cost more than hashing the key.
  // As a 'binary' (latin1) string, one character per byte, not a Buffer: a Buffer per key is an off-heap allocation,
  // and 8,000 compacted files asked in a pass with nothing new cost 52-56 ms that way against 17-22 ms.
  const d = hash('sha256', key, 'binary');
  return { h1: uint32At(d, 0), h2: uint32At(d, 4) | 1 };
}

/** The unsigned little-endian 32-bit integer at byte `at` of a latin1 digest (what Buffer#readUInt32LE reads). */
const uint32At = (d: string, at: number): number =>
  (d.charCodeAt(at) | (d.charCodeAt(at + 1) << 8) | (d.charCodeAt(at + 2) << 16) | (d.charCodeAt(at + 3) << 24)) >>> 0;

function hasAll(b: Buffer, k: KeyHash, bits: number, hashes: number): boolean {
  for (let i = 0; i < hashes; i++) {
    const p = ((k.h1 + Math.imul(i, k.h2)) >>> 0) % bits;
    if ((b[p >>> 3]! & (1 << (p & 7))) === 0) return false;
  }
  return true;
}

function setAll(b: Buffer, k: KeyHash, bits: number, hashes: number): void {
  for (let i = 0; i < hashes; i++) {
    const p = ((k.h1 + Math.imul(i, k.h2)) >>> 0) % bits;
    b[p >>> 3]! |= 1 << (p & 7);
  }
}

/** Decoded segments, cached per filter object so a pass decodes each segment once. */
const decoded = new WeakMap<FilterSegment, Buffer>();
function bitsOf(s: FilterSegment): Buffer {
  let b = decoded.get(s);
  if (!b) {
    b = Buffer.from(s.bits, 'base64');
    decoded.set(s, b);
  }
  return b;
}

export function filterHas(f: DreamedFilter | undefined, key: string): boolean {
  return f !== undefined && f.segments.length > 0 && holds(f, keyHash(key));
}

function holds(f: DreamedFilter, k: KeyHash): boolean {
  for (let i = 0; i < f.segments.length; i++) {
    const s = f.segments[i]!;
    if (hasAll(bitsOf(s), k, SEGMENT_KEYS * bitsPerKeyOf(f, s), hashesOf(f, s))) return true;
  }
  return false;
}

/** Adds keys (those already answered "dreamed" are not added again, so counts stay honest). */
export function filterAdd(f: DreamedFilter, keys: Iterable<string>): void {
  let last = f.segments[f.segments.length - 1];
  // A copy that filterHas below reads too, so keys repeated within this call are added once.
  let buf = last ? Buffer.from(bitsOf(last)) : undefined;
  if (last && buf) decoded.set(last, buf);
  const flush = (): void => {
    if (last && buf) {
      last.bits = buf.toString('base64');
      decoded.set(last, buf);
    }
  };
  for (const key of keys) {
    // Hashed once for the question and the answer: compaction adds every key a pass lists past the caps.
    const k = keyHash(key);
    if (holds(f, k)) continue;
    if (!last || !buf || last.keys >= SEGMENT_KEYS) {
      flush();
      const params = segmentParams(f.segments.length);
      // A segment names its parameters where they are not the filter's: in a new filter, every one but the
      // first; in a ledger written before, every one it adds (even a first, where its filter names old ones).
      const own = params.bitsPerKey === f.bitsPerKey && params.hashes === f.hashes;
      last = own ? { keys: 0, bits: '' } : { keys: 0, bits: '', ...params };
      buf = Buffer.alloc(segmentBytes(bitsPerKeyOf(f, last)));
      f.segments.push(last);
      decoded.set(last, buf);
    }
    setAll(buf, k, SEGMENT_KEYS * bitsPerKeyOf(f, last), hashesOf(f, last));
    last.keys++;
  }
  flush();
}

/** The union of two filters: segments both hold are kept once. Neither input is modified. */
export function filterUnion(a: DreamedFilter | undefined, b: DreamedFilter | undefined): DreamedFilter | undefined {
  if (!a || a.segments.length === 0) return b && structuredClone(b);
  if (!b || b.segments.length === 0) return structuredClone(a);
  const out = structuredClone(a);
  const have = new Set(out.segments.map((s) => s.bits));
  for (const s of b.segments) {
    if (have.has(s.bits)) continue;
    const own = { bitsPerKey: bitsPerKeyOf(b, s), hashes: hashesOf(b, s) };
    // A segment that took its parameters from b's filter names them where out's filter would read others.
    const same = own.bitsPerKey === out.bitsPerKey && own.hashes === out.hashes;
    out.segments.push(same ? structuredClone(s) : { ...structuredClone(s), ...own });
  }
  return out;
}

/** True when every segment of `of` is in `f` (so `f` answers "dreamed" for every key `of` does). */
export function filterCovers(f: DreamedFilter | undefined, of: DreamedFilter | undefined): boolean {
  if (!of || of.segments.length === 0) return true;
  const have = new Set((f?.segments ?? []).map((s) => s.bits));
  return of.segments.every((s) => have.has(s.bits));
}

/**
 * A serialised ledger as the secret scan should read it: the filter segments' bits blanked. They are
 * hashed bits in base64, no text, and past about 10,000 keys their entropy trips the high-entropy rule
 * (which refused every pass of a corpus that size). Only a `"bits"` value of base64 characters is
 * blanked: everything else, and the line structure, is scanned as written.
 */
export function ledgerTextToScan(text: string): string {
  return text.replace(/("bits":\s*")[A-Za-z0-9+/]*={0,2}"/g, '$1"');
}

/** ledgerTextToScan of one line of the ledger's text, for the line-by-line scans (serializeLedger writes a bits value on one line). */
export function ledgerLineToScan(line: string): string {
  return line.includes('"bits"') ? ledgerTextToScan(line) : line;
}

/**
 * How the secret scans read a ledger's text (guards' ScanOptions): the filter bits left out, and each
 * distinct line once, since serializeLedger writes every value on one line of its own.
 */
export const LEDGER_SCAN = { view: ledgerLineToScan, linesStandAlone: true } as const;
