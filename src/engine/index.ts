/**
 * Picks the dream engine. The offline engine is the default and needs no key; the Anthropic engines
 * read their key from the environment the caller passes (the CLI passes process.env, the Action
 * passes its `anthropic-api-key` input), never from process.env directly.
 */
import type { Logger, DreamEngine } from '../model/index.js';
import type { Settings } from '../config/settings.js';
import { OfflineEngine } from './offline/index.js';
import { createClaudeEngine } from './claude/index.js';
import { createDreamsEngine } from './dreams/index.js';

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
