/**
 * Committed transcripts: expand the `sessions` globs inside the repository checkout.
 *
 * The globs come from a workflow file or a config a contributor can edit, so they are treated as
 * untrusted: nothing may resolve outside the checkout, either through the pattern itself or
 * through a symlink planted in the tree.
 */
import { readdir as fsReaddir, readdirSync, type Dirent } from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';
import type { Logger } from '../model/index.js';
import { silentLogger } from '../log.js';
import { expandHome } from '../config/home.js';
import { DEFAULT_SESSION_GLOBS, directoryGlobs } from '../config/transcript-files.js';
import { crawl } from './crawl.js';
import type { DirListings } from './listings.js';
import { UnlistedDirs } from './unlisted.js';

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export class GlobError extends Error {
  constructor(
    readonly glob: string,
    reason: string,
  ) {
    super(`sessions glob "${glob}" ${reason}`);
    this.name = 'GlobError';
  }
}

/** Throws a GlobError when a pattern could reach outside the repository. */
function assertGlobInsideRepo(pattern: string): void {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  if (body.trim() === '') throw new GlobError(pattern, 'is empty');
  if (body.includes('\0')) throw new GlobError(pattern, 'contains a NUL character');
  if (body.startsWith('/') || body.startsWith('\\') || /^[a-zA-Z]:/.test(body) || body.startsWith('~')) {
    throw new GlobError(pattern, 'is absolute; sessions globs are relative to the repository root');
  }
  // Split on both separators: on Windows a backslash is a separator, and refusing it everywhere
  // is cheaper than reasoning about glob escapes.
  if (body.split(/[\\/]/).some((segment) => segment === '..')) {
    throw new GlobError(pattern, 'contains ".." and would escape the repository');
  }
}

/** Throws a GlobError naming the first glob that could reach outside the repository (what a pass would refuse). */
export function checkSessionGlobs(globs: readonly string[]): void {
  for (const g of globs) assertGlobInsideRepo(g);
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * A pattern naming an existing directory (no glob magic) is walked for transcript files, so
 * `sessions: .dreaming/sessions` works the way a user expects.
 */
async function toPatterns(repoDir: string, pattern: string): Promise<string[]> {
  const negated = pattern.startsWith('!');
  const body = (negated ? pattern.slice(1) : pattern).replace(/\/+$/, '');
  if (isDynamicPattern(body)) return [pattern];
  const info = await stat(path.join(repoDir, body)).catch(() => undefined);
  if (!info?.isDirectory()) return [pattern];
  const walked = directoryGlobs(escapePath(body));
  return negated ? walked.map((w) => `!${w}`) : walked;
}

/** What the crawl saw of the entries it listed, so a match needs no system call of its own to be vetted. */
interface Listing {
  /** Symlinked directories, for the warning (capped). */
  symlinks: string[];
  /** Absolute paths of the listed entries that are neither regular files nor directories (symlinks, FIFOs...). */
  special: Set<string>;
  /** Directories the crawl could not list (and passed over). */
  unlisted: UnlistedDirs;
}

/**
 * Lists a directory for the crawl, showing each symlink as a plain file, so no symlinked directory is
 * ever entered, symlinked files are matched by their own name, and the caller can vet every link.
 */
function symlinksAsFiles(seen: Listing, listings: DirListings | undefined): (dir: string) => Dirent[] {
  const disguise = (dir: string, d: Dirent): Dirent => {
    if (!d.isFile() && !d.isDirectory()) seen.special.add(path.resolve(dir, d.name));
    if (!d.isSymbolicLink()) return d;
    if (seen.symlinks.length < 10_000) seen.symlinks.push(path.join(dir, d.name));
    return Object.assign(Object.create(d) as Dirent, {
      isFile: () => true,
      isDirectory: () => false,
      isSymbolicLink: () => false,
    });
  };
  const list = listings ? (dir: string) => listings.list(dir) : (dir: string) => readdirSync(dir, { withFileTypes: true });
  return (dir) => {
    let entries: Dirent[];
    try {
      entries = list(dir);
    } catch (err) {
      // The crawl passes over it; the pass then says which folder it could not read.
      seen.unlisted.note(dir, err);
      throw err;
    }
    return entries.map((d) => disguise(dir, d));
  };
}

/**
 * Expands globs (relative to repoDir) into sorted, deduplicated, repo-relative posix paths of
 * regular files. Patterns starting with `!` exclude. node_modules and .git are never searched.
 * A match that is (or passes through) a symlink resolving outside the repository is skipped with
 * a warning.
 */
export async function expandSessionGlobs(repoDir: string, globs: string[], opts: { logger?: Logger } = {}): Promise<string[]> {
  return (await expandSessionGlobsDetailed(repoDir, globs, opts)).files;
}

/**
 * What to tell the person whose `sessions` globs found little: each glob they typed that matched no
 * file, and, when no transcript was found at all, that the default places are empty. A default place
 * with nothing in it is normal (few repos have all of them); a glob someone typed is not.
 */
export function unmatchedGlobWarnings(repoDir: string, unmatched: readonly string[], filesFound: number): string[] {
  const typed = unmatched.filter((g) => !DEFAULT_SESSION_GLOBS.includes(g));
  const out = typed.map((g) => `sessions glob "${g}" matched no files under ${repoDir}`);
  if (filesFound === 0 && typed.length < unmatched.length)
    out.push(`no transcripts in the default places under ${repoDir}: ${DEFAULT_SESSION_GLOBS.join(', ')}`);
  return out;
}

/**
 * A path in one flat string. A pass holds one per transcript file for its whole length, and
 * path.join and path.resolve return ropes of the path's pieces: 43 MB for 100,000 paths, 10 MB flat.
 */
const flatPath = (p: string): string => structuredClone(p);

/** A relative path with nothing for path.join to resolve: no `.` or `..` segment, no empty one, no leading `/`. */
const PLAIN_RELATIVE = /^(?=.)(?!\.\.?(?:\/|$))(?!\/)(?!.*\/\.\.?(?:\/|$))(?!.*\/\/)/;

/**
 * The absolute paths of files the repository's globs matched (`rel` as they return it, `/`-separated).
 * On posix, a plain `rel` under a normalised root is joined by Array.join, which builds one flat
 * string: path.join normalised each of 10,000 paths again, and its rope of pieces needed flatPath's
 * copy (4 µs a file in a pass with nothing new). A `root + rel` concatenation is cheaper still, but is
 * a rope that the display path's slice flattens into a second copy (2 MB more at 100,000 files).
 */
export function repoFilePaths(repoDir: string): (rel: string) => string {
  const root = repoDir.endsWith('/') && repoDir.length > 1 ? repoDir.slice(0, -1) : repoDir;
  const plainRoot = path.sep === '/' && path.isAbsolute(root) && root !== '/' && path.normalize(root) === root;
  return (rel) => (plainRoot && PLAIN_RELATIVE.test(rel) ? [root, rel].join('/') : flatPath(path.join(repoDir, ...rel.split('/'))));
}

/**
 * expandSessionGlobs, also naming the positive globs that matched no file, so a command line can
 * say so (in the Action, a default glob with nothing under it is normal, not worth a warning).
 */
export async function expandSessionGlobsDetailed(
  repoDir: string,
  globs: string[],
  opts: { logger?: Logger; listings?: DirListings } = {},
): Promise<{ files: string[]; unmatched: string[] }> {
  const logger = opts.logger ?? silentLogger;
  checkSessionGlobs(globs);
  const positive = globs.filter((g) => !g.startsWith('!'));
  if (positive.length === 0) return { files: [], unmatched: [] };

  const root = path.resolve(repoDir);
  const realRoot = await realpath(root);
  const ignore = [...ALWAYS_IGNORED];
  for (const g of globs.filter((x) => x.startsWith('!'))) ignore.push(...(await toPatterns(root, g)).map((p) => p.slice(1)));

  const listing: Listing = { symlinks: [], special: new Set(), unlisted: new UnlistedDirs() };
  const vet = new MatchVetter(root, realRoot, listing.special, logger);
  const kept = new Set<string>();
  const unmatched: string[] = [];
  // One crawl per glob (each from its own base directory) so a glob that found nothing can be named.
  for (const g of positive) {
    const patterns = await toPatterns(root, g);
    const listed = patterns.every((p) => isDynamicPattern(p.startsWith('!') ? p.slice(1) : p));
    const matches = crawl({ cwd: root, patterns, ignore, list: symlinksAsFiles(listing, opts.listings) });
    let found = 0;
    for (const match of matches) {
      const rel = path.sep === '/' ? match : match.split(path.sep).join('/');
      if (kept.has(rel)) {
        found++;
        continue;
      }
      if (vet.settled(rel, listed) || (await vet.isSafe(rel, listed))) {
        kept.add(rel);
        found++;
      }
    }
    if (found === 0) unmatched.push(g);
  }
  await warnAboutSymlinkedDirectories([...new Set(listing.symlinks)], realRoot, root, logger);
  listing.unlisted.warn(logger, (dir) => toPosix(path.relative(root, dir)));
  // The default order is the strings' code units, as `<` compares them, without a call per comparison.
  return { files: [...kept].sort(), unmatched };
}

/**
 * Whether a match may be read: a regular file whose real path is inside the repository. A file a
 * crawl listed as regular (the crawl notes every other kind of entry in `special`) is vetted by its
 * directory's real path, resolved once per directory (which also catches a symlinked directory at the
 * glob's base, which the crawler enters without asking followSymbolicLinks). Anything else, a symlink
 * or a plain path no listing vouches for, is vetted by resolving the match itself. Noting only the
 * special entries keeps this free of a set of every file (50 MB of peak RSS at 100,000 transcripts).
 */
class MatchVetter {
  private readonly realDirs = new Map<string, Promise<{ inside: boolean; real: string } | undefined>>();
  /** Repo-relative directories whose real path is inside the repository, once isSafe found it. */
  private readonly insideDirs = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly realRoot: string,
    private readonly special: ReadonlySet<string>,
    private readonly logger: Logger,
  ) {}

  /**
   * True, without waiting, for a listed regular file in a directory isSafe already found inside: what
   * isSafe would answer, for a string lookup instead of path joins and two awaits per match (10,000
   * transcripts in every pass). Undefined: ask isSafe.
   */
  settled(rel: string, listed: boolean): true | undefined {
    if (!listed || this.special.size > 0) return undefined;
    return this.insideDirs.has(rel.slice(0, Math.max(0, rel.lastIndexOf('/')))) ? true : undefined;
  }

  /** `listed`: the match came from a crawl (a glob with magic, or a walked directory), not a plain path. */
  async isSafe(rel: string, listed: boolean): Promise<boolean> {
    const abs = path.join(this.root, rel);
    const plain = listed && !(this.special.size > 0 && this.special.has(path.resolve(abs)));
    const real = plain
      ? await this.realInDir(abs)
      : await realpath(abs).then(
          (r) => ({ inside: isInside(this.realRoot, r), real: r }),
          () => undefined,
        );
    if (real === undefined) {
      this.logger.warning(`skipping ${rel}: it is a broken symlink or vanished while listing`, { file: rel });
      return false;
    }
    if (!real.inside) {
      this.logger.warning(`skipping ${rel}: a symlink on its path leads outside the repository`, { file: rel });
      return false;
    }
    if (plain) {
      this.insideDirs.add(rel.slice(0, Math.max(0, rel.lastIndexOf('/'))));
      return true;
    }
    const info = await lstat(real.real).catch(() => undefined);
    return info?.isFile() === true;
  }

  /**
   * A listed regular file's real path is its directory's, joined to its own name: inside the repository
   * exactly when its directory is (a name holds no separator), so that is decided once per directory.
   */
  private async realInDir(abs: string): Promise<{ inside: boolean; real: string } | undefined> {
    const dir = path.dirname(abs);
    let real = this.realDirs.get(dir);
    if (!real)
      this.realDirs.set(
        dir,
        (real = realpath(dir).then(
          (r) => ({ inside: isInside(this.realRoot, r), real: r }),
          () => undefined,
        )),
      );
    const realDir = await real;
    return realDir === undefined ? undefined : { inside: realDir.inside, real: path.join(realDir.real, path.basename(abs)) };
  }
}

/** A glob naming a place outside any repository: allowed on the command line, never in the Action. */
export function isAbsoluteGlob(pattern: string): boolean {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  return body.startsWith('/') || body.startsWith('\\') || /^[a-zA-Z]:/.test(body) || body === '~' || body.startsWith('~/');
}

/**
 * Absolute globs (`~/.claude/projects/x/*.jsonl`) for the command line, where the person typing
 * them is the one whose files they name; the Action never calls this. A plain directory is walked
 * for transcript files. Returns absolute paths, sorted, and the positive globs that matched nothing.
 */
export async function expandAbsoluteGlobs(
  globs: string[],
  home = os.homedir(),
  logger: Logger = silentLogger,
): Promise<{ files: string[]; unmatched: string[] }> {
  const expand = (g: string) => expandHome(g, home);
  const negated = globs.filter((g) => g.startsWith('!')).map((g) => toPosix(expand(g.slice(1))));
  // A negation applies to the paths as crawled, which are the resolved ones (see throughRealBase).
  const resolved = await Promise.all(negated.map(async (g) => (await throughRealBase(g, false)).pattern));
  const ignore = [...ALWAYS_IGNORED, ...new Set([...negated, ...resolved])];
  const files = new Set<string>();
  const unmatched: string[] = [];
  const unlisted = new UnlistedDirs();
  // tinyglobby passes over a folder it cannot list; this notes which, to say so.
  const readdir = ((dir: string, options: unknown, callback: (err: Error | null, entries: Dirent[]) => void) =>
    fsReaddir(dir, { withFileTypes: true }, (err, entries) => {
      if (err) unlisted.note(dir, err);
      callback(err, entries);
    })) as unknown as typeof fsReaddir;
  for (const g of globs.filter((x) => !x.startsWith('!'))) {
    if (g.includes('\0')) throw new GlobError(g, 'contains a NUL character');
    const typed = toPosix(expand(g)).replace(/\/+$/, '') || '/';
    const isDir = !isDynamicPattern(typed) && (await stat(typed).catch(() => undefined))?.isDirectory();
    const { pattern, back } = await throughRealBase(typed, !!isDir);
    const matches = await glob(isDir ? directoryGlobs(escapePath(pattern)) : [pattern], {
      ignore,
      dot: true,
      onlyFiles: true,
      absolute: true,
      followSymbolicLinks: false,
      fs: { readdir },
    });
    for (const m of matches) files.add(flatPath(path.resolve(back(m))));
    if (matches.length === 0) unmatched.push(g);
  }
  unlisted.warn(logger, (dir) => dir.replace(/\/$/, ''));
  return { files: [...files].sort(), unmatched };
}

/**
 * The pattern with its literal leading directories (all of it, for a plain directory) resolved
 * through symlinks, and the way back to the path as typed. The crawl follows no symlink (a loop
 * under ~/.claude would never end), so a typed path that passes through one (a home directory
 * linked elsewhere, macOS's /tmp) would otherwise match nothing at all.
 */
async function throughRealBase(typed: string, isDir: boolean): Promise<{ pattern: string; back: (p: string) => string }> {
  const parts = typed.split('/');
  let n = isDir ? parts.length : 0;
  while (n < parts.length - 1 && !isDynamicPattern(parts[n] ?? '')) n++;
  const base = parts.slice(0, n).join('/');
  const real = base ? toPosix(await realpath(base).catch(() => base)) : base;
  if (real === base || isDynamicPattern(real)) return { pattern: typed, back: (p) => p };
  return {
    pattern: real + typed.slice(base.length),
    back: (p) => (p === real || p.startsWith(`${real}/`) ? base + p.slice(real.length) : p),
  };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** A symlinked directory is never entered; say so when it points out of the repository. */
async function warnAboutSymlinkedDirectories(links: string[], realRoot: string, root: string, logger: Logger): Promise<void> {
  for (const link of links) {
    const rel = path.relative(root, link).split(path.sep).join('/');
    const real = await realpath(link).catch(() => undefined);
    if (real === undefined) continue;
    const info = await stat(real).catch(() => undefined);
    if (!info?.isDirectory()) continue;
    if (isInside(realRoot, real)) logger.debug(`not following symlinked directory ${rel}`);
    else logger.warning(`not following ${rel}: it is a symlinked directory outside the repository`, { file: rel });
  }
}
