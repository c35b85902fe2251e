/**
 * A file written under a temporary name and renamed into place, so an interrupted run never leaves a
 * half-written one. The temporary file is created exclusively (O_EXCL) inside a fresh private
 * directory (mkdtemp, mode 0700) next to the target, so nothing planted beside it (a
 * `CLAUDE.md.<pid>.tmp` symlink) can be followed.
 */
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export interface AtomicFile {
  /** Where to write: open it with flag 'wx' (exclusive). */
  tmp: string;
  /** Renames the written file onto the target. */
  commit(): Promise<void>;
  /** Removes the temporary directory and whatever is left in it; call it whether or not commit ran. */
  discard(): Promise<void>;
}

export async function atomicFile(file: string): Promise<AtomicFile> {
  const target = path.resolve(file);
  await mkdir(path.dirname(target), { recursive: true });
  const dir = await mkdtemp(path.join(path.dirname(target), '.dream-tmp-'));
  const tmp = path.join(dir, 'out');
  return {
    tmp,
    commit: () => rename(tmp, target),
    discard: () => rm(dir, { recursive: true, force: true }),
  };
}
