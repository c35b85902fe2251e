/**
 * `mode: sync` through the Action's run(): a real git repository, a push event payload naming the
 * merge's before/after, and the real SDK against the local Managed Agents server.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { gitIn, makeRepo, writeFiles, type RepoFixture } from '../helpers/fake-github/repo-fixture.js';
import { startManagedAgentsServer, type ManagedAgentsServer } from '../helpers/managed-agents-server/index.js';
import { recorder, runContext } from './world.js';

let server: ManagedAgentsServer;
let repo: RepoFixture;
beforeEach(async () => {
  server = await startManagedAgentsServer();
  repo = makeRepo({ 'CLAUDE.md': '# Notes\n\n- Use pnpm.\n', 'AGENTS.md': '# Agents\n\n- Read the docs.\n', 'src/app.ts': 'export {};\n' });
});
afterEach(async () => {
  await server.close();
  repo.cleanup();
});

const head = () => gitIn(repo.work, ['rev-parse', 'HEAD']).trim();

function commit(files: Record<string, string>, remove: string[] = []): void {
  writeFiles(repo.work, files);
  for (const f of remove) gitIn(repo.work, ['rm', '--quiet', f]);
  gitIn(repo.work, ['add', '-A']);
  gitIn(repo.work, ['commit', '--quiet', '-m', 'merge memory PR']);
}

/** A store that mirrors the repo as it was at the last sync. */
function deployedStore(files: Record<string, string>): string {
  const store = server.stores.createStore({ name: 'deployed' });
  for (const [p, content] of Object.entries(files)) server.stores.putMemory(store, p, content);
  return store.id;
}

async function act(storeId: string, event: Record<string, unknown> | undefined, extra: Record<string, string> = {}) {
  const rec = recorder();
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: repo.work,
    RUNNER_TEMP: repo.root,
    ANTHROPIC_BASE_URL: server.url,
    INPUT_MODE: 'sync',
    'INPUT_MEMORY-STORE-ID': storeId,
    'INPUT_ANTHROPIC-API-KEY': 'sk-ant-sync-test',
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const context = runContext({ sha: head(), ...(event ? { eventName: 'push', payload: event } : {}) });
  const result = await run(env, { runtime: rec, context });
  return { ...result, rec };
}

describe('mode: sync through run()', () => {
  it('uploads the memory files a push changed, with preconditions, and reports counts', async () => {
    const storeId = deployedStore({
      '/CLAUDE.md': '# Notes\n\n- Use pnpm.\n',
      '/AGENTS.md': '# Agents\n\n- Read the docs.\n',
      '/agent-notes.md': 'kept',
    });
    const before = head();
    commit(
      {
        'CLAUDE.md': '# Notes\n\n- Use pnpm, never npm.\n',
        '.claude/rules/tests.md': '- Run vitest.\n',
        'src/app.ts': 'export const x = 1;\n',
      },
      ['AGENTS.md'],
    );
    const after = head();

    const r = await act(storeId, { ref: 'refs/heads/main', before, after });
    expect(r.failed).toBeUndefined();
    expect(r.outputs).toEqual({ synced: '3', 'sync-created': '1', 'sync-updated': '1', 'sync-deleted': '1', 'sync-conflicts': '0' });
    expect(Object.fromEntries(server.stores.snapshot(storeId))).toEqual({
      '/CLAUDE.md': '# Notes\n\n- Use pnpm, never npm.\n',
      '/.claude/rules/tests.md': '- Run vitest.\n',
      '/agent-notes.md': 'kept',
    });
    const update = server.requests.find((q) => q.method === 'POST' && /\/memories\/mem/.test(q.path));
    expect(update?.body).toMatchObject({ precondition: { type: 'content_sha256' } });
    expect(r.rec.secrets).toContain('sk-ant-sync-test');
    expect(r.rec.summaries.join()).toMatch(/\| updated \| 1 \| `CLAUDE\.md` \|/);
    // No GitHub token, no pull request: sync never talks to GitHub.
    expect(r.outcome).toBeUndefined();
  });

  it('fails the job, naming the file and what to do, when the store changed since the last sync; nothing is overwritten', async () => {
    const storeId = deployedStore({ '/CLAUDE.md': '# Notes\n\n- Use pnpm.\n- Added in the Console.\n' });
    const before = head();
    commit({ 'CLAUDE.md': '# Notes\n\n- Use pnpm, never npm.\n' });
    const r = await act(storeId, { before, after: head() });
    expect(r.failed).toMatch(/CLAUDE\.md: changed in the store since the last sync/);
    expect(r.failed).toMatch(/nothing was overwritten/);
    expect(r.failed).toMatch(/commit whatever should stay/);
    expect(r.rec.failures).toEqual([r.failed]);
    expect(r.outputs['sync-conflicts']).toBe('1');
    expect(server.stores.snapshot(storeId).get('/CLAUDE.md')).toBe('# Notes\n\n- Use pnpm.\n- Added in the Console.\n');
  });

  it('without a push range syncs every memory file: creates what is missing, reports what differs', async () => {
    const storeId = deployedStore({ '/AGENTS.md': 'something else entirely' });
    const r = await act(storeId, { action: 'workflow_dispatch' });
    expect(r.outputs).toMatchObject({ 'sync-created': '1', 'sync-conflicts': '1' });
    expect(server.stores.snapshot(storeId).get('/CLAUDE.md')).toBe('# Notes\n\n- Use pnpm.\n');
    expect(server.stores.snapshot(storeId).get('/AGENTS.md')).toBe('something else entirely');
    expect(r.failed).toMatch(/AGENTS\.md/);
  });

  it('a push that touches no memory file syncs nothing; configured memory globs count as memory', async () => {
    const storeId = deployedStore({ '/CLAUDE.md': '# Notes\n\n- Use pnpm.\n' });
    const before = head();
    commit({ 'src/app.ts': 'export const y = 2;\n', 'docs/memory/extra.md': '- extra\n' });
    const plain = await act(storeId, { before, after: head() });
    expect(plain.failed).toBeUndefined();
    expect(plain.outputs.synced).toBe('0');
    const withGlob = await act(storeId, { before, after: head() }, { memory: 'docs/memory/*.md' });
    expect(withGlob.outputs).toMatchObject({ synced: '1', 'sync-created': '1' });
    expect(server.stores.snapshot(storeId).get('/docs/memory/extra.md')).toBe('- extra\n');
  });

  it('refuses to run without a store id or a key, with a clear message', async () => {
    const noStore = await act('', undefined);
    expect(noStore.failed).toMatch(/mode: sync needs memory-store-id/);
    const noKey = await act('memstore_x', undefined, { 'anthropic-api-key': '' });
    expect(noKey.failed).toMatch(/mode: sync needs anthropic-api-key/);
    expect(server.requests).toEqual([]);
  });
});
