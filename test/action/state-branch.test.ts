/**
 * The state branch through the Action's run(): a pass with no edits still records its sessions (on
 * dreaming/state, never on main), so the next pass does not dream them again, `since` moves, one-off
 * support carries across passes, concurrent passes keep each other's sessions, and dry runs push nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { loadLedger } from '../../src/ledger/index.js';
import { startManagedAgentsServer, type ManagedAgentsServer } from '../helpers/managed-agents-server/index.js';
import { gitIn, writeFiles } from '../helpers/fake-github/repo-fixture.js';
import { CLAUDE_MD, legacyBuildSession, makeActionWorld, recorder, runContext, type ActionWorld } from './world.js';

let w: ActionWorld | undefined;
let server: ManagedAgentsServer | undefined;
afterEach(async () => {
  await w?.close();
  await server?.close();
  w = undefined;
  server = undefined;
});

const LEDGER = '.dreaming/ledger.json';
const heads = (world: ActionWorld): string[] =>
  world.repo
    .git(world.repo.bare, 'for-each-ref', '--format=%(refname)', 'refs/heads')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
const stateLedger = (world: ActionWorld) => loadLedger(world.show('dreaming/state', LEDGER), LEDGER);

describe('the state branch through run()', () => {
  it('a pass with no edits advances it; the next pass dreams nothing again, and a second session finds the one-off', async () => {
    w = await makeActionWorld(Object.fromEntries([legacyBuildSession(1, '02')]));
    const mainBefore = w.repo.git(w.repo.bare, 'rev-parse', 'main').trim();
    const first = await w.act();
    expect(first.failed).toBeUndefined();
    expect(first.outputs).toMatchObject({ 'pull-request-operation': 'none', edits: '0', 'sessions-read': '1' });
    // Only the ledger, on its own branch; main and the dream branch untouched.
    expect(heads(w).sort()).toEqual(['refs/heads/dreaming/state', 'refs/heads/main']);
    expect(w.repo.git(w.repo.bare, 'rev-parse', 'main').trim()).toBe(mainBefore);
    expect(w.repo.git(w.repo.bare, 'ls-tree', '-r', '--name-only', 'dreaming/state').trim()).toBe(LEDGER);
    const message = w.repo.git(w.repo.bare, 'log', '-1', '--format=%B', 'dreaming/state');
    expect(message).toMatch(/^Dreamed-From: 6f1c2a10-0001-/m);
    expect(message).toMatch(/^Dream-Engine: offline$/m);
    expect(Object.keys(stateLedger(w).sessions)).toHaveLength(1);
    expect(w.fake.pulls).toHaveLength(0);

    // Nothing new: the gate stops it outright; forced through, every session reads as already dreamed.
    const again = await w.act({ 'min-new-sessions': '0' });
    expect(again.failed).toBeUndefined();
    expect(again.report!.sessions).toMatchObject({ read: 0, alreadyDreamed: 1 });
    const stateTip = w.repo.git(w.repo.bare, 'rev-parse', 'dreaming/state').trim();
    const quiet = await w.act();
    expect(quiet.outputs['sessions-read']).toBe('0');
    expect(w.repo.git(w.repo.bare, 'rev-parse', 'dreaming/state').trim()).toBe(stateTip);

    // One new session: the ledger's one-off from the first pass makes it a pattern of two.
    w.pushToMain(Object.fromEntries([legacyBuildSession(2, '03')]));
    const second = await w.act();
    expect(second.failed).toBeUndefined();
    expect(second.outputs).toMatchObject({ 'pull-request-operation': 'created', 'sessions-read': '1' });
    expect(second.report!.sessions.alreadyDreamed).toBe(1);
    expect(Number(second.outputs.edits)).toBeGreaterThan(0);
    // The state branch holds the ledger; the PR holds only memory files.
    expect(() => w!.show('dreaming/memory', LEDGER)).toThrow(/does not exist/);
    expect(Object.keys(stateLedger(w).sessions)).toHaveLength(2);
    expect(w.fake.violations).toEqual([]);
  }, 60_000);

  it('the next pass, with the PR still open, dreams its sessions again so the rebuilt PR keeps its edits', async () => {
    w = await makeActionWorld(Object.fromEntries([legacyBuildSession(1, '02'), legacyBuildSession(2, '03')]));
    const first = await w.act();
    expect(first.outputs['pull-request-operation']).toBe('created');
    const edits = first.report!.edits.map((e) => e.id).sort();
    w.pushToMain(Object.fromEntries([legacyBuildSession(3, '04')]));
    const second = await w.act();
    expect(second.failed).toBeUndefined();
    expect(second.report!.sessions.read).toBe(3);
    expect(second.report!.edits.map((e) => e.id).sort()).toEqual(expect.arrayContaining(edits));
    expect(w.fake.pulls).toHaveLength(1);
    expect(Object.keys(stateLedger(w).sessions)).toHaveLength(3);
  }, 60_000);

  it('a pass whose edits reached no branch (a conflicting human commit) leaves the state branch alone', async () => {
    w = await makeActionWorld(Object.fromEntries([legacyBuildSession(1, '02'), legacyBuildSession(2, '03')]));
    expect((await w.act()).outputs['pull-request-operation']).toBe('created');
    const tip = w.repo.git(w.repo.bare, 'rev-parse', 'dreaming/state').trim();
    // A reviewer rewrites the memory file on the bot branch; main then changes the same file.
    const human = w.repo.clone('human');
    gitIn(human, ['checkout', '--quiet', '-B', 'dreaming/memory', 'origin/dreaming/memory']);
    writeFiles(human, { 'CLAUDE.md': '# acme-notes\n\nRewritten by a reviewer.\n' });
    gitIn(human, ['commit', '--quiet', '-am', 'reviewer rewrite']);
    gitIn(human, ['push', '--quiet', 'origin', 'dreaming/memory']);
    w.pushToMain({ 'CLAUDE.md': `${CLAUDE_MD}- Prefer small pull requests.\n`, ...Object.fromEntries([legacyBuildSession(3, '04')]) });
    const blocked = await w.act();
    expect(blocked.failed).toBeUndefined();
    expect(blocked.outputs['pull-request-operation']).toBe('none');
    expect(blocked.rec.warnings.join('\n')).toMatch(/conflicts with this pass's edits/);
    expect(w.repo.git(w.repo.bare, 'rev-parse', 'dreaming/state').trim()).toBe(tip);
    expect(Object.keys(stateLedger(w).sessions)).toHaveLength(2);
  }, 60_000);

  it('two passes at once keep both passes’ sessions', async () => {
    w = await makeActionWorld({});
    const other = w.repo.clone('other');
    const [f1, t1] = legacyBuildSession(11, '02');
    const [f2, t2] = legacyBuildSession(12, '03');
    writeFiles(w.repo.work, { [f1]: t1 });
    writeFiles(other, { [f2]: t2 });
    const [a, b] = await Promise.all([w.act(), w.act({}, other)]);
    expect(a.failed).toBeUndefined();
    expect(b.failed).toBeUndefined();
    expect(a.outputs['sessions-read']).toBe('1');
    expect(b.outputs['sessions-read']).toBe('1');
    const ids = Object.values(stateLedger(w).sessions)
      .map((s) => s.id)
      .sort();
    expect(ids).toEqual([a.report!.sessions.ids[0], b.report!.sessions.ids[0]].sort());
    expect(ids).toHaveLength(2);
  }, 60_000);

  it('a dry run pushes nothing, and an empty state-branch disables it', async () => {
    w = await makeActionWorld(Object.fromEntries([legacyBuildSession(1, '02')]));
    const dry = await w.act({ 'dry-run': 'true' });
    expect(dry.failed).toBeUndefined();
    expect(dry.outputs['sessions-read']).toBe('1');
    expect(heads(w)).toEqual(['refs/heads/main']);
    const off = await w.act({ 'state-branch': '' });
    expect(off.failed).toBeUndefined();
    expect(off.outputs['sessions-read']).toBe('1');
    expect(heads(w)).toEqual(['refs/heads/main']);
    const clash = await w.act({ 'state-branch': 'main' });
    expect(clash.failed).toMatch(/state-branch "main" is the base branch/);
  }, 60_000);

  it('hosted sessions: `since` moves after a pass that proposed nothing', async () => {
    w = await makeActionWorld({});
    server = await startManagedAgentsServer();
    server.sessions.add({
      created_at: '2026-11-01T10:00:00Z',
      status: 'terminated',
      events: [
        { type: 'user.message', content: [{ type: 'text', text: 'Task 1: tidy the README.' }] },
        { type: 'agent.message', content: [{ type: 'text', text: 'Done.' }] },
      ],
    });
    const act = async () => {
      const rec = recorder();
      const env: NodeJS.ProcessEnv = {
        GITHUB_WORKSPACE: w!.repo.work,
        RUNNER_TEMP: w!.temp,
        ANTHROPIC_BASE_URL: server!.url,
        'INPUT_GITHUB-TOKEN': 'ghs_fake_token_for_tests',
        'INPUT_ANTHROPIC-API-KEY': 'sk-ant-managed-test',
        INPUT_SESSIONS: '.dreaming/sessions/**/*.jsonl',
        'INPUT_MANAGED-SESSIONS': 'true',
      };
      return {
        ...(await run(env, {
          runtime: rec,
          context: runContext({ apiUrl: w!.fake.url }),
          retryBaseMs: 5,
          now: () => new Date('2026-11-21T12:00:00Z'),
        })),
        rec,
      };
    };
    const first = await act();
    expect(first.failed).toBeUndefined();
    expect(first.outputs).toMatchObject({ 'pull-request-operation': 'none', 'sessions-read': '1' });
    const listed = server.requests.filter((r) => r.path === '/v1/sessions');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((r) => !r.query.includes('created_at'))).toBe(true);
    server.requests.length = 0;
    const second = await act();
    expect(second.failed).toBeUndefined();
    const query = decodeURIComponent(server.requests.find((r) => r.path === '/v1/sessions')!.query);
    expect(query).toContain('created_at[gt]=2026-11-21T12:00:00.000Z');
  }, 60_000);
});
