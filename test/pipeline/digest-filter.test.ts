/**
 * A shard's provenance filter as the reduce merges it (src/pipeline/digest-filter.ts): a sparse one is read as the
 * positions of its set bits and merged bit by bit, never expanded to its bitmap, and either form merges to the bits
 * the map had.
 */
import { describe, expect, it } from 'vitest';
import { packFilter, unpackFilter } from '../../src/pipeline/digest-filter.js';
import { ProvenanceIndex } from '../../src/guards/index.js';

const sizes = { log2Bits: 20, untrustedLog2Bits: 12 };
const shard = (commands: number): ProvenanceIndex => {
  const p = new ProvenanceIndex(sizes);
  for (let i = 0; i < commands; i++) p.trust(`npm run task${i} --flag=${i % 7}`, { commands: true });
  return p;
};

describe("a shard's provenance filter, merged by the reduce", () => {
  it("reads a sparse filter as positions (no bitmap of its size) and a crowded one as its bitmap, each merging to the map's bits", () => {
    for (const [commands, form] of [
      [20, 'positions'],
      [60_000, 'bits'],
    ] as const) {
      const map = shard(commands);
      const { trusted, untrusted } = map.exportBits();
      const read = {
        trusted: unpackFilter(packFilter(trusted), 20, 'trusted'),
        untrusted: unpackFilter(packFilter(untrusted), 12, 'untrusted'),
      };
      expect(form in read.trusted).toBe(true);
      const reduce = shard(3);
      const single = shard(3);
      reduce.union(read);
      single.union(map.exportBits());
      expect(Buffer.from(reduce.exportBits().trusted.bits).equals(Buffer.from(single.exportBits().trusted.bits))).toBe(true);
      expect(reduce.fill).toEqual(single.fill);
      expect(reduce.fill.trusted).toBeGreaterThan(shard(3).fill.trusted);
    }
  });
});
