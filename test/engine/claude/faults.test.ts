import { afterEach, describe, expect, it } from 'vitest';
import { AnthropicReplayServer } from '../../helpers/anthropic-server/index.js';
import { CURATOR_EDITS, engineFor, keepAll, LESSONS, makeInput } from './fixtures.js';

let server: AnthropicReplayServer;
afterEach(async () => server?.close());

const lessons = { kind: 'tool', input: LESSONS } as const;
const happyRest = (s: AnthropicReplayServer) => s.script('curator', { kind: 'tool', input: CURATOR_EDITS }).script('reviewer', keepAll);

describe('claude engine: transport faults are retried by the SDK', () => {
  it.each([
    ['429 rate limit with retry-after', { kind: 'status', status: 429, retryAfterMs: 20 }],
    ['529 overloaded', { kind: 'status', status: 529, retryAfterMs: 20 }],
    ['500 api error', { kind: 'status', status: 500, retryAfterMs: 20 }],
  ] as const)('%s: retried, then the pass succeeds', async (_name, fault) => {
    server = await AnthropicReplayServer.start();
    server.script('analyst', fault, fault, lessons);
    happyRest(server);
    const result = await engineFor(server, { maxRetries: 2 }).dream(makeInput());
    expect(server.messageRequests('analyst')).toHaveLength(3);
    expect(result.edits).toHaveLength(2);
    // Failed attempts are not billed.
    expect(result.usage.requests).toBe(3);
  });

  it('a fault that outlasts the retries fails the pass', async () => {
    server = await AnthropicReplayServer.start();
    server.fallback('analyst', { kind: 'status', status: 529, retryAfterMs: 5 });
    await expect(engineFor(server, { maxRetries: 2 }).dream(makeInput())).rejects.toThrow(/529|Overloaded|scripted/i);
    expect(server.messageRequests('analyst')).toHaveLength(3);
    expect(server.messageRequests('curator')).toHaveLength(0);
  });

  it('a request that hangs past the client timeout is abandoned and retried', async () => {
    server = await AnthropicReplayServer.start();
    server.script('analyst', { kind: 'hang', ms: 3_000 }, lessons);
    happyRest(server);
    const t0 = Date.now();
    const result = await engineFor(server, { maxRetries: 1, timeout: 300 }).dream(makeInput());
    expect(Date.now() - t0).toBeLessThan(2_900);
    expect(server.messageRequests('analyst')).toHaveLength(2);
    expect(result.edits).toHaveLength(2);
  });

  it('a hang with no retries left surfaces as a timeout error', async () => {
    server = await AnthropicReplayServer.start();
    server.script('analyst', { kind: 'hang', ms: 3_000 });
    await expect(engineFor(server, { maxRetries: 0, timeout: 200 }).dream(makeInput())).rejects.toThrow(/timed out/i);
  });
});

describe('claude engine: answer faults', () => {
  it('malformed analyst tool input is retried once and then accepted', async () => {
    server = await AnthropicReplayServer.start();
    server.script('analyst', { kind: 'tool', input: { lessons: 'not a list' } }, lessons);
    happyRest(server);
    const result = await engineFor(server).dream(makeInput());
    expect(server.messageRequests('analyst')).toHaveLength(2);
    expect(result.edits).toHaveLength(2);
  });

  it.each([
    ['malformed tool input', { kind: 'tool', input: { lessons: [{ lesson: 'x', kind: 'nonsense' }] } }],
    ['an empty answer', { kind: 'empty' }],
    ['a text answer with no tool call', { kind: 'text', text: 'I think you should run the tests.' }],
  ] as const)('%s twice: the batch is skipped with a reason in notes', async (_name, bad) => {
    server = await AnthropicReplayServer.start();
    // Two batches: the first fails twice, the second succeeds.
    server.script('analyst', bad, bad, lessons);
    happyRest(server);
    const result = await engineFor(server, { sessionsPerBatch: 2, concurrency: 1 }).dream(makeInput());
    expect(server.messageRequests('analyst')).toHaveLength(3);
    const note = result.notes.find((n) => n.startsWith('analyst batch 1 skipped after a retry'));
    expect(note).toBeDefined();
    expect(note).toMatch(/empty answer|no report_lessons call|input invalid/);
    expect(result.edits).toHaveLength(2);
  });

  it('a curator that answers malformed twice fails the pass: nothing is returned to publish', async () => {
    server = await AnthropicReplayServer.start();
    server.script('analyst', lessons);
    server.script('curator', { kind: 'empty' }, { kind: 'tool', input: { edits: [{ op: 'add' }] } });
    await expect(engineFor(server).dream(makeInput())).rejects.toThrow(/propose_edits input invalid/);
    expect(server.messageRequests('curator')).toHaveLength(2);
    expect(server.messageRequests('reviewer')).toHaveLength(0);
  });

  it('a reviewer failure fails the pass', async () => {
    server = await AnthropicReplayServer.start();
    server.script('analyst', lessons).script('curator', { kind: 'tool', input: CURATOR_EDITS });
    server.fallback('reviewer', { kind: 'status', status: 500, retryAfterMs: 5 });
    await expect(engineFor(server, { maxRetries: 1 }).dream(makeInput())).rejects.toThrow();
    expect(server.messageRequests('reviewer')).toHaveLength(2);
  });

  it('an answer with too much in it is trimmed, not retried', async () => {
    server = await AnthropicReplayServer.start();
    const many = { lessons: Array.from({ length: 60 }, (_, i) => ({ ...LESSONS.lessons[0]!, lesson: `lesson ${i}` })) };
    server.script('analyst', { kind: 'tool', input: many });
    server.script('curator', { kind: 'tool', input: { edits: [] } });
    await engineFor(server).dream(makeInput());
    expect(server.messageRequests('analyst')).toHaveLength(1);
    const curator = server.messageRequests('curator')[0]!.raw;
    expect(curator).toContain('lesson 39');
    expect(curator).not.toContain('lesson 40');
  });

  it('a tool call cut off at max_tokens counts as malformed', async () => {
    server = await AnthropicReplayServer.start();
    server.script('analyst', { kind: 'tool', input: LESSONS, stopReason: 'max_tokens' }, lessons);
    happyRest(server);
    const result = await engineFor(server).dream(makeInput());
    expect(server.messageRequests('analyst')).toHaveLength(2);
    expect(result.edits).toHaveLength(2);
  });
});
