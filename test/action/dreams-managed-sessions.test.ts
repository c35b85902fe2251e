/**
 * The `managed-sessions` input through the Action's run(): Managed Agents sessions on the local API
 * server are fetched into RUNNER_TEMP, dreamed by the offline engine and published as a PR, and the
 * next run reads only the sessions created after the ledger's last dream.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { startManagedAgentsServer, type ManagedAgentsServer } from '../helpers/managed-agents-server/index.js';
import { makeActionWorld, recorder, runContext, type ActionWorld } from './world.js';

const legacyFail = 'npm error Missing script: "legacy-build"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run';

function events(n: number): Record<string, unknown>[] {
  return [
    { type: 'user.message', content: [{ type: 'text', text: `Task ${n}: fix the export page and rebuild the UI.` }] },
    { type: 'agent.tool_use', id: `sevt_a${n}`, name: 'bash', input: { command: 'npm run legacy-build' } },
    { type: 'agent.tool_result', tool_use_id: `sevt_a${n}`, is_error: true, content: [{ type: 'text', text: legacyFail }] },
    { type: 'agent.tool_use', id: `sevt_b${n}`, name: 'bash', input: { command: 'npm run build' } },
    {
      type: 'agent.tool_result',
      tool_use_id: `sevt_b${n}`,
      content: [{ type: 'text', text: '> acme-notes@1.4.0 build\n> vite build\n\nbuilt in 1.2s' }],
    },
    { type: 'agent.message', content: [{ type: 'text', text: 'Done.' }] },
  ];
}

let w: ActionWorld | undefined;
let server: ManagedAgentsServer | undefined;
afterEach(async () => {
  await w?.close();
  await server?.close();
  w = undefined;
  server = undefined;
});

async function act(world: ActionWorld, api: ManagedAgentsServer, inputs: Record<string, string>) {
  const rec = recorder();
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: world.repo.work,
    RUNNER_TEMP: world.temp,
    ANTHROPIC_BASE_URL: api.url,
    'INPUT_GITHUB-TOKEN': 'ghs_fake_token_for_tests',
    'INPUT_ANTHROPIC-API-KEY': 'sk-ant-managed-test',
    INPUT_SESSIONS: '.dreaming/sessions/**/*.jsonl',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const result = await run(env, {
    runtime: rec,
    context: runContext({ apiUrl: world.fake.url }),
    retryBaseMs: 5,
    now: () => new Date('2026-11-21T12:00:00Z'),
  });
  return { ...result, rec };
}

describe('managed-sessions through run()', () => {
  it('fetches settled sessions, dreams them offline into a PR, and fetches only newer ones next time', async () => {
    w = await makeActionWorld({});
    server = await startManagedAgentsServer();
    const ids = [1, 2].map((n) => server!.sessions.add({ created_at: `2026-11-0${n}T10:00:00Z`, status: 'terminated', events: events(n) }));
    server.sessions.add({ created_at: '2026-11-03T10:00:00Z', status: 'running', events: events(3) });

    const first = await act(w, server, { 'managed-sessions': 'true' });
    expect(first.failed).toBeUndefined();
    expect(first.outputs).toMatchObject({ 'pull-request-operation': 'created', 'sessions-read': '2' });
    expect(first.report!.sessions.ids.sort()).toEqual([...ids].sort());
    expect(w.show('dreaming/memory', 'CLAUDE.md')).toContain('`npm run build`');
    expect(first.rec.infos.join('\n')).toMatch(/managed sessions: 2 fetched\n?/);
    // Evidence from fetched sessions is named by session, never linked to the runner's temp dir.
    const body = w.fake.pulls[0]!.body;
    expect(body).toMatch(new RegExp(`Managed Agents session \`(${ids.join('|')})\`, line \\d+ \\(fetched from the API\\)`));
    expect(body).not.toContain(w.temp);
    expect(body).not.toMatch(/\/blob\/[^)]*dream-managed-sessions/);
    const listed = server.requests.filter((r) => r.path === '/v1/sessions');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((r) => !r.query.includes('created_at'))).toBe(true);

    // The ledger is on the state branch (not in the PR): it says when the last dream ran.
    expect(w.show('dreaming/state', '.dreaming/ledger.json')).toContain('"sessions"');
    // Merge the PR (its memory files reach main; it is no longer open, so nothing is pending).
    w.pushToMain({ 'CLAUDE.md': w.show('dreaming/memory', 'CLAUDE.md') });
    Object.assign(w.fake.pulls[0]!, { state: 'closed', mergedAt: '2026-11-21T13:00:00Z' });
    server.requests.length = 0;
    const second = await act(w, server, { 'managed-sessions': 'true' });
    expect(second.failed).toBeUndefined();
    const query = decodeURIComponent(server.requests.find((r) => r.path === '/v1/sessions')!.query);
    expect(query).toContain('created_at[gt]=2026-11-21T12:00:00.000Z');
    expect(second.rec.infos.join('\n')).toMatch(/managed sessions: 0 fetched \(created after 2026-11-21T12:00:00.000Z\)/);
  });

  it('takes a list of session ids, and refuses to run without a key', async () => {
    w = await makeActionWorld({});
    server = await startManagedAgentsServer();
    const ids = [1, 2, 3].map((n) => server!.sessions.add({ status: 'idle', events: events(n) }));
    const listed = await act(w, server, { 'managed-sessions': `${ids[0]}, ${ids[2]}`, 'dry-run': 'true' });
    expect(listed.failed).toBeUndefined();
    expect(listed.report!.sessions.ids.sort()).toEqual([ids[0], ids[2]].sort());
    expect(server.requests.some((r) => r.path === '/v1/sessions')).toBe(false);

    const noKey = await act(w, server, { 'managed-sessions': 'true', 'anthropic-api-key': '' });
    expect(noKey.failed).toMatch(/managed-sessions needs anthropic-api-key/);
    const bad = await act(w, server, { 'managed-sessions': 'sesn_1, ../etc' });
    expect(bad.failed).toMatch(/input managed-sessions: "\.\.\/etc" is not an id/);
  });
});
