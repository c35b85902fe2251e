/**
 * Evidence of session "git": the commit of the checked-out branch that removed a path, the proof a
 * staleness deletion cites. Checked against the repository itself: the commit must be an ancestor of
 * HEAD, must delete the cited file, and the quote must be its own subject line.
 */
import { execFileSync } from 'node:child_process';
import type { Evidence } from '../model/index.js';
import { unsafeRepoPath } from './paths.js';
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

function git(repoDir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: repoDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
      maxBuffer: 4 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** Why this commit evidence does not hold, or undefined when it does. */
export function commitEvidenceReason(e: Evidence, repoDir: string): string | undefined {
  const sha = e.commit ?? '';
  if (!SHA.test(sha)) return `git evidence for ${e.file} names no full commit sha`;
  const unsafe = unsafeRepoPath(e.file);
  if (unsafe) return `git evidence ${e.file}: ${unsafe}`;
  if (git(repoDir, ['merge-base', '--is-ancestor', sha, 'HEAD']) === undefined)
    return `git evidence: ${sha.slice(0, 7)} is not a commit of the checked-out branch`;
  // The whole commit, not a pathspec: a pathspec hides a rename's other half, and a rename is no removal.
  const deleted = git(repoDir, ['diff-tree', '-r', '-M', '--root', '--no-commit-id', '--relative', '--diff-filter=D', '--name-only', sha]);
  if (!deleted?.split('\n').some((f) => f.trim() === e.file)) return `git evidence: ${sha.slice(0, 7)} does not remove ${e.file}`;
  const subject = (git(repoDir, ['log', '-1', '--format=%s', sha]) ?? '').trim();
  if (e.quote !== `removed in ${sha.slice(0, 7)}: ${subject}`.slice(0, 200).trimEnd())
    return `git evidence quote is not the subject of ${sha.slice(0, 7)}`;
  return undefined;
}
