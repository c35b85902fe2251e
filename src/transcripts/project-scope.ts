/**
 * Claude Code's prompt log (`~/.claude/history.jsonl`) holds the prompts of every project the person
 * worked on, each entry naming its project's directory. Dreamed whole, one project's habits would
 * become another's memory: "use uv" from a Python side project proposed into a Node repo's CLAUDE.md.
 * So a log that names more than one project is read for the repository being dreamed only:
 * - sessions started in the repository's directory, or in a folder inside it, or in another checkout of it (a
 *   `git worktree`, from git's own list: worktrees.ts), each also as a symlink to it may name it;
 * - failing that, sessions whose directory has the repository's folder name (a log copied from another
 *   machine: `/scratch/me/app` for a checkout at `/home/runner/work/app/app`);
 * - failing that, none, and the file's report names the projects it holds. Guessing would be worse.
 * A log of one project is read whole: whoever pointed the pass at it chose it.
 */
import path from 'node:path';
import type { SessionBuilder } from './builder.js';
import { otherWorktrees, realFolder } from './worktrees.js';

/** At most this many project directories are named in the note about a log that holds none of the repository. */
const NAMED = 5;

export interface ProjectScope {
  keep: SessionBuilder[];
  /** Why sessions were left out, for the file's health report; absent when all were kept. */
  note?: string;
  /** How many were left out, with the note. */
  leftOut?: number;
}

/** Trailing separators off, so `/a/b/` and `/a/b` are one directory. POSIX and Windows paths both occur in logs. */
function normal(dir: string): string {
  return dir.replace(/[\\/]+$/, '') || dir;
}

function inside(dir: string, root: string): boolean {
  return dir === root || dir.startsWith(`${root}/`) || dir.startsWith(`${root}\\`);
}

/** The folders, each also as it resolves here where that differs (the repository reached through a symlink). */
function withRealFolders(dirs: readonly string[]): string[] {
  const out = new Set(dirs.map(normal));
  for (const d of dirs) {
    const real = realFolder(d);
    if (real !== undefined) out.add(normal(real));
  }
  return [...out];
}

function baseName(dir: string): string {
  return dir.split(/[\\/]/).pop()?.toLowerCase() ?? '';
}

/** The sessions of a prompt log that belong to the repository at `repoDir` (absolute). */
export function scopeToProject(builders: SessionBuilder[], repoDir: string): ProjectScope {
  const projects = new Set(builders.flatMap((b) => (b.cwd ? [normal(b.cwd)] : [])));
  // A session that names no directory can't be told apart; in a log of one project it is that project's.
  if (projects.size <= 1) return { keep: builders };
  const root = normal(path.resolve(repoDir));
  const roots = withRealFolders([root, ...otherWorktrees(root)]);
  // A session's folder as the log names it, else as it resolves here (a symlink to the repository), once a folder.
  const resolved = new Map<string, string | undefined>();
  const ours = (cwd: string): boolean => {
    const dir = normal(cwd);
    if (roots.some((r) => inside(dir, r))) return true;
    if (!resolved.has(dir)) resolved.set(dir, realFolder(dir));
    const real = resolved.get(dir);
    return real !== undefined && roots.some((r) => inside(normal(real), r));
  };
  const here = builders.filter((b) => b.cwd && ours(b.cwd));
  const name = baseName(root);
  const keep = here.length > 0 ? here : builders.filter((b) => b.cwd && baseName(normal(b.cwd)) === name);
  const left = builders.length - keep.length;
  if (left === 0) return { keep };
  if (keep.length > 0)
    return {
      keep,
      leftOut: left,
      note: `prompt log of ${projects.size} projects: read the ${keep.length} session(s) of this repository, left out ${left} of other projects`,
    };
  const named = [...projects].sort();
  const list = named.slice(0, NAMED).join(', ') + (named.length > NAMED ? `, and ${named.length - NAMED} more` : '');
  return {
    keep,
    leftOut: left,
    // The list comes last, after "; it holds": the health table groups reasons by what comes before it.
    note: `prompt log of ${projects.size} projects, none of them this repository: its ${left} session(s) were not read; it holds ${list}`,
  };
}
