/**
 * The transcript files of a pass, in the one order every reader (the single thread, the worker
 * threads, every map shard) agrees on, each with its source, its trust and its git blob id.
 */
import path from 'node:path';
import type { Logger, TrustLevel } from '../model/index.js';
import { expandSessionGlobs, repoFilePath } from '../sources/globs.js';
import { gitObjectIds } from '../sources/fingerprint.js';
import type { PassFile } from './mine-file.js';

export interface PassFilesOptions {
  repoDir: string;
  /** Globs of committed transcripts, relative to repoDir. */
  sessions: string[];
  /** Extra transcript files by absolute path. */
  transcriptFiles?: string[];
  /** What the ingestion health report calls transcriptFiles' source (default "artifacts"). */
  transcriptSource?: string;
  sourceTrust?: (absFile: string) => TrustLevel | undefined;
  /** Every file is read whole: no blob id is looked up. */
  includeDreamed?: boolean;
  logger: Logger;
}

export async function passFiles(opts: PassFilesOptions): Promise<PassFile[]> {
  const { repoDir } = opts;
  const repoFiles = await expandSessionGlobs(repoDir, opts.sessions, { logger: opts.logger });
  const oids = repoFiles.length > 0 && !opts.includeDreamed ? await gitObjectIds(repoDir) : new Map<string, string>();
  const files: PassFile[] = [
    ...repoFiles.map((rel) => ({ abs: repoFilePath(repoDir, rel), display: rel, source: 'repo', oid: oids.get(rel) })),
    ...(opts.transcriptFiles ?? []).map((abs) => ({
      abs,
      display: displayPathFor(repoDir, abs),
      source: opts.transcriptSource ?? 'artifacts',
      oid: undefined,
    })),
  ];
  return files.map(({ oid, ...f }) => {
    const trust = opts.sourceTrust?.(f.abs);
    return { ...f, ...(oid ? { oid } : {}), ...(trust ? { trust } : {}) };
  });
}

/** Files outside the repo (artifacts in a temp dir) are cited by their path relative to the repo if possible. */
export function displayPathFor(repoDir: string, abs: string): string {
  const rel = path.relative(repoDir, abs);
  return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
}
