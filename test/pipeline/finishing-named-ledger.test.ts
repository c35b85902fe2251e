/**
 * The notes files a finishing step named (Signal.named) are kept in the ledger's samples: a file one pass saw named
 * counts with the session of a later pass that names it too, so the lesson names it then.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TempRepo } from './helpers.js';
import type { Turn } from '../helpers/transcript-builders.js';

const finished = (task: string, ...later: string[]): Turn[] => [
  { user: task },
  { bash: 'git status --short', out: ' M src/tides.ts' },
  { say: 'Done.' },
  ...later.map((user) => ({ user })),
];

let repo: TempRepo;
afterEach(() => repo.dispose());

describe('a named notes file across passes', () => {
  it('is named once a later pass sees a second session name it', async () => {
    repo = new TempRepo();
    repo.session(1, finished('Round the tide times to whole minutes.', 'did you update the AXIOMS_TODO.md?'));
    const one = await repo.run();
    expect(one.report.edits).toEqual([]);
    repo.commitLedger(one.ledgerText);
    repo.session(2, finished('Add the moon phase to the daily page.', 'update the md files', 'did you update the AXIOMS_TODO.md?'));
    const two = await repo.run({}, '2026-11-21T00:00:00Z');
    expect(two.report.edits.map((e) => e.after)).toEqual([
      'Before finishing, update the md files (`AXIOMS_TODO.md`): the user asked for it in 2 sessions.',
    ]);
  });
});
