/**
 * Finds the repository's memory files: every location of memory/kinds.ts (CLAUDE.md, AGENTS.md and its
 * override, GEMINI.md, Copilot's, Cline's, Cursor's and Windsurf's rules, `.claude/rules`, skills) and configured globs. Follows `@path` redirects so edits land where
 * the agent actually reads them. Never reads CLAUDE.local.md, never follows a symlink out of the repo.
 */
import { readdir, type Dirent } from 'node:fs';
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { glob, type FileSystemAdapter } from 'tinyglobby';
import type { Logger, MemoryFile } from '../model/index.js';
import { silentLogger } from '../log.js';
import { nameFilter } from '../sources/crawl.js';
import { DirListings } from '../sources/listings.js';
import { parseMemoryFile } from './parse.js';
import { memoryText } from './text.js';
import { CLAUDE_READERS, MEMORY_IGNORE, MEMORY_LOCATIONS, agentsBesideOverride, isCodexOverride, isPersonalMemory } from './kinds.js';

/** Every location's globs (memory/kinds.ts MEMORY_LOCATIONS): what the walk looks for. */
export const DEFAULT_MEMORY_GLOBS: readonly string[] = MEMORY_LOCATIONS.flatMap((l) => l.globs);

/** Memory files beyond this are not memory an agent loads; skipping them bounds what one pass reads. */
const MAX_MEMORY_FILE_BYTES = 1024 * 1024;

export interface DiscoverOptions {
  globs?: string[];
  logger?: Logger;
  /** Directories already listed this pass (memoryListings with the same globs). */
  listings?: DirListings;
}

const toPosix = (p: string): string => p.split(sep).join('/');

/** The repo-relative path of `abs` after resolving symlinks, or undefined when that leaves the repo. */
async function canonicalPath(repoReal: string, abs: string): Promise<string | undefined> {
  let real: string;
  try {
    real = await realpath(abs);
  } catch {
    return undefined;
  }
  const rel = relative(repoReal, real);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? toPosix(rel) : undefined;
}

const insideRepo = async (repoReal: string, abs: string): Promise<boolean> => (await canonicalPath(repoReal, abs)) !== undefined;

async function readMemory(repoDir: string, repoReal: string, rel: string, logger: Logger): Promise<string | undefined> {
  const abs = join(repoDir, rel);
  try {
    const st = await lstat(abs);
    if (!(await insideRepo(repoReal, abs))) {
      logger.warning(`skipping memory file ${rel}: ${st.isSymbolicLink() ? 'symlink' : 'path'} resolves outside the repository`, {
        file: rel,
      });
      return undefined;
    }
    const target = await stat(abs);
    if (!target.isFile()) return undefined;
    if (target.size > MAX_MEMORY_FILE_BYTES) {
      logger.warning(`skipping memory file ${rel}: ${target.size} bytes is larger than ${MAX_MEMORY_FILE_BYTES}; no edit goes to it`, {
        file: rel,
      });
      return undefined;
    }
    const read = memoryText(await readFile(abs));
    if ('text' in read) return read.text;
    logger.warning(`skipping memory file ${rel}: ${read.problem} at line ${read.line}; no edit goes to it, so none of its bytes is lost`, {
      file: rel,
      line: read.line,
    });
    return undefined;
  } catch (err) {
    logger.warning(`skipping memory file ${rel}: ${(err as Error).message}`, { file: rel });
    return undefined;
  }
}

/** Whether following imports from `from` comes back to `to` (`from` itself included): a bounded walk. */
function importsBack(files: ReadonlyMap<string, MemoryFile>, from: string, to: string): boolean {
  let at: string | undefined = from;
  for (let steps = 0; at !== undefined && steps <= files.size; steps++) {
    if (at === to) return true;
    at = files.get(at)?.redirectTo;
  }
  return false;
}

/**
 * Directory listings without the regular files no pattern can match by name (see nameFilter): the walk
 * lists every directory of the repository, transcripts included, and tinyglobby tests each file it is
 * shown against every pattern. Directories and symlinks are shown as they are, to be entered and vetted.
 */
function listingFor(patterns: readonly string[], listings: DirListings | undefined): Partial<FileSystemAdapter> | undefined {
  const keep = keepFor(patterns);
  if (!keep) return undefined;
  const filtered = ((dir: string, options: unknown, callback: (err: Error | null, entries: Dirent[]) => void) => {
    // A directory the sessions crawl listed moments ago, filtered alike (memoryListings): not listed again.
    const listed = listings?.take(dir);
    if (listed) return process.nextTick(callback, null, listed);
    readdir(dir, { withFileTypes: true }, (err, entries) => callback(err, err ? [] : entries.filter(keep)));
  }) as unknown as typeof readdir;
  return { readdir: filtered };
}

/** The entries the memory walk keeps of a listing (directories, and files a pattern could name); undefined: all of them. */
function keepFor(patterns: readonly string[]): ((d: Dirent) => boolean) | undefined {
  const named = nameFilter(patterns);
  return named && ((d: Dirent): boolean => !d.isFile() || named(d.name));
}

/**
 * Listings for the sessions crawl to fill and discoverMemoryFiles (with the same `globs`) to take, so
 * the memory walk does not list the transcript directories again (sources/listings.ts). Undefined
 * when the globs name files no name filter can pick out: then the memory walk lists everything itself.
 */
export function memoryListings(globs: readonly string[] = []): DirListings | undefined {
  const keep = keepFor([...DEFAULT_MEMORY_GLOBS, ...globs]);
  return keep && new DirListings(keep);
}

export async function discoverMemoryFiles(repoDir: string, opts: DiscoverOptions = {}): Promise<MemoryFile[]> {
  const logger = opts.logger ?? silentLogger;
  const repoReal = await realpath(repoDir);
  const patterns = [...DEFAULT_MEMORY_GLOBS, ...(opts.globs ?? [])];
  const fs = listingFor(patterns, opts.listings);
  const found = await glob(patterns, {
    ...(fs ? { fs } : {}),
    cwd: repoDir,
    ignore: [...MEMORY_IGNORE],
    dot: true,
    onlyFiles: true,
    // Followed so that symlinks are seen and vetted (and refused with a warning) rather than silently missed.
    followSymbolicLinks: true,
    expandDirectories: false,
  });
  const candidates = [...new Set(found.map(toPosix))].filter((p) => !isPersonalMemory(p)).sort();
  // A file reached through an in-repo symlink (or a symlinked folder loop) is one file: keep its real
  // path, or two edits could write the same bytes through two names.
  const paths: string[] = [];
  const seen = new Set<string>();
  // AGENTS.md files Codex does not read, an override sitting beside them (unless the override is that very file).
  const hiddenFromCodex = new Set<string>();
  for (const p of candidates) {
    const canonical = await canonicalPath(repoReal, join(repoDir, p));
    if (isCodexOverride(p) && canonical !== agentsBesideOverride(p)) hiddenFromCodex.add(agentsBesideOverride(p));
    if (canonical === undefined) {
      logger.warning(`skipping memory file ${p}: it resolves outside the repository`, { file: p });
      continue;
    }
    if (isPersonalMemory(canonical) || seen.has(canonical)) {
      if (canonical !== p) logger.debug(`memory file ${p} is an alias of ${canonical}`);
      continue;
    }
    seen.add(canonical);
    paths.push(canonical);
  }
  paths.sort();

  const files = new Map<string, MemoryFile>();
  const load = async (rel: string): Promise<MemoryFile | undefined> => {
    const have = files.get(rel);
    if (have) return have;
    const text = await readMemory(repoDir, repoReal, rel, logger);
    if (text === undefined) return undefined;
    const file = parseMemoryFile(rel, text);
    files.set(rel, file);
    return file;
  };
  for (const rel of paths) await load(rel);
  for (const rel of hiddenFromCodex) {
    const hidden = files.get(rel);
    if (hidden) hidden.readBy = hidden.readBy.filter((a) => a !== 'codex');
  }

  // Redirect targets are memory too, even when no glob names them; one level deep, as imports chain rarely.
  for (const rel of paths) {
    const file = files.get(rel);
    if (!file?.redirectTo) continue;
    const target = file.redirectTo;
    const loaded = isPersonalMemory(target) ? undefined : await load(target);
    // A cycle of imports leaves no file for an edit to land in (each sends it on): it stops here.
    if (loaded && importsBack(files, target, rel)) {
      logger.warning(`${rel} imports ${target}, whose imports lead back to ${rel}; edits stay in ${rel}`, { file: rel });
      delete file.redirectTo;
      continue;
    }
    if (!loaded) {
      logger.warning(`${rel} imports ${target}, which is not a readable memory file in the repository; edits stay in ${rel}`, {
        file: rel,
      });
      delete file.redirectTo;
      continue;
    }
    if (file.kind === 'claude' || rel.startsWith('.claude/')) {
      loaded.readBy = [...new Set([...loaded.readBy, ...CLAUDE_READERS])];
    }
  }
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
