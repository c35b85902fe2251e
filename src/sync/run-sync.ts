/**
 * `mode: sync` as one call: which range to sync (the push event's before/after, or everything at the
 * checked-out commit), the sync itself, and what to report. src/main.ts turns the answer into outputs,
 * a job summary and, on conflicts, a failed job.
 */
import type { Logger } from '../model/index.js';
import type { MemoryStorePort } from '../managed-agents/ports.js';
import { pushRange, syncFailure, syncPush } from './push.js';
import type { SyncResult } from './sync.js';

export interface SyncModeOptions {
  stores: MemoryStorePort;
  storeId: string;
  repoDir: string;
  memoryGlobs: string[];
  /** The triggering event's payload (the Action's context.payload): a push's names the range to sync. */
  event?: unknown;
  /** The commit to sync when the event is not a push (context.sha); default HEAD. */
  sha?: string;
  logger: Logger;
}

export interface SyncModeOutcome {
  result: SyncResult;
  outputs: { synced: number; 'sync-created': number; 'sync-updated': number; 'sync-deleted': number; 'sync-conflicts': number };
  summary: string;
  /** Set when something was not synced: the job must fail with this message. */
  failure?: string;
}

export async function runSyncMode(opts: SyncModeOptions): Promise<SyncModeOutcome> {
  const range = pushRange(opts.event);
  const after = range?.after ?? opts.sha ?? 'HEAD';
  if (!range?.before)
    opts.logger.info(
      `no push range: syncing every memory file at ${after.slice(0, 12)} (missing memories are created, differing ones reported)`,
    );
  const result = await syncPush({
    stores: opts.stores,
    storeId: opts.storeId,
    repoDir: opts.repoDir,
    after,
    ...(range?.before ? { before: range.before } : {}),
    memoryGlobs: opts.memoryGlobs,
    logger: opts.logger,
  });
  const outputs = {
    synced: result.created.length + result.updated.length + result.deleted.length,
    'sync-created': result.created.length,
    'sync-updated': result.updated.length,
    'sync-deleted': result.deleted.length,
    'sync-conflicts': result.conflicts.length + result.refused.length,
  };
  const failure = syncFailure(result);
  return { result, outputs, summary: summarise(result, failure), ...(failure ? { failure } : {}) };
}

function summarise(r: SyncResult, failure: string | undefined): string {
  const row = (label: string, paths: string[]) => `| ${label} | ${paths.length} | ${paths.map((p) => `\`${p}\``).join(', ')} |`;
  return [
    `### Memory store sync: \`${r.storeId}\``,
    '',
    '| | files | paths |',
    '|---|---:|---|',
    row('created', r.created),
    row('updated', r.updated),
    row('deleted', r.deleted),
    row('unchanged', r.unchanged),
    row(
      'conflicts',
      r.conflicts.map((c) => c.path),
    ),
    row(
      'refused',
      r.refused.map((c) => c.path),
    ),
    '',
    ...(failure ? ['```', failure, '```', ''] : []),
  ].join('\n');
}
