import { describe, expect, it } from 'vitest';
import {
  emptyLedger,
  loadLedger,
  mergeLedgers,
  reconcileLedgers,
  serializeLedger,
  withoutPending,
  type Ledger,
  type LedgerEdit,
} from '../../src/ledger/index.js';

const session = (id: string, at = '2026-11-01T00:00:00.000Z') => ({ id, sourceFile: `.dreaming/sessions/${id}.jsonl`, dreamedAt: at });
const pattern = (support: number, lastSeen: string, sessions: string[]) => ({
  kind: 'user-correction',
  signature: 'use npm not yarn',
  support,
  agents: ['claude-code'],
  firstSeen: '2026-11-01T00:00:00.000Z',
  lastSeen,
  sessions,
});
const edit = (status: LedgerEdit['status'], proposedAt: string, rejectedAt?: string): LedgerEdit => ({
  op: 'add',
  file: 'CLAUDE.md',
  status,
  proposedAt,
  supportAtDecision: 2,
  ...(rejectedAt ? { rejectedAt } : {}),
});
function ledger(part: Partial<Ledger>): Ledger {
  return { ...emptyLedger(), ...part };
}

describe('mergeLedgers', () => {
  it('keeps every session of both, the first dreamedAt when both have one, and modifies neither input', () => {
    const a = ledger({ sessions: { h1: session('s1', '2026-11-02T00:00:00.000Z'), h2: session('s2') } });
    const b = ledger({ sessions: { h1: session('s1', '2026-11-01T00:00:00.000Z'), h3: session('s3') } });
    const before = serializeLedger(a);
    const m = mergeLedgers(a, b);
    expect(Object.keys(m.sessions).sort()).toEqual(['h1', 'h2', 'h3']);
    expect(m.sessions.h1!.dreamedAt).toBe('2026-11-01T00:00:00.000Z');
    expect(serializeLedger(a)).toBe(before);
    expect(Object.keys(b.sessions)).toEqual(['h1', 'h3']);
  });

  it('takes the pattern with the higher support, on a tie the one seen last, whichever side it is on', () => {
    const low = ledger({
      patterns: { p: pattern(2, '2026-11-05T00:00:00.000Z', ['s1', 's2']), q: pattern(3, '2026-11-01T00:00:00.000Z', ['s1']) },
    });
    const high = ledger({
      patterns: { p: pattern(3, '2026-11-02T00:00:00.000Z', ['s1', 's2', 's3']), q: pattern(3, '2026-11-09T00:00:00.000Z', ['s9']) },
    });
    for (const m of [mergeLedgers(low, high), mergeLedgers(high, low)]) {
      expect(m.patterns.p!.support).toBe(3);
      expect(m.patterns.p!.sessions).toEqual(['s1', 's2', 's3']);
      expect(m.patterns.q!.lastSeen).toBe('2026-11-09T00:00:00.000Z');
    }
  });

  it('unions edits by id with the latest decision: a rejection beats its proposal, a later re-proposal beats the rejection', () => {
    const proposed = ledger({
      edits: {
        e1: edit('proposed', '2026-11-01T00:00:00.000Z'),
        e2: edit('rejected', '2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z'),
        e3: edit('proposed', '2026-11-03T00:00:00.000Z'),
      },
    });
    const rejected = ledger({
      edits: {
        e1: edit('rejected', '2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z'),
        e2: edit('proposed', '2026-11-05T00:00:00.000Z'),
        e4: edit('proposed', '2026-11-04T00:00:00.000Z'),
      },
    });
    for (const m of [mergeLedgers(proposed, rejected), mergeLedgers(rejected, proposed)]) {
      expect(m.edits.e1!.status).toBe('rejected');
      expect(m.edits.e2!.status).toBe('proposed');
      expect(Object.keys(m.edits).sort()).toEqual(['e1', 'e2', 'e3', 'e4']);
    }
    // Same moment on both sides: the reviewer's rejection stands.
    const tieA = ledger({ edits: { e: edit('proposed', '2026-11-01T00:00:00.000Z') } });
    const tieB = ledger({ edits: { e: { ...edit('rejected', '2026-11-01T00:00:00.000Z'), rejectedAt: undefined } as LedgerEdit } });
    expect(mergeLedgers(tieA, tieB).edits.e!.status).toBe('rejected');
  });

  it('keeps the entry counters seen last', () => {
    const a = ledger({ entries: { x: { hurt: 5, helped: 0, lastSeen: '2026-11-01T00:00:00.000Z' } } });
    const b = ledger({
      entries: {
        x: { hurt: 6, helped: 1, lastSeen: '2026-11-03T00:00:00.000Z' },
        y: { hurt: 1, helped: 0, lastSeen: '2026-11-01T00:00:00.000Z' },
      },
    });
    const m = mergeLedgers(a, b);
    expect(m.entries.x).toEqual(b.entries.x);
    expect(m.entries.y).toEqual(b.entries.y);
  });
});

describe('reconcileLedgers', () => {
  const state = serializeLedger(ledger({ sessions: { h1: session('s1'), h2: session('s2') } }));
  it('takes the state branch as it is when it holds every session of the checkout', () => {
    const checkout = serializeLedger(ledger({ sessions: { h1: session('s1') } }));
    expect(reconcileLedgers({ text: state, file: 's' }, { text: checkout, file: 'c' }).text).toBe(state);
  });
  it('merges when the checkout has a session the state branch lacks (a PR merged it)', () => {
    const checkout = serializeLedger(
      ledger({ sessions: { h3: session('s3') }, edits: { e: edit('proposed', '2026-11-01T00:00:00.000Z') } }),
    );
    const text = reconcileLedgers({ text: state, file: 's' }, { text: checkout, file: 'c' }).text!;
    const l = loadLedger(text, 'merged');
    expect(Object.keys(l.sessions).sort()).toEqual(['h1', 'h2', 'h3']);
    expect(Object.keys(l.edits)).toEqual(['e']);
  });
  it('takes whichever exists when the other does not', () => {
    expect(reconcileLedgers({ text: null, file: 's' }, { text: state, file: 'c' }).text).toBe(state);
    expect(reconcileLedgers({ text: state, file: 's' }, { text: null, file: 'c' }).text).toBe(state);
    expect(reconcileLedgers({ text: null, file: 's' }, { text: null, file: 'c' }).text).toBeNull();
  });
});

describe('withoutPending', () => {
  it('drops the open PR’s sessions (by session id) and proposals, and keeps rejections and everything else', () => {
    const l = ledger({
      sessions: { h1: session('s1'), h2: session('s2') },
      edits: {
        e1: edit('proposed', '2026-11-01T00:00:00.000Z'),
        e2: edit('rejected', '2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z'),
        e3: edit('proposed', '2026-11-01T00:00:00.000Z'),
      },
    });
    const out = withoutPending(l, { sessionIds: ['s2'], editIds: ['e1', 'e2'] });
    expect(Object.keys(out.sessions)).toEqual(['h1']);
    expect(Object.keys(out.edits).sort()).toEqual(['e2', 'e3']);
    expect(Object.keys(l.sessions)).toHaveLength(2);
  });
});
