/**
 * The bot branch, over simple-git. Each run rebuilds the branch from the base in a throwaway worktree
 * (the user's checkout is never switched), commits the memory edits and the ledger together, carries
 * any human commits found on the old branch on top, and pushes with --force-with-lease so that a
 * branch that moved since we looked is never overwritten.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { textChunks, type Logger } from '../model/index.js';
import { authenticatedGit, type GitAuth } from './git-auth.js';
import { isBotCommit } from './commits.js';
import { pushLeased } from './push.js';
import { assertNoSymlink, assertSafePath } from './safe-paths.js';

export interface FileWrite {
  /** Repo-relative, forward slashes. */
  path: string;
  content: string;
}

export interface ForeignCommit {
  sha: string;
  author: string;
  subject: string;
}

export interface BranchResult {
  /**
   * pushed: the branch now holds our commit; unchanged: it already did; blocked: human commits
   * conflict; empty: the files already read so in the base, nothing to propose.
   */
  outcome: 'pushed' | 'unchanged' | 'blocked' | 'empty';
  headSha: string;
  baseSha: string;
  /** Where the branch pointed before this run (undefined: it did not exist). */
  previousSha?: string;
  humanCommits: ForeignCommit[];
  /** When blocked: the human commit that did not apply on top of the new edits. */
  conflict?: ForeignCommit;
  signed: boolean;
}

/** Commits through the Git Data API so GitHub signs them (GitHubClient.createSignedCommit). */
export interface CommitSigner {
  createSignedCommit(c: {
    branch: string;
    parentSha: string;
    expectedBranchSha: string | undefined;
    message: string;
    files: FileWrite[];
  }): Promise<string>;
}

/**
 * The edits were computed from a checkout that is not on the base, and the files we would write
 * differ between the two: writing whole files onto the base would revert the base's own changes.
 */
class BaseMismatchError extends Error {
  constructor({ head, base, tip, files }: { head: string; base: string; tip: string; files: string[] }) {
    super(
      `the checkout is at ${head.slice(0, 7)} but ${base} is at ${tip.slice(0, 7)}; memory files changed in between: ` +
        `${files.join(', ')}. Writing this pass's files onto ${base} would revert those changes, so nothing was pushed: ` +
        `re-run on ${base} (check out its tip)`,
    );
    this.name = 'BaseMismatchError';
  }
}

export interface DreamBranchOptions {
  repoDir: string;
  remote?: string;
  botName: string;
  botEmail: string;
  /** The commit's author when not the bot (the `author` input); the bot stays the committer. */
  author?: { name: string; email: string };
  /** Fetch and push with this token (the `github-token` input); absent: git's own credentials. */
  auth?: GitAuth;
  logger: Logger;
}

/** What one rebuild of the bot branch writes. */
export interface BranchPublishInput {
  baseSha: string;
  branch: string;
  files: FileWrite[];
  message: string;
  signer?: CommitSigner;
  /**
   * Carry commits others made on the old branch (default true). Only while its PR is open: once
   * merged or closed, what was on the branch is history, not work in progress.
   */
  carryForeign?: boolean;
}

export class DreamBranch {
  private readonly git: SimpleGit;
  private readonly remote: string;
  /** The last base resolved, so a mismatch can be named by branch. */
  private resolved?: { base: string; tip: string };

  constructor(private readonly opts: DreamBranchOptions) {
    this.git = authenticatedGit(opts.repoDir, opts.auth);
    this.remote = opts.remote ?? 'origin';
  }

  /** Identity and signing flags for commits we make, without touching anyone's git config. */
  private get identity(): string[] {
    return ['-c', `user.name=${this.opts.botName}`, '-c', `user.email=${this.opts.botEmail}`, '-c', 'commit.gpgsign=false'];
  }

  /**
   * The commit to build on: the checkout's HEAD when it is on the base (the pipeline computed the
   * edits against exactly that tree, so nothing newer is overwritten), else the base's tip, which
   * publish() accepts only when the files it writes read the same there as in the checkout.
   */
  async resolveBase(base: string): Promise<string> {
    await this.git.fetch(this.remote, `+refs/heads/${base}:refs/remotes/${this.remote}/${base}`);
    const tip = (await this.git.revparse([`refs/remotes/${this.remote}/${base}`])).trim();
    this.resolved = { base, tip };
    const head = (await this.git.revparse(['HEAD'])).trim();
    if (head === tip || (await this.isAncestor(head, tip))) return head;
    this.opts.logger.warning(
      `the checkout (${head.slice(0, 7)}) is not on ${base}; building the dream branch on ${base} (${tip.slice(0, 7)})`,
    );
    return tip;
  }

  /**
   * Our files are whole files computed from the checkout: on any other commit they are safe only
   * where that commit holds the same content as the checkout's HEAD.
   */
  private async assertFilesMatchCheckout(baseSha: string, files: FileWrite[]): Promise<void> {
    const head = (await this.git.revparse(['HEAD'])).trim();
    if (head === baseSha) return;
    const out = await this.git.raw([
      'diff',
      '--no-renames',
      '--name-only',
      head,
      baseSha,
      '--',
      ...files.map((f) => `:(literal)${f.path}`),
    ]);
    const changed = out
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (changed.length === 0) return;
    const base = this.resolved?.tip === baseSha ? this.resolved.base : 'the base';
    throw new BaseMismatchError({ head, base, tip: baseSha, files: changed });
  }

  async publish(input: BranchPublishInput): Promise<BranchResult> {
    for (const f of input.files) assertSafePath(f.path);
    const { baseSha, branch } = input;
    await this.assertFilesMatchCheckout(baseSha, input.files);
    const previousSha = await this.remoteSha(branch);
    if (previousSha) await this.git.fetch(this.remote, `+refs/heads/${branch}:refs/remotes/${this.remote}/${branch}`);
    const humanCommits = previousSha && input.carryForeign !== false ? await this.foreignCommits(baseSha, previousSha, branch) : [];

    const dir = await mkdtemp(path.join(os.tmpdir(), 'dream-branch-'));
    try {
      await this.git.raw(['worktree', 'add', '--detach', dir, baseSha]);
      const wt = simpleGit(dir);
      for (const f of input.files) {
        await assertNoSymlink(dir, f.path);
        const abs = path.join(dir, ...f.path.split('/'));
        await mkdir(path.dirname(abs), { recursive: true });
        await writeFile(abs, textChunks(f.content));
      }
      await wt.raw(['add', '--', ...input.files.map((f) => f.path)]);
      const staged = (await wt.raw(['diff', '--cached', '--name-only'])).trim();
      const author = this.opts.author ? ['--author', `${this.opts.author.name} <${this.opts.author.email}>`] : [];
      if (staged) await wt.raw([...this.identity, 'commit', '--no-verify', ...author, '-m', input.message]);

      for (const c of humanCommits) {
        try {
          await wt.raw([...this.identity, 'cherry-pick', '--allow-empty', c.sha]);
        } catch {
          // No conflicted paths: the commit's change is already in the base, so it is dropped, not carried twice.
          const conflicted = (await wt.raw(['diff', '--name-only', '--diff-filter=U'])).trim();
          if (
            !conflicted &&
            (await wt.raw(['cherry-pick', '--skip']).then(
              () => true,
              () => false,
            ))
          ) {
            this.opts.logger.info(`${c.sha.slice(0, 7)} ("${c.subject}") is already in the base; not carried again`);
            continue;
          }
          await wt.raw(['cherry-pick', '--abort']).catch(() => undefined);
          return { outcome: 'blocked', headSha: previousSha ?? baseSha, baseSha, previousSha, humanCommits, conflict: c, signed: false };
        }
      }
      if (!staged && humanCommits.length === 0) {
        return { outcome: 'empty', headSha: baseSha, baseSha, previousSha, humanCommits, signed: false };
      }
      const localSha = (await wt.revparse(['HEAD'])).trim();
      if (previousSha && (await this.sameContent(localSha, previousSha)) && (await this.isAncestor(baseSha, previousSha))) {
        return { outcome: 'unchanged', headSha: previousSha, baseSha, previousSha, humanCommits, signed: false };
      }

      if (input.signer && humanCommits.length === 0 && staged) {
        const headSha = await input.signer.createSignedCommit({
          branch,
          parentSha: baseSha,
          expectedBranchSha: previousSha,
          message: input.message,
          files: input.files,
        });
        return { outcome: 'pushed', headSha, baseSha, previousSha, humanCommits, signed: true };
      }
      if (input.signer) {
        this.opts.logger.warning(
          `sign-commits: ${branch} carries human commits, which GitHub cannot re-sign for us; pushed with git instead`,
        );
      }
      await this.push(branch, localSha, previousSha);
      return { outcome: 'pushed', headSha: localSha, baseSha, previousSha, humanCommits, signed: false };
    } finally {
      await this.git.raw(['worktree', 'remove', '--force', dir]).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
      await this.git.raw(['worktree', 'prune']).catch(() => undefined);
    }
  }

  /** A file as it is on the remote branch, or null when the branch or the file does not exist. */
  async readRemoteFile(branch: string, file: string): Promise<string | null> {
    assertSafePath(file);
    const sha = await this.remoteSha(branch);
    if (!sha) return null;
    await this.git.fetch(this.remote, `+refs/heads/${branch}:refs/remotes/${this.remote}/${branch}`);
    try {
      return await this.git.show([`${sha}:${file}`]);
    } catch {
      return null;
    }
  }

  private async push(branch: string, sha: string, expected: string | undefined): Promise<void> {
    await pushLeased(this.git, this.remote, { branch, sha, expected });
  }

  private async remoteSha(branch: string): Promise<string | undefined> {
    const out = await this.git.raw(['ls-remote', '--heads', this.remote, `refs/heads/${branch}`]);
    const sha = out.trim().split(/\s+/)[0];
    return sha ? sha : undefined;
  }

  /**
   * Commits on the bot branch that the bot did not make (see isBotCommit). Merge commits are not
   * carried (rebuilding from the base already brings the base's content).
   */
  private async foreignCommits(baseSha: string, tip: string, branch: string): Promise<ForeignCommit[]> {
    const out = await this.git.raw([
      'log',
      '--reverse',
      '--no-merges',
      '--format=%H%x00%an <%ae>%x00%ae%x00%ce%x00%B%x1e',
      `${baseSha}..${tip}`,
    ]);
    const commits: ForeignCommit[] = [];
    for (const rec of out.split('\x1e')) {
      const [sha, author, authorEmail, committerEmail, message] = rec.replace(/^\n/, '').split('\x00');
      if (!sha || message === undefined) continue;
      const c = { message, authorEmail: authorEmail ?? '', committerEmail: committerEmail ?? '' };
      if (isBotCommit(c, this.opts.botEmail, this.opts.author?.email)) continue;
      commits.push({ sha, author: author ?? '', subject: message.split('\n')[0] ?? '' });
    }
    const merges = (await this.git.raw(['rev-list', '--merges', '--count', `${baseSha}..${tip}`])).trim();
    if (merges !== '0') {
      this.opts.logger.warning(`${branch} has ${merges} merge commit(s); they are not carried over (the branch is rebuilt from the base)`);
    }
    if (commits.length > 0) {
      this.opts.logger.warning(
        `${branch} has ${commits.length} commit(s) not made by the dream bot (${commits
          .map((c) => `${c.sha.slice(0, 7)} by ${c.author}`)
          .join(', ')}); they are kept on top of the new edits`,
      );
    }
    return commits;
  }

  private async sameContent(a: string, b: string): Promise<boolean> {
    const [ta, tb] = await Promise.all([this.git.revparse([`${a}^{tree}`]), this.git.revparse([`${b}^{tree}`])]);
    return ta.trim() === tb.trim();
  }

  /**
   * Not `merge-base --is-ancestor`: it answers by exit code alone, and simple-git resolves a command
   * that exits 1 without writing to stderr, so every commit would read as an ancestor.
   */
  private async isAncestor(ancestor: string, of: string): Promise<boolean> {
    const [a, mb] = await Promise.all([this.git.revparse([ancestor]), this.git.raw(['merge-base', ancestor, of]).catch(() => '')]);
    return mb.trim() !== '' && mb.trim() === a.trim();
  }
}
