/** Tokens, requests and estimated cost of the model calls one pass made. */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cacheCreationInputTokens: number;
  cacheReadInputTokens: number;
  requests: number;
  /** Estimated cost in USD, by model id. */
  costUsdByModel: Record<string, number>;
}
