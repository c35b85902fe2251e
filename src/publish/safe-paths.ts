/**
 * Where the bot may write: inside the repository, never in .git or .github/workflows, and never
 * through a committed symlink. Both the dream branch and the state branch check every path here.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';

export class UnsafePathError extends Error {
  constructor(file: string, why: string) {
    super(`refusing to commit ${file}: ${why}`);
    this.name = 'UnsafePathError';
  }
}

/**
 * Workflows are code that runs with the repository's secrets: a memory pass has no business there, and
 * GITHUB_TOKEN could not push them anyway. Paths must stay inside the repository.
 */
export function assertSafePath(file: string): void {
  const norm = path.posix.normalize(file.replaceAll('\\', '/'));
  if (path.posix.isAbsolute(norm) || norm === '..' || norm.startsWith('../')) {
    throw new UnsafePathError(file, 'the path leaves the repository');
  }
  if (norm === '.git' || norm.startsWith('.git/')) throw new UnsafePathError(file, 'it is inside .git');
  if (norm.toLowerCase().startsWith('.github/workflows/')) {
    throw new UnsafePathError(file, 'the dream bot never touches .github/workflows');
  }
}

/**
 * A committed symlink (CLAUDE.md -> ~/.ssh/authorized_keys) would turn our write into a write outside
 * the repository: no component of the path may be a link.
 */
export async function assertNoSymlink(root: string, file: string): Promise<void> {
  let at = root;
  for (const part of file.split('/')) {
    at = path.join(at, part);
    const st = await lstat(at).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (!st) return;
    if (st.isSymbolicLink()) throw new UnsafePathError(file, `${path.relative(root, at)} is a symlink in the repository`);
  }
}
