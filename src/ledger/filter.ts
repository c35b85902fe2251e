/**
 * The compacted part of the ledger: keys of sessions and files dreamed long ago, in a scalable Bloom
 * filter (a list of fixed-size segments, a new one begun when the last is full). A Bloom filter never
 * answers "not dreamed" for a key it holds, so compaction never causes a session to be dreamed and
 * counted twice; its error goes the other way, a new key taken as dreamed (a missed session, which
 * costs less than a double count). At 24 bits and 17 hashes a key, each segment's false-positive
 * rate is about 1e-5 when full, so a lookup's is under 1e-5 per segment: 1.3e-4 at 13 segments
 * (about 200,000 keys: 100,000 sessions and their files). Full segments never change again, so the
 * committed ledger's diff is one segment at most.
 */
import { hash } from 'node:crypto';

/** Keys per segment. */
export const SEGMENT_KEYS = 16_384;
const BITS_PER_KEY = 24;
const HASHES = 17;

interface FilterSegment {
  /** Keys added so far (at most SEGMENT_KEYS). */
  keys: number;
  /** SEGMENT_KEYS * bitsPerKey bits, base64. */
  bits: string;
}

export interface DreamedFilter {
  /** The filter's parameters, so a future change of them can tell old segments apart. */
  bitsPerKey: number;
  hashes: number;
  segments: FilterSegment[];
}

export const emptyFilter = (): DreamedFilter => ({ bitsPerKey: BITS_PER_KEY, hashes: HASHES, segments: [] });

/** Bit positions of a key: double hashing over two 32-bit halves of its sha256. */
function positions(key: string, bits: number, hashes: number): number[] {
  // The one-shot hash: a pass asks the filter once per unchanged file, and a Hash object cost more than hashing the key.
  const d = hash('sha256', key, 'buffer');
  const h1 = d.readUInt32LE(0);
  const h2 = d.readUInt32LE(4) | 1;
  const out: number[] = [];
  for (let i = 0; i < hashes; i++) out.push(((h1 + Math.imul(i, h2)) >>> 0) % bits);
  return out;
}

function hasAll(b: Buffer, pos: readonly number[]): boolean {
  // Indexed: a pass asks once per unchanged file, mostly before this is optimised, when for...of allocates per step.
  for (let i = 0; i < pos.length; i++) {
    const p = pos[i]!;
    if ((b[p >>> 3]! & (1 << (p & 7))) === 0) return false;
  }
  return true;
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

const segmentBits = (f: DreamedFilter): number => SEGMENT_KEYS * f.bitsPerKey;

export function filterHas(f: DreamedFilter | undefined, key: string): boolean {
  return f !== undefined && f.segments.length > 0 && holds(f, positions(key, segmentBits(f), f.hashes));
}

function holds(f: DreamedFilter, pos: readonly number[]): boolean {
  for (let i = 0; i < f.segments.length; i++) if (hasAll(bitsOf(f.segments[i]!), pos)) return true;
  return false;
}

/** Adds keys (those already answered "dreamed" are not added again, so counts stay honest). */
export function filterAdd(f: DreamedFilter, keys: Iterable<string>): void {
  const bits = segmentBits(f);
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
    const pos = positions(key, bits, f.hashes);
    if (holds(f, pos)) continue;
    if (!last || !buf || last.keys >= SEGMENT_KEYS) {
      flush();
      buf = Buffer.alloc(bits / 8);
      last = { keys: 0, bits: '' };
      f.segments.push(last);
      decoded.set(last, buf);
    }
    for (const p of pos) buf[p >>> 3]! |= 1 << (p & 7);
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
  for (const s of b.segments) if (!have.has(s.bits)) out.segments.push(structuredClone(s));
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
