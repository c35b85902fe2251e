/**
 * GitHub, as the publish stage sees it: pull requests, labels, reviewers, auto-merge, signed commits
 * through the Git Data API, and workflow artifacts (the ArtifactStore the sources stage reads).
 * Every method returns a small domain value and every failure leaves here as one of errors.ts.
 */
import { getOctokit } from '@actions/github';
import type { Logger } from '../model/index.js';
import { toGitHubError, type GitHubArea } from './errors.js';
import type { MergeMethod } from './settings.js';
import type { ArtifactInfo, ArtifactStore } from '../sources/artifacts.js';

export type { ArtifactInfo };

export interface PullRequest {
  number: number;
  url: string;
  nodeId: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  headRef: string;
  baseRef: string;
  labels: string[];
}

export interface GitHubClientOptions {
  token: string;
  owner: string;
  repo: string;
  /** GITHUB_API_URL; GitHub Enterprise Server and the test fake live elsewhere. */
  apiUrl?: string;
  logger: Logger;
  /** Attempts for a 5xx or a network error, including the first. */
  maxAttempts?: number;
  /** First backoff delay; doubles each retry. */
  retryBaseMs?: number;
}

/** Pages listed at most, so a repository with endless history cannot stall a run. */
const MAX_PAGES = 10;

/** @actions/github's Octokit: the REST methods and pagination, behind the runner's proxy settings. */
type Octokit = ReturnType<typeof getOctokit>;

export class GitHubClient implements ArtifactStore {
  private readonly octokit: Octokit;
  readonly owner: string;
  readonly repo: string;

  constructor(private readonly opts: GitHubClientOptions) {
    this.owner = opts.owner;
    this.repo = opts.repo;
    const logger = opts.logger;
    // getOctokit, as actions/checkout and create-pull-request use it, routes requests through the
    // runner's https_proxy/no_proxy; baseUrl stays ours so GHES and the test fake are reached.
    this.octokit = getOctokit(opts.token, {
      baseUrl: (opts.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
      userAgent: 'agent-dreaming',
      // Octokit logs every failed request as an error; ours are reported once, with what to do, by call().
      log: { debug: () => {}, info: () => {}, warn: (m: string) => logger.warning(m), error: (m: string) => logger.debug(m) },
    });
    this.installRetry();
  }

  /** Bounded retry of 5xx, rate limits and network failures with backoff; other 4xx are answers, not accidents. */
  private installRetry(): void {
    const maxAttempts = Math.max(1, this.opts.maxAttempts ?? 4);
    const baseMs = this.opts.retryBaseMs ?? 1000;
    this.octokit.hook.wrap('request', async (request, options) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await request(options);
        } catch (e) {
          const status = (e as { status?: number }).status ?? 0;
          const rateLimited = status === 429 || (status === 403 && /rate limit/i.test(String((e as Error).message)));
          const retryable = status >= 500 || status === 0 || rateLimited;
          if (!retryable || attempt >= maxAttempts) throw e;
          const after = Number((e as { response?: { headers?: Record<string, string> } }).response?.headers?.['retry-after']);
          // GitHub's Retry-After is honoured, but capped: a scheduled job should fail rather than sleep for an hour.
          const delay = rateLimited && after > 0 ? Math.min(after * 1000, 60_000) : baseMs * 2 ** (attempt - 1);
          this.opts.logger.warning(
            `GitHub ${options.method} ${String(options.url)} failed (${status || 'network error'}); retry ${attempt}/${maxAttempts - 1} in ${delay} ms`,
          );
          await new Promise((r) => setTimeout(r, delay));
        }
      }
    });
  }

  private async call<T>(operation: string, area: GitHubArea, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      throw toGitHubError(e, operation, area);
    }
  }

  private get where() {
    return { owner: this.owner, repo: this.repo };
  }

  async defaultBranch(): Promise<string> {
    return this.call('read the repository', 'metadata', async () => {
      const { data } = await this.octokit.rest.repos.get(this.where);
      return data.default_branch;
    });
  }

  async findOpenPull(head: string, base: string): Promise<PullRequest | undefined> {
    return this.call('list open pull requests', 'pull-requests', async () => {
      const { data } = await this.octokit.rest.pulls.list({
        ...this.where,
        state: 'open',
        head: `${this.owner}:${head}`,
        base,
        per_page: 10,
      });
      const pr = data.find((p) => p.head.ref === head);
      return pr ? toPull(pr) : undefined;
    });
  }

  /** Closed dream PRs that were never merged, newest first: the reviewer's rejections. */
  async listClosedUnmerged(head: string, limit = 30): Promise<PullRequest[]> {
    return this.call('list closed pull requests', 'pull-requests', async () =>
      (await this.listClosedOn(head, limit)).filter((p) => !p.merged_at).map(toPull),
    );
  }

  /** Dream PRs on `head` that were merged, most recently updated first: their edits may be adopted, reworded or dropped. */
  async listMerged(head: string, limit = 10): Promise<PullRequest[]> {
    return this.call('list merged pull requests', 'pull-requests', async () =>
      (await this.listClosedOn(head, limit)).filter((p) => p.merged_at).map(toPull),
    );
  }

  /**
   * One page of the closed PRs from our `head` branch, most recently updated first: what the rejections and
   * the merges are both read from, so the two lists cannot disagree on which PRs are ours. The ref is checked
   * again rather than trusting the `head` filter alone, as findOpenPull does.
   */
  private async listClosedOn(head: string, limit: number) {
    const { data } = await this.octokit.rest.pulls.list({
      ...this.where,
      state: 'closed',
      head: `${this.owner}:${head}`,
      sort: 'updated',
      direction: 'desc',
      per_page: Math.min(100, limit),
    });
    return data.filter((p) => p.head.ref === head);
  }

  async createPull(p: { head: string; base: string; title: string; body: string; draft: boolean }): Promise<PullRequest> {
    return this.call('create the pull request', 'pull-requests', async () => {
      const { data } = await this.octokit.rest.pulls.create({ ...this.where, ...p });
      return toPull(data);
    });
  }

  async updatePull(number: number, p: { title: string; body: string }): Promise<PullRequest> {
    return this.call(`update pull request #${number}`, 'pull-requests', async () => {
      const { data } = await this.octokit.rest.pulls.update({ ...this.where, pull_number: number, ...p });
      return toPull(data);
    });
  }

  async addLabels(number: number, labels: string[]): Promise<void> {
    if (labels.length === 0) return;
    await this.call(`label pull request #${number}`, 'issues', () =>
      this.octokit.rest.issues.addLabels({ ...this.where, issue_number: number, labels }),
    );
  }

  async requestReviewers(number: number, reviewers: string[], teamReviewers: string[]): Promise<void> {
    if (reviewers.length === 0 && teamReviewers.length === 0) return;
    await this.call(`request reviewers on #${number}`, 'pull-requests', () =>
      this.octokit.rest.pulls.requestReviewers({
        ...this.where,
        pull_number: number,
        reviewers,
        team_reviewers: teamReviewers,
      }),
    );
  }

  /** A new body may go with the close, e.g. to clear the state marker of a PR no human rejected. */
  async closePull(number: number, comment: string, body?: string): Promise<void> {
    await this.call(`comment on #${number}`, 'issues', () =>
      this.octokit.rest.issues.createComment({ ...this.where, issue_number: number, body: comment }),
    );
    await this.call(`close pull request #${number}`, 'pull-requests', () =>
      this.octokit.rest.pulls.update({ ...this.where, pull_number: number, state: 'closed', ...(body === undefined ? {} : { body }) }),
    );
  }

  /** GraphQL only: REST has no endpoint that turns auto-merge on. */
  async enableAutoMerge(pullNodeId: string, method: MergeMethod): Promise<void> {
    const data = await this.call('enable auto-merge', 'pull-requests', () =>
      this.octokit.graphql<unknown>(
        `mutation($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
          enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) {
            pullRequest { number autoMergeRequest { enabledAt } }
          }
        }`,
        { id: pullNodeId, mergeMethod: method.toUpperCase() },
      ),
    );
    const enabledAt = (data as { enablePullRequestAutoMerge?: { pullRequest?: { autoMergeRequest?: { enabledAt?: unknown } } } })
      ?.enablePullRequestAutoMerge?.pullRequest?.autoMergeRequest?.enabledAt;
    if (typeof enabledAt !== 'string') {
      throw new Error(`enable auto-merge: unexpected GraphQL answer ${JSON.stringify(data).slice(0, 200)}`);
    }
  }

  /** The sha a branch points at on GitHub, or undefined when it does not exist. */
  async branchSha(branch: string): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.rest.git.getRef({ ...this.where, ref: `heads/${branch}` });
      return data.object.sha;
    } catch (e) {
      if ((e as { status?: number }).status === 404) return undefined;
      throw toGitHubError(e, `read branch ${branch}`, 'contents');
    }
  }

  /**
   * One commit made by GitHub itself (so it is signed and shows as verified): the parent's tree plus
   * the given files. The branch moves only if it still points where we last saw it.
   */
  async createSignedCommit(c: {
    branch: string;
    parentSha: string;
    expectedBranchSha: string | undefined;
    message: string;
    files: { path: string; content: string }[];
  }): Promise<string> {
    return this.call('create a signed commit', 'contents', async () => {
      const git = this.octokit.rest.git;
      const { data: parent } = await git.getCommit({ ...this.where, commit_sha: c.parentSha });
      const tree: { path: string; mode: '100644'; type: 'blob'; sha: string }[] = [];
      for (const f of c.files) {
        const { data: blob } = await git.createBlob({
          ...this.where,
          content: Buffer.from(f.content, 'utf8').toString('base64'),
          encoding: 'base64',
        });
        tree.push({ path: f.path, mode: '100644', type: 'blob', sha: blob.sha });
      }
      const { data: newTree } = await git.createTree({ ...this.where, base_tree: parent.tree.sha, tree });
      const { data: commit } = await git.createCommit({
        ...this.where,
        message: c.message,
        tree: newTree.sha,
        parents: [c.parentSha],
      });
      const current = await this.branchSha(c.branch);
      if (current !== c.expectedBranchSha) {
        throw new Error(
          `branch ${c.branch} moved while this run was committing (expected ${c.expectedBranchSha ?? 'none'}, found ${current}); rerun`,
        );
      }
      if (current === undefined) {
        await git.createRef({ ...this.where, ref: `refs/heads/${c.branch}`, sha: commit.sha });
      } else {
        await git.updateRef({ ...this.where, ref: `heads/${c.branch}`, sha: commit.sha, force: true });
      }
      return commit.sha;
    });
  }

  /** Artifacts of recent runs, newest first (expired ones flagged); the caller matches names. */
  async listArtifacts(opts: { namePattern: string; since: Date }): Promise<ArtifactInfo[]> {
    // Not filtered by name here: when nothing matches, the collector lists the names that were seen.
    return this.call('list workflow artifacts', 'actions', async () => {
      const out: ArtifactInfo[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await this.octokit.rest.actions.listArtifactsForRepo({ ...this.where, per_page: 100, page });
        let older = false;
        for (const a of data.artifacts) {
          const created = a.created_at ? new Date(a.created_at) : undefined;
          if (created && created < opts.since) {
            older = true;
            continue;
          }
          out.push({
            id: a.id,
            name: a.name,
            sizeInBytes: a.size_in_bytes,
            createdAt: a.created_at ?? '',
            expired: a.expired,
            ...(a.workflow_run?.id ? { runId: a.workflow_run.id } : {}),
            ...(typeof a.workflow_run?.repository_id === 'number' ? { repositoryId: a.workflow_run.repository_id } : {}),
            ...(typeof a.workflow_run?.head_repository_id === 'number' ? { headRepositoryId: a.workflow_run.head_repository_id } : {}),
          });
        }
        // Artifacts come newest first: once a page reaches past the window, later pages are older still.
        if (older || data.artifacts.length < 100) break;
      }
      return out;
    });
  }

  async downloadArtifactZip(id: number): Promise<Buffer> {
    return this.call(`download artifact ${id}`, 'actions', async () => {
      const { data } = await this.octokit.rest.actions.downloadArtifact({
        ...this.where,
        artifact_id: id,
        archive_format: 'zip',
      });
      return Buffer.from(data as ArrayBuffer);
    });
  }
}

interface RawPull {
  number: number;
  html_url: string;
  node_id: string;
  title: string;
  body?: string | null;
  state: string;
  merged_at?: string | null;
  head: { ref: string };
  base: { ref: string };
  labels?: ({ name?: string } | string)[];
}

function toPull(p: RawPull): PullRequest {
  return {
    number: p.number,
    url: p.html_url,
    nodeId: p.node_id,
    title: p.title,
    body: p.body ?? '',
    state: p.state === 'open' ? 'open' : 'closed',
    merged: Boolean(p.merged_at),
    headRef: p.head.ref,
    baseRef: p.base.ref,
    labels: (p.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
  };
}
