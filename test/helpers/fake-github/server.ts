/**
 * A stateful fake of the GitHub REST API on 127.0.0.1, for the operations the Action uses. Every
 * request and response passes through GitHub's OpenAPI description: a request the spec does not
 * know or that breaks it gets a 400 and a recorded violation, as does a response of ours that
 * breaks the spec. Tests assert `violations` is empty.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BareRepo } from './bare-repo.js';
import { Fixtures, type PullState } from './fixtures.js';
import { loadOpenApi, type MatchedRequest, type OpenApi } from './openapi.js';
import { startedFakes } from './registry.js';
import { err, HttpAnswer } from './answer.js';
import { gitData } from './git-data.js';

type Json = Record<string, unknown>;

export interface FakeArtifact {
  id: number;
  name: string;
  zip: Buffer;
  createdAt: string;
  expired?: boolean;
  runId?: number;
  /** The workflow run's head repository: another id than this repository's means a fork's pull request. */
  headRepositoryId?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operation: string;
  status: number;
}

interface Fault {
  remaining: number;
  status: number;
  message: string;
}

export class FakeGitHub {
  readonly api: OpenApi = loadOpenApi();
  readonly violations: string[] = [];
  /** See registry.ts: the shared afterEach checks violations from here on. */
  acknowledged = 0;
  readonly requests: RecordedRequest[] = [];
  readonly pulls: PullState[] = [];
  readonly artifacts: FakeArtifact[] = [];
  readonly bare: BareRepo;
  url = '';
  private server?: http.Server;
  private fixtures?: Fixtures;
  private readonly faults = new Map<string, Fault[]>();
  private nextId = 1000;
  /** Lets tests hold a create-PR request until a second run has looked for the PR too. */
  beforeCreatePull?: () => Promise<void>;

  /** For tests that provoke violations on purpose and assert them themselves. */
  acknowledgeViolations(): void {
    this.acknowledged = this.violations.length;
  }

  constructor(
    readonly owner: string,
    readonly repo: string,
    bareDir: string,
    readonly defaultBranch = 'main',
  ) {
    this.bare = new BareRepo(bareDir);
  }

  async start(): Promise<string> {
    startedFakes.add(this);
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.fixtures = new Fixtures(this.api, { owner: this.owner, repo: this.repo, url: this.url, defaultBranch: this.defaultBranch });
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next `count` calls to the operation answer `status` (5xx by default) instead. */
  failNext(operationId: string, count: number, status = 503, message = 'Service Unavailable'): void {
    const list = this.faults.get(operationId) ?? [];
    list.push({ remaining: count, status, message });
    this.faults.set(operationId, list);
  }

  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operation === operationId);
  }

  /** What a reviewer does in the web UI. */
  closePull(number: number): void {
    const p = this.pulls.find((x) => x.number === number)!;
    p.state = 'closed';
    p.closedAt = p.updatedAt = new Date().toISOString();
  }

  openPulls(): PullState[] {
    return this.pulls.filter((p) => p.state === 'open');
  }

  private get fx(): Fixtures {
    return this.fixtures!;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const send = (a: HttpAnswer, operation: string) => {
      this.requests.push({ method, path: url.pathname, operation, status: a.status });
      const isBuffer = Buffer.isBuffer(a.body);
      const payload = a.body === undefined ? '' : isBuffer ? (a.body as Buffer) : JSON.stringify(a.body);
      res.writeHead(a.status, {
        ...(a.body !== undefined ? { 'content-type': isBuffer ? 'application/zip' : 'application/json; charset=utf-8' } : {}),
        ...a.headers,
      });
      res.end(payload);
    };
    try {
      // Artifact zips are served by a storage host GitHub redirects to, outside the REST API.
      const blob = /^\/_storage\/artifacts\/(\d+)\.zip$/.exec(url.pathname);
      if (blob && method === 'GET') {
        const a = this.artifacts.find((x) => x.id === Number(blob[1]));
        return send(a ? new HttpAnswer(200, a.zip) : new HttpAnswer(404, { message: 'Not Found' }), 'storage');
      }
      if (url.pathname === '/graphql' && method === 'POST') return send(this.graphql(raw), 'graphql');

      const matched = this.api.match(method, url.pathname);
      if (!matched) {
        this.violations.push(`${method} ${url.pathname}: no such operation in GitHub's OpenAPI description`);
        return send(err(400, 'not in the OpenAPI description'), 'unknown');
      }
      const opId = matched.op.id;
      let body: unknown;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          this.violations.push(`${opId}: request body is not JSON`);
          return send(err(400, 'Problems parsing JSON'), opId);
        }
      }
      const problems = this.api.validateRequest(matched, url.searchParams, body);
      if (problems.length) {
        this.violations.push(...problems.map((p) => `${opId}: ${p}`));
        return send(err(400, problems.join('; ')), opId);
      }
      const fault = this.takeFault(opId);
      if (fault && fault.status >= 500) return send(new HttpAnswer(fault.status, { message: fault.message }), opId);
      // An injected error takes the shape the spec gives that status (some are documented without a body).
      const answer = fault
        ? this.api.documentsBody(matched.op, fault.status)
          ? err(fault.status, fault.message)
          : new HttpAnswer(fault.status)
        : await this.route(matched, url.searchParams, (body ?? {}) as Json);
      const bad = this.api.validateResponse(matched.op, answer.status, answer.body);
      this.violations.push(...bad.map((b) => `fake answered off-spec: ${b}`));
      return send(answer, opId);
    } catch (e) {
      this.violations.push(`${method} ${url.pathname}: fake crashed: ${(e as Error).stack}`);
      return send(err(500, 'fake crashed'), 'crash');
    }
  }

  private takeFault(opId: string): Fault | undefined {
    const list = this.faults.get(opId);
    const f = list?.[0];
    if (!f) return undefined;
    if (--f.remaining <= 0) list!.shift();
    return f;
  }

  private async route(m: MatchedRequest, q: URLSearchParams, b: Json): Promise<HttpAnswer> {
    const { owner, repo } = m.params;
    if (owner !== this.owner || repo !== this.repo) return err(404, 'Not Found');
    const pull = () => this.pulls.find((p) => p.number === Number(m.params.pull_number ?? m.params.issue_number));
    switch (m.op.id) {
      case 'repos/get':
        return new HttpAnswer(200, this.fx.repository());
      case 'pulls/list':
        return this.listPulls(q);
      case 'pulls/get': {
        const p = pull();
        return p ? new HttpAnswer(200, this.fx.pull(p, true)) : err(404, 'Not Found');
      }
      case 'pulls/create':
        return this.createPull(b);
      case 'pulls/update': {
        const p = pull();
        if (!p) return err(404, 'Not Found');
        if (typeof b.title === 'string') p.title = b.title;
        if (typeof b.body === 'string') p.body = b.body;
        if (b.state === 'closed' || b.state === 'open') {
          p.state = b.state;
          p.closedAt = b.state === 'closed' ? new Date().toISOString() : null;
        }
        p.updatedAt = new Date().toISOString();
        return new HttpAnswer(200, this.fx.pull(p, true));
      }
      case 'issues/add-labels': {
        const p = pull();
        if (!p) return err(404, 'Not Found');
        for (const l of (b.labels as string[]) ?? []) if (!p.labels.includes(l)) p.labels.push(l);
        return new HttpAnswer(
          200,
          p.labels.map((l, i) => this.fx.label(l, i + 1)),
        );
      }
      case 'issues/create-comment': {
        const p = pull();
        if (!p) return err(404, 'Not Found');
        p.comments.push(String(b.body));
        return new HttpAnswer(201, this.fx.comment(this.nextId++, String(b.body), p.number), { location: `${this.url}/comments` });
      }
      case 'pulls/request-reviewers': {
        const p = pull();
        if (!p) return err(404, 'Not Found');
        p.reviewers.push(...((b.reviewers as string[]) ?? []));
        p.teamReviewers.push(...((b.team_reviewers as string[]) ?? []));
        return new HttpAnswer(201, this.fx.pull(p, false));
      }
      case 'actions/list-artifacts-for-repo':
        return this.listArtifacts(q);
      case 'actions/download-artifact': {
        const a = this.artifacts.find((x) => x.id === Number(m.params.artifact_id));
        if (!a) return err(404, 'Not Found');
        if (a.expired) return err(410, 'Artifact has expired');
        return new HttpAnswer(302, undefined, { location: `${this.url}/_storage/artifacts/${a.id}.zip` });
      }
      default:
        return gitData(
          { bare: this.bare, fx: this.fx, url: this.url, owner: this.owner, repo: this.repo, violations: this.violations },
          m,
          b,
        );
    }
  }

  private listPulls(q: URLSearchParams): HttpAnswer {
    const state = q.get('state') ?? 'open';
    const head = q.get('head');
    const base = q.get('base');
    let list = this.pulls.filter((p) => state === 'all' || p.state === state);
    if (head) list = list.filter((p) => `${this.owner}:${p.head}` === head);
    if (base) list = list.filter((p) => p.base === base);
    const desc = (q.get('direction') ?? (q.get('sort') ? 'desc' : 'desc')) === 'desc';
    list = [...list].sort((a, b) => (desc ? b.number - a.number : a.number - b.number));
    const per = Number(q.get('per_page') ?? 30);
    const page = Number(q.get('page') ?? 1);
    return new HttpAnswer(
      200,
      list.slice((page - 1) * per, page * per).map((p) => this.fx.pull(p, false)),
    );
  }

  private async createPull(b: Json): Promise<HttpAnswer> {
    const head = String(b.head);
    const base = String(b.base);
    const headSha = this.bare.branchSha(head);
    const baseSha = this.bare.branchSha(base);
    if (!headSha || !baseSha) {
      return err(422, 'Validation Failed', [{ resource: 'PullRequest', field: headSha ? 'base' : 'head', code: 'invalid' }]);
    }
    if (this.beforeCreatePull) await this.beforeCreatePull();
    if (this.pulls.some((p) => p.state === 'open' && p.head === head && p.base === base)) {
      return err(422, 'Validation Failed', [
        { resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${this.owner}:${head}.` },
      ]);
    }
    const now = new Date().toISOString();
    const p: PullState = {
      number: this.pulls.length + 1,
      id: this.nextId++,
      nodeId: `PR_kwFake${this.pulls.length + 1}`,
      title: String(b.title),
      body: String(b.body ?? ''),
      state: 'open',
      draft: b.draft === true,
      mergedAt: null,
      closedAt: null,
      createdAt: now,
      updatedAt: now,
      head,
      headSha,
      base,
      baseSha,
      labels: [],
      reviewers: [],
      teamReviewers: [],
      comments: [],
    };
    this.pulls.push(p);
    return new HttpAnswer(201, this.fx.pull(p, true), { location: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${p.number}` });
  }

  private listArtifacts(q: URLSearchParams): HttpAnswer {
    const name = q.get('name');
    const list = this.artifacts.filter((a) => !name || a.name === name).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    const per = Number(q.get('per_page') ?? 30);
    const page = Number(q.get('page') ?? 1);
    return new HttpAnswer(200, {
      total_count: list.length,
      artifacts: list.slice((page - 1) * per, page * per).map((a) =>
        this.fx.artifact({
          id: a.id,
          name: a.name,
          size: a.zip.length,
          createdAt: a.createdAt,
          expired: a.expired ?? false,
          runId: a.runId ?? 1,
          ...(a.headRepositoryId !== undefined ? { headRepositoryId: a.headRepositoryId } : {}),
        }),
      ),
    });
  }

  /** GraphQL is outside the REST description: the one mutation we use is checked by hand. */
  private graphql(raw: string): HttpAnswer {
    let req: { query?: unknown; variables?: Record<string, unknown> };
    try {
      req = JSON.parse(raw) as typeof req;
    } catch {
      this.violations.push('graphql: body is not JSON');
      return new HttpAnswer(400, { message: 'Problems parsing JSON' });
    }
    const q = typeof req.query === 'string' ? req.query : '';
    const id = req.variables?.id;
    const method = req.variables?.mergeMethod;
    const pr = this.pulls.find((p) => p.nodeId === id);
    if (
      !/enablePullRequestAutoMerge\s*\(\s*input:/.test(q) ||
      !/\$id:\s*ID!/.test(q) ||
      !['MERGE', 'SQUASH', 'REBASE'].includes(String(method))
    ) {
      this.violations.push(`graphql: unexpected request ${raw.slice(0, 300)}`);
      return new HttpAnswer(200, { errors: [{ message: 'unexpected query' }] });
    }
    if (!pr)
      return new HttpAnswer(200, {
        data: null,
        errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${String(id)}'` }],
      });
    pr.autoMerge = { method: String(method).toLowerCase(), enabledAt: new Date().toISOString() };
    return new HttpAnswer(200, {
      data: { enablePullRequestAutoMerge: { pullRequest: { number: pr.number, autoMergeRequest: { enabledAt: pr.autoMerge.enabledAt } } } },
    });
  }
}
