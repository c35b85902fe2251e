/**
 * A map shard's digest over real SWE-bench trajectories must pass the secret check that guards the
 * digest file: signal signatures (`fix|python3|-tool:python3|+tool:pytest`) once read as credentials
 * under the key name "signature", and `dream map` refused to write any digest of that corpus.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mapShard } from '../../src/pipeline/map.js';
import { findSecrets } from '../../src/secrets/index.js';
import { silentLogger } from '../../src/log.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpora = resolve(repoRoot, '../shared/corpus');

describe.skipIf(!existsSync(resolve(corpora, 'mini_swe_agent_trajs')))('dream map over real trajectories', () => {
  it('writes a digest the secret check accepts, with the signatures it carries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'map-corpus-'));
    const out = join(dir, 'digest.json.gz');
    const r = await mapShard({
      out,
      repoDir: corpora,
      sessions: ['mini_swe_agent_trajs/**/*.json'],
      ledgerPath: '.dreaming/none.json',
      ledgerText: null,
      shard: { index: 0, count: 1 },
      threads: 1,
      logger: silentLogger,
    });
    expect(r.sessions).toBeGreaterThan(100);
    // The provenance filters are hashed bits, which the map does not scan either.
    const text = gunzipSync(readFileSync(out))
      .toString('utf8')
      .replace(/"gzip":"[A-Za-z0-9+/=]*"/g, '"gzip":""');
    rmSync(dir, { recursive: true, force: true });
    expect(text).toMatch(/"signature":"fix\|/);
    expect(findSecrets(text).map((f) => text.slice(f.start - 40, f.end))).toEqual([]);
  }, 120_000);
});
