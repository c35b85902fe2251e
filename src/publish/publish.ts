/**
 * Publishing one dream pass, idempotently: one bot branch per base, one open PR per branch, updated
 * in place. No edits never opens a PR. Two runs at once converge on one PR: the push is leased, the
 * open PR is looked up again right before creating one, and "a pull request already exists" is
 * answered by updating that PR.
 */
import type { Logger, DreamReport, FileChange } from '../model/index.js';
import { parseStateMarker, renderPull, stateMarker, STATE_VERSION, type ProposedEdit, type RenderedPull } from './body.js';
import { assertNoNewSecrets, assertNoSecrets } from '../guards/index.js';
import { LEDGER_SCAN } from '../ledger/index.js';
import { BranchMovedError } from './push.js';
import { buildCommitMessage } from './commits.js';
import { type BranchPublishInput, type BranchResult, type CommitSigner, type DreamBranch, type FileWrite } from './git.js';
import { GitHubApiError } from './errors.js';
import type { PullRequest } from './github.js';
import { branchFor, type MergeMethod, type PublishSettings } from './settings.js';

type PullOperation = 'created' | 'updated' | 'closed' | 'none';

export interface PublishOutcome {
  operation: PullOperation;
  /** Why nothing happened, or what did. */
  reason: string;
  pull?: { number: number; url: string };
  branch?: string;
  headSha?: string;
  /** The full report committed on the branch when it did not fit in the PR body. */
  reportPath?: string;
  humanCommits: number;
}

export interface PublishInput {
  report: DreamReport;
  changes: FileChange[];
  ledgerText: string;
  ledgerPath: string;
  /**
   * The ledger text the pass started from, which was published already (the base's, the state
   * branch's, or the two merged): its lines are not scanned again, as `dream run --write` scans only
   * what it adds to the file. Absent: every line of ledgerText is scanned.
   */
  ledgerBefore?: string | null;
  /** Where artifacts were extracted, so evidence from them is named readably. */
  artifactRoot?: string;
  /** The workflow run of each extracted artifact, by its folder under artifactRoot. */
  artifactRuns?: Record<string, number>;
  /** Where Managed Agents sessions were fetched, so evidence from them is named by session. */
  managedSessionsRoot?: string;
}

/** The GitHub operations publishing needs (GitHubClient implements them). */
export interface PullRequestPort extends CommitSigner {
  defaultBranch(): Promise<string>;
  branchSha(branch: string): Promise<string | undefined>;
  findOpenPull(head: string, base: string): Promise<PullRequest | undefined>;
  listClosedUnmerged(head: string, limit?: number): Promise<PullRequest[]>;
  createPull(p: { head: string; base: string; title: string; body: string; draft: boolean }): Promise<PullRequest>;
  updatePull(number: number, p: { title: string; body: string }): Promise<PullRequest>;
  addLabels(number: number, labels: string[]): Promise<void>;
  requestReviewers(number: number, reviewers: string[], teamReviewers: string[]): Promise<void>;
  closePull(number: number, comment: string, body?: string): Promise<void>;
  enableAutoMerge(pullNodeId: string, method: MergeMethod): Promise<void>;
}

/** The git operations publishing needs (DreamBranch implements them). */
interface BranchPort {
  resolveBase(base: string): Promise<string>;
  publish(input: BranchPublishInput): Promise<BranchResult>;
}

export interface PublishPorts {
  github: PullRequestPort;
  branch: BranchPort;
  logger: Logger;
  now?: () => Date;
}

/** Leased pushes that lose a race are retried this many times, re-reading the branch each time. */
const PUSH_ATTEMPTS = 3;

export async function publish(input: PublishInput, settings: PublishSettings, ports: PublishPorts): Promise<PublishOutcome> {
  const { github, logger } = ports;
  const { report } = input;
  if (settings.dryRun) return { operation: 'none', reason: 'dry run: nothing pushed', humanCommits: 0 };

  const defaultBranch = await github.defaultBranch();
  const base = settings.base || defaultBranch;
  const branch = branchFor(settings, base, defaultBranch);
  const existing = await github.findOpenPull(branch, base);

  if (report.edits.length === 0 || input.changes.length === 0) {
    if (existing && settings.closeWhenEmpty) {
      // Clear the marker: a PR the bot closed is not a reviewer's rejection.
      const body = `${existing.body.split('<!-- agent-dreaming:state ')[0]?.trimEnd() ?? ''}\n\n${stateMarker({ version: STATE_VERSION, editIds: [], sessionIds: [] })}\n`;
      await github.closePull(
        existing.number,
        'The latest dream pass found nothing to change, so this pull request is closed (`close-when-empty: true`). A later pass opens a new one when there is something to propose.',
        body,
      );
      logger.info(`closed #${existing.number}: no edits this pass`);
      return { operation: 'closed', reason: 'no edits; closed the open dream PR', pull: pick(existing), branch, humanCommits: 0 };
    }
    const reason = existing ? `no edits; #${existing.number} left open` : 'no edits';
    return { operation: 'none', reason, ...(existing ? { pull: pick(existing) } : {}), branch, humanCommits: 0 };
  }

  let result: BranchResult | undefined;
  let rendered: ReturnType<typeof renderPull> | undefined;
  for (let attempt = 1; attempt <= PUSH_ATTEMPTS && !result; attempt++) {
    const baseSha = await ports.branch.resolveBase(base);
    const pull = renderPull(report, {
      owner: settings.owner,
      repo: settings.repo,
      serverUrl: settings.serverUrl,
      baseSha,
      branch,
      date: (ports.now ?? (() => new Date()))(),
      ...(input.artifactRoot
        ? { artifactRoot: input.artifactRoot, ...(input.artifactRuns ? { artifactRuns: input.artifactRuns } : {}) }
        : {}),
      ...(input.managedSessionsRoot ? { managedSessionsRoot: input.managedSessionsRoot } : {}),
      ...(settings.toolVersion ? { toolVersion: settings.toolVersion } : {}),
      ...(settings.runUrl ? { runUrl: settings.runUrl } : {}),
    });
    rendered = settings.title ? { ...pull, title: settings.title } : pull;
    const files: FileWrite[] = [
      ...input.changes.map((c) => ({ path: c.path, content: c.after })),
      // With a state branch the ledger lives there: reviewers see only memory files in the diff.
      ...(settings.stateBranch ? [] : [{ path: input.ledgerPath, content: input.ledgerText }]),
      ...(rendered.overflow ? [rendered.overflow] : []),
    ];
    const message = buildCommitMessage({
      ...(settings.commitMessage ? { subject: settings.commitMessage } : {}),
      edits: report.edits.length,
      engine: report.engine,
      sessions: uniqueSessions(report),
      editList: report.edits.map((e) => ({ id: e.id, file: e.op === 'move' && e.toFile ? e.toFile : e.file })),
    });
    // Fail closed: nothing that still holds a secret leaves the runner.
    assertOutgoingClean(input, rendered, message);
    try {
      result = await ports.branch.publish({
        baseSha,
        branch,
        files,
        message,
        carryForeign: existing !== undefined,
        ...(settings.signCommits ? { signer: github } : {}),
      });
    } catch (e) {
      if (!(e instanceof BranchMovedError) || attempt === PUSH_ATTEMPTS) throw e;
      logger.warning(`${e.message}; reading it again (attempt ${attempt + 1}/${PUSH_ATTEMPTS})`);
    }
  }
  if (!result || !rendered) throw new Error('unreachable: the push loop ended without a result');

  if (result.outcome === 'blocked') {
    const c = result.conflict;
    logger.warning(
      `${branch} carries a human commit (${c?.sha.slice(0, 7)} "${c?.subject}" by ${c?.author}) that conflicts with this pass's edits. ` +
        `The branch is left untouched so nothing is lost: merge or close ${existing ? `#${existing.number}` : 'the branch'} and the next run rebuilds it.`,
    );
    return {
      operation: 'none',
      reason: 'human commits on the bot branch conflict with the new edits',
      ...(existing ? { pull: pick(existing) } : {}),
      branch,
      humanCommits: result.humanCommits.length,
    };
  }

  if (result.outcome === 'empty') {
    return { operation: 'none', reason: 'the edits are already in the base', branch, humanCommits: 0 };
  }
  const common = {
    branch,
    headSha: result.headSha,
    humanCommits: result.humanCommits.length,
    ...(rendered.overflow ? { reportPath: rendered.overflow.path } : {}),
  };
  // A run whose push landed after ours owns the PR text: ours would describe a commit no longer there.
  const tip = await github.branchSha(branch);
  if (tip !== result.headSha) {
    logger.warning(
      `${branch} now points at ${tip?.slice(0, 7) ?? 'nothing'}, not this run's ${result.headSha.slice(0, 7)}: another run pushed after this one, so the pull request is left to it`,
    );
    return {
      operation: 'none',
      reason: 'another run pushed the branch after this one; the pull request is left to it',
      ...(existing ? { pull: pick(existing) } : {}),
      ...common,
    };
  }
  const pr = await upsertPull(github, settings, { branch, base, title: rendered.title, body: rendered.body }, logger);
  if (pr.operation === 'updated' && result.outcome === 'unchanged' && !pr.changed) {
    return { operation: 'none', reason: `#${pr.pull.number} is already up to date`, pull: pick(pr.pull), ...common };
  }
  if (settings.autoMerge) await enableAutoMerge(github, pr.pull, settings.mergeMethod, logger);
  return { operation: pr.operation, reason: `${pr.operation} #${pr.pull.number}`, pull: pick(pr.pull), ...common };
}

async function upsertPull(
  github: PullRequestPort,
  settings: PublishSettings,
  p: { branch: string; base: string; title: string; body: string },
  logger: Logger,
): Promise<{ operation: 'created' | 'updated'; pull: PullRequest; changed: boolean }> {
  // Looked up again: another run may have opened the PR while this one was pushing.
  let open = await github.findOpenPull(p.branch, p.base);
  if (!open) {
    try {
      const created = await github.createPull({ head: p.branch, base: p.base, title: p.title, body: p.body, draft: settings.draft });
      await github.addLabels(created.number, settings.labels);
      await github.requestReviewers(created.number, settings.reviewers, settings.teamReviewers).catch((e: Error) =>
        // A reviewer who cannot review (not a collaborator, the author) must not lose the PR.
        logger.warning(`could not request reviewers on #${created.number}: ${e.message}`),
      );
      logger.info(`created pull request #${created.number}: ${created.url}`);
      return { operation: 'created', pull: created, changed: true };
    } catch (e) {
      if (!(e instanceof GitHubApiError && e.status === 422 && /already exists/i.test(e.message))) throw e;
      open = await github.findOpenPull(p.branch, p.base);
      if (!open) throw e;
      logger.info(`another run opened #${open.number} first; updating it`);
    }
  }
  const changed = open.title !== p.title || open.body !== p.body;
  const updated = changed ? await github.updatePull(open.number, { title: p.title, body: p.body }) : open;
  const missing = settings.labels.filter((l) => !open.labels.includes(l));
  await github.addLabels(open.number, missing);
  if (changed) logger.info(`updated pull request #${open.number}: ${open.url}`);
  return { operation: 'updated', pull: updated, changed: changed || missing.length > 0 };
}

async function enableAutoMerge(github: PullRequestPort, pull: PullRequest, method: MergeMethod, logger: Logger): Promise<void> {
  try {
    await github.enableAutoMerge(pull.nodeId, method);
    logger.info(`auto-merge (${method}) enabled on #${pull.number}`);
  } catch (e) {
    logger.warning(
      `could not enable auto-merge on #${pull.number}: ${(e as Error).message}. Auto-merge needs "Allow auto-merge" ` +
        `(Settings > General > Pull Requests) and a branch protection rule or ruleset with required checks on the base.`,
    );
  }
}

/**
 * Edits from dream PRs a reviewer closed unmerged, newest PR first, with the pattern and sessions
 * each had when proposed (older markers carry ids only). PRs the bot closed itself carry an empty
 * marker and add nothing.
 */
export async function rejectedEdits(
  github: Pick<PullRequestPort, 'defaultBranch' | 'listClosedUnmerged'>,
  settings: Pick<PublishSettings, 'base' | 'branch'>,
): Promise<ProposedEdit[]> {
  const defaultBranch = await github.defaultBranch();
  const branch = branchFor(settings, settings.base || defaultBranch, defaultBranch);
  const out = new Map<string, ProposedEdit>();
  for (const pr of await github.listClosedUnmerged(branch)) {
    const state = parseStateMarker(pr.body);
    if (!state) continue;
    const detailed = new Map((state.edits ?? []).map((e) => [e.id, e]));
    for (const id of state.editIds) if (!out.has(id)) out.set(id, detailed.get(id) ?? { id, sessions: [] });
  }
  return [...out.values()];
}

/** The ledger committed on the open dream PR's branch, if there is such a PR. */
export async function openPullLedger({
  github,
  branch,
  settings,
  ledgerPath,
}: {
  github: Pick<PullRequestPort, 'defaultBranch' | 'findOpenPull'>;
  branch: Pick<DreamBranch, 'readRemoteFile'>;
  settings: Pick<PublishSettings, 'base' | 'branch'>;
  ledgerPath: string;
}): Promise<{ text: string; file: string } | undefined> {
  const defaultBranch = await github.defaultBranch();
  const base = settings.base || defaultBranch;
  const head = branchFor(settings, base, defaultBranch);
  if (!(await github.findOpenPull(head, base))) return undefined;
  const text = await branch.readRemoteFile(head, ledgerPath);
  return text === null ? undefined : { text, file: `${head}:${ledgerPath}` };
}

/** What the open dream PR proposes, from its state marker (undefined: no open PR, or no marker). */
export async function openPullPending(
  github: Pick<PullRequestPort, 'defaultBranch' | 'findOpenPull'>,
  settings: Pick<PublishSettings, 'base' | 'branch'>,
): Promise<{ sessionIds: string[]; editIds: string[] } | undefined> {
  const defaultBranch = await github.defaultBranch();
  const base = settings.base || defaultBranch;
  const open = await github.findOpenPull(branchFor(settings, base, defaultBranch), base);
  const state = open ? parseStateMarker(open.body) : undefined;
  return state ? { sessionIds: state.sessionIds, editIds: state.editIds } : undefined;
}

/** The ids only: what runDream's rejectedEditIds takes today. */
export async function rejectedEditIds(
  github: Pick<PullRequestPort, 'defaultBranch' | 'listClosedUnmerged'>,
  settings: Pick<PublishSettings, 'base' | 'branch'>,
): Promise<string[]> {
  return (await rejectedEdits(github, settings)).map((e) => e.id);
}

function uniqueSessions(report: DreamReport): { id: string; file?: string }[] {
  const files = new Map<string, string>();
  for (const e of report.edits) for (const ev of e.evidence) if (!files.has(ev.session)) files.set(ev.session, ev.file);
  return report.sessions.ids.map((id) => ({ id, ...(files.has(id) ? { file: files.get(id) } : {}) }));
}

function assertOutgoingClean(input: PublishInput, rendered: RenderedPull, message: string): void {
  assertNoSecrets('PR title', rendered.title);
  assertNoSecrets('PR body', rendered.body);
  assertNoSecrets('commit message', message);
  if (rendered.overflow) assertNoSecrets(rendered.overflow.path, rendered.overflow.content);
  assertNoNewSecrets(input.ledgerPath, input.ledgerBefore ?? '', input.ledgerText, LEDGER_SCAN);
  for (const c of input.changes) assertNoNewSecrets(c.path, c.before, c.after);
}

function pick(p: PullRequest): { number: number; url: string } {
  return { number: p.number, url: p.url };
}
