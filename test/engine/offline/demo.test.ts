import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runDream } from '../../../src/pipeline/run.js';
import { OfflineEngine } from '../../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../../src/engine/options.js';
import { silentLogger } from '../../../src/log.js';

const demo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples/demo');

// The README's main job: its diff is what a reviewer sees first, so it is pinned line for line.
describe('the demo (examples/demo) through the offline engine', () => {
  it('proposes the fixes, the shared lesson, the instruction and the duplicate removal, and nothing else', async () => {
    const repoDir = mkdtempSync(path.join(os.tmpdir(), 'dream-demo-'));
    try {
      cpSync(demo, repoDir, { recursive: true });
      const r = await runDream({
        repoDir,
        sessions: ['sessions/**/*.jsonl'],
        engine: new OfflineEngine(),
        options: defaultDreamOptions,
        ledgerPath: '.dreaming/ledger.json',
        logger: silentLogger,
        now: () => new Date('2026-11-10T00:00:00Z'),
      });
      const changed = r.diff.split('\n').filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+) /.test(l));
      expect(changed).toEqual([
        '+',
        '+## Lessons from past sessions',
        '+',
        '+- Run the tests with `PYTHONPATH=src pytest`: plain `pytest` fails (the package lives in src/).',
        '-- Build the web UI with `npm run legacy-build`.',
        '-- Run the Python tests with `pytest`.',
        '+- Build the web UI with `npm run build`.',
        '+- Run the Python tests with `PYTHONPATH=src pytest`.',
        '-- Keep functions small and typed.',
        '+',
        '+## Lessons from past sessions',
        '+',
        '+- Use npm, not yarn: the lockfile is package-lock.json.',
      ]);
      expect(r.report.rejected).toEqual([]);
      const yarn = r.report.edits.find((e) => e.after?.includes('yarn'));
      expect(yarn?.evidence.map((e) => e.session)).toEqual([
        '6f1c2a10-2222-4aaa-8aaa-000000000002',
        '6f1c2a10-3333-4aaa-8aaa-000000000003',
      ]);
    } finally {
      rmSync(repoDir, { recursive: true, force: true });
    }
  }, 60_000);
});
