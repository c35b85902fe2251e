import { describe, expect, it } from 'vitest';
import { BloomFilter } from '../../src/guards/bloom.js';

/** Keys shaped like what the indexes record: near-identical commands, paths and word runs, not random strings. */
const shapes: Record<string, (i: number, side: string) => string> = {
  numbered: (i, side) => `${side}-${i}`,
  command: (i, side) => `npm\u0001run\u0001${side}${i}`,
  path: (i, side) => `src/${side}/mod${i % 997}/file${Math.floor(i / 997)}.ts`,
  words: (i, side) => `${side} word${i & 1023} w${i >> 10}`,
};

describe('the provenance Bloom filter', () => {
  // Loaded to about 1% false positives, where a hash that spreads structured keys unevenly shows at once.
  const log2Bits = 20;
  const n = 100_000;
  const expected = (1 - Math.exp((-10 * n) / 2 ** log2Bits)) ** 10;

  for (const [shape, key] of Object.entries(shapes))
    it(`has the false positive rate its size promises on ${shape} keys`, () => {
      const f = new BloomFilter(log2Bits);
      for (let i = 0; i < n; i++) f.add('g', key(i, 'in'));
      for (let i = 0; i < n; i += 97) expect(f.has('g', key(i, 'in'))).toBe(true);
      const probes = 100_000;
      let absent = 0;
      let otherDomain = 0;
      for (let i = 0; i < probes; i++) {
        if (f.has('g', key(i, 'out'))) absent++;
        // The same text under another domain is another key: a path never vouches for a command.
        if (f.has('p', key(i % n, 'in'))) otherDomain++;
      }
      expect(absent / probes).toBeLessThan(expected * 1.3);
      expect(otherDomain / probes).toBeLessThan(expected * 1.3);
    });

  it('knows its fill, the share of bits set, as keys are added and after a union', () => {
    const popcount = (bits: Uint8Array): number => [...bits].reduce((n, byte) => n + byte.toString(2).replaceAll('0', '').length, 0);
    const [a, b] = [new BloomFilter(12), new BloomFilter(12)];
    for (let i = 0; i < 150; i++) a.add('g', shapes.command!(i, 'a'));
    for (let i = 0; i < 250; i++) b.add('w', shapes.words!(i, 'b'));
    expect(a.fill).toBeGreaterThan(0.2);
    expect(a.fill).toBe(popcount(a.raw) / 4096);
    expect(b.fill).toBe(popcount(b.raw) / 4096);
    a.union(b.raw);
    expect(a.fill).toBe(popcount(a.raw) / 4096);
    expect(a.fill).toBeGreaterThan(b.fill);
  });

  it("merges another filter given as its set bits' positions as a union of its bitmap does: same bits, same fill", () => {
    const [a, b] = [new BloomFilter(12), new BloomFilter(12)];
    for (let i = 0; i < 150; i++) a.add('g', shapes.command!(i, 'a'));
    for (let i = 0; i < 250; i++) b.add('w', shapes.words!(i, 'b'));
    const positions = [...b.raw].flatMap((byte, i) => [0, 1, 2, 3, 4, 5, 6, 7].filter((k) => byte & (1 << k)).map((k) => i * 8 + k));
    const [byBits, byPositions] = [new BloomFilter(12), new BloomFilter(12)];
    for (const f of [byBits, byPositions]) f.union(a.raw);
    byBits.union(b.raw);
    // Out of order and repeated: a bit already set is not counted again.
    byPositions.unionPositions([...positions].reverse().concat(positions.slice(0, 40)));
    expect([...byPositions.raw]).toEqual([...byBits.raw]);
    expect(byPositions.fill).toBe(byBits.fill);
    expect(byPositions.fill).toBeGreaterThan(a.fill);
    for (const bad of [-1, 4096 * 8, 1.5, NaN]) expect(() => new BloomFilter(12).unionPositions([3, bad])).toThrow(RangeError);
  });

  it('a key built a part at a time sets the bits of the whole key (command n-grams are hashed from the one before)', () => {
    const [whole, parts] = [new BloomFilter(12), new BloomFilter(12)];
    const tokens = ['npm', 'run', 'test', '--', '--watch=false', 'tést'];
    for (let n = 1; n <= tokens.length; n++) expect(whole.add('g', tokens.slice(0, n).join('\u0001'))).toBe(true);
    parts.startKey('g', tokens[0]!);
    expect(parts.addKey()).toBe(true);
    for (const t of tokens.slice(1)) {
      parts.extendKey('\u0001');
      parts.extendKey(t);
      expect(parts.addKey()).toBe(true);
    }
    expect([...parts.raw]).toEqual([...whole.raw]);
    expect(parts.addKey()).toBe(false);
    expect(parts.has('g', tokens.join('\u0001'))).toBe(true);
  });

  it('refuses a size it cannot hold', () => {
    expect(() => new BloomFilter(40)).toThrow(RangeError);
    expect(() => new BloomFilter(9.5)).toThrow(RangeError);
  });

  it('sets the same bits in every process: filters from workers and shards are OR-ed', () => {
    // Pinned: a change of the hash changes the bits map/reduce digests carry, so DIGEST_VERSION must move with it.
    const f = new BloomFilter(10);
    f.add('g', 'npm\u0001test');
    const set = [...f.raw].flatMap((byte, i) => [0, 1, 2, 3, 4, 5, 6, 7].filter((b) => byte & (1 << b)).map((b) => i * 8 + b));
    expect(set).toEqual(PINNED);
  });
});

const PINNED = [202, 230, 258, 465, 493, 728, 756, 963, 991, 1019];
