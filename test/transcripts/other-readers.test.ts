import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/transcripts/index.js';
import { expectWellFormed, fixture, kinds, lineCountOf, ofKind, readAll, sha256Of } from './helpers.js';

const SDK_ID = '2d7e4c1a-3b5f-4e6a-8c9d-abcdef012345';

describe('Claude Agent SDK / stream-json', () => {
  for (const [label, file] of [
    ['NDJSON', fixture('stream-json/sdk.ndjson')],
    ['claude-code-action execution file (JSON array)', fixture('stream-json/claude-execution-output.json')],
  ] as const) {
    it(`reads the ${label}`, async () => {
      expect(await detectFormat(file)).toBe('claude-stream-json');
      const { sessions, issues } = await readAll(file);
      expect(issues).toEqual([]);
      expect(sessions.map((s) => s.id)).toEqual([SDK_ID, `${SDK_ID}/task-toolu_a3`]);
      const [main, task] = sessions as [(typeof sessions)[0], (typeof sessions)[0]];
      expect(main).toMatchObject({
        agent: 'claude-sdk',
        cwd: '/github/workspace',
        model: 'claude-sonnet-4-5',
        contentHash: sha256Of(file),
      });
      expect(kinds(main)).toEqual([
        'user_prompt',
        'assistant_text',
        'tool_call',
        'tool_result',
        'tool_call',
        'permission_denial',
        'tool_call',
        'subagent_link',
        'tool_result',
        'assistant_text',
        'permission_denial',
      ]);
      expect(ofKind(main, 'tool_result')[0]).toMatchObject({ ok: false, exitCode: 1, toolName: 'Bash' });
      // The denial reported as a tool result is not repeated from the result's permission_denials.
      expect(ofKind(main, 'permission_denial').map((d) => [d.callId, d.toolName])).toEqual([
        ['toolu_a2', 'Bash'],
        ['toolu_zz', 'Write'],
      ]);
      expect(ofKind(main, 'subagent_link')[0]).toMatchObject({ sessionId: task.id, description: 'Check tests' });
      expect(task.parentId).toBe(SDK_ID);
      expect(kinds(task)).toEqual(['tool_call', 'tool_result']);
      expectWellFormed(main, lineCountOf(file));
      expectWellFormed(task, lineCountOf(file));
    });
  }

  it('gives array elements the line where they start', async () => {
    const { sessions } = await readAll(fixture('stream-json/claude-execution-output.json'));
    // Element 2 (the first user message) starts on line 17 of the pretty-printed array.
    expect(ofKind(sessions[0]!, 'user_prompt')[0]!.origin.line).toBe(17);
  });
});

describe('Claude Managed Agents events', () => {
  for (const file of [fixture('managed-agents/sesn_011CZdemo.json'), fixture('managed-agents/sesn_011CZpage.jsonl')]) {
    it(`reads ${file.split('/').pop()}`, async () => {
      expect(await detectFormat(file)).toBe('managed-agents-events');
      const { sessions, issues } = await readAll(file);
      expect(issues).toEqual([]);
      expect(sessions).toHaveLength(1);
      const s = sessions[0]!;
      expect(s.id).toBe(
        file
          .split('/')
          .pop()!
          .replace(/\.jsonl?$/, ''),
      );
      expect(s).toMatchObject({ agent: 'managed-agents', startedAt: '2026-03-02T09:00:00Z', endedAt: '2026-03-02T09:01:07Z' });
      expect(kinds(s)).toEqual([
        'user_prompt',
        'assistant_text',
        'tool_call',
        'tool_result',
        'tool_call',
        'tool_result',
        'tool_call',
        'permission_denial',
        'tool_call',
        'tool_result',
        'interrupt',
        'compaction',
        'api_error',
      ]);
      expect(ofKind(s, 'tool_result')[0]).toMatchObject({ ok: false, exitCode: 127, toolName: 'bash', callId: 'sevt_03' });
      expect(ofKind(s, 'tool_call')[1]!.name).toBe('mcp__github__create_issue');
      expect(ofKind(s, 'permission_denial')[0]).toMatchObject({
        callId: 'sevt_07',
        toolName: 'bash',
        text: 'no sudo on the runner, use the kubectl in ./bin',
      });
      expect(ofKind(s, 'api_error')[0]!.text).toBe('model_overloaded_error: Model is overloaded');
      expect(ofKind(s, 'tool_call')[0]!.command).toBe('./deploy.sh staging');
      expectWellFormed(s, lineCountOf(file));
    });
  }
});

describe('Codex rollout', () => {
  const file = fixture('codex/rollout-2026-03-03T08-00-00-019c0000-aaaa-7bbb-8ccc-0123456789ab.jsonl');

  it('reads metadata, pairs calls with outputs and infers failures from exit codes', async () => {
    expect(await detectFormat(file)).toBe('codex-rollout');
    const { sessions, issues } = await readAll(file);
    expect(issues).toEqual([]);
    const s = sessions[0]!;
    expect(s).toMatchObject({
      id: '019c0000-aaaa-7bbb-8ccc-0123456789ab',
      agent: 'codex',
      cwd: '/work/api',
      gitBranch: 'main',
      model: 'gpt-5.2-codex',
    });
    const calls = ofKind(s, 'tool_call');
    const results = ofKind(s, 'tool_result');
    expect(calls.map((c) => c.callId)).toEqual(['call_1', 'call_2', 'call_3', 'call_4']);
    expect(results.map((r) => r.callId)).toEqual(['call_1', 'call_2', 'call_3', 'call_4']);
    expect(calls[0]!.command).toBe('pytest tests/test_login.py');
    expect(calls[1]!.command).toBe('make test');
    expect(results.map((r) => [r.ok, r.exitCode, r.toolName])).toEqual([
      [false, 1, 'shell'],
      [true, 0, 'exec_command'],
      [true, undefined, 'apply_patch'],
      [false, 2, 'exec_command'],
    ]);
    expectWellFormed(s, lineCountOf(file));
  });

  it('counts user text once, treats AGENTS.md as a memory injection and ignores the environment context', async () => {
    const s = (await readAll(file)).sessions[0]!;
    expect(ofKind(s, 'user_prompt').map((p) => [p.text, p.origin.line])).toEqual([
      ['Why does the login endpoint return 500?', 5],
      ['stop, use make lint-fix instead', 23],
    ]);
    expect(ofKind(s, 'memory_injection')).toEqual([
      expect.objectContaining({ path: 'AGENTS.md', origin: expect.objectContaining({ line: 2 }) }),
    ]);
    expect(JSON.stringify(s)).not.toContain('environment_context');
    expect(ofKind(s, 'assistant_text')).toHaveLength(1);
  });

  it('emits one compaction for compacted + context_compacted, and the turn abort as an interrupt', async () => {
    const s = (await readAll(file)).sessions[0]!;
    expect(ofKind(s, 'compaction').map((c) => c.summary)).toEqual(['Summary: login 500 fixed by reading settings.SECRET_KEY.']);
    expect(ofKind(s, 'interrupt')).toHaveLength(1);
  });
});

describe('generic chat messages', () => {
  it('reads an Anthropic-style JSON array', async () => {
    const file = fixture('generic/anthropic-messages.json');
    expect(await detectFormat(file)).toBe('generic-chat');
    const s = (await readAll(file)).sessions[0]!;
    expect(kinds(s)).toEqual(['memory_injection', 'user_prompt', 'assistant_text', 'tool_call', 'tool_result', 'tool_call', 'tool_result']);
    expect(ofKind(s, 'tool_result').map((r) => [r.ok, r.exitCode])).toEqual([
      [false, 1],
      [true, undefined],
    ]);
    expectWellFormed(s, lineCountOf(file));
  });

  it('reads OpenAI chat JSONL with tool_calls and tool messages', async () => {
    const file = fixture('generic/openai-chat.jsonl');
    const s = (await readAll(file)).sessions[0]!;
    expect(kinds(s)).toEqual(['user_prompt', 'tool_call', 'tool_result', 'assistant_text']);
    expect(ofKind(s, 'tool_call')[0]).toMatchObject({ name: 'run_shell', command: 'pytest -x', callId: 'call_a' });
    expect(ofKind(s, 'tool_result')[0]).toMatchObject({ ok: false, toolName: 'run_shell' });
  });
});
