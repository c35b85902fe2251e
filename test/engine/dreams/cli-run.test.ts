/**
 * `dream run --engine anthropic-dreams --store --session-ids --keep-stores` in-process, against the
 * local Managed Agents server: the flags reach the API, and the dream's rewrite comes back as edits.
 * One dream costs two polls at the engine's default 5 s interval (about 12 s), so this file holds a single pass.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerRunCommand } from '../../../src/cli/run.js';
import type { DreamReport } from '../../../src/model/index.js';
import { startManagedAgentsServer, type ManagedAgentsServer } from '../../helpers/managed-agents-server/index.js';
import { CLAUDE_MD, recordingLogger, seedSessions } from './fixtures.js';

let server: ManagedAgentsServer;
let repo: string;
beforeEach(async () => {
  server = await startManagedAgentsServer();
  repo = await mkdtemp(path.join(os.tmpdir(), 'dream-cli-hosted-'));
  await writeFile(path.join(repo, 'CLAUDE.md'), CLAUDE_MD);
});
afterEach(async () => {
  await server.close();
  await rm(repo, { recursive: true, force: true });
});

describe('dream run --engine anthropic-dreams', () => {
  it('mirrors into --store, dreams over --session-ids, keeps the output store, and reports the rewrite', { timeout: 60_000 }, async () => {
    const store = server.stores.createStore({ name: 'deployed' });
    server.stores.putMemory(store, '/notes-by-agents.md', 'kept as is');
    const sessions = seedSessions(server, 3);
    server.dreams.script = () => ({
      status: 'completed',
      runningPolls: 0,
      write: (m) => m.set('/CLAUDE.md', m.get('/CLAUDE.md')!.replace('- Prefer small modules.', '- Prefer small, focused modules.')),
    });
    const logger = recordingLogger();
    const program = new Command().exitOverride();
    registerRunCommand(program, { logger, env: { ANTHROPIC_API_KEY: 'sk-ant-test', ANTHROPIC_BASE_URL: server.url } });
    const report = path.join(repo, 'report.json');
    await program.parseAsync([
      'node',
      'dream',
      'run',
      '--repo',
      repo,
      '--engine',
      'anthropic-dreams',
      '--sessions',
      'none/*.jsonl',
      '--store',
      store.id,
      '--session-ids',
      `${sessions[0]},${sessions[1]}`,
      '--session-ids',
      sessions[2]!,
      '--keep-stores',
      '--report',
      report,
    ]);

    const [dream] = [...server.dreams.dreams.values()].map((d) => d.json);
    expect(dream!.inputs[0]).toEqual({ type: 'memory_store', memory_store_id: store.id });
    expect((dream!.inputs[1] as { session_ids: string[] }).session_ids.sort()).toEqual([...sessions].sort());
    expect(server.stores.snapshot(store.id).get('/CLAUDE.md')).toBe(CLAUDE_MD);
    expect(server.stores.deleted.size).toBe(0);
    const r = JSON.parse(readFileSync(report, 'utf8')) as DreamReport;
    expect(r.engine).toBe('anthropic-dreams');
    expect(r.notes.join('\n')).toMatch(new RegExp(`kept memory stores ${dream!.outputs[0]!.memory_store_id}`));
    const proposed = [...r.edits, ...r.rejected.map((x) => x.edit)];
    expect(proposed).toEqual([
      expect.objectContaining({ op: 'update', before: '- Prefer small modules.', after: '- Prefer small, focused modules.' }),
    ]);
    expect(readdirSync(repo).sort()).toEqual(['CLAUDE.md', 'report.json']);
    // The pipeline tells the guards which engine proposed the edits, so hosted-dream evidence passes.
    expect(r.rejected).toEqual([]);
    expect(r.edits).toHaveLength(1);
  });
});
