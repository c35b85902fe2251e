/**
 * The read workers and this thread share a pass's files: whichever mined a file, the digests come out
 * in file order and equal a single thread's (parallel.test.ts shows the whole pass, provenance
 * included, byte-identical).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { TempRepo } from './helpers.js';
import { mineFiles, type MineFilesOptions } from '../../src/pipeline/mine-files.js';
import { discoverMemoryFiles } from '../../src/memory/discover.js';
import { collectRepoFacts } from '../../src/signals/repo-facts.js';
import { ProvenanceIndex } from '../../src/guards/index.js';

describe('mineFiles', () => {
  const repo = new TempRepo();
  afterAll(() => repo.dispose());

  const options = async (threads: number): Promise<MineFilesOptions> => ({
    threads,
    ctx: {
      memory: await discoverMemoryFiles(repo.dir, { globs: [] }),
      repoFacts: await collectRepoFacts(repo.dir),
      provenance: new ProvenanceIndex(),
      ledger: undefined,
      lessons: [],
      project: repo.dir,
    },
    setup: { repoDir: repo.dir, memoryGlobs: [], lessons: [] },
  });

  it('hands on the same digests whether this thread or a worker mined each file', async () => {
    const files = Array.from({ length: 24 }, (_, n) => {
      const display = path.relative(
        repo.dir,
        repo.session(n, [
          { user: `Run tool-${n} for me` },
          { bash: `tool-${n} --once`, out: `error: failure ${n}`, error: true },
          { bash: `tool-${n} --twice`, out: 'fine' },
        ]),
      );
      return { abs: path.join(repo.dir, display), display, source: 'repo', trust: 'developer' as const };
    });
    const single = await options(1);
    const expected: string[] = [];
    for await (const d of mineFiles(files, single)) expected.push(JSON.stringify(d));

    const parallel = await options(2);
    const got: string[] = [];
    const run = mineFiles(files, parallel);
    let step = await run.next();
    // This thread reads only when asked for a digest: while the consumer waits, the booted worker takes
    // the files ahead, so both kinds of reader are exercised.
    await sleep(8_000);
    while (!step.done) {
      got.push(JSON.stringify(step.value));
      step = await run.next();
    }
    expect(step.value.byWorkers).toBeGreaterThan(0);
    expect(step.value.byWorkers).toBeLessThan(files.length);
    expect(got).toEqual(expected);
  }, 60_000);

  it("reads a prompt log for this repository's sessions on a worker as on this thread", async () => {
    // Each log holds a session of this repository and one of another project (project-scope.ts).
    const files = Array.from({ length: 16 }, (_, n) => {
      const display = `.dreaming/sessions/history-${n}.jsonl`;
      const entry = (project: string, session: string) =>
        JSON.stringify({ display: `Run tool-${n} for me`, pastedContents: {}, timestamp: 1760000000000 + n, project, sessionId: session });
      writeFileSync(path.join(repo.dir, display), `${entry(repo.dir, `here-${n}`)}\n${entry('/home/dev/elsewhere', `there-${n}`)}\n`);
      return { abs: path.join(repo.dir, display), display, source: 'repo', trust: 'developer' as const };
    });
    const run = mineFiles(files, await options(2));
    let step = await run.next();
    await sleep(8_000);
    const sessions: number[] = [];
    while (!step.done) {
      sessions.push(step.value.sessions.length);
      step = await run.next();
    }
    expect(step.value.byWorkers).toBeGreaterThan(0);
    expect(sessions).toEqual(files.map(() => 1));
  }, 60_000);
});
