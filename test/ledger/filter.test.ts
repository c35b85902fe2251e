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
  type Ledger,
} from '../../src/ledger/index.js';
import { segmentParams, type DreamedFilter } from '../../src/ledger/filter.js';

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

describe('the dreamed-keys filter', () => {
  // Eight full segments: about 65,000 sessions with their file keys.
  const SEGMENTS = 8;
  const full = emptyFilter();
  filterAdd(full, keys('in', SEGMENTS * SEGMENT_KEYS));

  it('makes each full segment tighter than the one before, so the rates sum under 2e-5 however many there are', () => {
    expect(full.segments).toHaveLength(SEGMENTS);
    const rates = segmentRates(full);
    // Equal segments would each be near 1e-5, and the sum near 8e-5.
    rates.forEach((r, i) => expect(r).toBeLessThan(1.25e-5 / 2 ** i));
    expect(rates.reduce((a, b) => a + b, 0)).toBeLessThan(2e-5);
    // The first segment keeps the parameters every ledger before this wrote, and names none of its own.
    expect(full.segments[0]!.bitsPerKey).toBeUndefined();
    expect(full.segments.slice(1).map((s) => s.bitsPerKey)).toEqual(
      Array.from({ length: SEGMENTS - 1 }, (_, i) => segmentParams(i + 1).bitsPerKey),
    );
  });

  it('answers "dreamed" for every key it holds, and rarely for others', () => {
    for (let i = 0; i < SEGMENTS * SEGMENT_KEYS; i += 7) expect(filterHas(full, `in-${i}`)).toBe(true);
    let hits = 0;
    const probes = 300_000;
    for (let i = 0; i < probes; i++) if (filterHas(full, `out-${i}`)) hits++;
    // Expected about 6 of 300,000 (2e-5); equal segments would give about 24.
    expect(hits).toBeLessThan(16);
  });

  it('stops tightening, so a segment stays bounded in size', () => {
    const last = segmentParams(24);
    expect(segmentParams(1_000)).toEqual(last);
    expect(last.bitsPerKey).toBeLessThanOrEqual(60);
    expect(last.hashes).toBe(Math.round(last.bitsPerKey * Math.LN2));
  });

  it('reads a ledger written before segments grew tighter, and tightens only the segments it adds', () => {
    const old: DreamedFilter = emptyFilter();
    filterAdd(old, keys('old', SEGMENT_KEYS));
    // What the older writer made of its second segment: the filter's own parameters, none named.
    const second = emptyFilter();
    filterAdd(second, keys('old2', 100));
    old.segments.push(second.segments[0]!);
    const ledger: Ledger = { ...emptyLedger(), dreamed: old };
    const loaded = loadLedger(serializeLedger(ledger), 'old-ledger.json');
    for (const k of [...keys('old', SEGMENT_KEYS), ...keys('old2', 100)]) expect(filterHas(loaded.dreamed, k)).toBe(true);
    filterAdd(loaded.dreamed!, keys('new', SEGMENT_KEYS));
    expect(loaded.dreamed!.segments.map((s) => s.bitsPerKey)).toEqual([undefined, undefined, segmentParams(2).bitsPerKey]);
    const again = loadLedger(serializeLedger(loaded), 'old-ledger.json');
    for (const k of [...keys('old', 50), ...keys('new', SEGMENT_KEYS)]) expect(filterHas(again.dreamed, k)).toBe(true);
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
