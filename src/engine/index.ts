/**
 * Picks the dream engine. The offline engine is the default and needs no key; the Anthropic engines
 * read their key from the environment the caller passes (the CLI passes process.env, the Action
 * passes its `anthropic-api-key` input), never from process.env directly.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger, DreamEngine } from '../model/index.js';
import type { Settings } from '../config/settings.js';
import { OfflineEngine } from './offline/index.js';
import { createClaudeEngine } from './claude/index.js';
import { createDreamsEngine } from './dreams/index.js';
import { loadLedger } from '../ledger/index.js';

export interface EngineDeps {
  logger: Logger;
  env: Record<string, string | undefined>;
  /** claude engine: analysts through the Message Batches API. */
  batch?: boolean;
  /** anthropic-dreams: RFC 3339 time of the last dream (lastDreamTime), so only newer sessions are read. */
  since?: string;
}

export function createEngine(settings: Settings, deps: EngineDeps): DreamEngine {
  switch (settings.engine) {
    case 'offline':
      return new OfflineEngine();
    case 'claude':
      return createClaudeEngine({
        apiKey: deps.env.ANTHROPIC_API_KEY,
        baseURL: deps.env.ANTHROPIC_BASE_URL,
        model: settings.model,
        batch: deps.batch ?? false,
        logger: deps.logger,
      });
    case 'anthropic-dreams':
      return createDreamsEngine({
        apiKey: deps.env.ANTHROPIC_API_KEY,
        baseURL: deps.env.ANTHROPIC_BASE_URL,
        instructions: settings.instructions,
        logger: deps.logger,
        ...(settings.model ? { model: settings.model } : {}),
        ...(settings.memoryStoreId ? { storeId: settings.memoryStoreId } : {}),
        ...(settings.anthropicSessionIds ? { sessionIds: settings.anthropicSessionIds } : {}),
        ...(deps.since ? { since: deps.since } : {}),
        keepStores: settings.keepStores,
        timeoutMs: settings.dreamTimeoutMinutes * 60_000,
      });
  }
}

/**
 * When the repo last dreamed, from the ledger: the latest time a session was dreamed or an edit
 * proposed. Undefined without a ledger (first run: every settled session is new). `ledgerText` is
 * the ledger the pass itself starts from (the Action's comes from the state branch), so `since`
 * moves with every pass, not only with merged PRs; absent, repoDir/ledgerPath is read.
 */
export async function lastDreamTime(repoDir: string, ledgerPath: string, ledgerText?: string | null): Promise<string | undefined> {
  const text =
    ledgerText !== undefined
      ? ledgerText
      : await readFile(path.join(repoDir, ledgerPath), 'utf8').catch((e: NodeJS.ErrnoException) => {
          if (e.code === 'ENOENT') return null;
          throw e;
        });
  const ledger = loadLedger(text, ledgerPath);
  // The newest hosted session the ledger knows by creation time is an exact cursor: a pass capped at
  // its maximum read the oldest sessions, and those after it are still waiting.
  const created = Object.values(ledger.sessions).flatMap((s) => (s.createdAt && !Number.isNaN(Date.parse(s.createdAt)) ? [Date.parse(s.createdAt)] : []));
  if (created.length) return new Date(Math.max(...created)).toISOString();
  let latest: string | undefined;
  const consider = (t: string | undefined) => {
    if (t && !Number.isNaN(Date.parse(t)) && (!latest || Date.parse(t) > Date.parse(latest))) latest = t;
  };
  for (const s of Object.values(ledger.sessions)) consider(s.dreamedAt);
  for (const e of Object.values(ledger.edits)) consider(e.proposedAt);
  return latest === undefined ? undefined : new Date(Date.parse(latest)).toISOString();
}
