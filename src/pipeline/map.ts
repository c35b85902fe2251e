/**
 * `dream map`: one shard of a pass. Reads the files whose path hashes to this shard exactly as a
 * single runner would read them (same ledger, same memory, same adopted lessons, same per-file work),
 * and writes the signal digest that `dream reduce` (runDream with `digests`) merges, a file's line at a
 * time as the readers hand its digest on. See digest.ts.
 */
import type { Logger } from '../model/index.js';
import { discoverMemoryFiles } from '../memory/discover.js';
import { collectRepoFacts } from '../signals/repo-facts.js';
import { memoryRuleDates } from '../signals/rule-dates.js';
import { ProvenanceIndex } from '../guards/index.js';
import { loadLedger, readLedgerFile } from '../ledger/index.js';
import { EfficacyPass, type EfficacyOptions } from './efficacy.js';
import { passFiles } from './pass-files.js';
import { readers } from './read-pass.js';
import { mineFiles } from './mine-files.js';
import type { PassFile } from './mine-file.js';
import { digestHeader, ledgerKey, shardOf } from './digest.js';
import { DigestWriter } from './digest-write.js';
import { encodeFile } from './digest-wire.js';

export interface MapShardOptions {
  repoDir: string;
  sessions: string[];
  transcriptFiles?: string[];
  /** As in runDream: what the health report calls transcriptFiles' source. */
  transcriptSource?: string;
  memoryGlobs?: string[];
  ledgerPath: string;
  /** As in runDream: the ledger already read, or null for none; absent: repoDir/ledgerPath. */
  ledgerText?: string | null;
  includeDreamed?: boolean;
  /** As in runDream; `false` counts no adopted lesson (and the reduce then judges none). */
  efficacy?: EfficacyOptions | false;
  /** 0-based shard index among count. */
  shard: { index: number; count: number };
  /** Where to write the digest (gzipped JSON lines); nothing is left there if the map fails. */
  out: string;
  threads?: number;
  logger: Logger;
}

export interface MapShardResult {
  /** The digest's size on disk. */
  bytes: number;
  files: number;
  sessions: number;
  totalFiles: number;
}

export async function mapShard(opts: MapShardOptions): Promise<MapShardResult> {
  const { repoDir, shard, logger } = opts;
  const includeDreamed = opts.includeDreamed ?? false;
  const memoryGlobs = opts.memoryGlobs ?? [];
  const memory = await discoverMemoryFiles(repoDir, { globs: memoryGlobs, logger });
  const ledgerText = opts.ledgerText !== undefined ? opts.ledgerText : await readLedgerFile(repoDir, opts.ledgerPath);
  const ledger = loadLedger(ledgerText, opts.ledgerPath);
  const repoFacts = await collectRepoFacts(repoDir);
  const ruleDates = await memoryRuleDates(repoDir, memory);
  const efficacy = opts.efficacy === false ? undefined : await EfficacyPass.start(repoDir, ledger, memory, opts.efficacy || {}, logger);
  const all = await passFiles({ ...opts, includeDreamed });
  const mine: (PassFile & { index: number })[] = [];
  for (let index = 0; index < all.length; index++) {
    const f = all.at(index)!;
    if (shardOf(f.display, shard.count) === shard.index) mine.push({ ...f, index });
  }
  const provenance = new ProvenanceIndex();
  const read = { repoDir, ledger, ledgerPath: opts.ledgerPath, includeDreamed, memory, memoryGlobs, repoFacts, ruleDates, efficacy };
  const writer = await DigestWriter.create(
    opts.out,
    digestHeader({
      shard,
      totalFiles: all.length,
      files: mine.length,
      ledger: ledgerKey(includeDreamed ? undefined : ledger),
      lessons: (efficacy?.lessons ?? []).map((l) => l.editId),
    }),
  );
  let sessions = 0;
  try {
    for await (const digest of mineFiles(
      mine,
      readers({ ...read, ...(opts.threads ? { threads: opts.threads } : {}) }, provenance, mine),
    )) {
      await writer.add(JSON.stringify(encodeFile(digest)), digest.display, JSON.stringify(digest));
      sessions += digest.sessions.length;
    }
  } catch (e) {
    await writer.abort();
    throw e;
  }
  const bytes = await writer.finish(provenance);
  return { bytes, files: mine.length, sessions, totalFiles: all.length };
}
