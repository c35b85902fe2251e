/**
 * The Action's `mode: map` and `mode: reduce` (docs/SHARDING.md): one pass split over a matrix of
 * jobs. A map job writes its shard's digest for upload; the reduce job reads every digest back
 * (downloaded artifacts) and runs the usual dream pass on them.
 */
import path from 'node:path';
import type { Logger } from '../model/index.js';
import type { Settings } from '../config/settings.js';
import { mapShard } from '../pipeline/map.js';
import { passLedger, type PassSettings } from '../pipeline/pass.js';
import { parseShardSpec, type DigestSource } from '../pipeline/digest.js';
import { digestFiles, openDigests } from '../pipeline/digest-read.js';

export async function mapMode(
  p: Pick<PassSettings, 'settings' | 'publish' | 'github'>,
  deps: { logger: Logger; retryBaseMs?: number },
): Promise<{ digestPath: string; summary: string; sessions: number }> {
  const { settings } = p;
  const { logger } = deps;
  if (!settings.shard) throw new Error('mode map needs the shard input (I/N, for example ${{ matrix.shard }}/10)');
  const shard = parseShardSpec(settings.shard);
  const out = path.resolve(
    settings.repoDir,
    settings.digests?.[0] ?? `.dreaming/digests/shard-${shard.index + 1}-of-${shard.count}.json.gz`,
  );
  const result = await mapShard({
    repoDir: settings.repoDir,
    sessions: settings.sessions,
    memoryGlobs: settings.memory,
    ledgerPath: settings.ledgerPath,
    // The ledger the reduce will start from (the state branch's), so the shards skip what it skips.
    ledgerText: (await passLedger(p, deps)).pass.text,
    shard,
    out,
    logger,
  });
  const summary = `Shard ${settings.shard}: ${result.files} of ${result.totalFiles} transcript files, ${result.sessions} new sessions; digest ${result.bytes} bytes.\n`;
  logger.info(summary.trim());
  return { digestPath: out, summary, sessions: result.sessions };
}

export async function loadDigests(settings: Settings): Promise<DigestSource[]> {
  const globs = settings.digests ?? ['.dreaming/digests/**/*.json.gz'];
  const files = await digestFiles(globs, settings.repoDir).catch((e: Error) => {
    throw new Error(`mode reduce: ${e.message} (download the map jobs' artifacts first)`);
  });
  return openDigests(files);
}
