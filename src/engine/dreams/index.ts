/**
 * The bridge to Anthropic's hosted Dreams (research preview, beta header dreaming-2026-04-21).
 */
import type Anthropic from '@anthropic-ai/sdk';
import type { Logger } from '../../model/index.js';
import { anthropicClient } from '../../managed-agents/api.js';
import { AnthropicDreamsEngine, type DreamsEngineOptions } from './engine.js';
import { DreamsConfigError } from '../../managed-agents/errors.js';

export { AnthropicDreamsEngine, DEFAULT_INSTRUCTIONS } from './engine.js';
export { editsForNewFile } from './memory-diff.js';

export type CreateDreamsEngineOptions = Omit<DreamsEngineOptions, 'client' | 'logger'> & {
  logger: Logger;
  /** An SDK client; when absent one is built from apiKey and baseURL. */
  client?: Anthropic;
  apiKey?: string;
  baseURL?: string;
};

export function createDreamsEngine(opts: CreateDreamsEngineOptions): AnthropicDreamsEngine {
  const { apiKey, baseURL, client, ...rest } = opts;
  if (!client && !apiKey) {
    throw new DreamsConfigError('engine "anthropic-dreams" needs an Anthropic API key (ANTHROPIC_API_KEY or the anthropic-api-key input).');
  }
  return new AnthropicDreamsEngine({ ...rest, client: client ?? anthropicClient({ apiKey, baseURL }) });
}
