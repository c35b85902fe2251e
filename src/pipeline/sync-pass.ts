/** `mode: sync`: after a merge, the memory store the deployed agents read gets git's memory files. */
import type { Logger } from '../model/index.js';
import type { Settings } from '../config/settings.js';
import { managedAgentsPorts } from '../managed-agents/api.js';
import { runSyncMode, type SyncModeOutcome } from '../sync/index.js';

export async function syncPass(p: {
  settings: Settings;
  anthropic: { apiKey?: string; baseURL?: string };
  /** The payload of the event (a push names its range) and the commit that triggered the run, when known. */
  event?: unknown;
  sha?: string;
  logger: Logger;
}): Promise<SyncModeOutcome> {
  const { settings } = p;
  if (!settings.memoryStoreId) throw new Error('mode: sync needs memory-store-id: the memory store the deployed agents read');
  if (!p.anthropic.apiKey)
    throw new Error(
      `mode: sync needs anthropic-api-key to write to memory store ${settings.memoryStoreId}: set the \`anthropic-api-key\` input from a secret`,
    );
  const { stores } = managedAgentsPorts({ apiKey: p.anthropic.apiKey, baseURL: p.anthropic.baseURL });
  return runSyncMode({
    stores,
    storeId: settings.memoryStoreId,
    repoDir: settings.repoDir,
    memoryGlobs: settings.memory,
    ...(p.event ? { event: p.event } : {}),
    ...(p.sha ? { sha: p.sha } : {}),
    logger: p.logger,
  });
}
