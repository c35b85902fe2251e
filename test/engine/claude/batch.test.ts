import { afterEach, describe, expect, it } from 'vitest';
import { AnthropicReplayServer } from '../../helpers/anthropic-server/index.js';
import { CURATOR_EDITS, engineFor, keepAll, LESSONS, makeInput } from './fixtures.js';

let server: AnthropicReplayServer;
afterEach(async () => server?.close());

const polling = { initialIntervalMs: 10, maxIntervalMs: 40, maxWaitMs: 5_000 };

describe('claude engine: analysts through the Message Batches API', () => {
  it('submits one batch, polls until it ends, reads JSONL results, and bills at half price', async () => {
    server = await AnthropicReplayServer.start({ batchPollsBeforeEnd: 3 });
    server.script('analyst', { kind: 'tool', input: LESSONS }, { kind: 'tool', input: { lessons: [] } });
    server.script('curator', { kind: 'tool', input: CURATOR_EDITS }).script('reviewer', keepAll);
    const result = await engineFor(server, { batch: true, batchPolling: polling, sessionsPerBatch: 2 }).dream(makeInput());

    const creates = server.requests.filter((r) => r.path === '/v1/messages/batches' && r.method === 'POST');
    expect(creates).toHaveLength(1);
    const reqs = creates[0]!.body.requests as { custom_id: string; params: Record<string, unknown> }[];
    expect(reqs.map((r) => r.custom_id)).toEqual(['analyst-0', 'analyst-1']);
    expect(reqs[0]!.params.tools).toMatchObject([{ name: 'report_lessons', strict: true }]);
    // The default model rejects forced tool use: the tool is offered with tool_choice auto.
    expect(reqs[0]!.params.tool_choice).toEqual({ type: 'auto', disable_parallel_tool_use: true });
    // No analyst went through the ordinary endpoint.
    expect(server.messageRequests('analyst')).toHaveLength(0);
    const polls = server.requests.filter((r) => r.method === 'GET' && /^\/v1\/messages\/batches\/[^/]+$/.test(r.path));
    expect(polls.length).toBeGreaterThanOrEqual(3);
    expect(result.edits).toHaveLength(2);
    expect(result.notes.some((n) => /analysts ran through message batch msgbatch_/.test(n))).toBe(true);
    expect(result.usage.requests).toBe(4);
  });

  it('a batch result that errored or was malformed is retried once through the Messages API', async () => {
    server = await AnthropicReplayServer.start();
    server.script(
      'analyst',
      { kind: 'status', status: 500 },
      { kind: 'tool', input: { lessons: 'bad' } },
      // The retries:
      { kind: 'tool', input: LESSONS },
      { kind: 'empty' },
    );
    server.script('curator', { kind: 'tool', input: CURATOR_EDITS }).script('reviewer', keepAll);
    const result = await engineFor(server, { batch: true, batchPolling: polling, sessionsPerBatch: 2 }).dream(makeInput());
    expect(server.messageRequests('analyst')).toHaveLength(2);
    expect(result.notes.some((n) => /^analyst batch 2 skipped after a retry: empty answer/.test(n))).toBe(true);
    expect(result.edits).toHaveLength(2);
  });

  it('gives up after maxWaitMs and fails the pass', async () => {
    server = await AnthropicReplayServer.start({ batchPollsBeforeEnd: 1_000 });
    server.fallback('analyst', { kind: 'tool', input: LESSONS });
    await expect(
      engineFor(server, { batch: true, batchPolling: { initialIntervalMs: 10, maxIntervalMs: 20, maxWaitMs: 150 } }).dream(makeInput()),
    ).rejects.toThrow(/still in_progress after/);
  });

  it('batch usage costs half of the same usage sent directly', async () => {
    const run = async (batch: boolean) => {
      const s = await AnthropicReplayServer.start();
      s.fallback('analyst', { kind: 'tool', input: { lessons: [] } });
      try {
        const r = await engineFor(s, { batch, batchPolling: polling }).dream(makeInput());
        return r.usage;
      } finally {
        await s.close();
      }
    };
    const direct = await run(false);
    const batched = await run(true);
    expect(batched.inputTokens + batched.cacheCreationInputTokens).toBe(direct.inputTokens + direct.cacheCreationInputTokens);
    expect(batched.costUsdByModel['claude-sonnet-5-5']).toBeCloseTo(direct.costUsdByModel['claude-sonnet-5-5']! / 2, 10);
  });
});
