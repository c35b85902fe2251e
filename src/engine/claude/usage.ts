/**
 * Usage totals and an estimated cost per model.
 *
 * Prices in USD per million tokens, from https://platform.claude.com/docs/en/about-claude/pricing
 * ("Model pricing", read 2026-11-21). Cache writes are the 5-minute rate (1.25x input). The Message
 * Batches API halves every rate. Unknown ids are priced by family (sonnet/opus/haiku) at the most
 * recent generation's rate and flagged in the notes, so a new model never shows up as free.
 */
import type Anthropic from '@anthropic-ai/sdk';
import { emptyUsage } from '../usage.js';
import { anthropicModelName } from './model-ids.js';
import type { Usage } from '../../model/index.js';

export interface Price {
  input: number;
  output: number;
  cacheWrite: number;
  cacheRead: number;
}

const p = (input: number, output: number, cacheRead: number): Price => ({
  input,
  output,
  cacheWrite: input * 1.25,
  cacheRead,
});

const PRICES: Record<string, Price> = {
  'claude-fable-5-1': p(10, 50, 0.25),
  'claude-fable-5': p(10, 50, 1),
  'claude-opus-5-5': p(4, 20, 0.2),
  'claude-opus-5': p(5, 25, 0.5),
  'claude-opus-4-8': p(5, 25, 0.5),
  'claude-opus-4-7': p(5, 25, 0.5),
  'claude-opus-4-6': p(5, 25, 0.5),
  'claude-opus-4-5': p(5, 25, 0.5),
  'claude-sonnet-5-5': p(2, 10, 0.1),
  'claude-sonnet-5': p(2, 10, 0.2),
  'claude-sonnet-4-6': p(3, 15, 0.3),
  'claude-sonnet-4-5': p(3, 15, 0.3),
  'claude-haiku-5-5': p(0.1, 0.5, 0.01),
  'claude-haiku-4-5': p(1, 5, 0.1),
};

const FAMILY_FALLBACK: [RegExp, string][] = [
  [/fable|mythos/, 'claude-fable-5-1'],
  [/opus/, 'claude-opus-5-5'],
  [/sonnet/, 'claude-sonnet-5-5'],
  [/haiku/, 'claude-haiku-5-5'],
];

/** The price for a model id (dated ids share their alias's price), and whether it was guessed. */
export function priceFor(model: string): { price: Price; exact: boolean } {
  const base = anthropicModelName(model).replace(/-\d{8}$/, '');
  const exact = PRICES[base];
  if (exact) return { price: exact, exact: true };
  for (const [re, id] of FAMILY_FALLBACK) if (re.test(base)) return { price: PRICES[id]!, exact: false };
  return { price: PRICES['claude-opus-5-5']!, exact: false };
}

export class UsageMeter {
  readonly usage: Usage = emptyUsage();
  readonly guessedPrices = new Set<string>();

  add(model: string, u: Anthropic.Messages.Usage | undefined, opts: { batch?: boolean } = {}): void {
    this.usage.requests += 1;
    if (!u) return;
    const input = u.input_tokens ?? 0;
    const output = u.output_tokens ?? 0;
    const cacheWrite = u.cache_creation_input_tokens ?? 0;
    const cacheRead = u.cache_read_input_tokens ?? 0;
    this.usage.inputTokens += input;
    this.usage.outputTokens += output;
    this.usage.cacheCreationInputTokens += cacheWrite;
    this.usage.cacheReadInputTokens += cacheRead;
    const { price, exact } = priceFor(model);
    if (!exact) this.guessedPrices.add(model);
    const factor = opts.batch ? 0.5 : 1;
    const usd =
      (factor * (input * price.input + output * price.output + cacheWrite * price.cacheWrite + cacheRead * price.cacheRead)) / 1_000_000;
    this.usage.costUsdByModel[model] = (this.usage.costUsdByModel[model] ?? 0) + usd;
  }
}
