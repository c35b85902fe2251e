/**
 * What the sync stage and the Managed Agents source need from Anthropic, as plain interfaces.
 * Only src/engine talks to Anthropic: the SDK-backed implementations live in ./api.ts, and
 * src/sync and src/sources depend on these types alone, never on @anthropic-ai/sdk.
 */

/** One memory of a store. `content` is present only when listed with content. */
export interface StoreMemory {
  id: string;
  /** The memory path, e.g. "/CLAUDE.md". */
  path: string;
  sha256: string;
  content?: string;
}

export interface MemoryStorePort {
  /** Every memory of the store (directory entries left out), paged by the implementation. */
  listMemories(storeId: string, opts: { withContent: boolean }): AsyncIterable<StoreMemory>;
  createMemory(storeId: string, path: string, content: string): Promise<void>;
  /** Fails with MemoryWriteConflict when the store no longer holds `expectedSha256`. */
  updateMemory(storeId: string, memoryId: string, content: string, expectedSha256: string): Promise<void>;
  /** Fails with MemoryWriteConflict when the store no longer holds `expectedSha256`. */
  deleteMemory(storeId: string, memoryId: string, expectedSha256: string): Promise<void>;
  createStore(name: string, description: string): Promise<string>;
  deleteStore(storeId: string): Promise<void>;
  archiveStore(storeId: string): Promise<void>;
}

export interface SessionEventsPort {
  /** Settled (idle or terminated) sessions created after `since`, oldest first. */
  listSettledSessions(opts: { since?: string }): AsyncIterable<{ id: string; createdAt?: string }>;
  /** The session's events in order, each exactly as the API returns it. */
  listEvents(sessionId: string): AsyncIterable<unknown>;
}

/** A precondition write lost a race: the store changed, or another memory took the path. */
export class MemoryWriteConflict extends Error {
  override readonly name = 'MemoryWriteConflict';
  constructor(
    readonly kind: 'precondition' | 'path',
    message: string,
  ) {
    super(message);
  }
}
