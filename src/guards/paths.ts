/**
 * Path guard: an edit may only touch a discovered memory file, or create a new one under a memory
 * glob. Traversal, absolute paths, backslashes, `.github/`, `.git/`, personal memory and symlinks
 * that resolve outside the repository are refused before anything is written.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { posix } from 'node:path';
import type { Edit } from '../model/index.js';
import { COPILOT_FILE, MEMORY_LOCATIONS, isPersonalMemory, locationOf } from '../memory/kinds.js';
import { matchesAnyGlob } from '../sources/glob.js';
import type { EditCheck, GuardContext } from './types.js';

/**
 * Files a pass may create: the locations whose `write` is `create` (memory/kinds.ts says why each other one is
 * never created: a skill's front matter, Copilot's file under `.github/`, Cline's rules, Codex's override).
 */
const NEW_FILE_GLOBS = MEMORY_LOCATIONS.filter((l) => l.write === 'create').flatMap((l) => l.globs);

/** Reasons a repo-relative path is unsafe to open at all: traversal, absolute, odd characters, .git/. */
export function unsafeRepoPath(path: unknown): string | undefined {
  if (typeof path !== 'string' || path === '') return 'empty path';
  if (path.length > 1024) return 'path longer than 1024 characters';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return `path ${JSON.stringify(path)} has control characters`;
  if (path.includes('\\')) return `path ${JSON.stringify(path)} has a backslash`;
  // A percent-encoded octet (%2e%2e, %2f) is an escape some later tool may decode, or a mistake.
  if (/%[0-9a-f]{2}/i.test(path)) return `path ${JSON.stringify(path)} is percent-encoded`;
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.startsWith('~')) return `absolute path ${path}`;
  const segments = path.split('/');
  if (segments.some((s) => s === '..')) return `path ${path} climbs out with ..`;
  if (segments.some((s) => s === '' || s === '.') || posix.normalize(path) !== path) return `path ${path} is not in canonical form`;
  // Windows drops trailing dots and spaces (".github." is ".github") and reads ':' as a data stream.
  if (segments.some((s) => /[. ]$/.test(s)) || path.includes(':')) return `path ${path} has a trailing dot, space or a colon`;
  if (segments.some((s) => s.toLowerCase() === '.git')) return `path ${path} is inside .git/`;
  return undefined;
}

/** Reasons a path is unsafe to write as memory, before looking at the disk. */
export function unsafePathReason(path: unknown): string | undefined {
  const unsafe = unsafeRepoPath(path);
  if (unsafe || typeof path !== 'string') return unsafe ?? 'empty path';
  // `.github/` holds workflows and repository settings; Copilot's instructions file, spelt exactly, is memory.
  if (path !== COPILOT_FILE && path.split('/').some((s) => s.toLowerCase() === '.github')) return `path ${path} is under .github/`;
  if (isPersonalMemory(path)) return `${path} is personal memory (CLAUDE.local.md)`;
  if (!/\.md$/i.test(path)) return `${path} is not a markdown memory file`;
  return undefined;
}

/** True when `abs`, or its nearest existing ancestor, resolves (symlinks followed) inside the repo. */
export function resolvesInside(repoDir: string, abs: string): boolean {
  let probe = abs;
  for (let depth = 0; depth < 256 && !existsSync(probe); depth++) {
    const up = dirname(probe);
    if (up === probe) return false;
    probe = up;
  }
  try {
    const repoReal = realpathSync(repoDir);
    const real = realpathSync(probe);
    const rel = relative(repoReal, real);
    return !rel.startsWith('..') && !isAbsolute(rel);
  } catch {
    return false;
  }
}

export function checkMemoryPath(path: string, ctx: GuardContext): string | undefined {
  const unsafe = unsafePathReason(path);
  if (unsafe) return unsafe;
  const at = locationOf(path);
  if (at?.write === 'read') return `${path} is ${at.agent}'s memory, read to know what it holds but never written`;
  if (!resolvesInside(ctx.repoDir, join(ctx.repoDir, path))) return `${path} resolves outside the repository (symlink)`;
  const known = ctx.memory.find((f) => f.path === path);
  if (known) {
    if (known.redirectTo !== undefined) return checkMemoryPath(known.redirectTo, { ...ctx, memory: ctx.memory.filter((f) => f !== known) });
    return undefined;
  }
  if (ctx.memory.some((f) => f.redirectTo === path)) return undefined;
  if (existsSync(join(ctx.repoDir, path))) return `${path} exists but is not a discovered memory file`;
  if (at?.write === 'exists') return `${path} is ${at.agent}'s memory, edited where the repository keeps it but never created`;
  if (!matchesAnyGlob(path, [...NEW_FILE_GLOBS, ...ctx.memoryGlobs])) return `${path} is not under any memory glob`;
  return undefined;
}

export const pathsGuard: EditCheck = (edit: Edit, ctx) => {
  const file = checkMemoryPath(edit.file, ctx);
  if (file) return file;
  if (edit.toFile !== undefined || edit.op === 'move') return checkMemoryPath(edit.toFile as string, ctx);
  return undefined;
};
