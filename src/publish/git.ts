/**
 * The bot branch, over simple-git. Each run rebuilds the branch from the base in a throwaway worktree
 * (the user's checkout is never switched), commits the memory edits and the ledger together, carries
 * any human commits found on the old branch on top, and pushes with --force-with-lease so that a
 * branch that moved since we looked is never overwritten.
 */
import { lstat, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { TRAILER_EDIT, TRAILER_ENGINE, TRAILER_SESSIONS, type Logger } from '../model/index.js';
import { authenticatedGit, type GitAuth } from './git-auth.js';

export { TRAILER_EDIT, TRAILER_ENGINE, TRAILER_SESSIONS };

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

export class UnsafePathError extends Error {
  constructor(file: string, why: string) {
    super(`refusing to commit ${file}: ${why}`);
    this.name = 'UnsafePathError';
  }
}

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
 * The edits were computed from a checkout that is not on the base, and the files we would write
 * differ between the two: writing whole files onto the base would revert the base's own changes.
 */
export class BaseMismatchError extends Error {
  constructor(head: string, base: string, tip: string, files: string[]) {
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
    throw new BaseMismatchError(head, base, baseSha, changed);
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
        await writeFile(abs, f.content);
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

export function isDreamCommit(message: string): boolean {
  return new RegExp(`^${TRAILER_ENGINE}:`, 'm').test(message);
}

/** GitHub commits through the Git Data API as this committer; that is what lets it sign them. */
export const GITHUB_COMMITTER_EMAIL = 'noreply@github.com';

/**
 * A commit the bot made and may therefore drop when rebuilding: the trailer alone is not enough,
 * because `git commit --amend` keeps it (and the author) while the content becomes a human's. An
 * amend always makes the amender the committer, so the committer must be the bot, or GitHub for a
 * signed commit (whose author is the token's identity, which may not be the configured bot).
 */
export function isBotCommit(
  c: { message: string; authorEmail: string; committerEmail: string },
  botEmail: string,
  authorEmail = botEmail,
): boolean {
  if (!isDreamCommit(c.message)) return false;
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  if (same(c.committerEmail, GITHUB_COMMITTER_EMAIL)) return true;
  return same(c.committerEmail, botEmail) && same(c.authorEmail, authorEmail);
}

/**
 * Workflows are code that runs with the repository's secrets: a memory pass has no business there, and
 * GITHUB_TOKEN could not push them anyway. Paths must stay inside the repository.
 */
export function assertSafePath(file: string): void {
  const norm = path.posix.normalize(file.replaceAll('\\', '/'));
  if (path.posix.isAbsolute(norm) || norm === '..' || norm.startsWith('../')) {
    throw new UnsafePathError(file, 'the path leaves the repository');
  }
  if (norm === '.git' || norm.startsWith('.git/')) throw new UnsafePathError(file, 'it is inside .git');
  if (norm.toLowerCase().startsWith('.github/workflows/')) {
    throw new UnsafePathError(file, 'the dream bot never touches .github/workflows');
  }
}

/**
 * A committed symlink (CLAUDE.md -> ~/.ssh/authorized_keys) would turn our write into a write outside
 * the repository: no component of the path may be a link.
 */
async function assertNoSymlink(root: string, file: string): Promise<void> {
  let at = root;
  for (const part of file.split('/')) {
    at = path.join(at, part);
    const st = await lstat(at).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (!st) return;
    if (st.isSymbolicLink()) throw new UnsafePathError(file, `${path.relative(root, at)} is a symlink in the repository`);
  }
}

export function buildCommitMessage(p: {
  /** The `commit-message` input; the session list and the trailers follow it either way. */
  subject?: string;
  edits: number;
  engine: string;
  sessions: { id: string; file?: string }[];
  /** The edits, for one `Dreamed-Edit` trailer each (file: where the entry lands, for a move its destination). */
  editList?: { id: string; file: string }[];
}): string {
  const listed = p.sessions.slice(0, 50).map((s) => `- ${s.id}${s.file ? ` (${s.file})` : ''}`);
  if (p.sessions.length > 50) listed.push(`- ... and ${p.sessions.length - 50} more`);
  const ids = p.sessions.map((s) => s.id);
  return [
    p.subject ??
      `dream: ${p.edits} memory edit${p.edits === 1 ? '' : 's'} from ${p.sessions.length} session${p.sessions.length === 1 ? '' : 's'}`,
    '',
    'Sessions:',
    ...listed,
    '',
    `${TRAILER_SESSIONS}: ${ids.join(', ') || 'none'}`,
    // One per edit, so that blame, even after a squash, leads from a line to the edit that wrote it.
    ...(p.editList ?? []).map((e) => `${TRAILER_EDIT}: ${e.id} ${e.file}`),
    `${TRAILER_ENGINE}: ${p.engine}`,
    '',
  ].join('\n');
}
