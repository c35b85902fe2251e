/**
 * The other checkouts of the repository being dreamed: `git worktree add ../app-fix` (or an agent's own worktree,
 * Codex's and Claude Code's among them) runs a session of this repository in another folder, and a prompt log names
 * that folder. Read from git's own files, never from folder names: the repository's common git dir lists each linked
 * worktree under `worktrees/<name>/gitdir` (the path of that checkout's `.git` file), and a linked worktree's `.git`
 * file names its admin folder there, from which the main checkout is found. An unrelated folder, however alike its
 * name, is in neither list.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Bounds the folders read: a repository with more linked worktrees than this is read for its first ones. */
const MAX_WORKTREES = 256;

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** The git dir of the checkout at `dir`: its `.git` folder, or where its `.git` file points. */
function gitDirOf(dir: string): string | undefined {
  const dotGit = path.join(dir, '.git');
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
  } catch {
    return undefined;
  }
  const pointer = /^gitdir:\s*(.+)$/m.exec(readText(dotGit) ?? '')?.[1]?.trim();
  return pointer ? path.resolve(dir, pointer) : undefined;
}

/**
 * The folders of this repository's other checkouts (absolute; `repoDir` itself left out): the main one when `repoDir`
 * is a linked worktree, and every linked worktree git lists. Empty outside git, or where git's files can't be read.
 */
export function otherWorktrees(repoDir: string): string[] {
  const root = path.resolve(repoDir);
  const gitDir = gitDirOf(root);
  if (!gitDir) return [];
  const common = path.resolve(gitDir, readText(path.join(gitDir, 'commondir')) ?? '.');
  const out = new Set<string>();
  // A non-bare repository's common dir is its main checkout's `.git`.
  if (path.basename(common) === '.git') out.add(path.dirname(common));
  let names: string[] = [];
  try {
    names = readdirSync(path.join(common, 'worktrees')).slice(0, MAX_WORKTREES);
  } catch {
    // No linked worktree was ever added.
  }
  for (const name of names) {
    const dotGit = readText(path.join(common, 'worktrees', name, 'gitdir'));
    if (dotGit) out.add(path.dirname(path.resolve(common, 'worktrees', name, dotGit)));
  }
  out.delete(root);
  return [...out];
}
