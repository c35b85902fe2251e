/**
 * The Bloom filter the provenance index records into (provenance.ts, wording.ts): fixed size, so memory
 * does not grow with the corpus; merged across worker threads and map shards by a bitwise OR.
 */
export const PROBES = 10;

/**
 * What a key of a filter stands for: a command n-gram, URL, path, or (wording.ts) a user word run, all
 * in the trusted filter; or a word triple of an untrusted text, alone in the untrusted filter.
 */
export type Domain = 'g' | 'u' | 'p' | 'w' | 'x';

/** A filter's bits and size, as a worker or a map shard ships them. */
export interface FilterBits {
  log2Bits: number;
  bits: Uint8Array;
}

/**
 * A filter as the positions of its set bits, as a sparse map shard's filter is read (pipeline/digest-filter.ts):
 * merged bit by bit, so the reduce never expands a shard's filter to its bitmap (8 MiB, every shard at the end).
 */
export interface FilterPositions {
  log2Bits: number;
  positions: Iterable<number>;
}

/** Both filters of an index, to merge (see ProvenanceIndex.union). */
export interface ProvenanceBits {
  trusted: FilterBits;
  untrusted: FilterBits;
}

/** Both filters of another index in either form, to merge (ProvenanceIndex.union). */
export interface ProvenanceFilters {
  trusted: FilterBits | FilterPositions;
  untrusted: FilterBits | FilterPositions;
}

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
  /** Bits set, counted as they are set (and again after a union): the fill, without a scan. */
  private set = 0;
  /** The two hash lanes of the key being built (startKey, extendKey), and the probes' hashes made from them. */
  private a = 0;
  private b = 0;
  private h1 = 0;
  private h2 = 0;

  constructor(log2Bits: number) {
    if (!Number.isInteger(log2Bits) || log2Bits < 10 || log2Bits > 31)
      throw new RangeError(`log2Bits must be an integer in 10..31, got ${log2Bits}`);
    this.bits = new Uint8Array(2 ** (log2Bits - 3));
    this.mask = 2 ** log2Bits - 1;
  }

  /**
   * Starts the key (domain, value): the domain seeds the lanes, so domains never share a key, and the
   * value's UTF-16 code units run through them. extendKey then lengthens the key a part at a time, so
   * each n-gram of a command is hashed from the one before it instead of joined and hashed whole.
   */
  startKey(domain: Domain, value: string): void {
    const d = domain.charCodeAt(0);
    this.a = Math.imul(0xdeadbeef ^ d, 2654435761);
    this.b = Math.imul(0x41c6ce57 ^ d, 1597334677);
    this.extendKey(value);
  }

  /** Appends `value` to the key being built: the lanes then stand for the key with `value` at its end. */
  extendKey(value: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      a = Math.imul(a ^ c, 2654435761);
      b = Math.imul(b ^ c, 1597334677);
    }
    this.a = a;
    this.b = b;
  }

  /** Sets h1 and h2 from the lanes of the key built so far (the lanes stay, to be extended further). */
  private finishKey(): void {
    let a = this.a;
    let b = this.b;
    a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
    b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
    this.h1 = a >>> 0;
    this.h2 = (b | 1) >>> 0;
  }

  /** Adds the key; true when it was not (apparently) present before. */
  add(domain: Domain, value: string): boolean {
    this.startKey(domain, value);
    return this.addKey();
  }

  /** Adds the key built by startKey and extendKey; true when it was not (apparently) present before. */
  addKey(): boolean {
    this.finishKey();
    let fresh = false;
    for (let i = 0; i < PROBES; i++) {
      const b = (this.h1 + Math.imul(i, this.h2)) & this.mask;
      const byte = b >>> 3;
      const bit = 1 << (b & 7);
      if (!(this.bits[byte]! & bit)) {
        fresh = true;
        this.set++;
        this.bits[byte]! |= bit;
      }
    }
    return fresh;
  }

  has(domain: Domain, value: string): boolean {
    this.startKey(domain, value);
    this.finishKey();
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

  /** Share of the bits set: a lookup of a key never added passes with probability fill^10. */
  get fill(): number {
    return this.set / (this.mask + 1);
  }

  /**
   * Adds every value another filter of the same size holds. A union of Bloom filters is a bitwise OR,
   * so filters built over any split of the sessions merge to the same bits, in any order.
   */
  union(bits: Uint8Array): void {
    if (bits.length !== this.bits.length)
      throw new RangeError(`cannot merge a filter of ${bits.length} bytes into one of ${this.bits.length}`);
    let set = 0;
    for (let i = 0; i < bits.length; i++) set += BITS_IN[(this.bits[i]! |= bits[i]!)]!;
    this.set = set;
  }

  /** Adds the bits another filter of the same size sets, given as their positions (any order, repeats allowed). */
  unionPositions(positions: Iterable<number>): void {
    const size = this.mask + 1;
    for (const at of positions) {
      if (!Number.isInteger(at) || at < 0 || at >= size) throw new RangeError(`bit ${at} is outside a filter of ${size} bits`);
      const byte = at >>> 3;
      const bit = 1 << (at & 7);
      if (this.bits[byte]! & bit) continue;
      this.bits[byte]! |= bit;
      this.set++;
    }
  }
}

/** Bits set in each byte value. */
const BITS_IN = Uint8Array.from({ length: 256 }, (_, b) => {
  let n = 0;
  for (let x = b; x; x &= x - 1) n++;
  return n;
});
