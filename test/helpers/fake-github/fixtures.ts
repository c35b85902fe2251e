/**
 * Response objects built from the spec's own examples with our state laid over them, so every
 * field GitHub documents is present and the shapes are the real ones.
 */
import type { OpenApi } from './openapi.js';

type Json = Record<string, unknown>;

export interface PullState {
  number: number;
  id: number;
  nodeId: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  draft: boolean;
  mergedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  head: string;
  headSha: string;
  base: string;
  baseSha: string;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  comments: string[];
  autoMerge?: { method: string; enabledAt: string };
}

export interface RepoRef {
  owner: string;
  repo: string;
  url: string;
  defaultBranch: string;
}

export class Fixtures {
  constructor(
    private readonly api: OpenApi,
    private readonly r: RepoRef,
  ) {}

  repository(): Json {
    const repo = this.api.example('full-repository') as Json;
    Object.assign(repo, {
      name: this.r.repo,
      full_name: `${this.r.owner}/${this.r.repo}`,
      default_branch: this.r.defaultBranch,
      has_discussions: false,
    });
    (repo.owner as Json).login = this.r.owner;
    return repo;
  }

  label(name: string, id: number): Json {
    const l = this.api.example('label') as Json;
    return {
      ...l,
      id,
      node_id: `LA_${id}`,
      name,
      url: `${this.r.url}/repos/${this.r.owner}/${this.r.repo}/labels/${encodeURIComponent(name)}`,
    };
  }

  user(login: string): Json {
    const pr = this.api.example('pull-request') as Json;
    return { ...(pr.user as Json), login };
  }

  /** `full` = the pulls/get shape; otherwise the pulls/list ("pull-request-simple") shape. */
  pull(p: PullState, full: boolean): Json {
    const base = full ? (this.api.example('pull-request') as Json) : ((this.api.example('pull-request-simple-items') as Json[])[0] as Json);
    const html = `https://github.com/${this.r.owner}/${this.r.repo}/pull/${p.number}`;
    const out: Json = {
      ...base,
      id: p.id,
      node_id: p.nodeId,
      number: p.number,
      url: `${this.r.url}/repos/${this.r.owner}/${this.r.repo}/pulls/${p.number}`,
      html_url: html,
      title: p.title,
      body: p.body,
      state: p.state,
      draft: p.draft,
      locked: false,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      closed_at: p.closedAt,
      merged_at: p.mergedAt,
      labels: p.labels.map((name, i) => this.label(name, i + 1)),
      requested_reviewers: p.reviewers.map((login) => this.user(login)),
      requested_teams: [],
      auto_merge: p.autoMerge
        ? { enabled_by: this.user('github-actions[bot]'), merge_method: p.autoMerge.method, commit_title: p.title, commit_message: '' }
        : null,
      head: { ...(base.head as Json), ref: p.head, sha: p.headSha, label: `${this.r.owner}:${p.head}` },
      base: { ...(base.base as Json), ref: p.base, sha: p.baseSha, label: `${this.r.owner}:${p.base}` },
    };
    if (full) {
      Object.assign(out, { merged: p.mergedAt !== null, mergeable: null, comments: p.comments.length });
    }
    return out;
  }

  comment(id: number, body: string, issue: number): Json {
    const c = this.api.example('issue-comment') as Json;
    return {
      ...c,
      id,
      node_id: `IC_${id}`,
      body,
      issue_url: `${this.r.url}/repos/${this.r.owner}/${this.r.repo}/issues/${issue}`,
    };
  }

  artifact(a: {
    id: number;
    name: string;
    size: number;
    createdAt: string;
    expired: boolean;
    runId: number;
    headRepositoryId?: number;
  }): Json {
    const x = this.api.example('artifact') as Json;
    return {
      ...x,
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Qx${a.id}`,
      name: a.name,
      size_in_bytes: a.size,
      created_at: a.createdAt,
      updated_at: a.createdAt,
      expired: a.expired,
      archive_download_url: `${this.r.url}/repos/${this.r.owner}/${this.r.repo}/actions/artifacts/${a.id}/zip`,
      workflow_run: {
        ...(x.workflow_run as Json),
        id: a.runId,
        ...(a.headRepositoryId !== undefined ? { head_repository_id: a.headRepositoryId } : {}),
      },
    };
  }

  gitRef(ref: string, sha: string): Json {
    return {
      ref,
      node_id: `REF_${sha.slice(0, 8)}`,
      url: `${this.r.url}/repos/${this.r.owner}/${this.r.repo}/git/${ref}`,
      object: { type: 'commit', sha, url: `${this.r.url}/repos/${this.r.owner}/${this.r.repo}/git/commits/${sha}` },
    };
  }

  gitCommit(c: { sha: string; tree: string; parents: string[]; message: string; verified: boolean }): Json {
    const x = this.api.example('git-commit') as Json;
    const u = `${this.r.url}/repos/${this.r.owner}/${this.r.repo}/git`;
    return {
      ...x,
      sha: c.sha,
      node_id: `C_${c.sha.slice(0, 8)}`,
      url: `${u}/commits/${c.sha}`,
      html_url: `https://github.com/${this.r.owner}/${this.r.repo}/commit/${c.sha}`,
      message: c.message,
      tree: { sha: c.tree, url: `${u}/trees/${c.tree}` },
      parents: c.parents.map((sha) => ({
        sha,
        url: `${u}/commits/${sha}`,
        html_url: `https://github.com/${this.r.owner}/${this.r.repo}/commit/${sha}`,
      })),
      verification: c.verified
        ? {
            verified: true,
            reason: 'valid',
            signature: '-----BEGIN PGP SIGNATURE-----\n(fake)\n-----END PGP SIGNATURE-----',
            payload: c.message,
            verified_at: new Date().toISOString(),
          }
        : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    };
  }

  gitTree(sha: string): Json {
    const x = this.api.example('git-tree') as Json;
    return { ...x, sha, url: `${this.r.url}/repos/${this.r.owner}/${this.r.repo}/git/trees/${sha}`, truncated: false, tree: [] };
  }
}
