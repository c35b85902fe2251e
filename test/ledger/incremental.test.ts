import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runDream } from '../../src/pipeline/run.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';
import { loadLedger } from '../../src/ledger/index.js';

const evalDir = path.resolve(__dirname, '../../eval');
const repoDir = mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-'));
afterAll(() => rmSync(repoDir, { recursive: true, force: true }));

const run = (includeDreamed = false, at = '2026-11-01T00:00:00Z') =>
  runDream({
    repoDir,
    sessions: ['.dreaming/sessions/*.jsonl'],
    engine: new OfflineEngine(),
    // Room for every edit the eval set calls for in one pass: what the cap leaves out would come back next pass.
    options: { ...defaultDreamOptions, maxDeleteShare: 0.5 },
    ledgerPath: '.dreaming/ledger.json',
    logger: silentLogger,
    includeDreamed,
    now: () => new Date(at),
  });

describe('ledger across runs of the real pipeline', () => {
  it('is incremental and idempotent, and proposes nothing again without new evidence', async () => {
    cpSync(path.join(evalDir, 'repo'), repoDir, { recursive: true });
    cpSync(path.join(evalDir, 'corpus'), path.join(repoDir, '.dreaming', 'sessions'), { recursive: true });
    // The eval corpus grows as lessons are planted: count its transcripts rather than hard-code them.
    const transcripts = readdirSync(path.join(evalDir, 'corpus')).filter((f) => f.endsWith('.jsonl')).length;
    expect(transcripts).toBeGreaterThan(10);
    const first = await run();
    expect(first.report.edits.length).toBeGreaterThan(5);
    const ledger = loadLedger(first.ledgerText, 'ledger.json');
    expect(Object.keys(ledger.sessions)).toHaveLength(transcripts);
    expect(Object.keys(ledger.edits)).toHaveLength(first.report.edits.length);
    mkdirSync(path.join(repoDir, '.dreaming'), { recursive: true });
    writeFileSync(path.join(repoDir, '.dreaming', 'ledger.json'), first.ledgerText);

    // Same sessions again: all already dreamed, nothing proposed, ledger byte-identical.
    const second = await run(false, '2026-11-02T00:00:00Z');
    expect(second.report.sessions.alreadyDreamed).toBe(transcripts);
    expect(second.report.edits).toEqual([]);
    expect(second.ledgerText).toBe(first.ledgerText);

    // Dreaming the same sessions again on purpose: every edit was proposed before with no new evidence.
    const third = await run(true, '2026-11-03T00:00:00Z');
    expect(third.report.sessions.read).toBe(transcripts);
    expect(third.report.edits).toEqual([]);
    expect(third.report.notes.filter((n) => n.startsWith('suppressed'))).toHaveLength(first.report.edits.length);
  }, 60_000);
});
