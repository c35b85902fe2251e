/**
 * The transcript files of a pass, in the one order every reader (the single thread, the worker
 * threads, every map shard) agrees on, each with its source, its trust and its git blob id.
 */
import path from 'node:path';
import type { Logger, TrustLevel } from '../model/index.js';
import { expandSessionGlobsDetailed, repoFilePaths, unmatchedGlobWarnings } from '../sources/globs.js';
import { gitObjectIds } from '../sources/fingerprint.js';
import type { Listed, PassFile } from './mine-file.js';

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

export async function passFiles(opts: PassFilesOptions): Promise<FileList> {
  const { repoDir } = opts;
  const globbed = await expandSessionGlobsDetailed(repoDir, opts.sessions, { logger: opts.logger });
  const repoFiles = globbed.files;
  const found = repoFiles.length + (opts.transcriptFiles?.length ?? 0);
  for (const w of unmatchedGlobWarnings(repoDir, globbed.unmatched, found)) opts.logger.warning(w);
  const oids = repoFiles.length > 0 && !opts.includeDreamed ? await gitObjectIds(repoDir) : new Map<string, string>();
  const display = displayPaths(repoDir);
  const inRepo = repoFilePaths(repoDir);
  const list = new FileList(path.resolve(repoDir), opts.transcriptSource ?? 'artifacts');
  for (const rel of repoFiles) {
    const abs = inRepo(rel);
    list.add({ abs, display: rel, repo: true, oid: oids.get(rel), trust: opts.sourceTrust?.(abs) });
  }
  for (const abs of opts.transcriptFiles ?? [])
    list.add({ abs, display: display(abs), repo: false, oid: undefined, trust: opts.sourceTrust?.(abs) });
  return list;
}

/**
 * A pass's files, holding only what makes each file's PassFile again when a reader asks for it (`at`).
 * A pass holds its list from the glob to its end, and an object per file with its two paths (the
 * absolute one, and the display path as a view into it) was about 210 bytes of heap a file, 21 MB at
 * 100,000 files. Here a file is its display path, flat, in an array: the absolute path is made again
 * on each ask (the root and the display path, where that is what it was; kept aside where not), and
 * the display path handed out is the one kept, which the pass's records of the file can share (the
 * files it read, the ledger's marks). The repository's files come first, then the extra ones.
 */
export class FileList implements Listed<PassFile> {
  private readonly displays: string[] = [];
  /** The absolute paths that are not `prefix + display`, by position. */
  private readonly absolute = new Map<number, string>();
  private oids: (string | undefined)[] | undefined;
  private trusts: (TrustLevel | undefined)[] | undefined;
  /** The first files, from the repository's globs (source 'repo'); the rest are extra files, of `extraSource`. */
  private repoCount = 0;
  private readonly prefix: string;

  constructor(
    root: string,
    private readonly extraSource: string,
  ) {
    this.prefix = root.endsWith('/') ? root : `${root}/`;
  }

  get length(): number {
    return this.displays.length;
  }

  add(f: { abs: string; display: string; repo: boolean; oid: string | undefined; trust: TrustLevel | undefined }): void {
    const i = this.displays.length;
    if (f.repo) {
      if (this.repoCount !== i) throw new Error('FileList: a repository file added after an extra one');
      this.repoCount++;
    }
    // The crawl's path is a rope of its folder and name: a flat copy, so the rope's pieces are garbage.
    const display = flat(f.display);
    this.displays.push(display);
    if (f.abs !== this.prefix + display) this.absolute.set(i, f.abs);
    if (f.oid !== undefined) (this.oids ??= [])[i] = f.oid;
    if (f.trust !== undefined) (this.trusts ??= [])[i] = f.trust;
  }

  at(position: number): PassFile | undefined {
    const display = this.displays[position];
    if (display === undefined) return undefined;
    const abs = this.absolute.get(position) ?? this.prefix + display;
    const source = position < this.repoCount ? 'repo' : this.extraSource;
    const oid = this.oids?.[position];
    const trust = this.trusts?.[position];
    if (!oid && !trust) return { abs, display, source };
    return { abs, display, source, ...(oid ? { oid } : {}), ...(trust ? { trust } : {}) };
  }
}

/** The same characters as a string of their own: not a rope, nor a view into a longer string. */
const flat = (s: string): string => (s.length < 13 ? s : structuredClone(s));

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
