import { afterEach, describe, expect, it } from 'vitest';
import { loadLedger } from '../../src/ledger/index.js';
import { TempRepo } from './helpers.js';

let repo: TempRepo;
afterEach(() => repo?.dispose());

/** What publish's rejectedEdits() returns for a closed, unmerged dream PR. */
const rejectionOf = (edit: { id: string; patternId?: string; evidence: { session: string }[] }) => ({
  id: edit.id,
  ...(edit.patternId ? { patternId: edit.patternId } : {}),
  sessions: [...new Set(edit.evidence.map((e) => e.session))],
});

describe("the reviewer's loop", () => {
  it('keeps a rejected edit out until its pattern has a session beyond the rejected ones, and records the rejection', async () => {
    repo = new TempRepo();
    repo.session(1);
    repo.session(2);
    const proposed = await repo.run({}, '2026-11-14T00:00:00Z');
    expect(proposed.report.edits).toHaveLength(1);
    const edit = proposed.report.edits[0]!;
    const rejected = [rejectionOf(edit)];

    // The PR was closed unmerged: its ledger never reached the base, so the same sessions are read again.
    const noNews = await repo.run({ rejected }, '2026-11-15T00:00:00Z');
    expect(noNews.report.edits).toEqual([]);
    expect(noNews.report.notes.some((n) => n.startsWith('suppressed') && n.includes(edit.id))).toBe(true);
    const recorded = loadLedger(noNews.ledgerText, 'ledger').edits[edit.id];
    expect(recorded).toMatchObject({ status: 'rejected', patternId: edit.patternId, sessions: rejected[0]!.sessions.sort() });

    // A third session hits the same lesson: new evidence lifts the rejection.
    repo.session(3);
    const lifted = await repo.run({ rejected }, '2026-11-16T00:00:00Z');
    expect(lifted.report.edits.map((e) => e.id)).toEqual([edit.id]);
    expect(lifted.report.edits[0]!.support?.sessions).toBe(3);
  });

  it('keeps the rejection from the ledger alone, once recorded there', async () => {
    repo = new TempRepo();
    repo.session(1);
    repo.session(2);
    const proposed = await repo.run();
    const rejected = [rejectionOf(proposed.report.edits[0]!)];
    const recorded = await repo.run({ rejected });
    repo.commitLedger(recorded.ledgerText);

    // The closed PR is no longer listed (e.g. deleted); re-reading the same sessions is still no news.
    const again = await repo.run({ includeDreamed: true });
    expect(again.report.edits).toEqual([]);
    expect(again.ledgerText).toBe(recorded.ledgerText);

    repo.session(3);
    const lifted = await repo.run();
    expect(lifted.report.edits.map((e) => e.id)).toEqual(rejected.map((r) => r.id));
    expect(loadLedger(lifted.ledgerText, 'ledger').edits[rejected[0]!.id]).toMatchObject({ status: 'proposed' });
    // The old closed PR still lists the rejection, but the newer proposal cites a session it never saw.
    repo.commitLedger(lifted.ledgerText);
    const later = await repo.run({ rejected, includeDreamed: true });
    expect(loadLedger(later.ledgerText, 'ledger').edits[rejected[0]!.id]).toMatchObject({ status: 'proposed' });
  });
});
