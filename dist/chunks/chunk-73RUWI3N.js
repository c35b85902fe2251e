import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  emptyUsage
} from "./chunk-MSZ4CILY.js";

// src/engine/claude/model-ids.ts
var BEDROCK_ID = /^(?:[a-z]{2,6}\.)?anthropic\.(claude-[a-z0-9-]+?)(?:-v\d+(?::\d+)?)?$/;
var VERTEX_ID = /^(claude-[a-z0-9-]+)@(\d{8})$/;
function anthropicModelName(id) {
  const bedrock = BEDROCK_ID.exec(id);
  if (bedrock) return bedrock[1];
  const vertex = VERTEX_ID.exec(id);
  if (vertex) return `${vertex[1]}-${vertex[2]}`;
  return id;
}

// src/engine/claude/usage.ts
var p = (input, output, cacheRead) => ({
  input,
  output,
  cacheWrite: input * 1.25,
  cacheRead
});
var PRICES = {
  "claude-fable-5-1": p(10, 50, 0.25),
  "claude-fable-5": p(10, 50, 1),
  "claude-opus-5-5": p(4, 20, 0.2),
  "claude-opus-5": p(5, 25, 0.5),
  "claude-opus-4-8": p(5, 25, 0.5),
  "claude-opus-4-7": p(5, 25, 0.5),
  "claude-opus-4-6": p(5, 25, 0.5),
  "claude-opus-4-5": p(5, 25, 0.5),
  "claude-sonnet-5-5": p(2, 10, 0.1),
  "claude-sonnet-5": p(2, 10, 0.2),
  "claude-sonnet-4-6": p(3, 15, 0.3),
  "claude-sonnet-4-5": p(3, 15, 0.3),
  "claude-haiku-5-5": p(0.1, 0.5, 0.01),
  "claude-haiku-4-5": p(1, 5, 0.1)
};
var FAMILY_FALLBACK = [
  [/fable|mythos/, "claude-fable-5-1"],
  [/opus/, "claude-opus-5-5"],
  [/sonnet/, "claude-sonnet-5-5"],
  [/haiku/, "claude-haiku-5-5"]
];
function priceFor(model) {
  const base = anthropicModelName(model).replace(/-\d{8}$/, "");
  const exact = PRICES[base];
  if (exact) return { price: exact, exact: true };
  for (const [re, id] of FAMILY_FALLBACK) if (re.test(base)) return { price: PRICES[id], exact: false };
  return { price: PRICES["claude-opus-5-5"], exact: false };
}
var UsageMeter = class {
  usage = emptyUsage();
  guessedPrices = /* @__PURE__ */ new Set();
  add(model, u, opts = {}) {
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
    const usd = factor * (input * price.input + output * price.output + cacheWrite * price.cacheWrite + cacheRead * price.cacheRead) / 1e6;
    this.usage.costUsdByModel[model] = (this.usage.costUsdByModel[model] ?? 0) + usd;
  }
};

export {
  anthropicModelName,
  priceFor,
  UsageMeter
};
