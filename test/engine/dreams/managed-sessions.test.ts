import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startManagedAgentsServer, SESSIONS_BETA, type ManagedAgentsServer } from '../../helpers/managed-agents-server/index.js';
import { fetchManagedSessions, listManagedSessionIds } from '../../../src/sources/managed-sessions.js';
import { sdkSessions } from '../../../src/managed-agents/api.js';
import { clientFor, seedSessions } from './fixtures.js';

const portFor = (s: ManagedAgentsServer) => sdkSessions(clientFor(s));

let server: ManagedAgentsServer;
let dir: string;
beforeEach(async () => {
  server = await startManagedAgentsServer();
  dir = await mkdtemp(path.join(os.tmpdir(), 'managed-sessions-'));
});
afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('fetchManagedSessions', () => {
  it('writes every event of each session, one API object per line, across pages', async () => {
    const events = Array.from({ length: 250 }, (_, i) =>
      i % 2 === 0
        ? { type: 'user.message', content: [{ type: 'text', text: `prompt ${i}` }] }
        : { type: 'agent.tool_use', name: 'bash', input: { command: `ls ${i}` } },
    );
    const id = server.sessions.add({ events });
    const [file, ...rest] = await fetchManagedSessions(portFor(server), { sessionIds: [id], destDir: dir, maxSessions: 10 });
    expect(rest).toEqual([]);
    expect(file).toBe(path.join(dir, `${id}.jsonl`));
    const lines = (await readFile(file!, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(250);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed[0]).toMatchObject({ type: 'user.message', content: [{ type: 'text', text: 'prompt 0' }] });
    expect(parsed[249]).toMatchObject({ type: 'agent.tool_use', input: { command: 'ls 249' } });
    expect(parsed.every((e) => typeof e.id === 'string' && typeof e.processed_at === 'string')).toBe(true);
    const pages = server.requests.filter((r) => r.path === `/v1/sessions/${id}/events`);
    expect(pages).toHaveLength(3);
    expect(pages.every((r) => r.betas.includes(SESSIONS_BETA))).toBe(true);
  });

  it('lists the settled sessions since a time, oldest first, bounded by maxSessions', async () => {
    seedSessions(server, 3, Date.parse('2026-01-01T00:00:00Z'));
    const fresh = seedSessions(server, 150, Date.parse('2026-06-01T00:00:00Z'));
    server.sessions.add({ created_at: '2026-06-02T00:00:00Z', status: 'running' });
    const all = await listManagedSessionIds(portFor(server), { since: '2026-05-01T00:00:00Z', maxSessions: 1000 });
    expect(all).toMatchObject({ ids: fresh, truncated: false });
    // Each id comes with its creation time, the ledger's cursor for the next listing.
    expect(Object.keys(all.createdAt)).toEqual(fresh);
    expect(Object.values(all.createdAt).every((t, i, a) => !Number.isNaN(Date.parse(t)) && (i === 0 || t >= a[i - 1]!))).toBe(true);
    const some = await listManagedSessionIds(portFor(server), { since: '2026-05-01T00:00:00Z', maxSessions: 120 });
    expect(some).toMatchObject({ ids: fresh.slice(0, 120), truncated: true });
    expect(Object.keys(some.createdAt)).toEqual(fresh.slice(0, 120));

    const files = await fetchManagedSessions(portFor(server), { since: '2026-06-01T00:01:00Z', destDir: dir, maxSessions: 5 });
    expect(files.map((f) => path.basename(f, '.jsonl'))).toEqual(fresh.slice(61, 66));
    expect((await readdir(dir)).sort()).toEqual(files.map((f) => path.basename(f)).sort());
  });

  it('leaves no partial file when a session cannot be read, and refuses ids that are not ids', async () => {
    await expect(fetchManagedSessions(portFor(server), { sessionIds: ['sesn_missing'], destDir: dir, maxSessions: 5 })).rejects.toThrow(
      /404/,
    );
    await expect(fetchManagedSessions(portFor(server), { sessionIds: ['../etc/passwd'], destDir: dir, maxSessions: 5 })).rejects.toThrow(
      /not a Managed Agents id/,
    );
    expect(await readdir(dir)).toEqual([]);
  });
});
