/**
 * Committed transcripts: expand the `sessions` globs inside the repository checkout.
 *
 * The globs come from a workflow file or a config a contributor can edit, so they are treated as
 * untrusted: nothing may resolve outside the checkout, either through the pattern itself or
 * through a symlink planted in the tree.
 */
import { readdir as readdirCallback, type Dirent } from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { escapePath, glob, isDynamicPattern, type FileSystemAdapter } from 'tinyglobby';
import type { Logger } from '../log.js';
import { silentLogger } from '../log.js';

/** Extensions a plainly named directory is walked for: the transcript formats the readers know. */
export const TRANSCRIPT_EXTENSIONS = ['jsonl', 'json', 'traj'] as const;

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
export function assertGlobInsideRepo(pattern: string): void {
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

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * A pattern naming an existing directory (no glob magic) is walked for transcript files, so
 * `sessions: .dreaming/sessions` works the way a user expects.
 */
async function toPattern(repoDir: string, pattern: string): Promise<string> {
  const negated = pattern.startsWith('!');
  const body = (negated ? pattern.slice(1) : pattern).replace(/\/+$/, '');
  if (isDynamicPattern(body)) return pattern;
  const info = await stat(path.join(repoDir, body)).catch(() => undefined);
  if (!info?.isDirectory()) return pattern;
  const walked = `${escapePath(body)}/**/*.{${TRANSCRIPT_EXTENSIONS.join(',')}}`;
  return negated ? `!${walked}` : walked;
}

/**
 * tinyglobby either follows every symlink (even one to `/`) or silently drops them all. This
 * adapter shows each symlink to the crawler as a plain file, so no symlinked directory is ever
 * entered, symlinked files are matched by their own name, and the caller can vet every link.
 */
function symlinksAsFiles(seen: string[]): FileSystemAdapter {
  const disguise = (dir: string, d: Dirent): Dirent => {
    if (!d.isSymbolicLink()) return d;
    if (seen.length < 10_000) seen.push(path.join(dir, d.name));
    return Object.assign(Object.create(d) as Dirent, {
      isFile: () => true,
      isDirectory: () => false,
      isSymbolicLink: () => false,
    });
  };
  const readdir = ((dir: string, options: unknown, callback: (err: Error | null, entries: Dirent[]) => void) =>
    readdirCallback(dir, { withFileTypes: true }, (err, entries) => {
      if (err) return callback(err, []);
      callback(null, entries.map((d) => disguise(dir, d)));
    })) as unknown as typeof readdirCallback;
  return { readdir };
}

/**
 * Expands globs (relative to repoDir) into sorted, deduplicated, repo-relative posix paths of
 * regular files. Patterns starting with `!` exclude. node_modules and .git are never searched.
 * A match that is (or passes through) a symlink resolving outside the repository is skipped with
 * a warning.
 */
export async function expandSessionGlobs(
  repoDir: string,
  globs: string[],
  opts: { logger?: Logger } = {},
): Promise<string[]> {
  const logger = opts.logger ?? silentLogger;
  for (const g of globs) assertGlobInsideRepo(g);
  const positive = globs.filter((g) => !g.startsWith('!'));
  if (positive.length === 0) return [];

  const root = path.resolve(repoDir);
  const realRoot = await realpath(root);
  const patterns: string[] = [];
  const ignore = [...ALWAYS_IGNORED];
  for (const g of globs) {
    const p = await toPattern(root, g);
    if (p.startsWith('!')) ignore.push(p.slice(1));
    else patterns.push(p);
  }

  const symlinks: string[] = [];
  const matches = await glob(patterns, {
    fs: symlinksAsFiles(symlinks),
    cwd: root,
    ignore,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
    absolute: false,
  });

  const kept = new Set<string>();
  for (const match of matches) {
    const rel = match.split(path.sep).join('/');
    const abs = path.join(root, rel);
    // Resolving the whole path also catches a symlinked directory at the glob's base, which the
    // crawler enters without asking followSymbolicLinks.
    const real = await realpath(abs).catch(() => undefined);
    if (real === undefined) {
      logger.warning(`skipping ${rel}: it is a broken symlink or vanished while listing`, { file: rel });
      continue;
    }
    if (!isInside(realRoot, real)) {
      logger.warning(`skipping ${rel}: a symlink on its path leads outside the repository`, { file: rel });
      continue;
    }
    const info = await lstat(real).catch(() => undefined);
    if (!info?.isFile()) continue;
    kept.add(rel);
  }
  await warnAboutSymlinkedDirectories(symlinks, realRoot, root, logger);
  return [...kept].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A symlinked directory is never entered; say so when it points out of the repository. */
async function warnAboutSymlinkedDirectories(
  links: string[],
  realRoot: string,
  root: string,
  logger: Logger,
): Promise<void> {
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
