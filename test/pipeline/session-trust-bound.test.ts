/**
 * The pass's map of session trust (who could have written each session's user turns, for guard:trust) holds
 * the sessions this pass read, and nothing of the ones it skipped as dreamed: a pass with a tenth of the
 * sessions new holds a tenth of them, however many the ledger remembers. Only a pass that reads everything
 * (a cold one) holds every session: an id and a level each, as the sessions it mines.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadLedger } from '../../src/ledger/index.js';
import { passFiles } from '../../src/pipeline/pass-files.js';
import { readPass } from '../../src/pipeline/read-pass.js';
import { discoverMemoryFiles } from '../../src/memory/discover.js';
import { collectRepoFacts } from '../../src/signals/repo-facts.js';
import { silentLogger } from '../../src/log.js';
import { LEDGER, TempRepo } from './helpers.js';

let repo: TempRepo;
afterEach(() => repo?.dispose());

describe('the session-trust map of a pass', () => {
  it('holds the sessions the pass read, none of those it skipped as dreamed', async () => {
    repo = new TempRepo();
    for (let i = 1; i <= 30; i++) repo.session(i, [{ user: `hello ${i}` }, { say: 'hi' }]);
    const first = await repo.run();
    expect(first.report.sessions.read).toBe(30);
    repo.commitLedger(first.ledgerText);
    const fresh = [31, 32, 33].map((i) => repo.session(i, [{ user: `hello ${i}` }, { say: 'hi' }]));

    const sessions = ['.dreaming/sessions/*.jsonl'];
    const read = await readPass({
      repoDir: repo.dir,
      files: await passFiles({ repoDir: repo.dir, sessions, logger: silentLogger }),
      ledger: loadLedger(first.ledgerText, LEDGER),
      ledgerPath: LEDGER,
      includeDreamed: false,
      memory: await discoverMemoryFiles(repo.dir),
      memoryGlobs: [],
      repoFacts: await collectRepoFacts(repo.dir),
      efficacy: undefined,
      now: '2026-11-21T00:00:00Z',
      logger: silentLogger,
    });
    expect(read.sessions).toMatchObject({ read: 3, filesUnchanged: 30 });
    expect([...read.sessionTrust.keys()].sort()).toEqual(fresh.sort());
    expect(new Set(read.sessionTrust.values())).toEqual(new Set(['developer']));
  });
});
