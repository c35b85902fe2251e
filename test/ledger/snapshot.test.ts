import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  compactLedger,
  emptyLedger,
  filterHas,
  isDreamed,
  ledgerSnapshot,
  loadLedger,
  recordSessions,
  serializeLedger,
  type Ledger,
} from '../../src/ledger/index.js';

const hashOf = (s: string): string => createHash('sha256').update(s).digest('hex');
const session = (i: number) => ({ id: `s${i}`, contentHash: hashOf(`s${i}`), sourceFile: `t/s${i}.jsonl` });
const mark = { size: 10, mtimeMs: 1, bytes: 10, lines: 1, head: 'h', mark: 'm', dreamedAt: '2026-01-01T00:00:00.000Z', sessions: 1 };

/** A ledger whose filter holds s0..s29 and whose lists hold s30..s39 and files f0..f9. */
function ledgerWithFilter(): Ledger {
  const l = emptyLedger();
  recordSessions(
    l,
    Array.from({ length: 40 }, (_, i) => session(i)),
    '2026-01-01T00:00:00.000Z',
  );
  compactLedger(l, { maxSessions: 10 });
  l.files = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`f${i}.jsonl`, { ...mark }]));
  return l;
}

describe('ledgerSnapshot', () => {
  it('answers as the ledger did when taken, whatever is recorded and compacted into the ledger after', () => {
    const l = ledgerWithFilter();
    const before = serializeLedger(l);
    const snap = ledgerSnapshot(l);
    recordSessions(
      l,
      Array.from({ length: 20 }, (_, i) => session(100 + i)),
      '2026-01-02T00:00:00.000Z',
    );
    l.files!['f0.jsonl'] = { ...mark, size: 99 };
    l.files!['new.jsonl'] = { ...mark };
    compactLedger(l, { maxSessions: 5, maxFiles: 3 });

    expect(serializeLedger(snap)).toBe(before);
    // Sessions listed when the snapshot was taken and compacted since went into the ledger's last filter segment only.
    const moved = Object.keys(snap.sessions).filter((k) => !(k in l.sessions));
    expect(moved.length).toBeGreaterThan(0);
    for (const k of moved) {
      expect(filterHas(l.dreamed, k)).toBe(true);
      expect(filterHas(snap.dreamed, k)).toBe(false);
      expect(isDreamed(snap, k)).toBe(true);
    }
    expect(isDreamed(l, session(100).contentHash)).toBe(true);
    expect(isDreamed(snap, session(100).contentHash)).toBe(false);
    expect(snap.files?.['f0.jsonl']?.size).toBe(10);
    expect(snap.files?.['new.jsonl']).toBeUndefined();
  });
});

describe("ledgerSnapshot's copies of the records", () => {
  it('hold the same members in the same order as the ledger, a member named __proto__ included', () => {
    // As a ledger file parses: JSON.parse makes `__proto__` an own member, which copying by assignment would drop.
    const text = JSON.stringify({
      version: 1,
      sessions: { b: { id: 'b', sourceFile: 'x', dreamedAt: 't' }, a: { id: 'a', sourceFile: 'y', dreamedAt: 't' } },
      files: { 'z.jsonl': mark, ['__proto__']: mark, 'a.jsonl': mark },
      patterns: {},
      entries: {},
      edits: {},
    });
    const l = loadLedger(text, 'ledger.json');
    const snap = ledgerSnapshot(l);
    expect(Object.keys(snap.files!)).toEqual(['z.jsonl', '__proto__', 'a.jsonl']);
    expect(Object.getPrototypeOf(snap.files)).toBe(Object.prototype);
    expect(JSON.stringify(snap.files)).toBe(JSON.stringify(l.files));
    expect(Object.keys(snap.sessions)).toEqual(['b', 'a']);
    expect(snap.files).not.toBe(l.files);
  });
});
