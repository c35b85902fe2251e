/** Usage accounting shared by every engine and the pass that sums them. */
import type { Usage } from '../model/index.js';

export const emptyUsage = (): Usage => ({
  inputTokens: 0,
  outputTokens: 0,
  cacheCreationInputTokens: 0,
  cacheReadInputTokens: 0,
  requests: 0,
  costUsdByModel: {},
});
