/**
 * Memory stores as the Dreams bridge uses them: repo files mirrored one to one ("CLAUDE.md" is
 * "/CLAUDE.md"), read back whole, and temporary stores disposed of afterwards.
 */
import type { Logger } from '../model/index.js';
import { DreamsConfigError } from './errors.js';
import type { MemoryStorePort } from './ports.js';
import { createHash } from 'node:crypto';

/** The API's limit on one memory's content (100 kB). */
export const MAX_MEMORY_BYTES = 102_400;
/** Bound on memories read from one store; a memory store that big is not a repo's memory. */
const MAX_STORE_MEMORIES = 5_000;

export interface StoredMemory {
  id: string;
  content: string;
  sha256: string;
}

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function memoryPathOf(repoPath: string): string {
  const clean = repoPath
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '');
  return `/${clean}`;
}

export function repoPathOf(memoryPath: string): string {
  return memoryPath.replace(/^\/+/, '');
}

/** Refuses files the store cannot hold before anything is created remotely. */
export function checkMemorySizes(files: { path: string; text: string }[]): void {
  for (const f of files) {
    const bytes = Buffer.byteLength(f.text, 'utf8');
    if (bytes > MAX_MEMORY_BYTES) {
      throw new DreamsConfigError(
        `${f.path} is ${bytes.toLocaleString('en-US')} bytes; a memory store holds at most ` +
          `${MAX_MEMORY_BYTES.toLocaleString('en-US')} bytes per memory. Shorten the file or leave it out of the memory globs.`,
      );
    }
  }
}

/** Every memory of a store with its content, by memory path. */
export async function readStore(port: MemoryStorePort, storeId: string): Promise<Map<string, StoredMemory>> {
  const out = new Map<string, StoredMemory>();
  for await (const item of port.listMemories(storeId, { withContent: true })) {
    if (out.size >= MAX_STORE_MEMORIES) {
      throw new DreamsConfigError(`memory store ${storeId} holds more than ${MAX_STORE_MEMORIES} memories; refusing to read it all`);
    }
    out.set(item.path, { id: item.id, content: item.content ?? '', sha256: item.sha256 });
  }
  return out;
}

/** Hashes only: enough to decide what to upload. */
export async function listStoreHashes(port: MemoryStorePort, storeId: string): Promise<Map<string, { id: string; sha256: string }>> {
  const out = new Map<string, { id: string; sha256: string }>();
  for await (const item of port.listMemories(storeId, { withContent: false })) {
    if (out.size >= MAX_STORE_MEMORIES)
      throw new DreamsConfigError(`memory store ${storeId} holds more than ${MAX_STORE_MEMORIES} memories`);
    out.set(item.path, { id: item.id, sha256: item.sha256 });
  }
  return out;
}

/**
 * Makes the store hold exactly the repo's text at each repo path (git is the source of truth; the
 * paths whose store text differed are returned so the caller can say so). Memories at other paths are
 * left alone: a configured store may hold what deployed agents wrote. Each update carries the
 * hash we just listed, so a write racing ours fails instead of being overwritten.
 */
export async function mirrorFiles({
  port,
  storeId,
  files,
  logger,
}: {
  port: MemoryStorePort;
  storeId: string;
  files: { path: string; text: string }[];
  logger: Logger;
}): Promise<{ created: number; updated: number; unchanged: number; replaced: string[] }> {
  checkMemorySizes(files);
  const existing = await listStoreHashes(port, storeId);
  const counts = { created: 0, updated: 0, unchanged: 0, replaced: [] as string[] };
  for (const f of files) {
    const path = memoryPathOf(f.path);
    const have = existing.get(path);
    if (!have) {
      await port.createMemory(storeId, path, f.text);
      counts.created++;
    } else if (have.sha256 !== sha256Hex(f.text)) {
      await port.updateMemory(storeId, have.id, f.text, have.sha256);
      counts.updated++;
      counts.replaced.push(path);
    } else {
      counts.unchanged++;
    }
  }
  logger.debug(`mirrored ${files.length} memory files into ${storeId}: ${JSON.stringify(counts)}`);
  return counts;
}

/** Deletes a temporary store; archives it when deletion is refused, so nothing is left live. */
export async function disposeStore(port: MemoryStorePort, storeId: string, logger: Logger): Promise<'deleted' | 'archived' | 'kept'> {
  try {
    await port.deleteStore(storeId);
    return 'deleted';
  } catch (deleteErr) {
    try {
      await port.archiveStore(storeId);
      logger.debug(`could not delete memory store ${storeId} (${String(deleteErr)}); archived it`);
      return 'archived';
    } catch (archiveErr) {
      logger.warning(`could not delete or archive temporary memory store ${storeId}: ${String(archiveErr)}`);
      return 'kept';
    }
  }
}
