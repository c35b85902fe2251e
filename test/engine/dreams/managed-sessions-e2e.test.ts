/**
 * Managed Agents sessions as a transcript source, end to end: sessions on the (fake) API, fetched
 * through the port into files, read by the 'managed-agents-events' reader, mined and dreamed by the
 * offline engine into a memory edit whose evidence resolves against the fetched files.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startManagedAgentsServer, type ManagedAgentsServer } from '../../helpers/managed-agents-server/index.js';
import { sdkSessions } from '../../../src/managed-agents/api.js';
import { fetchManagedSessions } from '../../../src/sources/managed-sessions.js';
import { readTranscriptFile } from '../../../src/transcripts/index.js';
import { runDream } from '../../../src/pipeline/run.js';
import { OfflineEngine } from '../../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../../src/engine/options.js';
import { silentLogger } from '../../../src/log.js';
import { clientFor } from './fixtures.js';

const CLAUDE_MD = '# acme-notes\n\n## Build\n\n- Build the web UI with `npm run legacy-build`.\n- Keep functions small.\n';
const legacyFail = 'npm error Missing script: "legacy-build"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run';

/** A session that follows the stale memory entry, fails, and recovers with the real script. */
function legacyBuildEvents(n: number): Record<string, unknown>[] {
  return [
    { type: 'user.message', content: [{ type: 'text', text: `Task ${n}: fix the export page and rebuild the UI.` }] },
    { type: 'agent.tool_use', id: `sevt_call_a${n}`, name: 'bash', input: { command: 'npm run legacy-build' } },
    { type: 'agent.tool_result', tool_use_id: `sevt_call_a${n}`, is_error: true, content: [{ type: 'text', text: legacyFail }] },
    { type: 'agent.tool_use', id: `sevt_call_b${n}`, name: 'bash', input: { command: 'npm run build' } },
    {
      type: 'agent.tool_result',
      tool_use_id: `sevt_call_b${n}`,
      content: [{ type: 'text', text: '> acme-notes@1.4.0 build\n> vite build\n\nbuilt in 1.2s' }],
    },
    { type: 'agent.message', content: [{ type: 'text', text: 'Done.' }] },
  ];
}

let server: ManagedAgentsServer;
let repo: string;
let fetched: string;
beforeEach(async () => {
  server = await startManagedAgentsServer();
  repo = await mkdtemp(path.join(os.tmpdir(), 'dream-managed-e2e-repo-'));
  fetched = await mkdtemp(path.join(os.tmpdir(), 'dream-managed-e2e-sessions-'));
  await writeFile(path.join(repo, 'CLAUDE.md'), CLAUDE_MD);
  await writeFile(path.join(repo, 'package.json'), JSON.stringify({ name: 'acme-notes', scripts: { build: 'vite build' } }));
});
afterEach(async () => {
  await server.close();
  await rm(repo, { recursive: true, force: true });
  await rm(fetched, { recursive: true, force: true });
});

describe('Managed Agents sessions feed the offline engine', () => {
  it('fetch -> managed-agents-events reader -> runDream -> an edit citing the fetched files', async () => {
    const ids = [1, 2, 3].map((n) =>
      server.sessions.add({ created_at: `2026-11-0${n}T10:00:00Z`, status: 'idle', events: legacyBuildEvents(n) }),
    );
    server.sessions.add({ created_at: '2026-11-04T10:00:00Z', status: 'running', events: legacyBuildEvents(4) });
    const files = await fetchManagedSessions(sdkSessions(clientFor(server)), {
      since: '2026-10-31T00:00:00Z',
      destDir: fetched,
      maxSessions: 100,
    });
    expect(files.map((f) => path.basename(f, '.jsonl'))).toEqual(ids);

    const sessions = [];
    for await (const s of readTranscriptFile(files[0]!, { displayPath: files[0]! })) sessions.push(s);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ id: ids[0], agent: 'managed-agents', format: 'managed-agents-events' });
    expect(sessions[0]!.events.map((e) => e.kind)).toEqual([
      'user_prompt',
      'tool_call',
      'tool_result',
      'tool_call',
      'tool_result',
      'assistant_text',
    ]);
    expect(sessions[0]!.events[1]).toMatchObject({ kind: 'tool_call', command: 'npm run legacy-build', origin: { line: 2 } });
    expect(sessions[0]!.events[2]).toMatchObject({ kind: 'tool_result', ok: false });

    const result = await runDream({
      repoDir: repo,
      sessions: [],
      transcriptFiles: files,
      engine: new OfflineEngine(),
      options: defaultDreamOptions,
      ledgerPath: '.dreaming/ledger.json',
      logger: silentLogger,
      now: () => new Date('2026-11-21T12:00:00Z'),
    });
    expect(result.report.sessions.read).toBe(3);
    expect(result.report.sessions.ids.sort()).toEqual([...ids].sort());
    expect(result.report.edits.length).toBeGreaterThanOrEqual(1);
    const edit = result.report.edits.find((e) => e.file === 'CLAUDE.md')!;
    expect(edit).toMatchObject({
      op: 'update',
      before: '- Build the web UI with `npm run legacy-build`.',
      after: '- Build the web UI with `npm run build`.',
    });
    // Every piece of evidence points into a fetched file at an event of that session.
    const cited = new Set(edit.evidence.map((e) => e.session));
    expect(cited.size).toBeGreaterThanOrEqual(2);
    for (const ev of edit.evidence) {
      expect(files).toContain(ev.file);
      const line = (await readFile(ev.file, 'utf8')).split('\n')[ev.line - 1]!;
      expect(JSON.stringify(JSON.parse(line))).toContain(ev.quote.slice(0, 12).replace(/"/g, '\\"'));
    }
    expect(result.diff).toMatch(/^-- Build the web UI with `npm run legacy-build`\.$/m);
  });
});
