import { afterEach, describe, expect, it } from 'vitest';
import { loadLedger } from '../../src/ledger/index.js';
import { TempRepo } from './helpers.js';

let repo: TempRepo;
afterEach(() => repo?.dispose());

describe('support accumulates across runs through the ledger', () => {
  it('proposes the edit on the second run when each run saw one session', async () => {
    repo = new TempRepo();
    const a = repo.session(1);
    const first = await repo.run({}, '2026-11-13T00:00:00Z');
    expect(first.report.edits).toEqual([]);
    const oneOff = first.report.patterns.find((p) => p.oneOff && p.sessions.includes(a));
    expect(oneOff).toBeDefined();
    const ledger = loadLedger(first.ledgerText, 'ledger');
    expect(ledger.patterns[oneOff!.id]).toMatchObject({ support: 1, sessions: [a] });
    expect(ledger.patterns[oneOff!.id]!.samples?.[0]?.evidence.length).toBeGreaterThan(0);
    repo.commitLedger(first.ledgerText);

    const b = repo.session(2);
    const second = await repo.run();
    expect(second.report.sessions).toMatchObject({ read: 1, alreadyDreamed: 1 });
    expect(second.report.edits).toHaveLength(1);
    const edit = second.report.edits[0]!;
    expect(edit.after).toContain('PYTHONPATH=src pytest');
    expect(edit.patternId).toBe(oneOff!.id);
    expect(edit.support?.sessions).toBe(2);
    // The old session is cited too, and its evidence passed the guards (re-read from its transcript).
    expect(new Set(edit.evidence.map((e) => e.session))).toEqual(new Set([a, b]));
    expect(second.report.notes.some((n) => n.includes('earlier runs recorded in the ledger'))).toBe(true);
    expect(loadLedger(second.ledgerText, 'ledger').patterns[oneOff!.id]).toMatchObject({ support: 2, sessions: [a, b].sort() });
  });

  it('counts only what still resolves when the old transcript is gone', async () => {
    repo = new TempRepo();
    const a = repo.session(1);
    const first = await repo.run();
    repo.commitLedger(first.ledgerText);
    repo.removeSession(a);
    repo.session(2);
    const second = await repo.run();
    expect(second.report.edits).toEqual([]);
    expect(second.report.notes.some((n) => n.includes('only 1 still resolve'))).toBe(true);
  });

  it('does not promote a one-off by re-reading the same session on purpose', async () => {
    repo = new TempRepo();
    repo.session(1);
    const first = await repo.run();
    repo.commitLedger(first.ledgerText);
    const again = await repo.run({ includeDreamed: true });
    expect(again.report.edits).toEqual([]);
    expect(again.ledgerText).toBe(first.ledgerText);
  });
});

describe('min-new-sessions counted in sessions', () => {
  it('stops before the engine and leaves the ledger alone until enough new sessions arrive', async () => {
    repo = new TempRepo();
    repo.session(1);
    repo.session(2);
    const early = await repo.run({ minNewSessions: 3 });
    expect(early.gated).toBe(true);
    expect(early.newSessions).toBe(2);
    expect(early.report.edits).toEqual([]);
    expect(early.ledgerChanged).toBe(false);
    expect(early.report.notes).toEqual(['Not dreaming yet: 2 new session(s), min-new-sessions is 3.']);

    repo.session(3);
    const ready = await repo.run({ minNewSessions: 3 });
    expect(ready.gated).toBeUndefined();
    expect(ready.newSessions).toBe(3);
    expect(ready.report.edits).toHaveLength(1);
    repo.commitLedger(ready.ledgerText);
    // Dreamed sessions no longer count.
    repo.session(4);
    expect((await repo.run({ minNewSessions: 2 })).gated).toBe(true);
  });
});
