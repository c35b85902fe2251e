import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  compactLedger,
  emptyLedger,
  filterAdd,
  filterHas,
  emptyFilter,
  isDreamed,
  loadLedger,
  mergeLedgers,
  recordSessions,
  serializeLedger,
  hasAllSessions,
  withoutPending,
  SEGMENT_KEYS,
  type Ledger,
} from '../../src/ledger/index.js';

const hashOf = (s: string): string => createHash('sha256').update(s).digest('hex');
const day = (n: number): string => new Date(Date.UTC(2026, 0, 1 + n)).toISOString();

/** A ledger that dreamed `n` sessions, one pass a day, `perPass` at a time. */
function dreamedLedger(n: number, perPass: number, prefix = 's'): { ledger: Ledger; keys: string[] } {
  const ledger = emptyLedger();
  const keys: string[] = [];
  for (let i = 0; i < n; i += perPass) {
    const batch = Array.from({ length: Math.min(perPass, n - i) }, (_, j) => ({
      id: `${prefix}${i + j}`,
      contentHash: hashOf(`${prefix}${i + j}`),
      sourceFile: `t/${prefix}${i + j}.jsonl`,
    }));
    recordSessions(ledger, batch, day(i / perPass));
    keys.push(...batch.map((b) => b.contentHash));
  }
  return { ledger, keys };
}

describe('ledger compaction', () => {
  it('keeps answering "dreamed" for every compacted session, across serialisation', () => {
    const { ledger, keys } = dreamedLedger(300, 20);
    const moved = compactLedger(ledger, { maxSessions: 50 });
    expect(moved).toBe(250);
    expect(Object.keys(ledger.sessions)).toHaveLength(50);
    // The newest stay listed: the last passes' sessions.
    expect(Object.values(ledger.sessions).every((s) => s.dreamedAt >= day(12))).toBe(true);
    const reloaded = loadLedger(serializeLedger(ledger), 'ledger.json');
    for (const k of keys) expect(isDreamed(reloaded, k)).toBe(true);
    // Serialising again changes nothing: the filter round-trips byte for byte.
    expect(serializeLedger(reloaded)).toBe(serializeLedger(ledger));
  });

  it('keeps sessions an open PR cites listed, so they can still be removed and dreamed again', () => {
    const { ledger, keys } = dreamedLedger(100, 10);
    compactLedger(ledger, { maxSessions: 10, keep: new Set(['s0', 's1']) });
    expect(Object.values(ledger.sessions).map((s) => s.id)).toEqual(expect.arrayContaining(['s0', 's1']));
    const without = withoutPending(ledger, { sessionIds: ['s0'], editIds: [] });
    expect(isDreamed(without, keys[0]!)).toBe(false);
    expect(isDreamed(without, keys[1]!)).toBe(true);
  });

  it('has a false-positive rate near the documented 1e-5 per segment when full', () => {
    const f = emptyFilter();
    filterAdd(
      f,
      Array.from({ length: SEGMENT_KEYS }, (_, i) => `in-${i}`),
    );
    expect(f.segments).toHaveLength(1);
    expect(f.segments[0]!.keys).toBe(SEGMENT_KEYS);
    let hits = 0;
    const probes = 200_000;
    for (let i = 0; i < probes; i++) if (filterHas(f, `out-${i}`)) hits++;
    // Expected about 2 of 200,000; 20 would be ten times the documented rate.
    expect(hits).toBeLessThan(20);
    for (let i = 0; i < SEGMENT_KEYS; i += 97) expect(filterHas(f, `in-${i}`)).toBe(true);
  });

  it("merges two compacted copies without losing either one's sessions", () => {
    const a = dreamedLedger(120, 30, 'a');
    const b = dreamedLedger(90, 30, 'b');
    compactLedger(a.ledger, { maxSessions: 20 });
    compactLedger(b.ledger, { maxSessions: 20 });
    const merged = mergeLedgers(a.ledger, b.ledger);
    for (const k of [...a.keys, ...b.keys]) expect(isDreamed(merged, k)).toBe(true);
    expect(hasAllSessions(merged, a.ledger)).toBe(true);
    expect(hasAllSessions(merged, b.ledger)).toBe(true);
    expect(hasAllSessions(a.ledger, b.ledger)).toBe(false);
  });

  it('loads a ledger written before compaction existed, and compacts it on the next pass', () => {
    const old = {
      version: 1,
      sessions: Object.fromEntries(
        Array.from({ length: 30 }, (_, i) => [hashOf(`o${i}`), { id: `o${i}`, sourceFile: `o${i}.jsonl`, dreamedAt: day(i) }]),
      ),
      patterns: {},
      entries: {},
      edits: {},
    };
    const l = loadLedger(JSON.stringify(old), 'old.json');
    expect(l.dreamed).toBeUndefined();
    compactLedger(l, { maxSessions: 5 });
    for (let i = 0; i < 30; i++) expect(isDreamed(l, hashOf(`o${i}`))).toBe(true);
    expect(Object.keys(l.sessions)).toHaveLength(5);
  });

  it('rejects a damaged filter with an error naming the file', () => {
    const { ledger } = dreamedLedger(40, 10);
    compactLedger(ledger, { maxSessions: 5 });
    const raw = JSON.parse(serializeLedger(ledger));
    raw.dreamed.segments[0].bits = 'AAAA';
    expect(() => loadLedger(JSON.stringify(raw), '.dreaming/ledger.json')).toThrow(/\.dreaming\/ledger\.json: "dreamed\.segments\[0\]"/);
  });

  it('stays small: bytes per session fall as sessions compact', () => {
    const { ledger } = dreamedLedger(20_000, 1_000);
    const listed = serializeLedger(ledger).length / 20_000;
    compactLedger(ledger);
    const compacted = serializeLedger(ledger).length / 20_000;
    expect(compacted).toBeLessThan(listed / 3);
  });
});
