export {
  ClaudeEngine,
  createClaudeEngine,
  DEFAULT_MODEL,
  MAX_TOKENS_LIMIT,
  MISSING_KEY_MESSAGE,
  PROVIDER_MODEL_EXAMPLES,
} from './engine.js';
export type { ClaudeEngineOptions, CreateClaudeEngineOptions } from './engine.js';
export type { BatchPolling } from './analysts.js';
export { buildDigests, type Digest, type DigestOptions } from './digest.js';
export { evidenceIndexFromInput, runVerifier, verifyEdit } from './verifier.js';
export { PRICES, priceFor, UsageMeter } from './usage.js';
export { estimateTokens, TokenCounter } from './tokens.js';
export { loadPrompt, promptVersion } from './prompts.js';
export { FENCE_TAG, fence, scrub } from './fence.js';
