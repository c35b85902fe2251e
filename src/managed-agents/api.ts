/**
 * The SDK side of the ports in ./ports.ts, and the one place SDK errors become ours. The sync stage
 * and the Managed Agents source get these adapters injected, so they never import the SDK.
 */
import Anthropic from '@anthropic-ai/sdk';
import { DreamsAccessError, DreamsConflictError, DreamsError } from './errors.js';
import { MemoryWriteConflict, type MemoryStorePort, type SessionEventsPort, type StoreMemory } from './ports.js';

/** Sessions that can still change (running, rescheduling) are left for the next pass. */
const SETTLED_STATUSES = ['idle', 'terminated'] as const;

export interface ApiConnection {
  apiKey?: string;
  baseURL?: string;
}

export function anthropicClient(conn: ApiConnection): Anthropic {
  return new Anthropic({ apiKey: conn.apiKey, baseURL: conn.baseURL || undefined });
}

/**
 * Turns an SDK error on a dreams-bridge call into one of ours when it is a known fault.
 * `onDreams` says whether the call was to a dreams endpoint: only there do 403/404 mean
 * "no research preview access" rather than a missing store or session.
 */
export function translateApiError(err: unknown, ctx: { onDreams: boolean; storeId?: string; what: string }): unknown {
  if (!(err instanceof Anthropic.APIError)) return err;
  const body = err.error as { error?: { type?: string; message?: string } } | undefined;
  const type = body?.error?.type ?? 'unknown_error';
  const message = body?.error?.message ?? err.message;
  if (err.status === 409 && type === 'conflict_error') return new DreamsConflictError(ctx.storeId, message);
  if (err.status === 409 && type === 'memory_precondition_failed_error')
    return new MemoryWriteConflict('precondition', `${ctx.what}: ${message}`);
  if (err.status === 409 && type === 'memory_path_conflict_error') return new MemoryWriteConflict('path', `${ctx.what}: ${message}`);
  if (ctx.onDreams && (err.status === 403 || err.status === 404)) return new DreamsAccessError(err.status, `${type}: ${message}`);
  const wrapped = new DreamsError(`${ctx.what} failed with ${err.status ?? 'no status'} ${type}: ${message}`);
  wrapped.cause = err;
  return wrapped;
}

async function call<T>(what: string, storeId: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw translateApiError(err, { onDreams: false, storeId, what });
  }
}

async function* iterate<T>(what: string, storeId: string | undefined, pages: AsyncIterable<T>): AsyncIterable<T> {
  try {
    for await (const item of pages) yield item;
  } catch (err) {
    throw translateApiError(err, { onDreams: false, storeId, what });
  }
}

export function sdkMemoryStores(client: Anthropic): MemoryStorePort {
  const memories = client.beta.memoryStores.memories;
  return {
    async *listMemories(storeId, { withContent }) {
      const pages = memories.list(storeId, withContent ? { view: 'full', limit: 20 } : { view: 'basic', limit: 100 });
      for await (const item of iterate(`listing memory store ${storeId}`, storeId, pages)) {
        if (item.type !== 'memory') continue;
        const m: StoreMemory = { id: item.id, path: item.path, sha256: item.content_sha256 };
        if (withContent) m.content = item.content ?? '';
        yield m;
      }
    },
    createMemory: (storeId, path, content) =>
      call(`writing ${path} to memory store ${storeId}`, storeId, async () => {
        await memories.create(storeId, { path, content });
      }),
    updateMemory: (storeId, memoryId, content, expectedSha256) =>
      call(`updating memory ${memoryId} of store ${storeId}`, storeId, async () => {
        await memories.update(memoryId, {
          memory_store_id: storeId,
          content,
          precondition: { type: 'content_sha256', content_sha256: expectedSha256 },
        });
      }),
    deleteMemory: (storeId, memoryId, expectedSha256) =>
      call(`deleting memory ${memoryId} of store ${storeId}`, storeId, async () => {
        await memories.delete(memoryId, { memory_store_id: storeId, expected_content_sha256: expectedSha256 });
      }),
    createStore: (name, description) =>
      call('creating a memory store', undefined, async () => {
        const store = await client.beta.memoryStores.create({ name, description, metadata: { created_by: 'agent-dreaming' } });
        return store.id;
      }),
    deleteStore: (storeId) =>
      call(`deleting memory store ${storeId}`, storeId, async () => {
        await client.beta.memoryStores.delete(storeId);
      }),
    archiveStore: (storeId) =>
      call(`archiving memory store ${storeId}`, storeId, async () => {
        await client.beta.memoryStores.archive(storeId);
      }),
  };
}

export function sdkSessions(client: Anthropic): SessionEventsPort {
  return {
    async *listSettledSessions({ since }) {
      const params: Anthropic.Beta.Sessions.SessionListParams = { order: 'asc', limit: 100, statuses: [...SETTLED_STATUSES] };
      if (since) params['created_at[gt]'] = since;
      for await (const s of iterate('listing Managed Agents sessions', undefined, client.beta.sessions.list(params)))
        yield { id: s.id, ...(s.created_at ? { createdAt: s.created_at } : {}) };
    },
    listEvents: (sessionId) =>
      iterate(
        `reading the events of session ${sessionId}`,
        undefined,
        client.beta.sessions.events.list(sessionId, { order: 'asc', limit: 100 }),
      ),
  };
}

/** Both ports over one connection, for callers (the Action, the CLI) that must not import the SDK. */
export function managedAgentsPorts(conn: ApiConnection): { stores: MemoryStorePort; sessions: SessionEventsPort } {
  const client = anthropicClient(conn);
  return { stores: sdkMemoryStores(client), sessions: sdkSessions(client) };
}
