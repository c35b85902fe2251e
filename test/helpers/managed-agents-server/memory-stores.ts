/**
 * Memory stores and memories, with the API's rules: paths that start with `/` and never overlap,
 * 100 kB per memory, `content_sha256` preconditions on update and delete (409
 * memory_precondition_failed_error), and 409 conflict_error while a dream holds the store.
 */
import { ApiFailure, invalid, newId, notFound, nowIso, paginate, sha256, type Query } from './common.js';

const MAX_MEMORY_BYTES = 102_400;

export interface StoredMemory {
  id: string;
  path: string;
  content: string;
  content_sha256: string;
  content_size_bytes: number;
  created_at: string;
  updated_at: string;
  memory_version_id: string;
}

export interface StoredStore {
  id: string;
  name: string;
  description: string;
  metadata: Record<string, string>;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  memories: Map<string, StoredMemory>;
}

export class MemoryStoreState {
  readonly stores = new Map<string, StoredStore>();
  /** Store id -> id of the dream that writes into it (update_existing) and has not stopped. */
  readonly heldBy = new Map<string, string>();
  /** Ids of stores that were deleted, so tests can assert cleanup. */
  readonly deleted = new Set<string>();

  createStore(body: { name?: unknown; description?: unknown; metadata?: unknown }): StoredStore {
    if (typeof body.name !== 'string' || body.name.length === 0) throw invalid('name: required');
    const now = nowIso();
    const store: StoredStore = {
      id: newId('memstore'),
      name: body.name,
      description: typeof body.description === 'string' ? body.description : '',
      metadata: (body.metadata as Record<string, string>) ?? {},
      created_at: now,
      updated_at: now,
      archived_at: null,
      memories: new Map(),
    };
    this.stores.set(store.id, store);
    return store;
  }

  /** A copy of a store's memories under a new store: what a create_new dream starts from. */
  cloneStore(sourceId: string, name: string): StoredStore {
    const source = this.store(sourceId);
    const copy = this.createStore({ name, description: `copy of ${source.id}` });
    for (const m of source.memories.values()) this.putMemory(copy, m.path, m.content);
    return copy;
  }

  store(id: string): StoredStore {
    const s = this.stores.get(id);
    if (!s) throw notFound(`memory store ${id}`);
    return s;
  }

  storeJson(s: StoredStore) {
    const { memories: _m, ...rest } = s;
    return { ...rest, type: 'memory_store' as const };
  }

  listStores(query: Query) {
    const includeArchived = query.get('include_archived') === 'true';
    const all = [...this.stores.values()].filter((s) => includeArchived || s.archived_at === null);
    return paginate(
      all.map((s) => this.storeJson(s)),
      query,
      { defaultLimit: 20, maxLimit: 100 },
    );
  }

  archiveStore(id: string) {
    const s = this.store(id);
    s.archived_at ??= nowIso();
    return this.storeJson(s);
  }

  deleteStore(id: string) {
    this.store(id);
    this.checkNotHeld(id);
    this.stores.delete(id);
    this.deleted.add(id);
    return { id, type: 'memory_store_deleted' as const };
  }

  memoryJson(storeId: string, m: StoredMemory, view: 'basic' | 'full') {
    return {
      type: 'memory' as const,
      id: m.id,
      memory_store_id: storeId,
      path: m.path,
      content: view === 'full' ? m.content : null,
      content_sha256: m.content_sha256,
      content_size_bytes: m.content_size_bytes,
      created_at: m.created_at,
      updated_at: m.updated_at,
      memory_version_id: m.memory_version_id,
    };
  }

  listMemories(storeId: string, query: Query) {
    const s = this.store(storeId);
    const view = viewOf(query, 'basic');
    const prefix = query.get('path_prefix');
    if (prefix !== undefined && !prefix.endsWith('/')) throw invalid('path_prefix: must end with "/"');
    const depth = query.get('depth');
    if (depth !== undefined && depth !== '0') throw invalid('depth: this fake server supports only depth=0');
    const items = [...s.memories.values()]
      .filter((m) => prefix === undefined || m.path.startsWith(prefix))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((m) => this.memoryJson(s.id, m, view));
    return paginate(items, query, { defaultLimit: 20, maxLimit: view === 'full' ? 20 : 100 });
  }

  retrieveMemory(storeId: string, memoryId: string, query: Query) {
    const s = this.store(storeId);
    return this.memoryJson(s.id, this.memory(s, memoryId), viewOf(query, 'full'));
  }

  createMemory(storeId: string, body: { path?: unknown; content?: unknown }, query: Query) {
    const s = this.writableStore(storeId);
    const path = validPath(body.path);
    const content = validContent(body.content ?? '');
    this.checkPathFree(s, path, undefined);
    return this.memoryJson(s.id, this.putMemory(s, path, content), viewOf(query, 'basic'));
  }

  updateMemory(
    storeId: string,
    memoryId: string,
    body: { path?: unknown; content?: unknown; precondition?: { type?: unknown; content_sha256?: unknown } },
    query: Query,
  ) {
    const s = this.writableStore(storeId);
    const m = this.memory(s, memoryId);
    const path = body.path === undefined || body.path === null ? m.path : validPath(body.path);
    const content = body.content === undefined || body.content === null ? m.content : validContent(body.content);
    const pre = body.precondition;
    if (pre !== undefined) {
      if (pre.type !== 'content_sha256') throw invalid('precondition.type: must be "content_sha256"');
      const expected = pre.content_sha256;
      if (typeof expected !== 'string' || !/^[0-9a-f]{64}$/.test(expected)) {
        throw invalid('precondition.content_sha256: must be 64 lowercase hexadecimal characters');
      }
      const alreadyThere = m.content === content && m.path === path;
      if (expected !== m.content_sha256 && !alreadyThere) {
        throw new ApiFailure(409, 'memory_precondition_failed_error', 'The memory does not match the precondition.');
      }
    }
    if (path !== m.path) this.checkPathFree(s, path, m.id);
    if (path !== m.path || content !== m.content) {
      m.path = path;
      m.content = content;
      m.content_sha256 = sha256(content);
      m.content_size_bytes = Buffer.byteLength(content, 'utf8');
      m.updated_at = nowIso();
      m.memory_version_id = newId('memver');
    }
    return this.memoryJson(s.id, m, viewOf(query, 'basic'));
  }

  deleteMemory(storeId: string, memoryId: string, query: Query) {
    const s = this.writableStore(storeId);
    const m = this.memory(s, memoryId);
    const expected = query.get('expected_content_sha256');
    if (expected !== undefined && expected !== m.content_sha256) {
      throw new ApiFailure(409, 'memory_precondition_failed_error', 'The memory does not match expected_content_sha256.');
    }
    s.memories.delete(m.id);
    return { id: m.id, type: 'memory_deleted' as const };
  }

  /** Server-side write used by dreams and by tests that simulate a concurrent writer. */
  putMemory(s: StoredStore, path: string, content: string): StoredMemory {
    const existing = [...s.memories.values()].find((m) => m.path === path);
    const now = nowIso();
    if (existing) {
      existing.content = content;
      existing.content_sha256 = sha256(content);
      existing.content_size_bytes = Buffer.byteLength(content, 'utf8');
      existing.updated_at = now;
      existing.memory_version_id = newId('memver');
      return existing;
    }
    const m: StoredMemory = {
      id: newId('mem'),
      path,
      content,
      content_sha256: sha256(content),
      content_size_bytes: Buffer.byteLength(content, 'utf8'),
      created_at: now,
      updated_at: now,
      memory_version_id: newId('memver'),
    };
    s.memories.set(m.id, m);
    return m;
  }

  removeMemoryAt(s: StoredStore, path: string): void {
    for (const m of s.memories.values()) if (m.path === path) s.memories.delete(m.id);
  }

  /** path -> content, for assertions and for dream scripts. */
  snapshot(storeId: string): Map<string, string> {
    return new Map([...this.store(storeId).memories.values()].map((m) => [m.path, m.content]));
  }

  private memory(s: StoredStore, id: string): StoredMemory {
    const m = s.memories.get(id);
    if (!m) throw notFound(`memory ${id}`);
    return m;
  }

  private writableStore(id: string): StoredStore {
    const s = this.store(id);
    if (s.archived_at !== null) throw invalid(`memory store ${id} is archived`);
    this.checkNotHeld(id);
    return s;
  }

  private checkNotHeld(id: string): void {
    const holder = this.heldBy.get(id);
    if (holder) {
      throw new ApiFailure(
        409,
        'conflict_error',
        `Memory store ${id} is held by dream ${holder}.`,
        {},
        {
          'x-should-retry': 'false',
        },
      );
    }
  }

  private checkPathFree(s: StoredStore, path: string, selfId: string | undefined): void {
    for (const m of s.memories.values()) {
      if (m.id === selfId) continue;
      const overlaps = m.path === path || m.path.startsWith(`${path}/`) || path.startsWith(`${m.path}/`);
      if (overlaps) {
        throw new ApiFailure(409, 'memory_path_conflict_error', `Path ${path} conflicts with ${m.path}.`, {
          conflicting_memory_id: m.id,
          conflicting_path: m.path,
        });
      }
    }
  }
}

function viewOf(query: Query, fallback: 'basic' | 'full'): 'basic' | 'full' {
  const v = query.get('view');
  if (v === undefined) return fallback;
  if (v !== 'basic' && v !== 'full') throw invalid('view: must be "basic" or "full"');
  return v;
}

function validPath(path: unknown): string {
  if (typeof path !== 'string' || !path.startsWith('/')) throw invalid('path: must start with "/"');
  if (Buffer.byteLength(path, 'utf8') > 1024) throw invalid('path: at most 1,024 bytes');
  const segments = path.slice(1).split('/');
  if (segments.length > 20) throw invalid('path: at most 20 segments');
  for (const seg of segments) {
    if (seg === '' || seg === '.' || seg === '..') throw invalid(`path: invalid segment in ${path}`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(path) || path.normalize('NFC') !== path) {
    throw invalid('path: control characters or non-NFC text');
  }
  return path;
}

function validContent(content: unknown): string {
  if (typeof content !== 'string') throw invalid('content: must be a string');
  if (Buffer.byteLength(content, 'utf8') > MAX_MEMORY_BYTES) {
    throw invalid(`content: at most ${MAX_MEMORY_BYTES} bytes`);
  }
  return content;
}
