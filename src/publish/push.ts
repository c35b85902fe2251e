/**
 * Leased pushes, shared by the dream branch and the state branch: a push that lost a race and a push
 * the server's policy refused are different failures, with different remedies.
 */
import type { SimpleGit } from 'simple-git';

/** The remote branch moved between our read and our push: another run or a human got there first. */
export class BranchMovedError extends Error {
  constructor(branch: string, detail: string) {
    super(`branch ${branch} changed on the remote while this run was pushing: ${detail.trim().split('\n')[0]}`);
    this.name = 'BranchMovedError';
  }
}

/**
 * The remote refused the push itself (branch protection, a ruleset, a pre-receive hook): retrying
 * cannot help, so this is not a BranchMovedError.
 */
export class PushRefusedError extends Error {
  /** `input` names the action input that picks the branch (the dream branch's, or `state-branch`). */
  constructor(branch: string, reason: string, input = 'branch') {
    super(
      `the remote refused the push to ${branch} (${reason}). A branch protection rule, ruleset or hook covers ${branch}: ` +
        `exclude ${input === 'branch' ? 'the dream branch' : branch} from it (Settings > Branches or Rules), or set \`${input}:\` to a name no rule covers`,
    );
    this.name = 'PushRefusedError';
  }
}

/**
 * Push `sha` to `branch` only if the remote still holds `expected` (undefined: the branch must not
 * exist). A lost race is a BranchMovedError; the server's policy refusing it is a PushRefusedError.
 */
export async function pushLeased(
  git: SimpleGit,
  remote: string,
  push: { branch: string; sha: string; expected: string | undefined; input?: string },
): Promise<void> {
  const { branch, sha, expected, input = 'branch' } = push;
  try {
    await git.raw([
      'push',
      '--porcelain',
      `--force-with-lease=refs/heads/${branch}:${expected ?? ''}`,
      remote,
      `${sha}:refs/heads/${branch}`,
    ]);
  } catch (e) {
    const msg = (e as Error).message;
    // "[remote rejected]" is mostly the server's policy (protection, rulesets, hooks), which no
    // retry gets past; only a ref lock lost to a concurrent push is a race.
    const refused = /\[remote rejected\][^\n]*?\(([^)\n]*)\)/i.exec(msg)?.[1] ?? /^remote: (?:error: )?(GH0\d\d[^\n]*)/im.exec(msg)?.[1];
    if (refused && !/lock|failed to update ref|incorrect old value|stale|expected/i.test(refused)) {
      throw new PushRefusedError(branch, refused.trim(), input);
    }
    if (refused || /stale info|\[rejected\]|fetch first|non-fast-forward/i.test(msg)) throw new BranchMovedError(branch, msg);
    throw e;
  }
}
