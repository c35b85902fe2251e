/**
 * The fake server must hold the API's rules, or the bridge's tests prove nothing: beta headers,
 * preconditions, path conflicts, dream lifecycle.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Anthropic, { APIError } from '@anthropic-ai/sdk';
import { startManagedAgentsServer, sha256, type ManagedAgentsServer } from '../../helpers/managed-agents-server/index.js';
import { clientFor, seedSessions } from './fixtures.js';

let server: ManagedAgentsServer;
let client: Anthropic;
beforeEach(async () => {
  server = await startManagedAgentsServer();
  client = clientFor(server);
});
afterEach(async () => {
  await server.close();
});

const errorType = (err: unknown) => ((err as APIError).error as { error: { type: string } }).error.type;

describe('fake Managed Agents server', () => {
  it('rejects a dreams request without the dreaming beta header', async () => {
    const res = await fetch(`${server.url}/v1/dreams/drm_x`, {
      headers: { 'x-api-key': 'k', 'anthropic-beta': 'managed-agents-2026-04-01' },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('dreaming-2026-04-21');
  });

  it('applies content_sha256 preconditions on update and delete as 409 memory_precondition_failed_error', async () => {
    const store = await client.beta.memoryStores.create({ name: 's' });
    const mem = await client.beta.memoryStores.memories.create(store.id, { path: '/a.md', content: 'one' });
    expect(mem.content_sha256).toBe(sha256('one'));
    const stale = await client.beta.memoryStores.memories
      .update(mem.id, {
        memory_store_id: store.id,
        content: 'two',
        precondition: { type: 'content_sha256', content_sha256: sha256('zero') },
      })
      .catch((e: unknown) => e);
    expect((stale as APIError).status).toBe(409);
    expect(errorType(stale)).toBe('memory_precondition_failed_error');
    // Already holding the requested content: succeeds though the hash differs, as documented.
    await client.beta.memoryStores.memories.update(mem.id, {
      memory_store_id: store.id,
      content: 'one',
      precondition: { type: 'content_sha256', content_sha256: sha256('zero') },
    });
    const del = await client.beta.memoryStores.memories
      .delete(mem.id, { memory_store_id: store.id, expected_content_sha256: sha256('x') })
      .catch((e: unknown) => e);
    expect(errorType(del)).toBe('memory_precondition_failed_error');
    const ok = await client.beta.memoryStores.memories.delete(mem.id, {
      memory_store_id: store.id,
      expected_content_sha256: sha256('one'),
    });
    expect(ok).toEqual({ id: mem.id, type: 'memory_deleted' });
  });

  it('refuses overlapping paths and content over 100 kB', async () => {
    const store = await client.beta.memoryStores.create({ name: 's' });
    await client.beta.memoryStores.memories.create(store.id, { path: '/notes', content: '' });
    const overlap = await client.beta.memoryStores.memories
      .create(store.id, { path: '/notes/todo.md', content: 'x' })
      .catch((e: unknown) => e);
    expect(errorType(overlap)).toBe('memory_path_conflict_error');
    const big = await client.beta.memoryStores.memories
      .create(store.id, { path: '/big.md', content: 'x'.repeat(102_401) })
      .catch((e: unknown) => e);
    expect((big as APIError).status).toBe(400);
  });

  it('moves a dream through pending, running and completed, and refuses to archive a running one', async () => {
    const [sid] = seedSessions(server, 1);
    const store = await client.beta.memoryStores.create({ name: 's' });
    server.dreams.script = () => ({ status: 'completed', runningPolls: 2 });
    const d = await client.beta.dreams.create({
      model: 'claude-opus-4-7',
      inputs: [
        { type: 'memory_store', memory_store_id: store.id },
        { type: 'sessions', session_ids: [sid!] },
      ],
    });
    expect([d.status, d.outputs]).toEqual(['pending', []]);
    expect((await client.beta.dreams.retrieve(d.id)).status).toBe('running');
    await expect(client.beta.dreams.archive(d.id)).rejects.toMatchObject({ status: 400 });
    expect((await client.beta.dreams.retrieve(d.id)).status).toBe('running');
    const done = await client.beta.dreams.retrieve(d.id);
    expect(done.status).toBe('completed');
    expect(done.outputs[0]!.memory_store_id).not.toBe(store.id);
    await expect(client.beta.dreams.cancel(d.id)).rejects.toMatchObject({ status: 400 });
    const tooMany = await client.beta.dreams
      .create({
        model: 'm',
        inputs: [
          { type: 'memory_store', memory_store_id: store.id },
          { type: 'sessions', session_ids: Array.from({ length: 101 }, (_, i) => `sesn_${i}`) },
        ],
      })
      .catch((e: unknown) => e);
    expect((tooMany as APIError).status).toBe(400);
  });
});
