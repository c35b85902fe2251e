/**
 * A read worker mines with the rule dates the pass hands it (one blame per memory file for the whole
 * pass), not undated: the real worker entry, sent one file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Worker } from 'node:worker_threads';
import { spawnBundledWorker } from '../../src/pipeline/bundled-worker.js';
import { discoverMemoryFiles } from '../../src/memory/discover.js';
import { memoryRuleDates } from '../../src/signals/rule-dates.js';
import type { FromWorker, WorkerSetup } from '../../src/pipeline/worker-protocol.js';
import type { FileDigest } from '../../src/pipeline/mine-file.js';
import { gitIn, writeFiles } from '../helpers/fake-github/repo-fixture.js';
import { claudeCodeSession } from '../helpers/transcript-builders.js';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(os.tmpdir(), 'worker-dates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function mineOnWorker(setup: WorkerSetup, display: string): Promise<FileDigest> {
  const worker: Worker = spawnBundledWorker({
    entry: 'read-worker',
    from: new URL('../../src/pipeline/mine-files.ts', import.meta.url).href,
    workerData: setup,
  });
  return new Promise<FileDigest>((resolve, reject) => {
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'ready')
        worker.postMessage({ type: 'file', position: 0, file: { abs: path.join(dir, display), display, source: 'repo', index: 0 } });
      else if (m.type === 'digest') resolve(m.digest);
      else if (m.type === 'error') reject(new Error(m.message));
    });
    worker.on('error', reject);
  }).finally(() => void worker.terminate());
}

describe('a read worker', () => {
  it('leaves out a session that started before the rule it broke was committed', async () => {
    gitIn(dir, ['init', '--quiet']);
    writeFiles(dir, { 'CLAUDE.md': '# app\n\n- Never delete `fixtures/golden/`.\n' });
    gitIn(dir, ['add', '-A']);
    gitIn(dir, ['commit', '--quiet', '-m', 'rule'], {
      GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z',
      GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z',
    });
    const id = '00000001-aaaa-4bbb-8ccc-000000000001';
    const display = `s/${id}.jsonl`;
    writeFiles(dir, {
      [display]: claudeCodeSession(id, '10', dir, [{ user: 'tests are flaky' }, { bash: 'rm -rf fixtures/golden/old', out: '' }]),
    });
    const memory = await discoverMemoryFiles(dir, { globs: [] });
    const base: WorkerSetup = { repoDir: dir, memoryGlobs: [], lessons: [], provenance: { log2Bits: 10, untrustedLog2Bits: 10 } };
    const broken = (d: FileDigest) => d.sessions.flatMap((s) => s.signals).filter((s) => s.signature.startsWith('broken|'));
    // Undated, the session counts; dated by the pass, it does not.
    expect(broken(await mineOnWorker(base, display)).map((s) => s.ruleAge)).toEqual([{ unknown: 'the line was not dated' }]);
    expect(broken(await mineOnWorker({ ...base, ruleDates: await memoryRuleDates(dir, memory) }, display))).toEqual([]);
  }, 30_000);
});
