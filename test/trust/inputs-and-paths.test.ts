/**
 * Malformed transcripts never crash the readers or `dream sessions`, and are never written to; path
 * escapes never get past the guards, and those that leave the repository never get past publish.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { auditMalformed, readEveryWay } from '../../audit/malformed.js';
import { auditEscapes, CONTROLS, ESCAPES } from '../../audit/escapes.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('malformed inputs', () => {
  it('a missing file counts as a crash of `dream sessions` (the counter works)', async () => {
    const crashes = await readEveryWay(path.join(repoRoot, 'no-such-dir/x.jsonl'));
    expect(crashes.map((c) => c.via)).toEqual(['dream sessions']);
  });

  it('every mutated fixture, random bytes, huge and deep lines: no crash, bytes unchanged', async () => {
    const a = await auditMalformed({ seed: 0x5eed });
    expect(a.files).toBeGreaterThanOrEqual(200);
    expect(a.tried).toBe(a.files * 2);
    expect(a.crashes).toEqual([]);
    expect(a.transcriptsChanged).toEqual([]);
  });

  it('another seed, another set of mutations: still no crash', async () => {
    const a = await auditMalformed({ seed: 20261121, hugeLineBytes: 2 * 1024 * 1024 });
    expect(a.crashes).toEqual([]);
  });
});

describe('path escapes', () => {
  it('runGuards refuses every escape as a file and as a move target, and accepts the safe controls', async () => {
    const a = await auditEscapes();
    expect(a.tried).toBe(ESCAPES.length * 2);
    expect(a.escaped).toEqual([]);
    expect(a.refused).toBe(a.tried);
    expect(a.controlsAccepted).toBe(CONTROLS.length);
  });

  it('assertSafePath refuses every escape that leaves the repository or touches .git or workflows', async () => {
    const a = await auditEscapes();
    expect(a.publishTried).toBeGreaterThanOrEqual(10);
    expect(a.publishEscaped).toEqual([]);
  });
});

describe('npm run audit:adversarial', () => {
  it('prints the table, and exits 1 exactly when a row failed', async () => {
    const out = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'audit/adversarial.ts'], {
      cwd: repoRoot,
      encoding: 'utf8',
      // The reader sweep over every format is in the audit too: on a shared 2-core machine it ran 2 minutes.
      timeout: 290_000,
    }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    const rows = [...out.stdout.matchAll(/^(.+?)\s+(\d+)\s+(\d+)\s+\S+ \/ /gm)].map((m) => ({
      check: m[1]!.trim(),
      tried: Number(m[2]),
      failed: Number(m[3]),
    }));
    expect(rows.map((r) => r.check)).toEqual(
      expect.arrayContaining([
        'offline: secrets',
        'claude: injections',
        'anthropic-dreams: injections',
        'claude: LLM requests scanned',
        'malformed inputs',
        'path escapes (runGuards)',
        'readers: secrets in every string',
        'readers: orders outside the user',
      ]),
    );
    for (const r of rows) expect(r.tried, r.check).toBeGreaterThan(0);
    // Every row but the pinned known leak (see engines.test.ts) is clean.
    for (const r of rows.filter((x) => x.check !== 'claude (reviewer drops): secrets')) expect(r.failed, r.check).toBe(0);
    const failed = rows.some((r) => r.failed > 0);
    expect(out.code).toBe(failed ? 1 : 0);
    expect(out.stdout).toMatch(failed ? /^FAIL in /m : /^OK in /m);
  }, 300_000);
});
