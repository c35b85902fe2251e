import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startManagedAgentsServer, type ManagedAgentsServer, DREAMS_BETA } from '../../helpers/managed-agents-server/index.js';
import { AnthropicDreamsEngine, createDreamsEngine, DEFAULT_INSTRUCTIONS } from '../../../src/engine/dreams/index.js';
import { AGENTS_MD, CLAUDE_MD, clientFor, dreamInput, recordingLogger, seedSessions } from './fixtures.js';
import {
  DreamCanceledError,
  DreamFailedError,
  DreamsAccessError,
  DreamsConfigError,
  DreamsConflictError,
  DreamTimeoutError,
} from '../../../src/managed-agents/errors.js';

let server: ManagedAgentsServer;
beforeEach(async () => {
  server = await startManagedAgentsServer();
});
afterEach(async () => {
  await server.close();
});

const fast = { pollIntervalMs: 1, maxPollIntervalMs: 5 };

function engine(extra: Partial<ConstructorParameters<typeof AnthropicDreamsEngine>[0]> = {}) {
  const logger = recordingLogger();
  return { logger, engine: new AnthropicDreamsEngine({ client: clientFor(server), logger, ...fast, ...extra }) };
}

const dreamRequests = () => server.requests.filter((r) => r.path.startsWith('/v1/dreams'));

describe('AnthropicDreamsEngine', () => {
  it('turns a dream that rewrites CLAUDE.md into update, add and delete edits with the dream as evidence', async () => {
    const sessions = seedSessions(server, 3);
    server.dreams.script = () => ({
      status: 'completed',
      runningPolls: 3,
      usagePerPoll: { input_tokens: 1000, output_tokens: 100, cache_read_input_tokens: 50 },
      write: (m) => {
        const text = m.get('/CLAUDE.md')!;
        m.set(
          '/CLAUDE.md',
          text
            .replace('- Use pnpm, not npm.', '- Use pnpm, never npm or yarn.')
            .replace('- Tabs for indentation.\n', '')
            .replace('- Prefer small modules.', '- Prefer small modules.\n- Run `pnpm lint` after edits.'),
        );
        return m;
      },
    });
    const { engine: e, logger } = engine({ sessionIds: sessions });
    const result = await e.dream(dreamInput({ 'CLAUDE.md': CLAUDE_MD, 'AGENTS.md': AGENTS_MD }, logger));

    const byOp = Object.fromEntries(result.edits.map((x) => [x.op, x]));
    expect(result.edits.map((x) => x.op).sort()).toEqual(['add', 'delete', 'update']);
    expect(byOp.update).toMatchObject({ file: 'CLAUDE.md', before: '- Use pnpm, not npm.', after: '- Use pnpm, never npm or yarn.' });
    expect(byOp.delete).toMatchObject({ file: 'CLAUDE.md', before: '- Tabs for indentation.' });
    expect(byOp.add).toMatchObject({ file: 'CLAUDE.md', section: ['Project notes', 'Style'], after: '- Run `pnpm lint` after edits.' });

    const [dream] = [...server.dreams.dreams.values()].map((d) => d.json);
    expect(dream!.status).toBe('completed');
    expect(dream!.archived_at).not.toBeNull();
    expect(dream!.instructions).toBe(DEFAULT_INSTRUCTIONS);
    const evidence = byOp.update!.evidence;
    expect(evidence[0]).toEqual({
      session: dream!.session_id,
      file: `anthropic-dreams:${dream!.id}`,
      line: 0,
      quote: '',
      agent: 'managed-agents',
    });
    expect(evidence.slice(1).map((x) => x.session)).toEqual([...sessions].sort());

    // 3 running polls at the scripted rate, reported as they are on the dream.
    expect(result.usage).toMatchObject({ inputTokens: 3000, outputTokens: 300, cacheReadInputTokens: 150, requests: 1 });
    expect(result.usage.inputTokens).toBe(dream!.usage.input_tokens);
    expect(result.usage.costUsdByModel['claude-opus-4-7']).toBeGreaterThan(0);

    // The temporary mirror and the dream's output store are both gone; the mirror held the repo's files.
    expect(server.stores.deleted.size).toBe(2);
    expect(server.stores.stores.size).toBe(0);
    const mirrored = server.requests
      .filter((r) => r.method === 'POST' && /\/memories$/.test(r.path))
      .map((r) => (r.body as { path: string }).path);
    expect(mirrored.sort()).toEqual(['/AGENTS.md', '/CLAUDE.md']);
    for (const r of dreamRequests()) expect(r.betas).toContain(DREAMS_BETA);
  });

  it('chains 230 sessions since the last dream into 3 dreams, each reading the previous output store', async () => {
    seedSessions(server, 5, Date.parse('2026-09-01T00:00:00Z')); // before `since`: not read
    const fresh = seedSessions(server, 230, Date.parse('2026-11-01T00:00:00Z'));
    server.sessions.add({ created_at: '2026-11-02T00:00:00Z', status: 'running' }); // still running: not read
    server.dreams.script = (ctx) => ({
      status: 'completed',
      write: (m) => {
        m.set('/CLAUDE.md', `${m.get('/CLAUDE.md')}- Lesson from dream ${ctx.index + 1} over ${ctx.sessionIds.length} sessions.\n`);
        return m;
      },
    });
    const { engine: e, logger } = engine({ since: '2026-10-01T00:00:00Z' });
    const result = await e.dream(dreamInput({ 'CLAUDE.md': CLAUDE_MD }, logger));

    const dreams = [...server.dreams.dreams.values()].map((d) => d.json);
    expect(dreams).toHaveLength(3);
    const sessionsOf = (d: (typeof dreams)[number]) => (d.inputs[1] as { session_ids: string[] }).session_ids;
    const storeOf = (d: (typeof dreams)[number]) => (d.inputs[0] as { memory_store_id: string }).memory_store_id;
    expect(dreams.map((d) => sessionsOf(d).length)).toEqual([100, 100, 30]);
    expect(new Set(dreams.flatMap(sessionsOf))).toEqual(new Set(fresh));
    expect(storeOf(dreams[1]!)).toBe(dreams[0]!.outputs[0]!.memory_store_id);
    expect(storeOf(dreams[2]!)).toBe(dreams[1]!.outputs[0]!.memory_store_id);
    expect(result.edits.map((x) => x.after)).toEqual([
      '- Lesson from dream 1 over 100 sessions.',
      '- Lesson from dream 2 over 100 sessions.',
      '- Lesson from dream 3 over 30 sessions.',
    ]);
    expect(result.usage.requests).toBe(3);
    // 3 dreams + 230 sessions would be 233 citations per edit: capped, the dreams first, the count in the rationale.
    const cited = result.edits[0]!.evidence;
    expect(cited).toHaveLength(20);
    expect(cited.every((x) => x.quote === '' && x.line === 0 && x.file.startsWith('anthropic-dreams:'))).toBe(true);
    expect(cited.slice(0, 3).map((x) => x.session)).toEqual(dreams.map((d) => d.session_id));
    expect(result.edits[0]!.rationale).toMatch(/after reading 230 Managed Agents sessions \(20 of 233 citations listed\)\.$/);
    // Listing went through pages of at most 100, and every store (mirror + 3 outputs) was deleted.
    expect(server.requests.filter((r) => r.path === '/v1/sessions').length).toBeGreaterThanOrEqual(3);
    expect(server.stores.deleted.size).toBe(4);
    expect(dreams.every((d) => d.archived_at !== null)).toBe(true);
  });

  it('reports a failed dream with its error, and still archives it and deletes the stores', async () => {
    const sessions = seedSessions(server, 2);
    server.dreams.script = () => ({ status: 'failed', runningPolls: 2, error: { type: 'timeout', message: 'The dream ran out of time.' } });
    const { engine: e, logger } = engine({ sessionIds: sessions });
    const err = await e.dream(dreamInput({ 'CLAUDE.md': CLAUDE_MD }, logger)).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(DreamFailedError);
    expect((err as Error).message).toMatch(/failed \(timeout\): The dream ran out of time\./);
    const [dream] = [...server.dreams.dreams.values()].map((d) => d.json);
    expect(dream!.archived_at).not.toBeNull();
    expect(server.stores.stores.size).toBe(0);
  });

  it('reports a dream canceled by someone else', async () => {
    const sessions = seedSessions(server, 1);
    server.dreams.script = () => ({ status: 'canceled' });
    const { engine: e, logger } = engine({ sessionIds: sessions });
    await expect(e.dream(dreamInput({ 'CLAUDE.md': CLAUDE_MD }, logger))).rejects.toBeInstanceOf(DreamCanceledError);
    expect(server.stores.stores.size).toBe(0);
  });

  it('cancels the dream when our own deadline passes', async () => {
    const sessions = seedSessions(server, 1);
    server.dreams.script = () => ({ status: 'hang' });
    const { engine: e, logger } = engine({ sessionIds: sessions, timeoutMs: 100, pollIntervalMs: 5, maxPollIntervalMs: 20 });
    const err = await e.dream(dreamInput({ 'CLAUDE.md': CLAUDE_MD }, logger)).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(DreamTimeoutError);
    expect((err as DreamTimeoutError).canceled).toBe(true);
    const [dream] = [...server.dreams.dreams.values()].map((d) => d.json);
    expect(dream!.status).toBe('canceled');
    expect(dream!.archived_at).not.toBeNull();
    expect(server.requests.some((r) => r.path === `/v1/dreams/${dream!.id}/cancel`)).toBe(true);
  });

  it('cancels the dream when the pass is aborted', async () => {
    const sessions = seedSessions(server, 1);
    server.dreams.script = () => ({ status: 'hang' });
    const { engine: e, logger } = engine({ sessionIds: sessions, pollIntervalMs: 5, maxPollIntervalMs: 5 });
    const controller = new AbortController();
    const run = e.dream(dreamInput({ 'CLAUDE.md': CLAUDE_MD }, logger, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    await expect(run).rejects.toThrow(/canceled: the pass was aborted/);
    const [dream] = [...server.dreams.dreams.values()].map((d) => d.json);
    expect(dream!.status).toBe('canceled');
    expect(server.stores.stores.size).toBe(0);
  });

  it('mirrors git into a configured store, says where the store differed, and never deletes it', async () => {
    const sessions = seedSessions(server, 1);
    const client = clientFor(server);
    const store = await client.beta.memoryStores.create({ name: 'deployed' });
    await client.beta.memoryStores.memories.create(store.id, { path: '/CLAUDE.md', content: 'stale' });
    await client.beta.memoryStores.memories.create(store.id, { path: '/notes/agent.md', content: 'the agent wrote this' });
    server.dreams.script = () => ({
      status: 'completed',
      write: (m) => m.set('/notes/agent.md', 'the dream changed this').set('/.claude/rules/new.md', '# New\n\n- A new rule.\n'),
    });
    const logger = recordingLogger();
    const e = new AnthropicDreamsEngine({ client, logger, storeId: store.id, sessionIds: sessions, ...fast });
    const result = await e.dream(dreamInput({ 'CLAUDE.md': CLAUDE_MD }, logger));
    expect(server.stores.snapshot(store.id)).toEqual(
      new Map([
        ['/CLAUDE.md', CLAUDE_MD],
        ['/notes/agent.md', 'the agent wrote this'],
      ]),
    );
    expect(result.notes.join('\n')).toMatch(/differed from git at \/CLAUDE\.md/);
    expect(result.notes.join('\n')).toMatch(/changed \/notes\/agent\.md, a memory the repo does not track/);
    expect(result.edits.map((x) => [x.op, x.file, x.after])).toEqual([
      ['add', '.claude/rules/new.md', '# New'],
      ['add', '.claude/rules/new.md', '- A new rule.'],
    ]);
    expect(server.stores.deleted.has(store.id)).toBe(false);
    expect(server.stores.deleted.size).toBe(1); // only the dream's output store
  });

  it('stops at a 409 conflict_error when another dream holds the configured store, without retrying', async () => {
    const sessions = seedSessions(server, 2);
    const client = clientFor(server, 2); // default-like retries: the API's x-should-retry: false must stop them
    const store = await client.beta.memoryStores.create({ name: 'deployed' });
    await client.beta.memoryStores.memories.create(store.id, { path: '/CLAUDE.md', content: 'old' });
    server.dreams.script = () => ({ status: 'hang' });
    const other = await client.beta.dreams.create({
      model: 'claude-opus-4-7',
      inputs: [
        { type: 'memory_store', memory_store_id: store.id },
        { type: 'sessions', session_ids: [sessions[0]!] },
      ],
      output_behavior: { type: 'update_existing', memory_store_id: store.id },
    });
    const logger = recordingLogger();
    const e = new AnthropicDreamsEngine({ client, logger, storeId: store.id, sessionIds: sessions, ...fast });
    const err = await e.dream(dreamInput({ 'CLAUDE.md': CLAUDE_MD }, logger)).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(DreamsConflictError);
    expect((err as Error).message).toContain(other.id);
    expect((err as Error).message).toContain(store.id);
    const writes = server.requests.filter((r) => r.method === 'POST' && r.path.includes(`/memory_stores/${store.id}/memories/`));
    expect(writes.map((r) => r.status)).toEqual([409]);
    expect(server.stores.snapshot(store.id).get('/CLAUDE.md')).toBe('old');
    expect(server.stores.deleted.has(store.id)).toBe(false); // a configured store is never deleted
  });

  it.each([
    ['forbidden', 403],
    ['not_found', 404],
  ] as const)('explains missing Dreams access (%s -> %i) and cleans up the mirror store', async (access, status) => {
    const sessions = seedSessions(server, 1);
    server.options.dreamsAccess = access;
    const { engine: e, logger } = engine({ sessionIds: sessions });
    const err = await e.dream(dreamInput({ 'CLAUDE.md': CLAUDE_MD }, logger)).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(DreamsAccessError);
    expect((err as DreamsAccessError).status).toBe(status);
    expect((err as Error).message).toContain('dreaming-2026-04-21');
    expect((err as Error).message).toMatch(/research preview/);
    expect(server.stores.stores.size).toBe(0);
  });

  it('refuses instructions over 4,096 characters and memories over 100 KB before calling the API', async () => {
    expect(() => engine({ instructions: 'x'.repeat(4097) })).toThrow(DreamsConfigError);
    expect(() => engine({ instructions: 'x'.repeat(4096) })).not.toThrow();
    const { engine: e, logger } = engine({ sessionIds: seedSessions(server, 1) });
    const big = `# Big\n\n${'- line\n'.repeat(20_000)}`;
    await expect(e.dream(dreamInput({ 'CLAUDE.md': big }, logger))).rejects.toThrow(/CLAUDE\.md is 140,007 bytes/);
    expect(server.requests).toHaveLength(0);
  });

  it('passes configured instructions, and creates no dream when there are no sessions', async () => {
    const { engine: none, logger } = engine({ since: '2030-01-01T00:00:00Z' });
    seedSessions(server, 2);
    const empty = await none.dream(dreamInput({ 'CLAUDE.md': CLAUDE_MD }, logger));
    expect(empty.edits).toEqual([]);
    expect(empty.notes.join('\n')).toMatch(/no Managed Agents sessions/);
    expect(dreamRequests()).toHaveLength(0);

    const ids = [...server.sessions.sessions.keys()];
    const { engine: e } = engine({ sessionIds: ids, instructions: 'Only touch the Build section.', keepStores: true });
    const result = await e.dream(dreamInput({ 'CLAUDE.md': CLAUDE_MD }, logger));
    const [dream] = [...server.dreams.dreams.values()].map((d) => d.json);
    expect(dream!.instructions).toBe('Only touch the Build section.');
    expect(server.stores.snapshot((dream!.inputs[0] as { memory_store_id: string }).memory_store_id).get('/CLAUDE.md')).toBe(CLAUDE_MD);
    expect(result.edits).toEqual([]); // the default script leaves memory unchanged
    expect(server.stores.stores.size).toBe(2); // kept: the mirror and the output
    expect(result.notes.join('\n')).toContain(dream!.outputs[0]!.memory_store_id);
  });

  it('is built by createDreamsEngine, which needs a key or a client', () => {
    expect(() => createDreamsEngine({ logger: recordingLogger() })).toThrow(/API key/);
    const e = createDreamsEngine({ apiKey: 'k', baseURL: server.url, logger: recordingLogger() });
    expect(e.name).toBe('anthropic-dreams');
  });
});
