/**
 * The anthropic-dreams engine reads Managed Agents sessions through the API, not transcript files:
 * the ledger records them, so the next pass lists only later sessions even when a dream proposes
 * nothing. Real runDream, real engine and SDK, against the local Managed Agents server.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDream } from '../../src/pipeline/run.js';
import { AnthropicDreamsEngine } from '../../src/engine/dreams/index.js';
import {
  lastDreamTime,
  emptyLedger,
  hostedSessionKey,
  isDreamed,
  loadLedger,
  recordHostedSessions,
  serializeLedger,
} from '../../src/ledger/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';
import { startManagedAgentsServer, type ManagedAgentsServer } from '../helpers/managed-agents-server/index.js';
import { clientFor } from '../engine/dreams/fixtures.js';

let server: ManagedAgentsServer;
let repoDir: string;
beforeEach(async () => {
  server = await startManagedAgentsServer();
  repoDir = mkdtempSync(path.join(os.tmpdir(), 'ledger-hosted-'));
  writeFileSync(path.join(repoDir, 'CLAUDE.md'), '# notes\n\n- Keep functions small.\n');
});
afterEach(async () => {
  await server.close();
  rmSync(repoDir, { recursive: true, force: true });
});

const pass = (since: string | undefined, at: string, maxSessions?: number) =>
  runDream({
    repoDir,
    sessions: ['.dreaming/sessions/*.jsonl'],
    engine: new AnthropicDreamsEngine({
      client: clientFor(server),
      logger: silentLogger,
      pollIntervalMs: 1,
      maxPollIntervalMs: 5,
      ...(since ? { since } : {}),
      ...(maxSessions ? { maxSessions } : {}),
    }),
    options: defaultDreamOptions,
    ledgerPath: '.dreaming/ledger.json',
    logger: silentLogger,
    now: () => new Date(at),
  });

describe('hosted sessions in the ledger', () => {
  it('records the sessions a dream read even when it proposes nothing, so the next pass lists only later ones', async () => {
    const first = [
      server.sessions.add({ created_at: '2026-11-01T00:00:00Z', status: 'idle' }),
      server.sessions.add({ created_at: '2026-11-02T00:00:00Z', status: 'terminated' }),
    ];
    server.dreams.script = () => ({ status: 'completed', runningPolls: 0 });

    const one = await pass(await lastDreamTime(repoDir, '.dreaming/ledger.json'), '2026-11-05T00:00:00Z');
    expect(one.report.edits).toEqual([]);
    expect(one.ledgerChanged).toBe(true);
    const ledger = loadLedger(one.ledgerText, 'ledger.json');
    for (const id of first) {
      expect(ledger.sessions[hostedSessionKey('anthropic-dreams', id)]).toMatchObject({
        id,
        sourceFile: 'anthropic-dreams',
        dreamedAt: '2026-11-05T00:00:00.000Z',
      });
    }
    mkdirSync(path.join(repoDir, '.dreaming'), { recursive: true });
    writeFileSync(path.join(repoDir, '.dreaming', 'ledger.json'), one.ledgerText);
    const since = await lastDreamTime(repoDir, '.dreaming/ledger.json');
    // The cursor is the newest session read, by creation time, not the time of the run.
    expect(since).toBe('2026-11-02T00:00:00.000Z');

    const later = server.sessions.add({ created_at: '2026-11-06T00:00:00Z', status: 'idle' });
    server.requests.length = 0;
    const two = await pass(since, '2026-11-07T00:00:00Z');
    expect(decodeURIComponent(server.requests.find((r) => r.path === '/v1/sessions')!.query)).toContain(
      'created_at[gt]=2026-11-02T00:00:00.000Z',
    );
    const dreams = [...server.dreams.dreams.values()].map((d) => d.json);
    expect(dreams).toHaveLength(2);
    expect((dreams[1]!.inputs[1] as { session_ids: string[] }).session_ids).toEqual([later]);
    const after = loadLedger(two.ledgerText, 'ledger.json');
    expect(Object.keys(after.sessions).sort()).toEqual([...first, later].map((id) => hostedSessionKey('anthropic-dreams', id)).sort());
    expect(after.sessions[hostedSessionKey('anthropic-dreams', first[0]!)]!.dreamedAt).toBe('2026-11-05T00:00:00.000Z');
  }, 30_000);

  it('a pass capped at its maximum leaves the later sessions for the next pass', async () => {
    const ids = ['01', '02', '03'].map((d) => server.sessions.add({ created_at: `2026-11-${d}T00:00:00Z`, status: 'idle' }));
    server.dreams.script = () => ({ status: 'completed', runningPolls: 0 });
    const one = await pass(undefined, '2026-11-10T00:00:00Z', 2);
    expect(one.report.notes.join('\n')).toMatch(/the rest wait for the next pass/);
    mkdirSync(path.join(repoDir, '.dreaming'), { recursive: true });
    writeFileSync(path.join(repoDir, '.dreaming', 'ledger.json'), one.ledgerText);
    const since = await lastDreamTime(repoDir, '.dreaming/ledger.json');
    expect(since).toBe('2026-11-02T00:00:00.000Z');
    await pass(since, '2026-11-11T00:00:00Z', 2);
    const dreams = [...server.dreams.dreams.values()].map((d) => [...(d.json.inputs[1] as { session_ids: string[] }).session_ids].sort());
    expect(dreams).toEqual([[ids[0]!, ids[1]!].sort(), [ids[2]]]);
  }, 30_000);

  it('records nothing when no dream ran', async () => {
    const none = await pass(undefined, '2026-11-05T00:00:00Z');
    expect(none.report.notes.join('\n')).toMatch(/no Managed Agents sessions/);
    expect(Object.keys(loadLedger(none.ledgerText, 'l.json').sessions)).toEqual([]);
  });

  it('keys hosted sessions apart from content hashes, and records each once', () => {
    const l = emptyLedger();
    recordHostedSessions(l, 'anthropic-dreams', ['sesn_1', 'sesn_2'], 'T1');
    const once = serializeLedger(l);
    recordHostedSessions(l, 'anthropic-dreams', ['sesn_1'], 'T2');
    expect(serializeLedger(l)).toBe(once);
    expect(isDreamed(l, 'anthropic-dreams:sesn_1')).toBe(true);
    expect(isDreamed(l, 'sesn_1')).toBe(false);
    expect(l.sessions['anthropic-dreams:sesn_2']).toEqual({ id: 'sesn_2', sourceFile: 'anthropic-dreams', dreamedAt: 'T1' });
  });
});
