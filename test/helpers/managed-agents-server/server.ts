/**
 * A local stand-in for the Managed Agents endpoints the dreams bridge uses, speaking the wire
 * format of @anthropic-ai/sdk (paths, methods, beta headers, error envelope, cursor pages).
 * Bound to 127.0.0.1 on a random port.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiFailure, invalid, newId, parseQuery, type Query } from './common.js';
import { MemoryStoreState } from './memory-stores.js';
import { SessionState } from './sessions.js';
import { DreamState } from './dreams.js';

export const DREAMS_BETA = 'dreaming-2026-04-21';
const MEMORY_BETAS = ['agent-memory-2026-07-22', 'managed-agents-2026-04-01'];
export const SESSIONS_BETA = 'managed-agents-2026-04-01';

interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  betas: string[];
  status: number;
  body?: unknown;
}

export interface ServerOptions {
  /** How the server answers dreams endpoints for this account. */
  dreamsAccess?: 'granted' | 'forbidden' | 'not_found';
}

export interface ManagedAgentsServer {
  url: string;
  stores: MemoryStoreState;
  sessions: SessionState;
  dreams: DreamState;
  requests: RecordedRequest[];
  options: ServerOptions;
  /** Runs before each request is handled: tests use it to change state mid-flight (a racing writer). */
  beforeHandle?: (req: RecordedRequest) => void;
  close(): Promise<void>;
}

type Handler = (m: RegExpMatchArray, q: Query, body: Record<string, unknown>) => unknown;
interface Route {
  method: string;
  pattern: RegExp;
  family: 'dreams' | 'memory' | 'sessions';
  handler: Handler;
}

export async function startManagedAgentsServer(options: ServerOptions = {}): Promise<ManagedAgentsServer> {
  const stores = new MemoryStoreState();
  const sessions = new SessionState();
  const dreams = new DreamState(stores, sessions);
  const requests: RecordedRequest[] = [];
  const api: ManagedAgentsServer = { url: '', stores, sessions, dreams, requests, options, close: async () => {} };
  const id = '([A-Za-z0-9_-]+)';
  const routes: Route[] = [
    { method: 'POST', pattern: /^\/v1\/dreams$/, family: 'dreams', handler: (_m, _q, b) => dreams.create(b) },
    { method: 'GET', pattern: /^\/v1\/dreams$/, family: 'dreams', handler: (_m, q) => dreams.list(q) },
    { method: 'GET', pattern: new RegExp(`^/v1/dreams/${id}$`), family: 'dreams', handler: (m) => dreams.retrieve(m[1]!) },
    { method: 'POST', pattern: new RegExp(`^/v1/dreams/${id}/cancel$`), family: 'dreams', handler: (m) => dreams.cancel(m[1]!) },
    { method: 'POST', pattern: new RegExp(`^/v1/dreams/${id}/archive$`), family: 'dreams', handler: (m) => dreams.archive(m[1]!) },
    { method: 'POST', pattern: /^\/v1\/memory_stores$/, family: 'memory', handler: (_m, _q, b) => stores.storeJson(stores.createStore(b)) },
    { method: 'GET', pattern: /^\/v1\/memory_stores$/, family: 'memory', handler: (_m, q) => stores.listStores(q) },
    {
      method: 'GET',
      pattern: new RegExp(`^/v1/memory_stores/${id}$`),
      family: 'memory',
      handler: (m) => stores.storeJson(stores.store(m[1]!)),
    },
    { method: 'DELETE', pattern: new RegExp(`^/v1/memory_stores/${id}$`), family: 'memory', handler: (m) => stores.deleteStore(m[1]!) },
    {
      method: 'POST',
      pattern: new RegExp(`^/v1/memory_stores/${id}/archive$`),
      family: 'memory',
      handler: (m) => stores.archiveStore(m[1]!),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/v1/memory_stores/${id}/memories$`),
      family: 'memory',
      handler: (m, q) => stores.listMemories(m[1]!, q),
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/v1/memory_stores/${id}/memories$`),
      family: 'memory',
      handler: (m, q, b) => stores.createMemory(m[1]!, b, q),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/v1/memory_stores/${id}/memories/${id}$`),
      family: 'memory',
      handler: (m, q) => stores.retrieveMemory(m[1]!, m[2]!, q),
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/v1/memory_stores/${id}/memories/${id}$`),
      family: 'memory',
      handler: (m, q, b) => stores.updateMemory(m[1]!, m[2]!, b, q),
    },
    {
      method: 'DELETE',
      pattern: new RegExp(`^/v1/memory_stores/${id}/memories/${id}$`),
      family: 'memory',
      handler: (m, q) => stores.deleteMemory(m[1]!, m[2]!, q),
    },
    { method: 'GET', pattern: /^\/v1\/sessions$/, family: 'sessions', handler: (_m, q) => sessions.list(q) },
    { method: 'GET', pattern: new RegExp(`^/v1/sessions/${id}$`), family: 'sessions', handler: (m) => sessions.retrieve(m[1]!) },
    {
      method: 'GET',
      pattern: new RegExp(`^/v1/sessions/${id}/events$`),
      family: 'sessions',
      handler: (m, q) => sessions.listEvents(m[1]!, q),
    },
  ];

  const respond = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': newId('req'), ...headers });
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const betas = String(req.headers['anthropic-beta'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const record: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.search, betas, status: 0 };
    requests.push(record);
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, unknown> = {};
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw) as Record<string, unknown>;
        } catch {
          throw invalid('request body is not valid JSON');
        }
      }
      record.body = body;
      api.beforeHandle?.(record);
      if (!req.headers['x-api-key'] && !req.headers.authorization) {
        throw new ApiFailure(401, 'authentication_error', 'x-api-key header is required');
      }
      const route = routes.find((r) => r.method === record.method && r.pattern.test(url.pathname));
      if (!route) throw new ApiFailure(404, 'not_found_error', `${record.method} ${url.pathname} not found`);
      if (route.family === 'dreams') {
        if (options.dreamsAccess === 'forbidden') {
          throw new ApiFailure(403, 'permission_error', 'Your organization does not have access to this feature.');
        }
        if (options.dreamsAccess === 'not_found') throw new ApiFailure(404, 'not_found_error', 'Not found');
      }
      const needed = route.family === 'dreams' ? [DREAMS_BETA] : route.family === 'memory' ? MEMORY_BETAS : [SESSIONS_BETA];
      if (!needed.some((b) => betas.includes(b))) {
        throw invalid(`This endpoint is in beta: send "anthropic-beta: ${needed.join('" or "')}"`);
      }
      const result = route.handler(url.pathname.match(route.pattern)!, parseQuery(url.searchParams), body);
      record.status = 200;
      respond(res, 200, result);
    } catch (err) {
      if (err instanceof ApiFailure) {
        record.status = err.status;
        respond(res, err.status, { type: 'error', error: { type: err.type, message: err.message, ...err.extra } }, err.headers);
      } else {
        record.status = 500;
        respond(res, 500, { type: 'error', error: { type: 'api_error', message: String(err) } }, { 'x-should-retry': 'false' });
      }
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  api.url = `http://127.0.0.1:${port}`;
  api.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((e) => (e ? reject(e) : resolve()));
    });
  return api;
}
