import { afterEach, describe, expect, it } from 'vitest';
import { AnthropicReplayServer } from '../../helpers/anthropic-server/index.js';
import { engineFor, makeInput, outline, signal, wire } from './fixtures.js';
import { buildDigests, patternCoverage, TokenCounter } from '../../../src/engine/claude/index.js';
import type { Pattern } from '../../../src/model/index.js';

let server: AnthropicReplayServer;
afterEach(async () => server?.close());

function bigInput(n: number) {
  const input = makeInput();
  const filler = 'tool Bash `mix test` exit 1 -> ** (CompileError) lib/app/user.ex:12 undefined function foo/1; Edit lib/app/user.ex; ';
  input.sessions = Array.from({ length: n }, (_, i) =>
    outline(`s${i}`, `.dreaming/sessions/s${i}.jsonl`, `prompt: task ${i}\n${filler.repeat(20)}`),
  );
  input.patterns = Array.from({ length: 300 }, (_, i): Pattern => {
    const sigs = [
      signal(`s${i}`, `.dreaming/sessions/s${i}.jsonl`, 3, `error ${i} `.repeat(40)),
      signal(`s${i + 1}`, `.dreaming/sessions/s${i + 1}.jsonl`, 9, `error ${i}`),
    ];
    return {
      id: `p${i}`,
      kind: 'error_then_fix',
      signature: `sig ${i}`,
      summary: `summary ${i} `.repeat(30),
      support: { sessions: 2, agents: 1 },
      sessions: [`s${i}`, `s${i + 1}`],
      agents: ['claude-code'],
      signals: sigs,
    };
  });
  input.signals = input.patterns.flatMap((p) => p.signals);
  return input;
}

describe('prompt budget', () => {
  it('10,000 session outlines: every digest stays within budget and the number of calls is capped', () => {
    const input = bigInput(10_000);
    const counter = new TokenCounter();
    const digests = buildDigests(input, { budgetTokens: 6_000, sessionsPerBatch: 40, maxBatches: 12 }, counter);
    expect(digests).toHaveLength(12);
    for (const d of digests) expect(counter.count(d.text)).toBeLessThanOrEqual(6_000);
    expect(digests.reduce((n, d) => n + d.sessionIds.length, 0)).toBe(10_000);
    expect(digests.reduce((n, d) => n + d.outlines, 0)).toBeGreaterThan(100);
    expect(digests.reduce((n, d) => n + d.omitted.outlines, 0)).toBeGreaterThan(0);
  });

  it('10,000 sessions: every supported pattern is represented by an outline, chosen by support, not outline order', () => {
    const input = bigInput(10_000);
    // Scatter the patterns' sessions over the corpus and give them unequal support.
    input.patterns = input.patterns.map((p, i) => {
      const ids = Array.from({ length: 2 + (i % 5) }, (_, k) => `s${(i * 31 + k * 1_013) % 10_000}`);
      return { ...p, sessions: ids, support: { sessions: ids.length, agents: 1 } };
    });
    input.options = { ...input.options, minSupport: 2 };
    const counter = new TokenCounter();
    const digests = buildDigests(input, { budgetTokens: 6_000, sessionsPerBatch: 40, maxBatches: 12 }, counter);
    const shown = digests.reduce((n, d) => n + d.outlines, 0);
    expect(shown).toBeLessThan(input.patterns.length * 2);
    expect(patternCoverage(input, digests)).toEqual({ represented: 300, supported: 300 });
    // The strongest patterns get more than one episode before weaker ones get their second.
    const shownIds = new Set(digests.flatMap((d) => d.shownIds));
    const strongest = input.patterns.filter((p) => p.support.sessions === 6);
    expect(strongest.every((p) => p.sessions.filter((id) => shownIds.has(id)).length >= 2)).toBe(true);
  });

  it('10,000 sessions through the engine: every request is within the server-checked token budget', async () => {
    // The server refuses (400) any request over ~9,000 tokens: digest budget plus instructions.
    server = await AnthropicReplayServer.start({ requestTokenBudget: 9_000 });
    server.fallback('analyst', { kind: 'tool', input: { lessons: [] } });
    const result = await engineFor(server, { digestTokenBudget: 6_000, maxBatches: 8 }).dream(bigInput(10_000));
    const analysts = server.messageRequests('analyst');
    expect(analysts).toHaveLength(8);
    expect(analysts.every((r) => r.problems.length === 0)).toBe(true);
    expect(Math.max(...analysts.map((r) => r.roughTokens))).toBeLessThanOrEqual(9_000);
    expect(result.notes.some((n) => /outlines left out of the digests/.test(n))).toBe(true);
  });

  it('calibrates against count_tokens: a tokenizer that counts 2x shrinks the digest to fit', async () => {
    server = await AnthropicReplayServer.start({ countRatio: 2 });
    server.fallback('analyst', { kind: 'tool', input: { lessons: [] } });
    await engineFor(server, { digestTokenBudget: 4_000, maxBatches: 2 }).dream(bigInput(2_000));
    const counted = server.requests.filter((r) => r.path === '/v1/messages/count_tokens');
    expect(counted).toHaveLength(1);
    for (const r of server.messageRequests('analyst')) {
      const digest = wire(r).messages[0]!.content[0]!.text;
      // Real tokens (2x the chars/4 estimate) stay within the budget.
      expect(Math.ceil(digest.length / 4) * 2).toBeLessThanOrEqual(4_000 + 100);
    }
  });
});
