/**
 * `mode: sync`: after a memory PR merges, the memory store the deployed agents read is brought up
 * to the merged text. Git is the source of truth, but a store change nobody committed is never
 * overwritten: each write carries the content hash the store should still hold (the file's text
 * before the merge), and a mismatch is reported as a conflict for a human to settle.
 */
import { simpleGit } from 'simple-git';
import type { Logger } from '../model/index.js';
import { MAX_MEMORY_BYTES, listStoreHashes, memoryPathOf, sha256Hex } from '../managed-agents/store.js';
import { MemoryWriteConflict, type MemoryStorePort } from '../managed-agents/ports.js';

export interface SyncFile {
  /** Repo-relative path; the memory lives at "/" + path. */
  path: string;
  /** The merged text, or null when the merge deleted the file. */
  text: string | null;
  /**
   * The text the store should hold now (the file before the merge), or null when the file did not
   * exist. Left out, it is read from git at `baseRef`; without either, only races are detected.
   */
  previousText?: string | null;
}

export interface SyncOptions {
  /** The memory store API (src/engine/dreams/api.ts: sdkMemoryStores). */
  stores: MemoryStorePort;
  storeId: string;
  repoDir: string;
  files: SyncFile[];
  logger: Logger;
  /** The commit before the merge (the push event's `before`), for files without previousText. */
  baseRef?: string;
}

interface SyncConflict {
  path: string;
  reason: string;
  expectedSha256?: string;
  storeSha256?: string;
}

export interface SyncResult {
  storeId: string;
  created: string[];
  updated: string[];
  deleted: string[];
  unchanged: string[];
  conflicts: SyncConflict[];
  /** Files that could not be uploaded at all (too large). */
  refused: { path: string; reason: string }[];
}

type Baseline = { known: false } | { known: true; text: string | null };

export async function syncMemoryToStore(opts: SyncOptions): Promise<SyncResult> {
  const { stores, storeId, logger } = opts;
  const result: SyncResult = { storeId, created: [], updated: [], deleted: [], unchanged: [], conflicts: [], refused: [] };
  const store = await listStoreHashes(stores, storeId);
  for (const file of opts.files) {
    const memPath = memoryPathOf(file.path);
    const current = store.get(memPath);
    const baseline = await baselineOf(opts, file);
    const expected = baseline.known ? (baseline.text === null ? null : sha256Hex(baseline.text)) : (current?.sha256 ?? null);
    const conflict = (reason: string) => {
      result.conflicts.push({ path: file.path, reason, expectedSha256: expected ?? undefined, storeSha256: current?.sha256 });
      logger.warning(`memory store ${storeId}: ${file.path}: ${reason}; not overwritten`, { file: file.path });
    };
    try {
      if (file.text === null) {
        if (!current) result.unchanged.push(file.path);
        else if (expected !== current.sha256) conflict('changed in the store since the last sync, and deleted in git');
        else {
          await stores.deleteMemory(storeId, current.id, current.sha256);
          result.deleted.push(file.path);
        }
        continue;
      }
      const bytes = Buffer.byteLength(file.text, 'utf8');
      if (bytes > MAX_MEMORY_BYTES) {
        result.refused.push({ path: file.path, reason: `${bytes} bytes; a memory holds at most ${MAX_MEMORY_BYTES}` });
        logger.error(`${file.path} is ${bytes} bytes, over the memory store's ${MAX_MEMORY_BYTES}-byte limit; not synced`, {
          file: file.path,
        });
        continue;
      }
      const target = sha256Hex(file.text);
      if (current?.sha256 === target) {
        result.unchanged.push(file.path);
      } else if (!current) {
        // Recreating a memory the store lost overwrites nothing, so git's text goes back in.
        await stores.createMemory(storeId, memPath, file.text);
        result.created.push(file.path);
      } else if (expected === null || expected !== current.sha256) {
        conflict('changed in the store since the last sync');
      } else {
        await stores.updateMemory(storeId, current.id, file.text, expected);
        result.updated.push(file.path);
      }
    } catch (err) {
      if (!(err instanceof MemoryWriteConflict)) throw err;
      conflict(err.kind === 'path' ? 'another memory took this path meanwhile' : 'changed in the store while syncing');
    }
  }
  logger.info(
    `memory store ${storeId}: ${result.created.length} created, ${result.updated.length} updated, ${result.deleted.length} deleted, ` +
      `${result.unchanged.length} unchanged, ${result.conflicts.length} conflicts`,
  );
  return result;
}

async function baselineOf(opts: SyncOptions, file: SyncFile): Promise<Baseline> {
  if (file.previousText !== undefined) return { known: true, text: file.previousText };
  if (!opts.baseRef) return { known: false };
  return { known: true, text: await gitShow(opts.repoDir, opts.baseRef, file.path) };
}

/** The file's text at a commit, or null when it did not exist there. */
export async function gitShow(repoDir: string, ref: string, path: string): Promise<string | null> {
  const git = simpleGit(repoDir);
  const listed = await git.raw(['ls-tree', '--name-only', ref, '--', path]);
  if (listed.trim() === '') return null;
  return git.show([`${ref}:${path}`]);
}
