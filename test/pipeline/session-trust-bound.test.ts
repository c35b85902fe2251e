/**
 * What guard:trust needs of a pass (who could have written the user turns of the sessions evidence
 * cites) is kept by file, in the map of files the pass consumed, which it holds anyway: a session's
 * trust is its file's (its format's and its source's), and the evidence index checks each cited file
 * holds the cited session. So a pass holds no entry per session for it: three chats of one aider
 * history are one entry, and sessions skipped as dreamed add none (their file is listed, its trust
 * unknown), however many sessions the ledger remembers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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

const chat = (day: number, words: string) =>
  `\n# aider chat started at 2026-11-${String(day).padStart(2, '0')} 10:00:00\n\n> /usr/bin/aider\n\n#### ${words}\n\nSure, done.\n\n`;

async function read(sessions: string[], ledgerText: string | null, trust?: (abs: string) => 'public' | undefined) {
  return readPass({
    repoDir: repo.dir,
    files: await passFiles({ repoDir: repo.dir, sessions, logger: silentLogger, ...(trust ? { sourceTrust: trust } : {}) }),
    ledger: loadLedger(ledgerText, LEDGER),
    ledgerPath: LEDGER,
    includeDreamed: false,
    memory: await discoverMemoryFiles(repo.dir),
    memoryGlobs: [],
    repoFacts: await collectRepoFacts(repo.dir),
    efficacy: undefined,
    now: '2026-11-21T00:00:00Z',
    logger: silentLogger,
  });
}

describe('the trust a pass keeps for guard:trust', () => {
  it('is one entry a file, however many sessions the file holds', async () => {
    repo = new TempRepo();
    const aider = path.join(repo.dir, 'web', '.aider.chat.history.md');
    mkdirSync(path.dirname(aider));
    writeFileSync(aider, [1, 2, 3, 4].map((d) => chat(d, `please tidy module ${d}`)).join(''));
    repo.session(1, [{ user: 'hello' }, { say: 'hi' }]);
    const r = await read(['web/.aider.chat.history.md', '.dreaming/sessions/*.jsonl'], null);
    expect(r.sessions.read).toBe(5);
    expect(new Map(r.readFiles)).toEqual(
      new Map([
        ['web/.aider.chat.history.md', 'developer'],
        ['.dreaming/sessions/00000001-aaaa-4bbb-8ccc-000000000001.jsonl', 'developer'],
      ]),
    );
  });

  it("holds a file's source trust, and no trust for files skipped as dreamed", async () => {
    repo = new TempRepo();
    for (let i = 1; i <= 30; i++) repo.session(i, [{ user: `hello ${i}` }, { say: 'hi' }]);
    const first = await repo.run();
    expect(first.report.sessions.read).toBe(30);
    repo.commitLedger(first.ledgerText);
    const fresh = [31, 32, 33].map((i) => repo.session(i, [{ user: `hello ${i}` }, { say: 'hi' }]));
    const ci = (abs: string) => (abs.endsWith('33.jsonl') ? ('public' as const) : undefined);

    const r = await read(['.dreaming/sessions/*.jsonl'], first.ledgerText, ci);
    expect(r.sessions).toMatchObject({ read: 3, filesUnchanged: 30 });
    expect(r.readFiles.size).toBe(33);
    const known = [...r.readFiles].filter(([, level]) => level !== undefined);
    expect(known).toEqual([
      [`.dreaming/sessions/${fresh[0]}.jsonl`, 'developer'],
      [`.dreaming/sessions/${fresh[1]}.jsonl`, 'developer'],
      [`.dreaming/sessions/${fresh[2]}.jsonl`, 'public'],
    ]);
  });
});
