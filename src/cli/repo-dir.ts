/**
 * `--repo`, checked the same way by every command that takes it, before anything reads it: a folder
 * that is not there, or (for the commands that read git history) not a git work tree, is named with
 * what to do. Otherwise the first reader fails with its own words ("Cannot use simple-git on a
 * directory that does not exist", "fatal: not a git repository", a memory file "not in HEAD"), which
 * name neither the flag nor the fix.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { simpleGit } from 'simple-git';

/** The absolute folder `--repo` names; throws unless it is a directory. */
export async function repoDirFlag(typed: string): Promise<string> {
  const repoDir = path.resolve(typed);
  const info = await stat(repoDir).catch(() => undefined);
  if (!info) throw new Error(`--repo ${typed}: no such directory (${repoDir})`);
  if (!info.isDirectory()) throw new Error(`--repo ${typed}: not a directory (${repoDir})`);
  return repoDir;
}

/** Throws unless `repoDir` is inside a git work tree; `fix` says what the command needs instead. */
export async function assertGitRepo(typed: string, repoDir: string, fix: string): Promise<void> {
  const inside = await simpleGit(repoDir)
    .raw(['rev-parse', '--is-inside-work-tree'])
    .then(
      (a) => a.trim() === 'true',
      () => false,
    );
  if (!inside) throw new Error(`--repo ${typed}: not a git repository (${repoDir}): ${fix}`);
}
