/**
 * A transcript file whose bytes change between passes, seen by the per-file work of a pass: one that
 * grew is resumed where its mark says, one rewritten shorter is read whole, and one that vanished is
 * reported against its name and leaves no mark, while the pass goes on.
 */
import { appendFileSync, mkdtempSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mineFile, type MineFileContext } from '../../src/pipeline/mine-file.js';
import { PassRecorder } from '../../src/pipeline/file-skip.js';
import { ProvenanceIndex } from '../../src/guards/index.js';
import { collectRepoFacts } from '../../src/signals/repo-facts.js';
import { emptyLedger, type Ledger } from '../../src/ledger/index.js';
import { claudeCodeSession } from '../helpers/transcript-builders.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dream-mine-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function context(ledger: Ledger): Promise<MineFileContext> {
  return { memory: [], repoFacts: await collectRepoFacts(dir), provenance: new ProvenanceIndex({ log2Bits: 12 }), ledger, lessons: [] };
}

/** Mines the file against `ledger`, then records what it read there, as a pass would. */
async function pass(ledger: Ledger, abs: string) {
  const digest = await mineFile({ abs, display: 'sessions/s.jsonl', source: 'test', index: 0 }, await context(structuredClone(ledger)));
  const recorder = new PassRecorder(ledger, { at: '2026-01-01T00:00:00.000Z', keepFiles: new Set() });
  if (digest.mark) recorder.file(digest.display, digest.mark, digest.health.sessions.length);
  return digest;
}

describe('mineFile when the file changed since the last pass', () => {
  it('resumes a grown file, reads a shortened one whole, and reports a vanished one by name without a mark', async () => {
    const abs = path.join(dir, 's.jsonl');
    const turns = [{ user: 'Run the tests' }, { bash: 'npm test', out: 'Error: Cannot find module x', error: true }, { say: 'Fixed.' }];
    const first = claudeCodeSession('11111111-1111-4111-8111-111111111111', '10', '/repo', turns);
    writeFileSync(abs, first);
    const ledger = emptyLedger();

    const whole = await pass(ledger, abs);
    expect(whole).toMatchObject({ issues: [], mark: { startOffset: 0, bytes: statSync(abs).size } });
    expect(whole.resumed).toBeUndefined();
    expect(whole.sessions.length).toBe(1);

    appendFileSync(abs, claudeCodeSession('22222222-2222-4222-8222-222222222222', '11', '/repo', turns));
    const grown = await pass(ledger, abs);
    expect(grown).toMatchObject({ resumed: true, issues: [], mark: { startOffset: Buffer.byteLength(first), bytes: statSync(abs).size } });
    expect(grown.sessions.map((s) => s.outline.id)).toEqual(['22222222-2222-4222-8222-222222222222']);

    writeFileSync(abs, first.slice(0, first.indexOf('\n') + 1));
    const shorter = await pass(ledger, abs);
    expect(shorter.resumed).toBeUndefined();
    expect(shorter.mark).toMatchObject({ startOffset: 0, bytes: statSync(abs).size, lines: 1 });

    unlinkSync(abs);
    const vanished = await pass(ledger, abs);
    expect(vanished.unchanged).toBeUndefined();
    expect(vanished.mark).toBeUndefined();
    expect(vanished.sessions).toEqual([]);
    expect(vanished.issues).toEqual([{ file: 'sessions/s.jsonl', reason: expect.stringMatching(/cannot open: ENOENT/) }]);
  });
});
