/**
 * A shard's provenance filter as its digest carries it (digest.ts, DigestFilter): the bits, or where the
 * filter is sparse, the positions of its set bits, each as its distance from the one before (LEB128), gzipped.
 * A shard of 10,000 generated sessions sets 0.2% of the trusted filter's 2^26 bits: gzip made 326 KB of the
 * bitmap and makes 206 KB of the distances (the least any coding can make is some 178 KB). Whichever is
 * smaller is written, so a crowded filter costs no more than its bitmap did, and neither form inflates past
 * the bitmap's size (the reader's bound against a hostile digest). The distances are written in hex, not base64:
 * inside the digest's own gzip hex costs no more, and hex is what the secret scan knows for hashed bits (base64
 * of dense gzip output reads as a high-entropy key to it, which the sweep of every output channel would report).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FilterBits, FilterPositions } from '../guards/index.js';
import type { DigestFilter } from './digest.js';

// Level 6, not 9: on the 8 MiB filter 9 took 0.5-1 s of a 1,000-session shard's 4 s for a fifth fewer bytes.
export const GZIP_LEVEL = 6;

export function packFilter(f: FilterBits): DigestFilter {
  const gaps = setBitGaps(f.bits);
  if (gaps.length < f.bits.length) return { log2Bits: f.log2Bits, gaps: gzipSync(gaps, { level: GZIP_LEVEL }).toString('hex') };
  return { log2Bits: f.log2Bits, gzip: gzipSync(f.bits, { level: GZIP_LEVEL }).toString('base64') };
}

/**
 * The filter, of 2^size bits: its bitmap, or where the map wrote it sparse the positions of its set bits, read
 * as they are merged (a bitmap of each shard's sparse filter was 8 MiB more a shard, and the shards end together).
 * Throws on a filter of another size; the positions throw, as they are read, on distances that do not fit in it.
 */
export function unpackFilter(f: DigestFilter, size: number, what: string): FilterBits | FilterPositions {
  if (f.log2Bits !== size) throw new Error(`its ${what} filter has 2^${f.log2Bits} bits, this dream's 2^${size}`);
  const bytes = 2 ** (size - 3);
  // Sized before inflating: a hostile digest cannot make the reduce allocate more than its own filters.
  const raw = gunzipSync(f.gaps !== undefined ? Buffer.from(f.gaps, 'hex') : Buffer.from(f.gzip ?? '', 'base64'), {
    maxOutputLength: bytes,
  });
  // The inflated Buffer itself, not a copy: 8 MB more a filter.
  if (f.gaps === undefined) return { log2Bits: size, bits: raw };
  return { log2Bits: size, positions: fromGaps(raw, bytes * 8, what) };
}

/** LEB128 distances between set bits (the first from bit 0): at most one byte a bit past the first. */
function setBitGaps(bits: Uint8Array): Buffer {
  const out: number[] = [];
  let last = -1;
  for (let i = 0; i < bits.length; i++) {
    const byte = bits[i]!;
    if (byte === 0) continue;
    for (let b = 0; b < 8; b++) {
      if (!(byte & (1 << b))) continue;
      const at = i * 8 + b;
      let gap = at - last;
      last = at;
      while (gap >= 0x80) {
        out.push((gap & 0x7f) | 0x80);
        gap = Math.floor(gap / 0x80);
      }
      out.push(gap);
      // Past the bitmap's size the bitmap is written instead: stop counting.
      if (out.length >= bits.length) return Buffer.from(out);
    }
  }
  return Buffer.from(out);
}

function* fromGaps(gaps: Buffer, bits: number, what: string): Generator<number> {
  let at = -1;
  for (let i = 0; i < gaps.length;) {
    let gap = 0;
    let scale = 1;
    for (;;) {
      if (i >= gaps.length || scale > 2 ** 35) throw new Error(`its ${what} filter's positions are cut short`);
      const b = gaps[i++]!;
      gap += (b & 0x7f) * scale;
      scale *= 0x80;
      if (!(b & 0x80)) break;
    }
    at += gap;
    if (gap < 1 || at >= bits) throw new Error(`its ${what} filter's positions leave its ${bits} bits`);
    yield at;
  }
}
