import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleGit } from 'simple-git';
import Anthropic from '@anthropic-ai/sdk';
import { startManagedAgentsServer, sha256, type ManagedAgentsServer } from '../helpers/managed-agents-server/index.js';
import { changedMemoryFiles, syncMemoryToStore } from '../../src/sync/index.js';
import { silentLogger } from '../../src/log.js';
import { sdkMemoryStores } from '../../src/managed-agents/api.js';

let server: ManagedAgentsServer;
let client: Anthropic;
let repo: string;
beforeEach(async () => {
  server = await startManagedAgentsServer();
  client = new Anthropic({ apiKey: 'k', baseURL: server.url, maxRetries: 0 });
  repo = await mkdtemp(path.join(os.tmpdir(), 'dream-sync-'));
});
afterEach(async () => {
  await server.close();
  await rm(repo, { recursive: true, force: true });
});

async function storeWith(files: Record<string, string>): Promise<string> {
  const store = await client.beta.memoryStores.create({ name: 'deployed' });
  for (const [p, content] of Object.entries(files)) await client.beta.memoryStores.memories.create(store.id, { path: p, content });
  return store.id;
}

describe('syncMemoryToStore', () => {
  it('creates, updates, deletes and leaves up-to-date memories alone, each write with a precondition', async () => {
    const storeId = await storeWith({
      '/CLAUDE.md': 'v1',
      '/AGENTS.md': 'agents',
      '/old.md': 'gone',
      '/agent-notes.md': 'written by an agent',
    });
    const result = await syncMemoryToStore({
      stores: sdkMemoryStores(client),
      storeId,
      repoDir: repo,
      logger: silentLogger,
      files: [
        { path: 'CLAUDE.md', text: 'v2', previousText: 'v1' },
        { path: 'AGENTS.md', text: 'agents', previousText: 'agents-before' },
        { path: 'old.md', text: null, previousText: 'gone' },
        { path: '.claude/rules/new.md', text: '- new rule', previousText: null },
      ],
    });
    expect(result).toMatchObject({
      created: ['.claude/rules/new.md'],
      updated: ['CLAUDE.md'],
      deleted: ['old.md'],
      unchanged: ['AGENTS.md'],
      conflicts: [],
    });
    expect(Object.fromEntries(server.stores.snapshot(storeId))).toEqual({
      '/CLAUDE.md': 'v2',
      '/AGENTS.md': 'agents',
      '/.claude/rules/new.md': '- new rule',
      '/agent-notes.md': 'written by an agent',
    });
    const update = server.requests.find((r) => r.method === 'POST' && /\/memories\/mem_/.test(r.path));
    expect(update?.body).toMatchObject({ precondition: { type: 'content_sha256', content_sha256: sha256('v1') } });
    const del = server.requests.find((r) => r.method === 'DELETE');
    expect(del?.query).toContain(`expected_content_sha256=${sha256('gone')}`);
  });

  it('reports a memory changed in the store since the last sync as a conflict and does not overwrite it', async () => {
    const storeId = await storeWith({ '/CLAUDE.md': 'v1 plus an edit made in the Console' });
    const result = await syncMemoryToStore({
      stores: sdkMemoryStores(client),
      storeId,
      repoDir: repo,
      logger: silentLogger,
      files: [{ path: 'CLAUDE.md', text: 'v2', previousText: 'v1' }],
    });
    expect(result.updated).toEqual([]);
    expect(result.conflicts).toEqual([
      {
        path: 'CLAUDE.md',
        reason: 'changed in the store since the last sync',
        expectedSha256: sha256('v1'),
        storeSha256: sha256('v1 plus an edit made in the Console'),
      },
    ]);
    expect(server.stores.snapshot(storeId).get('/CLAUDE.md')).toBe('v1 plus an edit made in the Console');
  });

  it('turns a write that races ours (409 precondition failed from the API) into a conflict', async () => {
    const storeId = await storeWith({ '/CLAUDE.md': 'v1' });
    server.beforeHandle = (req) => {
      if (req.method === 'POST' && /\/memories\/mem_/.test(req.path)) {
        const store = server.stores.store(storeId);
        server.stores.putMemory(store, '/CLAUDE.md', 'a deployed agent wrote this meanwhile');
      }
    };
    const result = await syncMemoryToStore({
      stores: sdkMemoryStores(client),
      storeId,
      repoDir: repo,
      logger: silentLogger,
      files: [{ path: 'CLAUDE.md', text: 'v2', previousText: 'v1' }],
    });
    expect(result.conflicts.map((c) => c.reason)).toEqual(['changed in the store while syncing']);
    const write = server.requests.find((r) => r.method === 'POST' && /\/memories\/mem_/.test(r.path));
    expect(write?.status).toBe(409);
    expect(server.stores.snapshot(storeId).get('/CLAUDE.md')).toBe('a deployed agent wrote this meanwhile');
  });

  it('refuses a file over 100 kB without touching the store', async () => {
    const storeId = await storeWith({ '/CLAUDE.md': 'v1' });
    const result = await syncMemoryToStore({
      stores: sdkMemoryStores(client),
      storeId,
      repoDir: repo,
      logger: silentLogger,
      files: [{ path: 'CLAUDE.md', text: 'x'.repeat(102_401), previousText: 'v1' }],
    });
    expect(result.refused).toHaveLength(1);
    expect(server.stores.snapshot(storeId).get('/CLAUDE.md')).toBe('v1');
  });
});

describe('changedMemoryFiles + sync after a merge (real git)', () => {
  it('finds the memory files a push changed and syncs them against the pre-merge text', async () => {
    const git = simpleGit(repo);
    await git.init();
    await git.addConfig('user.email', 't@example.com');
    await git.addConfig('user.name', 'T');
    await mkdir(path.join(repo, '.claude/rules'), { recursive: true });
    await writeFile(path.join(repo, 'CLAUDE.md'), '# Notes\n\n- old\n');
    await writeFile(path.join(repo, 'AGENTS.md'), '# Agents\n');
    await writeFile(path.join(repo, 'README.md'), 'readme\n');
    await git.add('.');
    await git.commit('base');
    const before = (await git.revparse(['HEAD'])).trim();
    await writeFile(path.join(repo, 'CLAUDE.md'), '# Notes\n\n- new\n');
    await unlink(path.join(repo, 'AGENTS.md'));
    await writeFile(path.join(repo, '.claude/rules/tests.md'), '- run vitest\n');
    await writeFile(path.join(repo, 'README.md'), 'changed readme\n');
    await git.add(['-A']);
    await git.commit('memory PR merged');
    const after = (await git.revparse(['HEAD'])).trim();

    const files = await changedMemoryFiles({ repoDir: repo, before, after });
    expect(files).toEqual([
      { path: '.claude/rules/tests.md', text: '- run vitest\n', previousText: null },
      { path: 'AGENTS.md', text: null, previousText: '# Agents\n' },
      { path: 'CLAUDE.md', text: '# Notes\n\n- new\n', previousText: '# Notes\n\n- old\n' },
    ]);

    const storeId = await storeWith({ '/CLAUDE.md': '# Notes\n\n- old\n', '/AGENTS.md': '# Agents\n' });
    // baseRef path: previousText left out, read from git at `before`.
    const result = await syncMemoryToStore({
      stores: sdkMemoryStores(client),
      storeId,
      repoDir: repo,
      logger: silentLogger,
      baseRef: before,
      files: files.map(({ path: p, text }) => ({ path: p, text })),
    });
    expect(result).toMatchObject({ created: ['.claude/rules/tests.md'], deleted: ['AGENTS.md'], updated: ['CLAUDE.md'], conflicts: [] });
    expect(Object.fromEntries(server.stores.snapshot(storeId))).toEqual({
      '/CLAUDE.md': '# Notes\n\n- new\n',
      '/.claude/rules/tests.md': '- run vitest\n',
    });
  });
});
