import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  MemoryWriteConflict
} from "./chunk-72WOTJTO.js";
import {
  DreamsAccessError,
  DreamsConflictError,
  DreamsError
} from "./chunk-7BDT2V2A.js";
import {
  Anthropic
} from "./chunk-WZN67QYX.js";

// src/managed-agents/api.ts
var SETTLED_STATUSES = ["idle", "terminated"];
function anthropicClient(conn) {
  return new Anthropic({ apiKey: conn.apiKey, baseURL: conn.baseURL || void 0 });
}
function translateApiError(err, ctx) {
  if (!(err instanceof Anthropic.APIError)) return err;
  const body = err.error;
  const type = body?.error?.type ?? "unknown_error";
  const message = body?.error?.message ?? err.message;
  if (err.status === 409 && type === "conflict_error") return new DreamsConflictError(ctx.storeId, message);
  if (err.status === 409 && type === "memory_precondition_failed_error")
    return new MemoryWriteConflict("precondition", `${ctx.what}: ${message}`);
  if (err.status === 409 && type === "memory_path_conflict_error") return new MemoryWriteConflict("path", `${ctx.what}: ${message}`);
  if (ctx.onDreams && (err.status === 403 || err.status === 404)) return new DreamsAccessError(err.status, `${type}: ${message}`);
  const wrapped = new DreamsError(`${ctx.what} failed with ${err.status ?? "no status"} ${type}: ${message}`);
  wrapped.cause = err;
  return wrapped;
}
async function call(what, storeId, work) {
  try {
    return await work();
  } catch (err) {
    throw translateApiError(err, { onDreams: false, storeId, what });
  }
}
async function* iterate(what, storeId, pages) {
  try {
    for await (const item of pages) yield item;
  } catch (err) {
    throw translateApiError(err, { onDreams: false, storeId, what });
  }
}
function sdkMemoryStores(client) {
  const memories = client.beta.memoryStores.memories;
  return {
    async *listMemories(storeId, { withContent }) {
      const pages = memories.list(storeId, withContent ? { view: "full", limit: 20 } : { view: "basic", limit: 100 });
      for await (const item of iterate(`listing memory store ${storeId}`, storeId, pages)) {
        if (item.type !== "memory") continue;
        const m = { id: item.id, path: item.path, sha256: item.content_sha256 };
        if (withContent) m.content = item.content ?? "";
        yield m;
      }
    },
    createMemory: (storeId, path, content) => call(`writing ${path} to memory store ${storeId}`, storeId, async () => {
      await memories.create(storeId, { path, content });
    }),
    updateMemory: (storeId, memoryId, content, expectedSha256) => call(`updating memory ${memoryId} of store ${storeId}`, storeId, async () => {
      await memories.update(memoryId, {
        memory_store_id: storeId,
        content,
        precondition: { type: "content_sha256", content_sha256: expectedSha256 }
      });
    }),
    deleteMemory: (storeId, memoryId, expectedSha256) => call(`deleting memory ${memoryId} of store ${storeId}`, storeId, async () => {
      await memories.delete(memoryId, { memory_store_id: storeId, expected_content_sha256: expectedSha256 });
    }),
    createStore: (name, description) => call("creating a memory store", void 0, async () => {
      const store = await client.beta.memoryStores.create({ name, description, metadata: { created_by: "agent-dreaming" } });
      return store.id;
    }),
    deleteStore: (storeId) => call(`deleting memory store ${storeId}`, storeId, async () => {
      await client.beta.memoryStores.delete(storeId);
    }),
    archiveStore: (storeId) => call(`archiving memory store ${storeId}`, storeId, async () => {
      await client.beta.memoryStores.archive(storeId);
    })
  };
}
function sdkSessions(client) {
  return {
    async *listSettledSessions({ since }) {
      const params = { order: "asc", limit: 100, statuses: [...SETTLED_STATUSES] };
      if (since) params["created_at[gt]"] = since;
      for await (const s of iterate("listing Managed Agents sessions", void 0, client.beta.sessions.list(params)))
        yield { id: s.id, ...s.created_at ? { createdAt: s.created_at } : {} };
    },
    listEvents: (sessionId) => iterate(
      `reading the events of session ${sessionId}`,
      void 0,
      client.beta.sessions.events.list(sessionId, { order: "asc", limit: 100 })
    )
  };
}
function managedAgentsPorts(conn) {
  const client = anthropicClient(conn);
  return { stores: sdkMemoryStores(client), sessions: sdkSessions(client) };
}

export {
  anthropicClient,
  translateApiError,
  sdkMemoryStores,
  sdkSessions,
  managedAgentsPorts
};
