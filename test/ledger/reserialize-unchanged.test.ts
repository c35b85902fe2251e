/**
 * reserializeLedger keeps the text a pass read when the ledger still holds its value, decided by value
 * (src/ledger/same-value.ts), with no flag a writer must set. These tests change the ledger the ways the
 * pass's writers do (and ways none does yet) and require the new text each time: they fail if the
 * comparison misses any kind of change, or if "unchanged" is assumed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLedger, reserializeLedger, serializeLedger, type Ledger } from '../../src/ledger/index.js';
import { sameJsonValue } from '../../src/ledger/same-value.js';

let seed = 0x6d2b79f5;
function rand(n: number): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}

function sample(i: number) {
  return {
    sessionId: `s${i}`,
    agent: 'claude-code',
    summary: `sum ${i}`,
    evidence: [{ session: `s${i}`, file: `f${i}.jsonl`, line: i, quote: `q${i}` }],
  };
}

/** A ledger with every record a pass writes, as a pass would have written it. */
function ledgerText(): string {
  const l: Ledger = {
    version: 1,
    sessions: {},
    files: {},
    patterns: {},
    entries: { e1: { hurt: 1, helped: 0, lastSeen: '2026-01-01T00:00:00.000Z' } },
    edits: {
      d1: { op: 'add', file: 'CLAUDE.md', status: 'proposed', proposedAt: '2026-01-01', supportAtDecision: 3, sessions: ['s1', 's2'] },
    },
    dreamed: { bitsPerKey: 24, hashes: 17, segments: [] },
  };
  for (let i = 0; i < 40; i++) {
    l.sessions[`h${i}`] = { id: `s${i}`, sourceFile: `f${i}.jsonl`, dreamedAt: '2026-01-01T00:00:00.000Z' };
    l.files![`f${i}.jsonl`] = {
      size: 100 + i,
      mtimeMs: 1000 + i,
      bytes: 100 + i,
      lines: 3,
      head: 'aa',
      mark: 'bb',
      dreamedAt: 't',
      sessions: 1,
    };
  }
  for (let p = 0; p < 6; p++)
    l.patterns[`p${p}`] = {
      kind: 'error_then_fix',
      signature: `sig ${p}`,
      support: 2,
      agents: ['claude-code'],
      firstSeen: 't0',
      lastSeen: 't1',
      sessions: ['s1', 's2'],
      samples: [sample(p), sample(p + 1)],
    };
  return serializeLedger(l);
}

type Change = (l: Ledger) => void;
const anyOf = <T>(xs: T[]): T => xs[rand(xs.length)]!;

/** Changes that keep every record's member count, so only the value comparison can see them. */
const CHANGES: Change[] = [
  (l) => void (l.entries.e1!.hurt += 1),
  (l) => void (l.patterns[`p${rand(6)}`]!.samples![rand(2)]!.evidence[0]!.quote += 'x'),
  (l) => void l.patterns[`p${rand(6)}`]!.sessions.reverse(),
  (l) => void l.patterns[`p${rand(6)}`]!.agents.push('codex'),
  (l) => void (l.files![`f${rand(40)}.jsonl`]!.mtimeMs += 1),
  (l) => {
    // Same count of sessions: one out, one in.
    const k = `h${rand(40)}`;
    const s = l.sessions[k]!;
    delete l.sessions[k];
    l.sessions[`${k}x`] = s;
  },
  (l) => void (l.edits.d1!.status = 'rejected'),
  (l) => void (l.edits.d1!.rejectedAt = 't2'),
  (l) => void delete l.edits.d1!.sessions,
  (l) => void (l.dreamed!.bitsPerKey = 25),
  (l) => void (l.sessions[anyOf(Object.keys(l.sessions))]!.createdAt = 't3'),
  (l) => void (l.patterns[`p${rand(6)}`]!.support = 2.5),
  (l) => void (l.efficacy = {}),
];

describe('reserializeLedger, a ledger compared by value with the text it was read from', () => {
  it('keeps the very text read when no writer changed the ledger', () => {
    const text = ledgerText();
    const l = loadLedger(text, 'ledger.json');
    // Writers that run every pass and, with nothing new, write what was there.
    l.entries.e1!.hurt = l.entries.e1!.hurt + 0;
    l.sessions.h1 = { ...l.sessions.h1! };
    expect(reserializeLedger(l, text)).toBe(text);
  });

  it('gives the new text after any change, wherever it is and whichever reference made it', () => {
    for (let round = 0; round < 200; round++) {
      const text = ledgerText();
      const l = loadLedger(text, 'ledger.json');
      const held = l.patterns.p0!; // a reference taken before the change, as a writer holds one
      // One change (two could undo each other), or one made through a reference taken before.
      if (rand(5) === 0) held.firstSeen = 'changed through an old reference';
      else anyOf(CHANGES)(l);
      const out = reserializeLedger(l, text);
      expect(out).toBe(serializeLedger(l));
      // Every change above changes the value: the kept text would have been stale.
      expect(out).not.toBe(text);
    }
  });

  it('gives byte for byte what serialising gives, for any sequence of changes and no changes', () => {
    for (let round = 0; round < 200; round++) {
      const text = ledgerText();
      const l = loadLedger(text, 'ledger.json');
      if (rand(3) > 0) anyOf(CHANGES)(l);
      expect(reserializeLedger(l, text)).toBe(serializeLedger(l));
    }
  });

  describe("the pass's stamp", () => {
    const STAMP = '2026-12-05T03:00:00.000Z';
    afterEach(() => vi.restoreAllMocks());
    /** A pass's records past the caps: one file mark and one session in, the oldest out, so the counts stay. */
    const recordPastCaps = (l: Ledger, stamp: string): void => {
      delete l.files!['f0.jsonl'];
      l.files!['f99.jsonl'] = { size: 1, mtimeMs: 1, bytes: 1, lines: 1, head: 'cc', mark: 'dd', dreamedAt: stamp, sessions: 1 };
      delete l.sessions.h0;
      l.sessions.h99 = { id: 's99', sourceFile: 'f99.jsonl', dreamedAt: stamp };
    };

    it('settles a changed ledger without parsing the text again, when the text holds no such time', () => {
      const text = ledgerText();
      const l = loadLedger(text, 'ledger.json');
      recordPastCaps(l, STAMP);
      const parse = vi.spyOn(JSON, 'parse');
      const out = reserializeLedger(l, text, STAMP);
      expect(parse).not.toHaveBeenCalled();
      expect(out).toBe(serializeLedger(l));
    });

    it('proves nothing when the text holds the time, escapes characters or the ledger holds no record stamped with it', () => {
      // The time already in the text (a pass at the same instant), a \u escape that could spell it, no stamped record:
      // the value comparison decides, and it still sees the change or its absence.
      const withTime = ledgerText().replace('"dreamedAt": "t"', `"dreamedAt": "${STAMP}"`);
      const escaped = ledgerText().replace('"sum 0"', '"sum \\u0030"');
      for (const text of [withTime, escaped]) {
        const l = loadLedger(text, 'ledger.json');
        recordPastCaps(l, STAMP);
        const parse = vi.spyOn(JSON, 'parse');
        expect(reserializeLedger(l, text, STAMP)).toBe(serializeLedger(l));
        expect(parse).toHaveBeenCalled();
        vi.restoreAllMocks();
      }
      const text = ledgerText();
      const unchanged = loadLedger(text, 'ledger.json');
      expect(reserializeLedger(unchanged, text, STAMP)).toBe(text);
      const other = loadLedger(text, 'ledger.json');
      recordPastCaps(other, 'yesterday');
      expect(reserializeLedger(other, text, STAMP)).toBe(serializeLedger(other));
    });
  });

  it('sees members added and dropped that JSON writes differently, and values JSON would rewrite', () => {
    expect(sameJsonValue({ a: 1 }, { a: 1 })).toBe(true);
    expect(sameJsonValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameJsonValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJsonValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJsonValue({ a: NaN }, { a: NaN })).toBe(false);
    expect(sameJsonValue({ a: new Date(0) }, { a: new Date(0) })).toBe(false);
    expect(sameJsonValue([{}], [[]])).toBe(false);
    expect(sameJsonValue({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameJsonValue({ a: null }, { a: {} })).toBe(false);
  });
});
