/**
 * mini-swe-agent 2.x trajectories (`trajectory_format: mini-swe-agent-1.1`): the harness keeps what it parsed in
 * each message's `extra` (models/utils/actions_toolcall.py, actions_text.py). No public trajectory in this shape was
 * found (every hit was a test fixture), so these are written from the harness's source: a tool-calling model's
 * `tool_calls` answered by `role: "tool"` messages, and a text model's `extra.actions` answered by a user message.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ofKind, readAll } from './helpers.js';

const obs = (rc: number, out: string) => `<returncode>${rc}</returncode>\n<output>\n${out}</output>`;
const toolCall = (id: string, command: string) => ({
  id,
  type: 'function',
  function: { name: 'bash', arguments: JSON.stringify({ command }) },
});

function traj(messages: unknown[]): string {
  const f = join(mkdtempSync(join(tmpdir(), 'mswea-v2-')), 'demo__demo-7.traj.json');
  const doc = {
    info: { mini_version: '2.4.6', exit_status: 'Submitted', submission: 'diff --git a/x b/x', model_stats: { api_calls: 5 } },
    messages: [
      { role: 'system', content: 'You are a helpful assistant that can interact with a computer.' },
      { role: 'user', content: 'Please solve this issue: the parser drops trailing commas.' },
      ...messages,
    ],
    trajectory_format: 'mini-swe-agent-1.1',
    instance_id: 'demo__demo-7',
  };
  writeFileSync(f, JSON.stringify(doc, null, 2));
  return f;
}

describe('mini-swe-agent 2.x, a tool-calling model', () => {
  it('reads each tool call and its `role: "tool"` answer by id, with the exit code the harness recorded', async () => {
    const f = traj([
      {
        role: 'assistant',
        content: 'Let me find the parser.',
        tool_calls: [toolCall('call_a1', 'grep -rn "trailing" src')],
        extra: { actions: [{ command: 'grep -rn "trailing" src', tool_call_id: 'call_a1' }] },
      },
      {
        role: 'tool',
        tool_call_id: 'call_a1',
        content: obs(0, 'src/parse.py:40: # trailing\n'),
        extra: { raw_output: 'src/parse.py:40: # trailing\n', returncode: 0 },
      },
      // Two calls in one reply, the second timed out; actions only in tool_calls.
      { role: 'assistant', content: null, tool_calls: [toolCall('call_b1', 'python -m pytest -q'), toolCall('call_b2', 'sleep 999')] },
      { role: 'tool', tool_call_id: 'call_b1', content: obs(1, '1 failed\n'), extra: { raw_output: '1 failed\n', returncode: 1 } },
      {
        role: 'tool',
        tool_call_id: 'call_b2',
        content: 'The command timed out.',
        extra: { raw_output: '', returncode: -1, exception_info: 'An error occurred while executing the command: timed out' },
      },
      // A reply with no tool call: the harness's format error, no call's outcome.
      { role: 'assistant', content: 'I think it works now.', tool_calls: [] },
      { role: 'user', content: 'No tool calls found in the response.', extra: { interrupt_type: 'FormatError' } },
      { role: 'assistant', content: '', tool_calls: [toolCall('call_c1', 'echo COMPLETE_TASK_AND_SUBMIT_FINAL_OUTPUT')] },
      { role: 'tool', tool_call_id: 'call_c1', content: obs(0, ''), extra: { raw_output: '', returncode: 0 } },
      { role: 'exit', content: 'diff --git a/x b/x', extra: { exit_status: 'Submitted', submission: 'diff --git a/x b/x' } },
    ]);
    const { sessions, issues } = await readAll(f);
    expect(issues).toEqual([]);
    const s = sessions[0]!;
    expect(s.exitStatus).toBe('Submitted');
    expect(ofKind(s, 'user_prompt').map((p) => [p.text, p.task])).toEqual([
      ['Please solve this issue: the parser drops trailing commas.', true],
    ]);
    expect(ofKind(s, 'tool_call').map((c) => [c.callId, c.command])).toEqual([
      ['call_a1', 'grep -rn "trailing" src'],
      ['call_b1', 'python -m pytest -q'],
      ['call_b2', 'sleep 999'],
      ['call_c1', 'echo COMPLETE_TASK_AND_SUBMIT_FINAL_OUTPUT'],
    ]);
    expect(ofKind(s, 'tool_result').map((r) => [r.callId, r.ok, r.exitCode, r.text])).toEqual([
      ['call_a1', true, 0, 'src/parse.py:40: # trailing\n'],
      ['call_b1', false, 1, '1 failed\n'],
      ['call_b2', false, -1, ''],
      ['call_c1', true, 0, ''],
    ]);
    expect(ofKind(s, 'environment_feedback').map((e) => e.text)).toEqual(['No tool calls found in the response.']);
    expect(ofKind(s, 'assistant_text').map((e) => e.text)).toEqual(['Let me find the parser.', 'I think it works now.']);
  });

  it('names the file and line of a tool message that answers no call, and reads on', async () => {
    const f = traj([
      { role: 'assistant', content: '', tool_calls: [toolCall('call_x', 'ls')] },
      { role: 'tool', tool_call_id: 'call_y', content: obs(0, 'a\n'), extra: { raw_output: 'a\n', returncode: 0 } },
      { role: 'tool', tool_call_id: 'call_x', content: obs(0, 'b\n'), extra: { raw_output: 'b\n', returncode: 0 } },
    ]);
    const { sessions, issues } = await readAll(f);
    expect(issues).toEqual([{ file: f, line: expect.any(Number), reason: expect.stringContaining('answering no call') }]);
    expect(ofKind(sessions[0]!, 'tool_result').map((r) => [r.callId, r.text])).toEqual([['call_x', 'b\n']]);
  });
});

describe('mini-swe-agent 2.x, a text model', () => {
  it('reads the action the harness parsed and the exit code it recorded, not the block or the template', async () => {
    const f = traj([
      {
        role: 'assistant',
        content: 'THOUGHT: run the tests.\n\n```mswea_bash_command\ncd /testbed && pytest -q\n```',
        extra: { actions: [{ command: 'cd /testbed && pytest -q' }] },
      },
      { role: 'user', content: obs(2, 'usage error\n'), extra: { raw_output: 'usage error\n', returncode: 2, exception_info: null } },
      { role: 'assistant', content: 'THOUGHT: two at once.\n\n```mswea_bash_command\nls\n```\n```mswea_bash_command\npwd\n```', extra: {} },
      { role: 'user', content: 'Expected exactly 1 action, found 2.', extra: { interrupt_type: 'FormatError', n_actions: 2 } },
    ]);
    const { sessions, issues } = await readAll(f);
    expect(issues).toEqual([]);
    const s = sessions[0]!;
    expect(ofKind(s, 'tool_call').map((c) => c.command)).toEqual(['cd /testbed && pytest -q']);
    expect(ofKind(s, 'tool_result').map((r) => [r.ok, r.exitCode, r.text])).toEqual([[false, 2, 'usage error\n']]);
    expect(ofKind(s, 'environment_feedback').map((e) => e.text)).toEqual(['Expected exactly 1 action, found 2.']);
  });
});
