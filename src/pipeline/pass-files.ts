/**
 * The transcript files of a pass, in the one order every reader (the single thread, the worker
 * threads, every map shard) agrees on, each with its source, its trust and its git blob id.
 */
import path from 'node:path';
import type { Logger, TrustLevel } from '../model/index.js';
import { expandSessionGlobsDetailed, repoFilePaths, unmatchedGlobWarnings } from '../sources/globs.js';
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
  const globbed = await expandSessionGlobsDetailed(repoDir, opts.sessions, { logger: opts.logger });
  const repoFiles = globbed.files;
  const found = repoFiles.length + (opts.transcriptFiles?.length ?? 0);
  for (const w of unmatchedGlobWarnings(repoDir, globbed.unmatched, found)) opts.logger.warning(w);
  const oids = repoFiles.length > 0 && !opts.includeDreamed ? await gitObjectIds(repoDir) : new Map<string, string>();
  const display = displayPaths(repoDir);
  const inRepo = repoFilePaths(repoDir);
  const source = opts.transcriptSource ?? 'artifacts';
  const file = (abs: string, shown: string, from: string, oid: string | undefined): PassFile => {
    const trust = opts.sourceTrust?.(abs);
    // A plain literal where nothing is optional: spreading `{}` in gave every file's object two more
    // slots (64 bytes against 48).
    if (!oid && !trust) return { abs, display: shown, source: from };
    return { abs, display: shown, source: from, ...(oid ? { oid } : {}), ...(trust ? { trust } : {}) };
  };
  return [
    ...repoFiles.map((rel) => {
      const abs = inRepo(rel);
      return file(abs, sharedTail(abs, rel), 'repo', oids.get(rel));
    }),
    ...(opts.transcriptFiles ?? []).map((abs) => file(abs, display(abs), source, undefined)),
  ];
}

/**
 * `rel` as the end of `abs` when it is one, so the two share one string. A pass holds every file's
 * paths until it ends, and the crawl's `rel` is a rope (`${dir}/${name}`) whose flattened copy
 * stayed alive beside `abs`: two full paths a file. A slice of `abs` is a 32-byte view of it (V8 copies
 * no substring of 13 characters or more), and the crawl's strings are then garbage. With the plain
 * literal above, 100,000 files held 197 bytes each, not 261 (test/pipeline/pass-files-memory.test.ts).
 */
function sharedTail(abs: string, rel: string): string {
  return abs.length > rel.length && abs.endsWith(rel) && abs[abs.length - rel.length - 1] === '/'
    ? abs.slice(abs.length - rel.length)
    : rel;
}

/** Files outside the repo (artifacts in a temp dir) are cited by their path relative to the repo if possible. */
export function displayPathFor(repoDir: string, abs: string): string {
  const rel = path.relative(repoDir, abs);
  return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
}

/** What path.relative would resolve in a path (a `.` or `..` segment, an empty one), or a name displayPathFor takes for `..`. */
const UNRESOLVED = /\/\.(?:\.|\/|$)|\/\//;

/**
 * displayPathFor over many files of one repository: a plain absolute path inside it is cut, not resolved
 * (path.relative resolved both paths of every file: 3-7 µs a file, 10,000 of them in every pass).
 */
export function displayPaths(repoDir: string): (abs: string) => string {
  const root = path.resolve(repoDir);
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return (abs) =>
    path.sep === '/' && abs.startsWith(prefix) && !UNRESOLVED.test(abs) ? abs.slice(prefix.length) : displayPathFor(repoDir, abs);
}
