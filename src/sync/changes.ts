/**
 * Which memory files a push changed, with their text before and after: the input of `mode: sync`.
 */
import { simpleGit } from 'simple-git';
import { isDefaultMemoryPath } from '../memory/kinds.js';
import { gitShow, type SyncFile } from './sync.js';

/** At most this many changed paths are considered: a push touching more is not a memory merge. */
const MAX_CHANGED_PATHS = 10_000;

export async function changedMemoryFiles(opts: {
  repoDir: string;
  before: string;
  after: string;
  isMemoryPath?: (path: string) => boolean;
}): Promise<SyncFile[]> {
  const isMemory = opts.isMemoryPath ?? isDefaultMemoryPath;
  const git = simpleGit(opts.repoDir);
  // --no-renames: a renamed memory is a delete at the old path and a create at the new one, as in the store.
  const raw = await git.raw(['diff', '--name-only', '--no-renames', '-z', opts.before, opts.after]);
  const paths = raw
    .split('\0')
    .filter((p) => p !== '')
    .slice(0, MAX_CHANGED_PATHS);
  const files: SyncFile[] = [];
  for (const path of paths.filter(isMemory)) {
    files.push({
      path,
      text: await gitShow(opts.repoDir, opts.after, path),
      previousText: await gitShow(opts.repoDir, opts.before, path),
    });
  }
  return files;
}
