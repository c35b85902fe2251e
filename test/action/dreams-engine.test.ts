/**
 * engine: anthropic-dreams through the Action's run(): the inputs reach the hosted dream, the
 * transcript-count gate does not stop it (its sessions live in the API), and the ledger's last dream
 * time bounds the sessions listed. One dream takes about 12 s of the engine's default polling.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { startManagedAgentsServer, type ManagedAgentsServer } from '../helpers/managed-agents-server/index.js';
import { CLAUDE_MD, makeActionWorld, recorder, runContext, type ActionWorld } from './world.js';

let w: ActionWorld | undefined;
let server: ManagedAgentsServer | undefined;
afterEach(async () => {
  await w?.close();
  await server?.close();
  w = undefined;
  server = undefined;
});

describe('engine anthropic-dreams through run()', () => {
  it(
    'dreams over the sessions since the ledger, in the configured store, with no transcripts in the repo',
    { timeout: 60_000 },
    async () => {
      const ledger = {
        version: 1,
        sessions: { h: { id: 'old', sourceFile: 'old.jsonl', dreamedAt: '2026-11-10T00:00:00Z' } },
        patterns: {},
        entries: {},
        edits: {},
      };
      w = await makeActionWorld({ '.dreaming/ledger.json': JSON.stringify(ledger) });
      server = await startManagedAgentsServer();
      const old = server.sessions.add({ created_at: '2026-11-09T00:00:00Z', status: 'idle' });
      const fresh = [
        server.sessions.add({ created_at: '2026-11-11T00:00:00Z', status: 'idle' }),
        server.sessions.add({ created_at: '2026-11-12T00:00:00Z', status: 'terminated' }),
      ];
      const store = server.stores.createStore({ name: 'deployed' });
      server.dreams.script = () => ({
        status: 'completed',
        runningPolls: 0,
        write: (m) =>
          m.set(
            '/CLAUDE.md',
            m.get('/CLAUDE.md')!.replace('- Keep functions small.', '- Keep functions small and named for what they return.'),
          ),
      });

      const rec = recorder();
      const result = await run(
        {
          GITHUB_WORKSPACE: w.repo.work,
          RUNNER_TEMP: w.temp,
          ANTHROPIC_BASE_URL: server.url,
          'INPUT_GITHUB-TOKEN': 'ghs_fake_token_for_tests',
          'INPUT_ANTHROPIC-API-KEY': 'sk-ant-dreams-test',
          INPUT_ENGINE: 'anthropic-dreams',
          'INPUT_MEMORY-STORE-ID': store.id,
          'INPUT_DREAM-TIMEOUT-MINUTES': '5',
          'INPUT_DRY-RUN': 'true',
        },
        { runtime: rec, context: runContext({ apiUrl: w.fake.url }), retryBaseMs: 5, now: () => new Date('2026-11-21T12:00:00Z') },
      );
      expect(result.failed).toBeUndefined();
      const [dream] = [...server.dreams.dreams.values()].map((d) => d.json);
      expect(dream!.inputs[0]).toEqual({ type: 'memory_store', memory_store_id: store.id });
      const read = (dream!.inputs[1] as { session_ids: string[] }).session_ids;
      expect(read.sort()).toEqual([...fresh].sort());
      expect(read).not.toContain(old);
      expect(decodeURIComponent(server.requests.find((r) => r.path === '/v1/sessions')!.query)).toContain(
        'created_at[gt]=2026-11-10T00:00:00.000Z',
      );
      expect(server.stores.snapshot(store.id).get('/CLAUDE.md')).toBe(CLAUDE_MD);
      expect(rec.secrets).toContain('sk-ant-dreams-test');
      const report = JSON.parse(readFileSync(path.resolve(result.outputs['report-path']!), 'utf8')) as { engine: string; notes: string[] };
      expect(report.engine).toBe('anthropic-dreams');
      expect(report.notes.join('\n')).toMatch(new RegExp(`dream ${dream!.id} \\(1\\) read 2 sessions from store ${store.id}`));
      const proposed = [...result.report!.edits, ...result.report!.rejected.map((r) => r.edit)];
      expect(proposed).toEqual([
        expect.objectContaining({ op: 'update', after: '- Keep functions small and named for what they return.' }),
      ]);
    },
  );
});
