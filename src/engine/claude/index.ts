export { ClaudeEngine, createClaudeEngine, DEFAULT_MODEL, MAX_TOKENS_LIMIT, MISSING_KEY_MESSAGE } from './engine.js';
export type { ClaudeEngineOptions } from './engine.js';
export { buildDigests, patternCoverage } from './digest.js';
export { evidenceIndexFromInput, verifyEdit } from './verifier.js';
export { priceFor, UsageMeter } from './usage.js';
export { TokenCounter } from './tokens.js';
export { loadPrompt, promptVersion } from './prompts.js';
export { scrub } from './fence.js';
