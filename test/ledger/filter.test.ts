import { describe, expect, it } from 'vitest';
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
