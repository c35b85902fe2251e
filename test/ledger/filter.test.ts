import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  emptyFilter,
  filterAdd,
  filterHas,
  loadLedger,
  mergeLedgers,
  emptyLedger,
  serializeLedger,
  SEGMENT_KEYS,
} from '../../src/ledger/index.js';
import { segmentBytes, segmentParams, type DreamedFilter } from '../../src/ledger/filter.js';

/** Set bits / bits of a segment, from its serialised bits. */
function fill(bits: string): number {
  const b = Buffer.from(bits, 'base64');
  let set = 0;
  for (const byte of b) for (let v = byte; v; v &= v - 1) set++;
  return set / (b.length * 8);
}

/** A lookup's false-positive rate in each segment as the bits stand: fill to the power of its hashes. */
function segmentRates(f: DreamedFilter): number[] {
  return f.segments.map((s) => fill(s.bits) ** (s.hashes ?? f.hashes));
}

const keys = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

/** Sets a key's bits in raw segment bits as the format says (see the format tests below), as an older writer did. */
function setByFormat(raw: Buffer, key: string, hashes: number): void {
  const d = createHash('sha256').update(key, 'utf8').digest();
  const h1 = d.readUInt32LE(0);
  const h2 = d.readUInt32LE(4) | 1;
  const bits = raw.length * 8;
  for (let i = 0; i < hashes; i++) {
    const p = ((h1 + Math.imul(i, h2)) >>> 0) % bits;
    raw[p >>> 3]! |= 1 << (p & 7);
  }
}

/** A full segment of `n` keys with the given parameters, written from the format alone. */
function segmentByFormat(ks: string[], bitsPerKey: number, hashes: number): Buffer {
  const raw = Buffer.alloc((SEGMENT_KEYS * bitsPerKey) / 8);
  for (const k of ks) setByFormat(raw, k, hashes);
  return raw;
}

describe('the dreamed-keys filter', () => {
  // Eight full segments: about 45,000 sessions with their file keys.
  const SEGMENTS = 8;
  const full = emptyFilter();
  filterAdd(full, keys('in', SEGMENTS * SEGMENT_KEYS));

  it('makes each full segment tighter than the one before, so the rates sum under 1e-9 however many there are', () => {
    expect(full.segments).toHaveLength(SEGMENTS);
    const rates = segmentRates(full);
    // Full, segment 0 answers wrongly about 4.1e-10 of the time, and each after it at most half the one before.
    rates.forEach((r, i) => expect(r).toBeLessThan(5e-10 / 2 ** i));
    expect(rates.reduce((a, b) => a + b, 0)).toBeLessThan(1e-9);
    // The first segment takes the filter's parameters and names none of its own; the others name theirs.
    expect(full.segments[0]!.bitsPerKey).toBeUndefined();
    expect(full.segments.slice(1).map((s) => s.bitsPerKey)).toEqual(
      Array.from({ length: SEGMENTS - 1 }, (_, i) => segmentParams(i + 1).bitsPerKey),
    );
  });

  it('answers "dreamed" for every key it holds, and for none of two million it never held', () => {
    for (let i = 0; i < SEGMENTS * SEGMENT_KEYS; i += 7) expect(filterHas(full, `in-${i}`)).toBe(true);
    // At under 1e-9 a lookup, a hit here has odds under 1 in 500; the filter before this (2e-5) gave about 40.
    // Keys of every shape a pass asks: session hashes, file marks by stat and by end blocks, blob ids.
    const hex = (i: number): string => createHash('sha1').update(String(i)).digest('hex');
    let hits = 0;
    for (let i = 0; i < 500_000; i++) {
      const h = hex(i);
      if (filterHas(full, h)) hits++;
      if (filterHas(full, `oid:${h}`)) hits++;
      if (filterHas(full, `stat:s/${i}.jsonl\u0000${i * 31}\u00001764914192577\u00001764914192577.5\u0000${i}`)) hits++;
      if (filterHas(full, `file:s/${i}.jsonl\u0000${i * 31}\u00001764914192577\u0000${h.slice(0, 16)}\u0000${h.slice(16)}`)) hits++;
    }
    expect(hits).toBe(0);
  });

  it('stops tightening, so a segment stays bounded in size, and no segment is a power of two bits long', () => {
    const last = segmentParams(12);
    expect(segmentParams(13)).toEqual(last);
    expect(segmentParams(1_000)).toEqual(last);
    expect(last.bitsPerKey).toBeLessThanOrEqual(63);
    for (let i = 0; i <= 12; i++) {
      const { bitsPerKey, hashes } = segmentParams(i);
      expect(hashes).toBe(Math.round(bitsPerKey * Math.LN2));
      // Probes are 32-bit sums taken modulo the segment's bits: a power of two would make them repeat.
      const bits = SEGMENT_KEYS * bitsPerKey;
      expect(bits & (bits - 1)).not.toBe(0);
    }
  });

  it('reads a ledger written before, segment by segment as it was written, and adds only tight segments to it', () => {
    // What the writer before this one made: 24 bits and 17 hashes named by the filter, 26 and 18 by its second segment.
    const first = keys('old', SEGMENT_KEYS);
    const second = keys('old2', 100);
    const old = {
      bitsPerKey: 24,
      hashes: 17,
      segments: [
        { keys: first.length, bits: segmentByFormat(first, 24, 17).toString('base64') },
        { keys: second.length, bits: segmentByFormat(second, 26, 18).toString('base64'), bitsPerKey: 26, hashes: 18 },
      ],
    };
    const text = serializeLedger({ ...emptyLedger(), dreamed: old });
    const loaded = loadLedger(text, 'old-ledger.json');
    // Unchanged: written back byte for byte.
    expect(serializeLedger(loaded)).toBe(text);
    for (const k of [...first, ...second]) expect(filterHas(loaded.dreamed, k)).toBe(true);
    filterAdd(loaded.dreamed!, keys('new', SEGMENT_KEYS));
    // The old segments keep their bits and parameters; the second fills up, and what is left begins a tight third.
    expect(loaded.dreamed!.segments[0]!.bits).toBe(old.segments[0]!.bits);
    expect(loaded.dreamed!.segments.map((s) => [s.bitsPerKey, s.hashes])).toEqual([
      [undefined, undefined],
      [26, 18],
      [segmentParams(2).bitsPerKey, segmentParams(2).hashes],
    ]);
    const again = loadLedger(serializeLedger(loaded), 'old-ledger.json');
    expect(again.dreamed).toMatchObject({ bitsPerKey: 24, hashes: 17 });
    for (const k of [...keys('old', 50), ...second, ...keys('new', SEGMENT_KEYS)]) expect(filterHas(again.dreamed, k)).toBe(true);
  });

  it('begins an old filter with no segments with the new parameters, named', () => {
    const old: DreamedFilter = { bitsPerKey: 24, hashes: 17, segments: [] };
    filterAdd(old, keys('k', 10));
    expect(old.segments[0]).toMatchObject(segmentParams(0));
    expect(Buffer.from(old.segments[0]!.bits, 'base64')).toHaveLength(segmentBytes(segmentParams(0).bitsPerKey));
    const loaded = loadLedger(serializeLedger({ ...emptyLedger(), dreamed: old }), 'ledger.json');
    for (const k of keys('k', 10)) expect(filterHas(loaded.dreamed, k)).toBe(true);
  });

  it("keeps each segment's parameters through a merge of two ledgers", () => {
    const a = emptyFilter();
    filterAdd(a, keys('a', SEGMENT_KEYS + 10));
    const b = emptyFilter();
    filterAdd(b, keys('b', 2 * SEGMENT_KEYS + 10));
    const merged = mergeLedgers({ ...emptyLedger(), dreamed: a }, { ...emptyLedger(), dreamed: b });
    expect(merged.dreamed!.segments).toHaveLength(5);
    const reloaded = loadLedger(serializeLedger(merged), 'merged.json');
    for (const k of [...keys('a', SEGMENT_KEYS + 10), ...keys('b', 2 * SEGMENT_KEYS + 10)])
      expect(filterHas(reloaded.dreamed, k)).toBe(true);
  });

  it('rejects a segment that names half of its parameters, naming the file and the segment', () => {
    const f = emptyFilter();
    filterAdd(f, keys('x', SEGMENT_KEYS + 1));
    const raw = JSON.parse(serializeLedger({ ...emptyLedger(), dreamed: f })) as { dreamed: { segments: Record<string, unknown>[] } };
    delete raw.dreamed.segments[1]!.hashes;
    expect(() => loadLedger(JSON.stringify(raw), '.dreaming/ledger.json')).toThrow(
      /^\.dreaming\/ledger\.json: "dreamed\.segments\[1\]" must hold both bitsPerKey and hashes/,
    );
    raw.dreamed.segments[1]!.hashes = 18;
    raw.dreamed.segments[1]!.bitsPerKey = 30;
    expect(() => loadLedger(JSON.stringify(raw), '.dreaming/ledger.json')).toThrow(
      /"dreamed\.segments\[1\]" must hold keys and 61440 bytes/,
    );
  });
});

describe("the filter's bit positions, as every ledger already committed has them", () => {
  // Written from the format, not from the code: key i sets bit (h1 + i * h2) mod the segment's bits, h1 and
  // h2 the first two little-endian 32-bit words of the key's sha256 (h2 odd). A lookup that decoded the hash
  // another way (another byte order, a signed word) would miss every key an older pass compacted.
  const positions = (key: string, bits: number, hashes: number): number[] => {
    const d = createHash('sha256').update(key, 'utf8').digest();
    const h1 = d.readUInt32LE(0);
    const h2 = d.readUInt32LE(4) | 1;
    return Array.from({ length: hashes }, (_, i) => ((h1 + Math.imul(i, h2)) >>> 0) % bits);
  };
  const set = (bits: string): number[] => {
    const b = Buffer.from(bits, 'base64');
    const on: number[] = [];
    for (let p = 0; p < b.length * 8; p++) if (b[p >>> 3]! & (1 << (p & 7))) on.push(p);
    return on;
  };

  it.each(['a3f1c2', 'stat:sessions/part-000/x.jsonl\u00000\u00001764914192577\u00001764914192577.1235\u000012345', 'oid:ÿé€ 😀'])(
    'sets exactly the positions sha256 gives for %j, and answers for them',
    (key) => {
      const f = emptyFilter();
      filterAdd(f, [key]);
      const bits = SEGMENT_KEYS * f.bitsPerKey;
      expect(set(f.segments[0]!.bits)).toEqual([...new Set(positions(key, bits, f.hashes))].sort((a, b) => a - b));
      expect(filterHas(f, key)).toBe(true);
    },
  );

  it('answers for a key whose bits an older pass set by the format, and not for another', () => {
    const f = emptyFilter();
    const bits = SEGMENT_KEYS * f.bitsPerKey;
    const raw = Buffer.alloc(bits / 8);
    for (const p of positions('sess-old', bits, f.hashes)) raw[p >>> 3]! |= 1 << (p & 7);
    f.segments.push({ keys: 1, bits: raw.toString('base64') });
    expect(filterHas(f, 'sess-old')).toBe(true);
    expect(filterHas(f, 'sess-new')).toBe(false);
  });
});
