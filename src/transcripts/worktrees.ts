/**
 * The other checkouts of the repository being dreamed: `git worktree add ../app-fix` (or an agent's own worktree,
 * Codex's and Claude Code's among them) runs a session of this repository in another folder, and a prompt log names
 * that folder. Read from git's own files, never from folder names: the repository's common git dir lists each linked
 * worktree under `worktrees/<name>/gitdir` (the path of that checkout's `.git` file), and a linked worktree's `.git`
 * file names its admin folder there, from which the main checkout is found. An unrelated folder, however alike its
 * name, is in neither list. A folder named by a symlink is the folder it resolves to (realFolder).
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Bounds the folders read: a repository with more linked worktrees than this is read for its first ones. */
const MAX_WORKTREES = 256;
/** Bounds the walk up from the folder dreamed to its checkout's top, as git's own discovery walks. */
const MAX_DEPTH = 64;

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** The git dir of a checkout whose top is `dir`: its `.git` folder, or where its `.git` file points. */
function gitDirAt(dir: string): string | undefined {
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
 * The checkout `dir` is in: the nearest folder up from it with a `.git`, as git finds it. The folder dreamed may be
 * inside one (a package of a monorepo, the Action's working-directory), not its top.
 */
function checkoutOf(dir: string): { top: string; gitDir: string } | undefined {
  let d = dir;
  for (let i = 0; i < MAX_DEPTH; i++) {
    const gitDir = gitDirAt(d);
    if (gitDir) return { top: d, gitDir };
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
  return undefined;
}

/**
 * The folders of this repository's other checkouts (absolute; `repoDir` itself left out): the main one when `repoDir`
 * is in a linked worktree, and every linked worktree git lists. When `repoDir` is a folder inside its checkout, the
 * same folder inside each other checkout. Empty outside git, or where git's files can't be read.
 */
export function otherWorktrees(repoDir: string): string[] {
  const root = path.resolve(repoDir);
  const checkout = checkoutOf(root);
  if (!checkout) return [];
  const { top, gitDir } = checkout;
  const within = path.relative(top, root);
  const common = path.resolve(gitDir, readText(path.join(gitDir, 'commondir')) ?? '.');
  const tops = new Set<string>();
  // A non-bare repository's common dir is its main checkout's `.git`.
  if (path.basename(common) === '.git') tops.add(path.dirname(common));
  let names: string[] = [];
  try {
    names = readdirSync(path.join(common, 'worktrees')).slice(0, MAX_WORKTREES);
  } catch {
    // No linked worktree was ever added.
  }
  for (const name of names) {
    const dotGit = readText(path.join(common, 'worktrees', name, 'gitdir'));
    if (dotGit) tops.add(path.dirname(path.resolve(common, 'worktrees', name, dotGit)));
  }
  tops.delete(top);
  return [...tops].map((t) => path.join(t, within));
}

/**
 * A folder as the file system resolves it: a log may name the folder by a symlink (`/home/u/proj` for
 * `/mnt/data/proj`; macOS's `/var/...` for `/private/var/...`). A folder gone since (a scratch folder the session
 * made) resolves through the nearest folder up from it that is still there. Undefined where none is (a path of
 * another system).
 */
export function realFolder(dir: string): string | undefined {
  // Only a path of this system's kind: a relative one or another system's (`C:\\work\\app` here) would resolve
  // against this process's folder, which may be the repository.
  if (!path.isAbsolute(dir)) return undefined;
  let d = path.normalize(dir);
  const rest: string[] = [];
  for (let i = 0; i < MAX_DEPTH; i++) {
    try {
      return path.join(realpathSync.native(d), ...rest);
    } catch {
      const up = path.dirname(d);
      if (up === d) return undefined;
      rest.unshift(path.basename(d));
      d = up;
    }
  }
  return undefined;
}
