/**
 * Picks the dream engine. The offline engine is the default and needs no key; the Anthropic engines
 * read their key and their provider's region from the environment the caller passes (the CLI passes
 * process.env, the Action its `anthropic-api-key` input and the provider variables), never from
 * process.env directly. Async: the Anthropic engines, and with them the Anthropic SDK (about a third
 * of the CLI's code), are imported only when chosen, so an offline pass never compiles them.
 */
import type { Logger, DreamEngine } from '../model/index.js';
import type { Settings } from '../config/settings.js';
import { OfflineEngine } from './offline/index.js';
import { PROVIDER_LABEL, targetFromEnv } from './providers.js';
import { DreamsConfigError } from '../managed-agents/errors.js';

export interface EngineDeps {
  logger: Logger;
  env: Record<string, string | undefined>;
  /** claude engine: analysts through the Message Batches API. */
  batch?: boolean;
  /** anthropic-dreams: RFC 3339 time of the last dream (lastDreamTime), so only newer sessions are read. */
  since?: string;
}

export async function createEngine(settings: Settings, deps: EngineDeps): Promise<DreamEngine> {
  switch (settings.engine) {
    case 'offline':
      return new OfflineEngine();
    case 'claude': {
      const target = targetFromEnv(settings.provider, deps.env);
      const { createClaudeEngine } = await import('./claude/index.js');
      return createClaudeEngine({ ...target, model: settings.model, batch: deps.batch ?? false, logger: deps.logger });
    }
    case 'anthropic-dreams': {
      if (settings.provider !== 'anthropic') {
        throw new DreamsConfigError(
          `engine "anthropic-dreams" runs on Anthropic's hosted Dreams (the Managed Agents API), which ${PROVIDER_LABEL[settings.provider]} does not serve: it serves the Messages API only. Use engine "claude" with provider ${settings.provider}, or provider anthropic.`,
        );
      }
      const { createDreamsEngine } = await import('./dreams/index.js');
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
}
