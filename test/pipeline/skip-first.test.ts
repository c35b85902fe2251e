import path from 'node:path';
import { appendFileSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLedger } from '../../src/ledger/index.js';
import { ProvenanceIndex } from '../../src/guards/index.js';
import { collectRepoFacts } from '../../src/signals/repo-facts.js';
import { discoverMemoryFiles } from '../../src/memory/discover.js';
import { passFiles } from '../../src/pipeline/pass-files.js';
import { skipFirst } from '../../src/pipeline/skip-first.js';
import type { MineFilesOptions } from '../../src/pipeline/mine-files.js';
import type { FileDigest, PassFileList } from '../../src/pipeline/mine-file.js';
import { silentLogger } from '../../src/log.js';
import { claudeCodeSession } from '../helpers/transcript-builders.js';
import { LEDGER, TempRepo } from './helpers.js';

let repo: TempRepo;
afterEach(() => repo?.dispose());

const stable = (r: Awaited<ReturnType<TempRepo['run']>>): string => JSON.stringify({ ...r, report: { ...r.report, timings: {} } });

describe('files the ledger settles are answered before any reader starts', () => {
  it('hands the readers only the files to read, and every digest in file order', async () => {
    repo = new TempRepo();
    const ids = Array.from({ length: 6 }, (_, i) => repo.session(i));
    repo.commitLedger((await repo.run({ threads: 1 })).ledgerText);
    const fresh = repo.session(6);
    const grown = path.join(repo.dir, '.dreaming', 'sessions', `${ids[2]}.jsonl`);
    appendFileSync(grown, claudeCodeSession(ids[2]!, '20', '/repo', [{ user: 'one more thing' }]));

    const ledger = loadLedger(readFileSync(path.join(repo.dir, LEDGER), 'utf8'), LEDGER);
    const list = await passFiles({ repoDir: repo.dir, sessions: ['.dreaming/sessions/*.jsonl'], logger: silentLogger });
    const files = Array.from({ length: list.length }, (_, i) => list.at(i)!);
    const asked: number[] = [];
    const handed: { display: string; index: number; whole?: true }[] = [];
    const memory = await discoverMemoryFiles(repo.dir, { globs: [] });
    const facts = await collectRepoFacts(repo.dir);
    const readers = (toRead: PassFileList): MineFilesOptions => {
      asked.push(toRead.length);
      for (let i = 0; i < toRead.length; i++) {
        const { display, index, whole } = toRead.at(i)!;
        handed.push({ display, index: index!, ...(whole ? { whole } : {}) });
      }
      const ctx = { memory, repoFacts: facts, provenance: new ProvenanceIndex(), ledger, lessons: [] };
      return { threads: 1, ctx, setup: { repoDir: repo.dir, memoryGlobs: [], lessons: [] } };
    };
    const batches: FileDigest[][] = [];
    for await (const batch of skipFirst(list, { ledger, readers })) batches.push(batch);
    const digests = batches.flat();
    // A run of skipped files comes as one batch (one await for the run); a file read comes alone.
    const runs: string[][] = [];
    for (const d of digests) {
      const last = runs.at(-1);
      if (d.unchanged !== undefined && last && digests.find((x) => x.display === last[0])!.unchanged !== undefined) last.push(d.display);
      else runs.push([d.display]);
    }
    expect(batches.map((b) => b.map((d) => d.display))).toEqual(runs);

    expect(asked).toEqual([2]);
    // Each file handed on knows its place in the pass; the new one is read whole, the grown one looked at again.
    const at = (id: string) => files.findIndex((f) => f.display.includes(id));
    expect(handed).toEqual(
      [
        { display: files[at(ids[2]!)]!.display, index: at(ids[2]!) },
        { display: files[at(fresh)]!.display, index: at(fresh), whole: true },
      ].sort((a, b) => a.index - b.index),
    );
    expect(digests.map((d) => d.display)).toEqual(files.map((f) => f.display));
    expect(digests.map((d) => d.index)).toEqual(files.map((_, i) => i));
    const byId = (id: string) => digests.find((d) => d.display.includes(id))!;
    expect(byId(fresh).sessions).toHaveLength(1);
    expect(byId(ids[2]!).resumed).toBe(true);
    for (const id of [0, 1, 3, 4, 5].map((i) => ids[i]!)) expect(byId(id)).toMatchObject({ unchanged: 1, sessions: [] });
  });

  it('starts no reader when nothing is new, and the pass rewrites its ledger byte for byte', async () => {
    repo = new TempRepo();
    for (let i = 0; i < 3; i++) repo.session(i);
    const cold = await repo.run();
    repo.commitLedger(cold.ledgerText);
    let asked = 0;
    const ledger = loadLedger(cold.ledgerText, LEDGER);
    const files = await passFiles({ repoDir: repo.dir, sessions: ['.dreaming/sessions/*.jsonl'], logger: silentLogger });
    const batches: FileDigest[][] = [];
    for await (const batch of skipFirst(files, { ledger, readers: () => (asked++, {} as MineFilesOptions) })) batches.push(batch);
    expect(batches.map((b) => b.map((d) => d.unchanged))).toEqual([[1, 1, 1]]);
    expect(asked).toBe(0);

    const nothing = await repo.run();
    expect(nothing.report.sessions).toMatchObject({ read: 0, filesUnchanged: 3 });
    expect(nothing.ledgerText).toBe(cold.ledgerText);
    expect(nothing.ledgerChanged).toBe(false);
    // Files dreamed before are found, not missing: no ingestion warning that the globs matched nothing.
    expect(nothing.report.sessions.health?.warnings ?? []).toEqual([]);
    // Whatever the thread count asked for: no file is left to read, so no reader differs.
    expect(stable(await repo.run({ threads: 3 }))).toBe(stable(nothing));
  });
});
