/**
 * `dream map`: one shard of a pass. Reads the files whose path hashes to this shard, exactly as a
 * single runner would read them (same ledger, same memory, same per-file work), and writes the
 * signal digest that `dream reduce` (runDream with `digests`) merges. See digest.ts.
 */
import type { Logger } from '../model/index.js';
import { discoverMemoryFiles } from '../memory/discover.js';
import { collectRepoFacts } from '../signals/repo-facts.js';
import { ProvenanceIndex } from '../guards/index.js';
import { loadLedger, readLedgerFile } from '../ledger/index.js';
import { passFiles } from './run.js';
import { defaultThreads, mineFiles } from './mine-files.js';
import { serializeDigest, shardOf } from './digest.js';
import type { FileDigest } from './mine-file.js';

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
  /** 0-based shard index among count. */
  shard: { index: number; count: number };
  threads?: number;
  logger: Logger;
}

export interface MapShardResult {
  /** The digest, serialised: write it as it is. */
  text: string;
  files: number;
  sessions: number;
  totalFiles: number;
}

export async function mapShard(opts: MapShardOptions): Promise<MapShardResult> {
  const { repoDir, shard } = opts;
  const memory = await discoverMemoryFiles(repoDir, { globs: opts.memoryGlobs ?? [], logger: opts.logger });
  const ledgerText = opts.ledgerText !== undefined ? opts.ledgerText : await readLedgerFile(repoDir, opts.ledgerPath);
  const ledger = loadLedger(ledgerText, opts.ledgerPath);
  const repoFacts = await collectRepoFacts(repoDir);
  const all = await passFiles(
    { repoDir, sessions: opts.sessions, ...(opts.transcriptFiles ? { transcriptFiles: opts.transcriptFiles } : {}), ...(opts.transcriptSource ? { transcriptSource: opts.transcriptSource } : {}) },
    opts.logger,
  );
  const mine = all.map((f, index) => ({ ...f, index })).filter((f) => shardOf(f.display, shard.count) === shard.index);
  const dreamed = opts.includeDreamed ? [] : Object.keys(ledger.sessions);
  const skip = new Set(dreamed);
  const provenance = new ProvenanceIndex();
  const files: FileDigest[] = [];
  for await (const digest of mineFiles(mine, {
    threads: opts.threads ?? defaultThreads(mine.length),
    ctx: { memory, repoFacts, provenance, isDreamed: (h) => skip.has(h) },
    setup: { repoDir, memoryGlobs: opts.memoryGlobs ?? [], dreamed },
  }))
    files.push(digest);
  const sessions = files.reduce((n, f) => n + f.sessions.length, 0);
  return { text: serializeDigest({ shard, totalFiles: all.length, files }, provenance), files: files.length, sessions, totalFiles: all.length };
}
