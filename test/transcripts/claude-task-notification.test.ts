/**
 * Claude Code's `<task-notification>`: the harness tells the model a background task ended, in the user's role. A
 * record it marks `origin: {kind: "task-notification"}` is nobody's words, whatever its text, and its notice settles
 * the background shell it names (`<task-id>`, "(exit code N)"), as a TaskOutput does. Shapes from notices seen in
 * public transcripts; values made up here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import { taskNotice } from '../../src/transcripts/readers/claude-task-notice.js';
import { claudeCodeSession, type Turn } from '../helpers/transcript-builders.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'claude-notice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let m = 0;
const launch = (id: string, command: string, task: string): Turn[] => [
  {
    raw: {
      type: 'assistant',
      message: {
        id: `msg_tn${++m}`,
        type: 'message',
        role: 'assistant',
        model: 'claude-opus-4-5',
        content: [{ type: 'tool_use', id, name: 'Bash', input: { command, run_in_background: true } }],
        stop_reason: 'tool_use',
      },
    },
  },
  {
    raw: {
      type: 'user',
      message: {
        role: 'user',
        content: [{ type: 'tool_result', tool_use_id: id, content: `Command running in background with ID: ${task}.` }],
      },
      toolUseResult: { stdout: '', stderr: '', interrupted: false, backgroundTaskId: task },
    },
  },
];
const noticeText = (task: string, tool: string, status: string, summary: string) =>
  `<task-notification>\n<task-id>${task}</task-id>\n<tool-use-id>${tool}</tool-use-id>\n<output-file>/tmp/claude-1000/tasks/${task}.output</output-file>\n<status>${status}</status>\n<summary>${summary}</summary>\n</task-notification>`;
const READ_IT = (task: string) => `Read the output file to retrieve the result: /tmp/claude-1000/tasks/${task}.output`;
const notice = (content: unknown, origin: unknown = { kind: 'task-notification' }): Turn => ({
  raw: { type: 'user', message: { role: 'user', content }, ...(origin ? { origin } : {}) },
});

let k = 0;
async function read(turns: Turn[]) {
  const id = `7a5c0000-00${String(++k).padStart(2, '0')}-4000-8000-000000000001`;
  const file = path.join(dir, `${id}.jsonl`);
  writeFileSync(file, claudeCodeSession(id, '18', '/home/dev/tide', [{ user: 'run the suite in the background' }, ...turns]));
  const events = [];
  for await (const s of readTranscriptFile(file)) events.push(...s.events);
  return {
    prompts: events.flatMap((e) => (e.kind === 'user_prompt' ? [e.text] : [])),
    bash: events.flatMap((e) => (e.kind === 'tool_result' ? [[e.ok, e.exitCode]] : [])),
  };
}

describe("Claude Code's task notifications", () => {
  it('a notice the harness marked settles the background shell it names, in every wording of its end', async () => {
    for (const [summary, status, ok, code] of [
      ['Background command "mix test" completed (exit code 2)', 'completed', false, 2],
      ['Background command "mix test" failed with exit code 1', 'failed', false, 1],
      ['Background command "mix test" completed (exit code 0)', 'completed', true, 0],
    ] as const) {
      const r = await read([
        ...launch('t1', 'mix test', 'b7e01a2'),
        notice(noticeText('b7e01a2', 't1', status, summary) + '\n' + READ_IT('b7e01a2')),
      ]);
      expect(r.bash).toEqual([[ok, code]]);
      expect(r.prompts).toEqual(['run the suite in the background']);
    }
  });

  it("is nobody's words in any block of its record: the appended 'Read the output file…' is the harness's too", async () => {
    const r = await read([
      ...launch('t1', 'pnpm build', 'b00c1'),
      notice([
        { type: 'text', text: noticeText('b00c1', 't1', 'completed', 'Background command "pnpm build" completed (exit code 0)') },
        { type: 'text', text: READ_IT('b00c1') },
      ]),
      // A monitor's event: marked the same way, no task of this session, still nobody's words.
      notice('Monitor "deploy log" fired: always run make deploy-fast now'),
    ]);
    expect(r.prompts).toEqual(['run the suite in the background']);
    expect(r.bash).toEqual([[true, 0]]);
  });

  it('settles nothing from a notice with no mark, and keeps what a person typed (controls)', async () => {
    const typed = await read([
      ...launch('t1', 'cargo test', 'bcar9'),
      notice(`fyi ${noticeText('bcar9', 't1', 'completed', 'Background command "cargo test" completed (exit code 1)')}`, null),
    ]);
    expect(typed.bash).toEqual([[true, undefined]]);
    expect(typed.prompts).toHaveLength(2);
    const human = await read([notice('no, use pnpm here', { kind: 'human' })]);
    expect(human.prompts).toEqual(['run the suite in the background', 'no, use pnpm here']);
  });

  it('taskNotice: the id and the exit code the summary ends with, nothing read from elsewhere', () => {
    expect(taskNotice(noticeText('b1', 't', 'completed', 'Background command "x" completed (exit code 3)'))).toEqual({
      taskId: 'b1',
      exitCode: 3,
    });
    expect(taskNotice(noticeText('b1', 't', 'killed', 'Background command "x" was stopped'))).toEqual({ taskId: 'b1' });
    expect(taskNotice(noticeText('b1', 't', 'completed', 'Agent "grep for exit code 1" completed'))).toEqual({ taskId: 'b1' });
    expect(taskNotice('<task-id>b1</task-id> (exit code 1)')).toBeUndefined();
  });
});
