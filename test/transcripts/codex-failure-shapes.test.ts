/**
 * Codex failures that live in a later record or in Codex's own words, read from rollouts shaped as Codex writes
 * them (`handlers/unified_exec/*.rs`, `handlers/apply_patch.rs`, the orchestrator's rejection messages): a command
 * whose "Process running" answer is settled by a `write_stdin` poll, a refused approval, a patch Codex could not
 * parse or a policy refused, a `write_stdin` to a process that is gone. Controls: a command left running, output
 * that prints Codex's own exit line, the exec_command_end event, an ordinary failed patch.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import { codexRollout, type Turn } from '../helpers/transcript-builders.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'codex-failures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const item = (payload: Record<string, unknown>): Turn => ({ raw: { type: 'response_item', payload } });
const call = (id: string, name: string, args: Record<string, unknown>) =>
  item({ type: 'function_call', name, arguments: JSON.stringify(args), call_id: id });
const patch = (id: string) =>
  item({
    type: 'custom_tool_call',
    status: 'completed',
    call_id: id,
    name: 'apply_patch',
    input: '*** Begin Patch\n*** Update File: src/tide.ts\n@@\n-a\n+b\n*** End Patch\n',
  });
const out = (id: string, output: string, custom = false) =>
  item({ type: custom ? 'custom_tool_call_output' : 'function_call_output', call_id: id, output });
const head = (state: string, body: string) =>
  `Chunk ID: 3f9a01\nWall time: 5.0008 seconds\n${state}\nOriginal token count: 12\nOutput:\n${body}\n`;

let k = 0;
async function events(turns: Turn[]) {
  const file = path.join(dir, `rollout-2026-11-14T10-00-00-0c0d3f00-0000-4000-8000-0000000000${String(++k).padStart(2, '0')}.jsonl`);
  writeFileSync(
    file,
    codexRollout(`0c0d3f00-0000-4000-8000-0000000000${String(k).padStart(2, '0')}`, '14', '/home/dev/tide', [
      { user: 'fix the tide table' },
      ...turns,
    ]),
  );
  const got: { kind: string; name?: string; callId?: string; ok?: boolean; exitCode?: number; text?: string }[] = [];
  for await (const s of readTranscriptFile(file))
    for (const e of s.events)
      if (e.kind === 'tool_call') got.push({ kind: e.kind, name: e.name, callId: e.callId! });
      else if (e.kind === 'tool_result')
        got.push({ kind: e.kind, callId: e.callId!, ok: e.ok, ...(e.exitCode !== undefined ? { exitCode: e.exitCode } : {}) });
      else if (e.kind === 'permission_denial') got.push({ kind: e.kind, callId: e.callId!, text: e.text });
  return got;
}

describe('a unified exec command settled by a later poll', () => {
  it('fails where the poll says it exited non-zero; the polls are no calls of their own', async () => {
    expect(
      await events([
        call('c1', 'exec_command', { cmd: 'cargo test --workspace', yield_time_ms: 10000 }),
        out('c1', head('Process running with session ID 8812', '   Compiling tide v0.1.0')),
        call('p1', 'write_stdin', { session_id: 8812, chars: '', yield_time_ms: 30000 }),
        out('p1', head('Process running with session ID 8812', 'running 9 tests')),
        call('p2', 'write_stdin', { session_id: 8812, chars: '' }),
        out('p2', head('Process exited with code 101', 'test result: FAILED. 8 passed; 1 failed')),
      ]),
    ).toEqual([
      { kind: 'tool_call', name: 'exec_command', callId: 'c1' },
      { kind: 'tool_result', callId: 'c1', ok: false, exitCode: 101 },
    ]);
  });

  it('keystrokes typed into the process settle it the same way, and a clean exit is a success', async () => {
    const got = await events([
      call('c2', 'exec_command', { cmd: 'npx prisma migrate reset', tty: true }),
      out('c2', head('Process running with session ID 77', '? Are you sure you want to reset your database? (y/N)')),
      call('p3', 'write_stdin', { session_id: 77, chars: 'y\n' }),
      out('p3', head('Process exited with code 0', 'Database reset successful')),
    ]);
    expect(got).toEqual([
      { kind: 'tool_call', name: 'exec_command', callId: 'c2' },
      { kind: 'tool_result', callId: 'c2', ok: true, exitCode: 0 },
    ]);
  });

  it('a command never polled reads as before (control)', async () => {
    expect(
      await events([
        call('c3', 'exec_command', { cmd: 'npm run dev' }),
        out('c3', head('Process running with session ID 5', 'ready on http://localhost:3000')),
      ]),
    ).toEqual([
      { kind: 'tool_call', name: 'exec_command', callId: 'c3' },
      { kind: 'tool_result', callId: 'c3', ok: true },
    ]);
  });

  it("an exit line the command printed settles nothing: only Codex's header does", async () => {
    const got = await events([
      call('c4', 'exec_command', { cmd: 'node scripts/supervise.js' }),
      out('c4', head('Process running with session ID 9', 'child: Process exited with code 1')),
      call('p4', 'write_stdin', { session_id: 9, chars: '' }),
      out('p4', head('Process running with session ID 9', 'Process exited with code 3\nrestarting child')),
      call('p5', 'write_stdin', { session_id: 9, chars: '\u0003' }),
      out('p5', head('Process exited with code 0', 'supervisor stopped')),
    ]);
    expect(got.at(-1)).toEqual({ kind: 'tool_result', callId: 'c4', ok: true, exitCode: 0 });
    expect(got).toHaveLength(2);
  });

  it('an exec_command_end event still settles a command no poll finished (control)', async () => {
    const got = await events([
      call('c5', 'exec_command', { cmd: 'pytest -x' }),
      out('c5', head('Process running with session ID 12', 'collected 40 items')),
      { raw: { type: 'event_msg', payload: { type: 'exec_command_end', call_id: 'c5', exit_code: 1, stdout: '', stderr: '' } } },
    ]);
    expect(got.at(-1)).toEqual({ kind: 'tool_result', callId: 'c5', ok: false, exitCode: 1 });
  });
});

describe("Codex's own refusals and failures", () => {
  it('a write_stdin to a process that is gone is a failed call', async () => {
    const got = await events([
      call('w1', 'write_stdin', { session_id: 4242, chars: '' }),
      out('w1', 'write_stdin failed: Unknown process id 4242'),
    ]);
    expect(got).toEqual([
      { kind: 'tool_call', name: 'write_stdin', callId: 'w1' },
      { kind: 'tool_result', callId: 'w1', ok: false },
    ]);
  });

  it.each([
    ['exec command rejected by user', 'exec_command'],
    ['patch rejected by user', 'apply_patch'],
  ])('"%s" is the user declining, with none of Codex\'s words as theirs', async (text, tool) => {
    const turns =
      tool === 'apply_patch' ? [patch('r1'), out('r1', text, true)] : [call('r1', tool, { cmd: 'git push --force' }), out('r1', text)];
    const got = await events(turns);
    expect(got.slice(1)).toEqual([{ kind: 'permission_denial', callId: 'r1', text: '' }]);
  });

  it.each([
    'apply_patch handler received invalid patch input',
    'apply_patch handler received non-apply_patch input',
    'patch rejected: writing outside of the project; rejected by user approval settings',
    'exec command rejected: dangerous command detected',
  ])('"%s" is a failed call', async (text) => {
    const got = await events([patch('a1'), out('a1', text, true)]);
    expect(got[1]).toEqual({ kind: 'tool_result', callId: 'a1', ok: false });
  });

  it('a patch that applied, and one whose exec failed, read as they did (control)', async () => {
    const got = await events([
      patch('a2'),
      out('a2', 'Exit code: 0\nWall time: 0 seconds\nOutput:\nSuccess. Updated the following files:\nM src/tide.ts\n', true),
      patch('a3'),
      out('a3', 'Exit code: 1\nWall time: 0 seconds\nOutput:\nFailed to find expected lines in src/tide.ts\n', true),
    ]);
    expect(got.filter((e) => e.kind === 'tool_result')).toEqual([
      { kind: 'tool_result', callId: 'a2', ok: true, exitCode: 0 },
      { kind: 'tool_result', callId: 'a3', ok: false, exitCode: 1 },
    ]);
  });
});
