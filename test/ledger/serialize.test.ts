import { describe, expect, it } from 'vitest';
import { loadLedger, reserializeLedger, serializeLedger, type Ledger } from '../../src/ledger/index.js';

/** Every object's keys sorted, by building sorted copies of everything: what the file must look like. */
function sortedCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortedCopy);
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) {
    const x = (v as Record<string, unknown>)[k];
    if (x !== undefined) out[k] = sortedCopy(x);
  }
  return out;
}
const expected = (l: Ledger): string => `${JSON.stringify(sortedCopy(l), null, 2)}\n`;

let seed = 0x2545f491;
function rand(n: number): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}
// Keys V8 enumerates before the others whatever the insertion order (array indices), and ones it does not.
const KEYS = ['0', '1', '2', '9', '10', '-1', '01', 'a', 'B', 'b', 'aa', 'z', 'é', 'p_1', 'p_10', 'p_9', 'sessions'];
const key = (): string => KEYS[rand(KEYS.length)]!;

function value(depth: number): unknown {
  const pick = rand(depth > 2 ? 3 : 6);
  if (pick === 0) return rand(100);
  if (pick === 1) return `s${rand(10)}`;
  if (pick === 2) return rand(4) === 0 ? undefined : null;
  if (pick === 3) return Array.from({ length: rand(4) }, () => value(depth + 1));
  const o: Record<string, unknown> = {};
  for (let i = rand(6); i > 0; i--) o[key()] = value(depth + 1);
  return o;
}

describe('serializeLedger', () => {
  it('sorts the keys of every object, whatever order they were added in, as a full sorted copy would', () => {
    for (let round = 0; round < 300; round++) {
      const l = { version: 1, sessions: {}, patterns: {}, entries: {}, edits: {} } as unknown as Record<string, unknown>;
      for (let i = rand(8); i > 0; i--) l[key()] = value(0);
      expect(serializeLedger(l as unknown as Ledger)).toBe(expected(l as unknown as Ledger));
    }
  });

  it('gives a ledger that was loaded sorted and then added to the same text as a full sorted copy', () => {
    const text = serializeLedger({
      version: 1,
      sessions: { b: { id: 'b', sourceFile: 'b.jsonl', dreamedAt: 't' }, a: { id: 'a', sourceFile: 'a.jsonl', dreamedAt: 't' } },
      patterns: {},
      entries: { e2: { hurt: 1, helped: 0, lastSeen: 't' } },
      edits: {},
    });
    const l = loadLedger(text, 'ledger.json');
    l.sessions['0'] = { id: '0', sourceFile: '0.jsonl', dreamedAt: 'u' };
    l.sessions['aa'] = { id: 'aa', sourceFile: 'aa.jsonl', dreamedAt: 'u' };
    l.entries['e1'] = { hurt: 0, helped: 2, lastSeen: 'u' };
    const out = serializeLedger(l);
    expect(out).toBe(expected(l));
    expect(Object.keys(loadLedger(out, 'x').sessions)).toEqual(['0', 'a', 'aa', 'b']);
    // The ledger itself is left as it was: only the text is sorted.
    expect(Object.keys(l.sessions)).toEqual(['0', 'a', 'b', 'aa']);
  });

  it('reserializeLedger gives the text serializeLedger gives, unless the previous text holds the same value', () => {
    const text = serializeLedger({
      version: 1,
      sessions: {},
      patterns: {},
      entries: { e: { hurt: 1, helped: 0, lastSeen: 't' } },
      edits: {},
    });
    const read = JSON.parse(JSON.stringify(text)) as string;
    const l = loadLedger(read, 'x');
    expect(reserializeLedger(l, read)).toBe(read);
    for (const other of [null, '', text.replace('"hurt": 1', '"hurt": 2')]) {
      expect(reserializeLedger(l, other)).toBe(text);
    }
    // The same value in another layout is kept as it is: nothing changed, so nothing is rewritten.
    for (const same of [text.slice(0, -1), `${text}\n`, JSON.stringify(JSON.parse(text))]) {
      expect(reserializeLedger(l, same)).toBe(same);
    }
    l.entries.e!.hurt = 3;
    expect(reserializeLedger(l, read)).toBe(serializeLedger(l));
    expect(reserializeLedger(l, read)).not.toBe(read);
  });
});
