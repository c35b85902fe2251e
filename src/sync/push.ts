/**
 * Sync after merge, as the Action (`mode: sync`) and `dream sync` run it: the memory files a push
 * changed, or every memory file for a first sync, uploaded to the store the deployed agents read.
 */
import { simpleGit } from 'simple-git';
import type { Logger } from '../model/index.js';
import type { MemoryStorePort } from '../managed-agents/ports.js';
import { matchesAnyGlob } from '../sources/glob.js';
import { isDefaultMemoryPath } from '../memory/kinds.js';
import { changedMemoryFiles } from './changes.js';
import { gitShow, syncMemoryToStore, type SyncFile, type SyncResult } from './sync.js';

export interface PushSyncOptions {
  stores: MemoryStorePort;
  storeId: string;
  repoDir: string;
  /**
   * The commit before the push. Absent (or all zeros, a new branch): every memory file at `after` is
   * synced, creating what the store lacks and reporting what differs as a conflict, since there is no
   * merge base to tell a stale store from a changed one.
   */
  before?: string;
  after: string;
  /** Memory globs beyond the defaults (the `memory` setting). */
  memoryGlobs: string[];
  logger: Logger;
}

const MAX_FILES = 10_000;
const isNullSha = (sha: string | undefined) => !sha || /^0+$/.test(sha);

function memoryPathTest(globs: readonly string[]): (path: string) => boolean {
  return (p) => isDefaultMemoryPath(p) || (globs.length > 0 && matchesAnyGlob(p, globs));
}

export async function syncPush(opts: PushSyncOptions): Promise<SyncResult & { files: number }> {
  const isMemoryPath = memoryPathTest(opts.memoryGlobs);
  const files = isNullSha(opts.before)
    ? await allMemoryFiles(opts.repoDir, opts.after, isMemoryPath)
    : await changedMemoryFiles({ repoDir: opts.repoDir, before: opts.before!, after: opts.after, isMemoryPath });
  opts.logger.info(
    `${files.length} memory file(s) to sync to memory store ${opts.storeId}: ${files.map((f) => f.path).join(', ') || 'none'}`,
  );
  const result = await syncMemoryToStore({ stores: opts.stores, storeId: opts.storeId, repoDir: opts.repoDir, files, logger: opts.logger });
  return { ...result, files: files.length };
}

async function allMemoryFiles(repoDir: string, ref: string, isMemoryPath: (p: string) => boolean): Promise<SyncFile[]> {
  const raw = await simpleGit(repoDir).raw(['ls-tree', '-r', '--name-only', '-z', ref]);
  const paths = raw
    .split('\0')
    .filter((p) => p !== '' && isMemoryPath(p))
    .slice(0, MAX_FILES);
  const files: SyncFile[] = [];
  // previousText null: "the store should not hold this yet", so only missing memories are written.
  for (const path of paths) files.push({ path, text: await gitShow(repoDir, ref, path), previousText: null });
  return files;
}

/** The failure message for a sync that could not write everything, or undefined when it did. */
export function syncFailure(result: SyncResult): string | undefined {
  const lines: string[] = [];
  for (const c of result.conflicts) {
    lines.push(
      `- ${c.path}: ${c.reason} (store has ${c.storeSha256?.slice(0, 12) ?? 'nothing'}, expected ${c.expectedSha256?.slice(0, 12) ?? 'nothing'})`,
    );
  }
  for (const r of result.refused) lines.push(`- ${r.path}: ${r.reason}`);
  if (lines.length === 0) return undefined;
  return [
    `memory store ${result.storeId}: ${lines.length} memory file(s) not synced; nothing was overwritten.`,
    ...lines,
    'Git is the source of truth, but these memories were changed in the store (by a deployed agent or in the Console) ' +
      "since the last sync. Read the store's version, commit whatever should stay to the memory file, and run the sync again " +
      "(or delete the store's memory to let git's text be written). Files over 100 KB must be shortened.",
  ].join('\n');
}

/** before/after of the push that triggered the workflow (its event payload), when it was a push. */
export function pushRange(payload: unknown): { before?: string; after: string } | undefined {
  if (!payload || typeof payload !== 'object') return undefined;
  const event = payload as { before?: unknown; after?: unknown };
  if (typeof event.after !== 'string' || !/^[0-9a-f]{7,64}$/.test(event.after)) return undefined;
  const before = typeof event.before === 'string' && /^[0-9a-f]{7,64}$/.test(event.before) ? event.before : undefined;
  return { ...(before ? { before } : {}), after: event.after };
}
