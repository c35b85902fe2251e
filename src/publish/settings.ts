/**
 * How a dream pass is published: the branch, the pull request and what to do when nothing changed.
 * src/main.ts builds this from action inputs; nothing mutates it later.
 */
export type MergeMethod = 'merge' | 'squash' | 'rebase';

export interface PublishSettings {
  owner: string;
  repo: string;
  /** The branch the PR targets; undefined = the repository's default branch. */
  base?: string;
  /** The bot branch for the default base; other bases get `<branch>-<base>`. */
  branch: string;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  draft: boolean;
  autoMerge: boolean;
  mergeMethod: MergeMethod;
  /** With no edits: close an open dream PR (true) or leave it alone (false). */
  closeWhenEmpty: boolean;
  /** Commit through the Git Data API so GitHub marks the commit verified. */
  signCommits: boolean;
  dryRun: boolean;
  /** The web host for evidence links (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** Who the bot commits as; commits by anyone else on the bot branch are a human's. */
  botName: string;
  botEmail: string;
  /** The dream commit's author (the `author` input) when it is not the bot, which stays the committer. */
  author?: { name: string; email: string };
  /** The dream commit's subject line (the `commit-message` input); the session list and trailers follow it. */
  commitMessage?: string;
  /** The workflow run that publishes (shown in the PR body). */
  runUrl?: string;
  /** agent-dreaming's version (shown in the PR body). */
  toolVersion?: string;
  /** The PR title (the `title` input); default: "Dreaming: N memory edits from M sessions". */
  title?: string;
  /**
   * The branch that holds only the ledger, advanced on every pass whose ledger changed (see
   * state-branch.ts); empty or absent disables it.
   */
  stateBranch?: string;
}

export const defaultPublishSettings = (owner: string, repo: string): PublishSettings => ({
  owner,
  repo,
  branch: 'dreaming/memory',
  labels: ['dreaming'],
  reviewers: [],
  teamReviewers: [],
  draft: false,
  autoMerge: false,
  mergeMethod: 'squash',
  closeWhenEmpty: false,
  signCommits: false,
  dryRun: false,
  serverUrl: 'https://github.com',
  botName: 'github-actions[bot]',
  botEmail: '41898282+github-actions[bot]@users.noreply.github.com',
  stateBranch: 'dreaming/state',
});

/** One fixed branch per base, so dream PRs against different bases never fight over a branch. */
export function branchFor(settings: Pick<PublishSettings, 'branch'>, base: string, defaultBranch: string): string {
  return base === defaultBranch ? settings.branch : `${settings.branch}-${base.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
}
