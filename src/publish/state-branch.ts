/**
 * The state branch (`dreaming/state` by default): a branch that holds only the ledger, advanced at the
 * end of every pass whose ledger changed, with or without edits. Without it the ledger reached the
 * repository only inside a dream PR's commit, so a pass that proposed nothing recorded nothing: the
 * same sessions were dreamed (and billed) again every night, min-new-sessions and the hosted `since`
 * never moved, and one-off support was lost until a PR merged.
 *
 * It is built with plumbing (a blob, a tree, a commit on top of the previous tip) so nothing is
 * checked out and the base branch is never touched; it is never a PR head. Each push is a
 * fast-forward leased on the tip this run read: a run that lost the race re-reads the tip, merges the
 * two ledgers and tries once more, so two runs at once both keep their sessions.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SimpleGit } from 'simple-git';
import { TRAILER_ENGINE, textChunks, type Logger } from '../model/index.js';
import { sessionsTrailer } from './commits.js';
import type { PublishSettings } from './settings.js';
import { authenticatedGit, type GitAuth } from './git-auth.js';
import { readLedgerFile, loadLedger, mergeLedgers, reconcileLedgers, serializeLedger, withoutPending } from '../ledger/index.js';
import { BranchMovedError, pushLeased } from './push.js';
import { assertSafePath, UnsafePathError } from './safe-paths.js';

const DEFAULT_STATE_BRANCH = 'dreaming/state';
const TRAILER_STATE = 'Dream-State';

export interface StateBranchOptions {
  repoDir: string;
  remote?: string;
  /** The branch name, e.g. dreaming/state. */
  branch: string;
  /** The ledger path, relative to the repository: the only file the branch holds. */
  ledgerPath: string;
  botName: string;
  botEmail: string;
  /** Fetch and push with this token (the `github-token` input). */
  auth?: GitAuth;
  logger: Logger;
}

/** The ledger as the state branch holds it; sha undefined when the branch does not exist yet. */
export interface StateSnapshot {
  text: string | null;
  sha?: string;
}

export class StateBranch {
  private readonly git: SimpleGit;
  private readonly remote: string;

  constructor(private readonly opts: StateBranchOptions) {
    assertSafePath(opts.ledgerPath);
    this.git = authenticatedGit(opts.repoDir, opts.auth);
    this.remote = opts.remote ?? 'origin';
  }

  get branch(): string {
    return this.opts.branch;
  }

  get ledgerPath(): string {
    return this.opts.ledgerPath;
  }

  async read(): Promise<StateSnapshot> {
    const { branch, ledgerPath } = this.opts;
    const out = await this.git.raw(['ls-remote', '--heads', this.remote, `refs/heads/${branch}`]);
    const sha = out.trim().split(/\s+/)[0];
    if (!sha) return { text: null };
    await this.git.fetch(this.remote, `+refs/heads/${branch}:refs/remotes/${this.remote}/${branch}`);
    const text = await this.git.show([`${sha}:${ledgerPath}`]).catch(() => null);
    return { text, sha };
  }

  /**
   * Commit `file` as the branch's only file, on top of `expected` (the tip read), and push it leased
   * on that tip. Returns the new tip, or `expected` when the branch already holds this content.
   */
  async write(file: { path: string; content: string }, expected: string | undefined, message: string): Promise<string> {
    // The branch is state, not a place for arbitrary files: a memory file or workflow here would be
    // out of review, so anything but the ledger is refused.
    if (file.path !== this.opts.ledgerPath) throw new UnsafePathError(file.path, `the state branch holds only ${this.opts.ledgerPath}`);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dream-state-'));
    try {
      const blobFile = path.join(dir, 'ledger');
      await writeFile(blobFile, textChunks(file.content));
      const blob = (await this.git.raw(['hash-object', '-w', '--', blobFile])).trim();
      // The tree is written object by object (one entry per level), so no index, not even a private one
      // (simple-git refuses GIT_INDEX_FILE), and never the user's working tree, is involved.
      let tree = blob;
      let mode = '100644';
      const parts = path.posix
        .normalize(file.path.replaceAll('\\', '/'))
        .split('/')
        .filter((x) => x !== '' && x !== '.');
      for (let i = parts.length - 1; i >= 0; i--) {
        const treeFile = path.join(dir, `tree-${i}`);
        await writeFile(treeFile, Buffer.concat([Buffer.from(`${mode} ${parts[i]}\0`), Buffer.from(tree, 'hex')]));
        tree = (await this.git.raw(['hash-object', '-w', '-t', 'tree', '--', treeFile])).trim();
        mode = '40000';
      }
      if (expected && (await this.git.revparse([`${expected}^{tree}`])).trim() === tree) return expected;
      const identity = ['-c', `user.name=${this.opts.botName}`, '-c', `user.email=${this.opts.botEmail}`, '-c', 'commit.gpgsign=false'];
      const commit = (await this.git.raw([...identity, 'commit-tree', tree, ...(expected ? ['-p', expected] : []), '-m', message])).trim();
      await pushLeased(this.git, this.remote, { branch: this.opts.branch, sha: commit, expected, input: 'state-branch' });
      return commit;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

export function buildStateCommitMessage(p: { engine: string; sessions: string[]; edits: number }): string {
  const n = p.sessions.length;
  return [
    `dream state: ledger after ${n} new session${n === 1 ? '' : 's'}, ${p.edits} edit${p.edits === 1 ? '' : 's'} proposed`,
    '',
    sessionsTrailer(p.sessions),
    `${TRAILER_ENGINE}: ${p.engine}`,
    `${TRAILER_STATE}: ledger`,
    '',
  ].join('\n');
}

/** Attempts to push the state branch: the first, and one after re-reading and merging a tip that moved. */
const STATE_PUSH_ATTEMPTS = 2;

export interface AdvanceResult {
  outcome: 'pushed' | 'unchanged';
  sha?: string;
  /** The ledger text now on the branch (merged with another run's when the first push lost a race). */
  text: string;
}

/**
 * Put this pass's ledger on the state branch. `read` is the snapshot the pass started from: the
 * lease is on its tip, so a run that pushed in between is never overwritten; its ledger is merged in.
 */
export async function advanceStateBranch({
  state,
  read,
  ledgerText,
  message,
  logger,
}: {
  state: StateBranch;
  read: StateSnapshot;
  ledgerText: string;
  message: string;
  logger: Logger;
}): Promise<AdvanceResult> {
  let current = read;
  let text = ledgerText;
  for (let attempt = 1; ; attempt++) {
    if (current.text === text) return { outcome: 'unchanged', ...(current.sha ? { sha: current.sha } : {}), text };
    try {
      const sha = await state.write({ path: state.ledgerPath, content: text }, current.sha, message);
      logger.info(`state branch ${state.branch}: ledger pushed (${sha.slice(0, 7)})`);
      return { outcome: 'pushed', sha, text };
    } catch (e) {
      if (!(e instanceof BranchMovedError) || attempt >= STATE_PUSH_ATTEMPTS) throw e;
      logger.warning(`${e.message}; merging its ledger with this run's and pushing again`);
      current = await state.read();
      const file = `${state.branch}:${state.ledgerPath}`;
      text = serializeLedger(mergeLedgers(loadLedger(current.text, file), loadLedger(ledgerText, file)));
    }
  }
}

/**
 * The ledger a pass starts from: the state branch's when it holds every session the checkout's does
 * (the usual case: it advances on every pass), else the two merged (a dream PR merged whose ledger
 * the state branch never saw). Without a state branch, the checkout's. What an open dream PR still
 * proposes is taken out (see withoutPending), so the PR, rebuilt from the base, keeps its edits.
 * `snapshot` is what the push at the end is leased on.
 */
export async function readPassLedger(p: {
  repoDir: string;
  ledgerPath: string;
  state?: StateBranch;
  pending?: { sessionIds: string[]; editIds: string[] };
}): Promise<{ text: string | null; snapshot?: StateSnapshot }> {
  const checkout = await readLedgerFile(p.repoDir, p.ledgerPath);
  if (!p.state) return { text: checkout };
  const snapshot = await p.state.read();
  const file = `${p.state.branch}:${p.ledgerPath}`;
  const reconciled = reconcileLedgers({ text: snapshot.text, file }, { text: checkout, file: p.ledgerPath });
  const text = reconciled.text;
  if (text === null || !p.pending) return { text, snapshot };
  // The ledgers reconcileLedgers parsed, where it did: the same texts are not parsed twice.
  const parsed = reconciled.ledger ?? loadLedger(text, file);
  // What the base's own ledger holds is merged, not pending (the PR may still read open for a moment).
  const base = reconciled.checkout ?? loadLedger(checkout, p.ledgerPath);
  const merged = new Set(Object.values(base.sessions).map((x) => x.id));
  const released = withoutPending(parsed, {
    sessionIds: p.pending.sessionIds.filter((id) => !merged.has(id)),
    editIds: p.pending.editIds.filter((id) => !(id in base.edits)),
  });
  return { text: released === parsed ? text : serializeLedger(released), snapshot };
}

/** The state branch must be a branch of its own: never the base, never a dream PR's head. */
export function assertStateBranchName(state: string, others: { base?: string; branch: string; defaultBranch: string }): void {
  const base = others.base || others.defaultBranch;
  if (state === base || state === others.defaultBranch)
    throw new Error(`state-branch "${state}" is the base branch; it must be a branch of its own, e.g. ${DEFAULT_STATE_BRANCH}`);
  if (state === others.branch || state.startsWith(`${others.branch}-`)) {
    throw new Error(
      `state-branch "${state}" would collide with the dream PR branch "${others.branch}"; choose another name, e.g. ${DEFAULT_STATE_BRANCH}`,
    );
  }
}

/** The configured state branch, checked against the base and the dream branch. */
export function stateBranchFor({
  pub,
  where,
  defaultBranch,
  logger,
  auth,
}: {
  pub: Pick<PublishSettings, 'stateBranch' | 'base' | 'branch' | 'botName' | 'botEmail'>;
  where: { repoDir: string; ledgerPath: string };
  defaultBranch: string;
  logger: Logger;
  auth?: GitAuth;
}): StateBranch {
  const branch = pub.stateBranch ?? '';
  assertStateBranchName(branch, { ...(pub.base ? { base: pub.base } : {}), branch: pub.branch, defaultBranch });
  return new StateBranch({
    repoDir: where.repoDir,
    ledgerPath: where.ledgerPath,
    branch,
    botName: pub.botName,
    botEmail: pub.botEmail,
    logger,
    ...(auth ? { auth } : {}),
  });
}
