/** `dream sync` in-process: commander, real git, the real SDK against the local Managed Agents server. */
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerSyncCommand } from '../../src/cli/sync.js';
import { silentLogger } from '../../src/log.js';
import { gitIn, makeRepo, writeFiles, type RepoFixture } from '../helpers/fake-github/repo-fixture.js';
import { startManagedAgentsServer, type ManagedAgentsServer } from '../helpers/managed-agents-server/index.js';

let server: ManagedAgentsServer;
let repo: RepoFixture;
beforeEach(async () => {
  server = await startManagedAgentsServer();
  repo = makeRepo({ 'CLAUDE.md': '- one\n', 'AGENTS.md': '- agents\n' });
});
afterEach(async () => {
  await server.close();
  repo.cleanup();
});

async function dream(args: string[], env: NodeJS.ProcessEnv = { ANTHROPIC_API_KEY: 'k', ANTHROPIC_BASE_URL: server.url }) {
  const out: string[] = [];
  const program = new Command().exitOverride();
  registerSyncCommand(program, { logger: silentLogger, env, write: (t) => out.push(t) });
  const error = await program.parseAsync(['node', 'dream', 'sync', '--repo', repo.work, ...args]).then(
    () => undefined,
    (e: unknown) => (e as Error).message,
  );
  return { out: out.join(''), error };
}

const head = () => gitIn(repo.work, ['rev-parse', 'HEAD']).trim();

describe('dream sync', () => {
  it('--all fills an empty store; --before/--after syncs a merge; a store-side change is a conflict and exit 1', async () => {
    const store = server.stores.createStore({ name: 'deployed' }).id;
    const first = await dream(['--store', store, '--all']);
    expect(first.error).toBeUndefined();
    expect(first.out).toMatch(
      /^memory store \S+: 2 created, 0 updated, 0 deleted, 0 unchanged, 0 not synced\ncreated: AGENTS\.md, CLAUDE\.md\n$/,
    );

    const before = head();
    writeFiles(repo.work, { 'CLAUDE.md': '- one\n- two\n' });
    gitIn(repo.work, ['commit', '--quiet', '-am', 'merge']);
    const merged = await dream(['--store', store, '--before', before, '--after', head()]);
    expect(merged.error).toBeUndefined();
    expect(merged.out).toMatch(/1 updated/);
    expect(server.stores.snapshot(store).get('/CLAUDE.md')).toBe('- one\n- two\n');

    const s = server.stores.store(store);
    server.stores.putMemory(s, '/CLAUDE.md', '- one\n- two\n- from the Console\n');
    const before2 = head();
    writeFiles(repo.work, { 'CLAUDE.md': '- one\n- three\n' });
    gitIn(repo.work, ['commit', '--quiet', '-am', 'merge 2']);
    const conflict = await dream(['--store', store, '--before', before2]);
    expect(conflict.error).toMatch(/CLAUDE\.md: changed in the store since the last sync/);
    expect(server.stores.snapshot(store).get('/CLAUDE.md')).toBe('- one\n- two\n- from the Console\n');
  });

  it('refuses unclear requests before calling the API', async () => {
    expect((await dream(['--all'])).error).toMatch(/needs --store/);
    expect((await dream(['--store', 'memstore_1'])).error).toMatch(/either --before <sha>/);
    expect((await dream(['--store', 'memstore_1', '--all', '--before', 'abc'])).error).toMatch(/either --before <sha>/);
    expect((await dream(['--store', 'memstore_1', '--all'], {})).error).toMatch(/ANTHROPIC_API_KEY/);
    expect((await dream(['--store', '../x', '--all'])).error).toMatch(/not a memory store id/);
    expect(server.requests).toEqual([]);
  });
});
