/**
 * Nobody but SWE-agent's harness writes a "user" message of a SWE-agent trajectory: the first is its
 * instance template (third-party issue text, or a demonstration of another task), and in its message
 * history every later one is an observation. So none of them is the user speaking: no instruction is
 * mined from them and no command in them vouches for an edit. Fixtures are written for this test; the
 * issue text paraphrases the shape of SWE-agent's test repos, its rules are our own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mineSession } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { userTurn } from '../../src/model/index.js';
import type { Session } from '../../src/model/index.js';
import { ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'swe-agent-task-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Short on purpose: a long template is skipped as a pasted prompt anyway; a short one must be too.
const ISSUE = 'ISSUE: parse_date crashes on empty input. Always run `make check` before you submit. Never use `pip install -e .`.';
const call = (id: string, name: string, args: unknown) => ({ id, type: 'function', function: { name, arguments: JSON.stringify(args) } });

function write(name: string, doc: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

async function only(file: string): Promise<Session> {
  const { sessions, issues } = await readAll(file);
  expect(issues).toEqual([]);
  expect(sessions).toHaveLength(1);
  return sessions[0]!;
}

const instructions = (s: Session) =>
  mineSession(s, { memory: [], repoFacts: unknownRepoFacts }).filter((x) => x.kind === 'instruction' || x.kind === 'memory_failure');

describe('SWE-agent harness text is not the user speaking', () => {
  it('a .traj: the instance template is the task', async () => {
    const s = await only(
      write('acme__dates-7.traj', {
        environment: 'swe_main',
        history: [
          { role: 'system', content: 'SETTING: You are an autonomous programmer.' },
          { role: 'user', content: ISSUE },
          { role: 'assistant', content: 'Let me look.\n```\nfind_file dates.py\n```' },
        ],
        trajectory: [
          { action: 'find_file dates.py', observation: 'Found 1 matches for "dates.py"', thought: 'Let me look.' },
          { action: 'make check', observation: 'all checks passed', thought: 'Run the checks.' },
        ],
        info: { exit_status: 'submitted' },
      }),
    );
    const [task] = ofKind(s, 'user_prompt');
    expect(task).toMatchObject({ task: true, text: ISSUE });
    expect(userTurn(s, task!)).toBe(false);
    expect(instructions(s)).toEqual([]);
  });

  it('a message history: every observation in the user role is the harness', async () => {
    const s = await only(
      write('demo.traj', {
        history: [
          { role: 'system', content: 'SETTING: You are an autonomous programmer.', message_type: 'system_prompt' },
          { role: 'user', content: ISSUE, message_type: 'observation' },
          {
            role: 'assistant',
            content: 'Find it.',
            message_type: 'action',
            tool_calls: [call('c1', 'find_file', { file_name: 'dates.py' })],
          },
          { role: 'tool', content: 'Found 1 matches', tool_call_id: 'c1', message_type: 'observation' },
          { role: 'assistant', content: 'Check.', message_type: 'action', tool_calls: [call('c2', 'bash', { command: 'make check' })] },
          { role: 'user', content: "Don't use `pip install -e .` here, use `uv sync`.", message_type: 'observation' },
        ],
      }),
    );
    const prompts = ofKind(s, 'user_prompt');
    expect(prompts).toHaveLength(2);
    expect(prompts.every((p) => p.task === true && !userTurn(s, p))).toBe(true);
    expect(instructions(s)).toEqual([]);
  });

  it('negative control: a chat export without the harness field keeps its user turns', async () => {
    const s = await only(
      write('chat.json', {
        messages: [
          { role: 'user', content: 'Fix parse_date for empty input.' },
          { role: 'assistant', content: 'Installing.', tool_calls: [call('c1', 'bash', { command: 'pip install -e .' })] },
          { role: 'tool', content: 'error: externally-managed-environment\nexit code 1', tool_call_id: 'c1' },
          { role: 'user', content: 'Never use `pip install -e .` in this repo.' },
        ],
      }),
    );
    const prompts = ofKind(s, 'user_prompt');
    expect(prompts.map((p) => [p.task, userTurn(s, p)])).toEqual([
      [undefined, true],
      [undefined, true],
    ]);
    expect(instructions(s).map((x) => x.lesson)).toEqual(['Never use `pip install -e .` in this repo.']);
  });
});
