/**
 * Claude Code's background shells: a Bash call with `run_in_background` (or one its timeout moved there) answers
 * "Command running in background with ID: …" with `backgroundTaskId` in its toolUseResult, and a later TaskOutput's
 * toolUseResult reports `task.exitCode` (the shape spotter's real sessions hold). That code settles the launch's
 * result. Controls: a task never fetched, a TaskOutput for a task the session did not start, a text that only
 * looks like a task record.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import { claudeCodeSession, type Turn } from '../helpers/transcript-builders.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'claude-background-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let m = 0;
const use = (id: string, name: string, input: Record<string, unknown>): Turn => ({
  raw: {
    type: 'assistant',
    message: {
      id: `msg_bg${++m}`,
      type: 'message',
      role: 'assistant',
      model: 'claude-opus-4-5',
      content: [{ type: 'tool_use', id, name, input }],
      stop_reason: 'tool_use',
    },
  },
});
const result = (id: string, text: string, toolUseResult: unknown): Turn => ({
  raw: {
    type: 'user',
    message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: id, content: text, is_error: false }] },
    toolUseResult,
  },
});
const launch = (id: string, command: string, task: string): Turn[] => [
  use(id, 'Bash', { command, description: 'Run the suite', run_in_background: true }),
  result(id, `Command running in background with ID: ${task}. Output is being written to: /tmp/claude-1000/tasks/${task}.output`, {
    stdout: '',
    stderr: '',
    interrupted: false,
    isImage: false,
    noOutputExpected: false,
    backgroundTaskId: task,
  }),
];
const fetch = (id: string, task: string, exitCode: number | undefined, output: string): Turn[] => [
  use(id, 'TaskOutput', { task_id: task, block: true, timeout: 180000 }),
  result(
    id,
    `<retrieval_status>success</retrieval_status>\n\n<task_id>${task}</task_id>\n\n<status>${exitCode === undefined ? 'running' : 'completed'}</status>\n\n<output>\n${output}\n</output>`,
    {
      retrieval_status: 'success',
      task: {
        task_id: task,
        task_type: 'local_bash',
        status: exitCode === undefined ? 'running' : 'completed',
        description: 'Run the suite',
        output,
        ...(exitCode === undefined ? {} : { exitCode }),
      },
    },
  ),
];

let k = 0;
async function bashResults(turns: Turn[]) {
  const id = `b9c0a0${++k}0-0000-4000-8000-000000000001`;
  const file = path.join(dir, `${id}.jsonl`);
  writeFileSync(file, claudeCodeSession(id, '16', '/home/dev/tide', [{ user: 'run the tests and fix what fails' }, ...turns]));
  const calls = new Map<string, string>();
  const got: { name: string; ok: boolean; exitCode?: number }[] = [];
  for await (const s of readTranscriptFile(file))
    for (const e of s.events) {
      if (e.kind === 'tool_call' && e.callId) calls.set(e.callId, e.name);
      if (e.kind === 'tool_result')
        got.push({ name: calls.get(e.callId ?? '') ?? '?', ok: e.ok, ...(e.exitCode !== undefined ? { exitCode: e.exitCode } : {}) });
    }
  return got;
}

describe('a background shell settled by a later TaskOutput', () => {
  it('failed where the task exited non-zero, in its own place, however long the task record', async () => {
    // A record past a few hundred bytes is the one the reader may leave out before decoding (claude-code.ts).
    const log = Array.from({ length: 30 }, (_, i) => `test ${i} ... ok`).join('\n') + '\n3 tests, 1 failure';
    expect(await bashResults([...launch('t1', 'mix test', 'b7e01a2'), ...fetch('t2', 'b7e01a2', 2, log)])).toEqual([
      { name: 'Bash', ok: false, exitCode: 2 },
      { name: 'TaskOutput', ok: true },
    ]);
  });

  it('a poll that finds it running settles nothing; the next one does', async () => {
    const got = await bashResults([
      ...launch('t3', 'pnpm build && pnpm test', 'bx91f'),
      ...fetch('t4', 'bx91f', undefined, 'building…'),
      ...fetch('t5', 'bx91f', 1, 'ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL'),
    ]);
    expect(got[0]).toEqual({ name: 'Bash', ok: false, exitCode: 1 });
  });

  it('a clean exit is a success with its code', async () => {
    expect((await bashResults([...launch('t6', 'go test ./...', 'b00c1'), ...fetch('t7', 'b00c1', 0, 'ok')]))[0]).toEqual({
      name: 'Bash',
      ok: true,
      exitCode: 0,
    });
  });

  it('a task never fetched, or one this session did not start, reads as before (control)', async () => {
    const got = await bashResults([...launch('t8', 'npm run dev', 'bdev1'), ...fetch('t9', 'bother', 1, 'boom')]);
    expect(got[0]).toEqual({ name: 'Bash', ok: true });
  });

  it('a task record printed as text settles nothing (control)', async () => {
    const got = await bashResults([
      ...launch('t10', 'cargo test', 'bcar9'),
      use('t11', 'Bash', { command: 'cat notes.txt' }),
      result('t11', '<task_id>bcar9</task_id>\n<exit_code>1</exit_code>', {
        stdout: '{"task":{"task_id":"bcar9","exitCode":1}}',
        stderr: '',
      }),
    ]);
    expect(got[0]).toEqual({ name: 'Bash', ok: true });
  });
});
