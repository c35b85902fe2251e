/**
 * The folder of the repository a session ran in, from the working directory its transcript records (Claude Code's
 * `cwd`, Codex's `session_meta.cwd`, Copilot's and Grok's, the folder a Gemini CLI shared or saved chat's environment
 * turn names, the folder whose `.specstory/history/` holds a SpecStory export): where lessons of sessions in a package
 * go to that package's own memory (engine/offline/nested-targets.ts). Relative to the repository's root, `/`-separated:
 * - a directory inside the repository dreamed, or inside another checkout of it (worktrees.ts), is that folder;
 * - a directory on another machine (a transcript committed from a laptop, read by the Action's checkout) is known by
 *   the repository's folder name in it, followed by a folder the repository has here: `/Users/me/app/packages/web`
 *   for a checkout at `/home/runner/work/app/app` holding `packages/web`;
 * - anything else (another project, a folder the repository lacks) is not known, and the session counts as the root's.
 * Formats that record no directory (Gemini CLI's session chats, which keep only a hash of it; aider, whose history sits
 * at the git root wherever it ran) leave it unknown too.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { isRepoFolder } from '../model/index.js';
import { otherWorktrees } from './worktrees.js';

/** `/`-separated, trailing separators off: POSIX and Windows paths both occur in transcripts. */
function parts(dir: string): string[] {
  return dir.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
}

function isFolder(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

/** The roots of the one repository a pass dreams, worked out once: every file of the pass asks for the same. */
let rootsOf: { repoDir: string; roots: string[][] } | undefined;

function repositoryRoots(repoDir: string): string[][] {
  if (rootsOf?.repoDir !== repoDir) {
    const root = path.resolve(repoDir);
    rootsOf = { repoDir, roots: [root, ...otherWorktrees(root)].map(parts) };
  }
  return rootsOf.roots;
}

/** The folder below the root `cwd` names; undefined at the root, outside the repository, or where it can't be told. */
export function sessionFolder(cwd: string, repoDir: string): string | undefined {
  const dir = parts(cwd);
  if (dir.includes('..')) return undefined;
  const roots = repositoryRoots(repoDir);
  for (const r of roots) if (r.length <= dir.length && r.every((p, i) => p === dir[i])) return asFolder(dir.slice(r.length));
  // Another machine's directory: after the repository's folder name, the first rest that is a folder here.
  const root = path.resolve(repoDir);
  const name = path.basename(root).toLowerCase();
  for (let i = 0; i < dir.length; i++) {
    if (dir[i]?.toLowerCase() !== name) continue;
    const rest = dir.slice(i + 1);
    if (rest.length === 0) return undefined;
    if (isFolder(path.join(root, ...rest))) return asFolder(rest);
  }
  return undefined;
}

/** The parts as a folder, where they make one a digest or ledger may carry (model/folders.ts); the root's otherwise. */
function asFolder(rest: readonly string[]): string | undefined {
  const folder = rest.join('/');
  return isRepoFolder(folder) ? folder : undefined;
}
