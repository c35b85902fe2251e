/**
 * A local stand-in for the Anthropic API, for tests and benches that run the real SDK against it:
 * POST /v1/messages (JSON, or SSE when stream:true), /v1/messages/count_tokens and the Message
 * Batches endpoints (create, retrieve, JSONL results). Answers come from scripted queues, one per
 * role (recognised by the forced tool's name); every request is checked and recorded.
 * Binds 127.0.0.1 on a random port.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { checkMessagesRequest, roughTokens, type CheckLimits } from './checks.js';
import { messageBody, nextId, sendError, sendJson, sendSse, type Scripted, type WireUsage } from './wire.js';
import { translateProviderRequest, type ProviderExpectations, type WireRequest } from './providers.js';

export type { Scripted } from './wire.js';
export type Role = 'analyst' | 'curator' | 'reviewer' | 'other';
export type Responder = Scripted | ((req: RecordedRequest) => Scripted);

export interface RecordedRequest {
  method: string;
  path: string;
  role: Role;
  raw: string;
  body: Record<string, unknown>;
  roughTokens: number;
  /** Check failures; the server answered 400 when there were any. */
  problems: string[];
  /** A Bedrock or Vertex request, as it came over the wire (path is then the canonical one). */
  wire?: WireRequest;
}

const ROLE_BY_TOOL: Record<string, Role> = { report_lessons: 'analyst', propose_edits: 'curator', review_edits: 'reviewer' };

export interface ServerOptions extends Partial<CheckLimits> {
  /** count_tokens answers this many real tokens per rough token (to test calibration). */
  countRatio?: number;
  /** Status polls a batch stays in_progress before it ends. */
  batchPollsBeforeEnd?: number;
  /**
   * Models that, like the real API's adaptive-thinking generation, answer a forced tool_choice
   * (type tool or any) with a 400 and open every answer with a thinking block.
   */
  adaptiveModels?: RegExp;
  /** Serve the Bedrock and Vertex wire formats, for the credentials and place given here. */
  providers?: ProviderExpectations;
}

const ADAPTIVE_MODELS = /^claude-(?:sonnet-5-5|opus-5-5|fable-5-[1-9]|mythos-5-[1-9])\b/;

interface StoredBatch {
  id: string;
  polls: number;
  created: string;
  results: { custom_id: string; result: Record<string, unknown> }[];
}

export class AnthropicReplayServer {
  readonly requests: RecordedRequest[] = [];
  private readonly queues = new Map<Role, Responder[]>();
  private readonly fallbacks = new Map<Role, Responder>();
  private readonly cachedPrefixes = new Set<string>();
  private readonly batches = new Map<string, StoredBatch>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly sockets = new Set<Socket>();
  private readonly limits: CheckLimits;
  url = '';

  private constructor(
    private readonly server: Server,
    private readonly opts: ServerOptions,
  ) {
    this.limits = { maxTokens: opts.maxTokens ?? 16_000, requestTokenBudget: opts.requestTokenBudget ?? 60_000 };
    server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  static async start(opts: ServerOptions = {}): Promise<AnthropicReplayServer> {
    const holder: { self?: AnthropicReplayServer } = {};
    const server = createServer((req, res) => void holder.self!.handle(req, res));
    const self = (holder.self = new AnthropicReplayServer(server, opts));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    self.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return self;
  }

  /** Queues answers for a role, used in order. */
  script(role: Role, ...responses: Responder[]): this {
    this.queues.set(role, [...(this.queues.get(role) ?? []), ...responses]);
    return this;
  }

  /** The answer used when a role's queue is empty. */
  fallback(role: Role, r: Responder): this {
    this.fallbacks.set(role, r);
    return this;
  }

  messageRequests(role?: Role): RecordedRequest[] {
    return this.requests.filter((r) => r.path === '/v1/messages' && (!role || r.role === role));
  }

  pending(role: Role): number {
    return this.queues.get(role)?.length ?? 0;
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private next(role: Role, rec: RecordedRequest): Scripted {
    const queue = this.queues.get(role);
    const r = queue && queue.length > 0 ? queue.shift()! : this.fallbacks.get(role);
    if (!r) return { kind: 'status', status: 400, message: `replay server: no scripted answer left for role ${role}` };
    return typeof r === 'function' ? r(rec) : r;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let path = (req.url ?? '').split('?')[0]!;
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return sendError(res, { status: 400, message: 'body is not JSON' });
    }
    const t = translateProviderRequest({
      method: req.method ?? 'GET',
      url: req.url ?? '',
      headers: req.headers,
      raw,
      body,
      expect: this.opts.providers ?? {},
    });
    if (t.kind === 'problem') {
      this.requests.push({ method: req.method ?? 'GET', path, role: 'other', raw, body, roughTokens: 0, problems: [t.message] });
      return sendError(res, { status: t.status, message: t.message });
    }
    if (t.kind === 'ok') [path, body] = [t.canonicalPath, t.body];
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      role: roleOf(body),
      raw,
      body,
      roughTokens: roughTokens(raw),
      problems: [],
      ...(t.kind === 'ok' ? { wire: t.wire } : {}),
    };
    this.requests.push(rec);
    if (!req.headers['x-api-key'] && !req.headers.authorization) return sendError(res, { status: 401, message: 'missing x-api-key' });

    if (req.method === 'POST' && path === '/v1/messages') return this.messages(rec, res);
    if (req.method === 'POST' && path === '/v1/messages/count_tokens') {
      const text = JSON.stringify({ system: body.system, messages: body.messages, tools: body.tools });
      return sendJson(res, { input_tokens: Math.ceil(roughTokens(text) * (this.opts.countRatio ?? 1)) });
    }
    if (req.method === 'POST' && path === '/v1/messages/batches') return this.createBatch(rec, res);
    const m = /^\/v1\/messages\/batches\/([^/]+)(\/results)?$/.exec(path);
    if (req.method === 'GET' && m) return this.batchGet(m[1]!, !!m[2], res);
    return sendError(res, { status: 404, message: `replay server: no route ${req.method} ${path}` });
  }

  /** Usage as the API would report it: the prefix up to the last cache breakpoint is written once, then read. */
  private usageFor(body: Record<string, unknown>, outputTokens: number): WireUsage {
    const parts: unknown[] = [...((body.tools as unknown[]) ?? []), ...((body.system as unknown[]) ?? [])];
    for (const m of (body.messages as { content: unknown }[]) ?? []) parts.push(...(Array.isArray(m.content) ? m.content : [m.content]));
    let cut = -1;
    parts.forEach((p, i) => {
      if (p && typeof p === 'object' && 'cache_control' in p) cut = i;
    });
    const total = roughTokens(JSON.stringify(parts));
    if (cut < 0) return { input_tokens: total, output_tokens: outputTokens, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
    const prefix = JSON.stringify([body.model, parts.slice(0, cut + 1)]);
    const cached = roughTokens(JSON.stringify(parts.slice(0, cut + 1)));
    const hit = this.cachedPrefixes.has(prefix);
    this.cachedPrefixes.add(prefix);
    return {
      input_tokens: Math.max(0, total - cached),
      output_tokens: outputTokens,
      cache_creation_input_tokens: hit ? 0 : cached,
      cache_read_input_tokens: hit ? cached : 0,
    };
  }

  private answer(
    rec: RecordedRequest,
    s: Scripted,
  ): { status: number; message?: Record<string, unknown>; error?: string; retryAfterMs?: number } {
    if (s.kind === 'status')
      return {
        status: s.status,
        error: s.message ?? `scripted ${s.status}`,
        ...(s.retryAfterMs !== undefined ? { retryAfterMs: s.retryAfterMs } : {}),
      };
    if (s.kind === 'hang') return { status: 0 };
    const tool =
      (rec.body.tool_choice as { name?: string } | undefined)?.name ?? (rec.body.tools as { name?: string }[] | undefined)?.[0]?.name;
    const out = s.kind === 'tool' ? (s.outputTokens ?? roughTokens(JSON.stringify(s.input))) : 5;
    const thinking = this.adaptive(rec.body);
    return { status: 200, message: messageBody({ model: String(rec.body.model), s, tool, usage: this.usageFor(rec.body, out), thinking }) };
  }

  private adaptive(body: Record<string, unknown>): boolean {
    return (this.opts.adaptiveModels ?? ADAPTIVE_MODELS).test(anthropicName(String(body.model)));
  }

  private messages(rec: RecordedRequest, res: ServerResponse): void {
    rec.problems = this.check(rec.body, rec.raw);
    if (rec.problems.length) return sendError(res, { status: 400, message: rec.problems.join('; ') });
    const s = this.next(rec.role, rec);
    if (s.kind === 'hang') {
      // Bounded: the socket is dropped after `ms` even if the client never gives up.
      const t = setTimeout(
        () => {
          this.timers.delete(t);
          res.destroy();
        },
        Math.min(s.ms, 30_000),
      );
      this.timers.add(t);
      return;
    }
    const a = this.answer(rec, s);
    if (a.status !== 200) return sendError(res, { status: a.status, message: a.error ?? 'error', retryAfterMs: a.retryAfterMs });
    if (rec.body.stream === true) return sendSse(res, a.message!);
    return sendJson(res, a.message);
  }

  private check(body: Record<string, unknown>, raw: string): string[] {
    const problems = checkMessagesRequest(body, raw, this.limits);
    const choice = (body.tool_choice as { type?: string } | undefined)?.type;
    if (this.adaptive(body) && (choice === 'tool' || choice === 'any')) {
      problems.push(`tool_choice: forced tool use is not supported with ${String(body.model)}; use tool_choice auto`);
    }
    const effort = (body.output_config as { effort?: unknown } | undefined)?.effort;
    if (effort !== undefined && !this.adaptive(body)) problems.push(`output_config.effort: not supported with ${String(body.model)}`);
    return problems;
  }

  private createBatch(rec: RecordedRequest, res: ServerResponse): void {
    const requests = rec.body.requests as { custom_id: string; params: Record<string, unknown> }[] | undefined;
    if (!Array.isArray(requests) || requests.length === 0)
      return sendError(res, { status: 400, message: 'requests: must be a non-empty array' });
    const id = nextId('msgbatch');
    const results: StoredBatch['results'] = [];
    for (const r of requests) {
      const inner = JSON.stringify(r.params);
      const sub: RecordedRequest = {
        method: 'POST',
        path: '/v1/messages#batch',
        role: roleOf(r.params),
        raw: inner,
        body: r.params,
        roughTokens: roughTokens(inner),
        problems: [],
      };
      sub.problems = this.check(r.params, inner);
      this.requests.push(sub);
      if (sub.problems.length) {
        results.push({
          custom_id: r.custom_id,
          result: { type: 'errored', error: { type: 'error', error: { type: 'invalid_request_error', message: sub.problems.join('; ') } } },
        });
        continue;
      }
      const a = this.answer(sub, this.next(sub.role, sub));
      if (a.status === 200) results.push({ custom_id: r.custom_id, result: { type: 'succeeded', message: a.message } });
      else if (a.status === 0) results.push({ custom_id: r.custom_id, result: { type: 'expired' } });
      else
        results.push({
          custom_id: r.custom_id,
          result: { type: 'errored', error: { type: 'error', error: { type: 'api_error', message: a.error } } },
        });
    }
    const batch: StoredBatch = { id, polls: 0, created: new Date().toISOString(), results };
    this.batches.set(id, batch);
    sendJson(res, this.batchObject(batch));
  }

  private batchObject(b: StoredBatch): Record<string, unknown> {
    const ended = b.polls > (this.opts.batchPollsBeforeEnd ?? 1);
    const count = (t: string) => b.results.filter((r) => r.result.type === t).length;
    return {
      id: b.id,
      type: 'message_batch',
      processing_status: ended ? 'ended' : 'in_progress',
      request_counts: ended
        ? { processing: 0, succeeded: count('succeeded'), errored: count('errored'), canceled: 0, expired: count('expired') }
        : { processing: b.results.length, succeeded: 0, errored: 0, canceled: 0, expired: 0 },
      created_at: b.created,
      expires_at: new Date(Date.parse(b.created) + 86_400_000).toISOString(),
      ended_at: ended ? new Date().toISOString() : null,
      archived_at: null,
      cancel_initiated_at: null,
      results_url: ended ? `${this.url}/v1/messages/batches/${b.id}/results` : null,
    };
  }

  private batchGet(id: string, results: boolean, res: ServerResponse): void {
    const b = this.batches.get(id);
    if (!b) return sendError(res, { status: 404, message: `batch ${id} not found` });
    if (!results) {
      b.polls++;
      return sendJson(res, this.batchObject(b));
    }
    res.writeHead(200, { 'content-type': 'application/binary' });
    res.end(b.results.map((r) => JSON.stringify(r)).join('\n') + '\n');
  }
}

/** How Bedrock and Vertex name Anthropic's models: `us.anthropic.claude-x-v1:0`, `claude-x@20250101`. */
function anthropicName(model: string): string {
  return model
    .replace(/^(?:[a-z]+\.)?anthropic\./, '')
    .replace(/-v\d+(?::\d+)?$/, '')
    .replace(/@(\d{8})$/, '-$1');
}

function roleOf(body: Record<string, unknown>): Role {
  const forced = (body.tool_choice as { name?: string } | undefined)?.name;
  const first = (body.tools as { name?: string }[] | undefined)?.[0]?.name;
  return ROLE_BY_TOOL[forced ?? first ?? ''] ?? 'other';
}
