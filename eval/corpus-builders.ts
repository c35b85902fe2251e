/**
 * Writers for the evaluation transcripts, in the on-disk formats the agents write: Claude Code
 * session JSONL and Codex CLI rollout JSONL. They record the line of every step so labels can point
 * at the exact events that are negative controls.
 */

export type Step =
  | { user: string }
  | { bash: string; out: string; error?: boolean; exit?: number }
  | { edit: string; out?: string; error?: boolean }
  | { sibling: string }
  | { deny: string; feedback?: string }
  | { interrupt: true }
  | { hookBlock: string; text: string };

export interface Written {
  text: string;
  /** 1-based line of each step's defining event (the result for tool steps). */
  lines: number[];
}

const REJECT =
  "The user doesn't want to proceed with this tool use. The tool use was rejected (eg. if it was a file edit, the new_string was NOT written to the file). STOP what you are doing and wait for the user to tell you how to proceed.";

export function claudeSession(id: string, day: number, steps: Step[]): Written {
  const lines: string[] = [];
  const at: number[] = [];
  let t = Date.UTC(2026, 9, day, 9, 0, 0);
  let parent: string | null = null;
  let n = 0;
  const push = (obj: Record<string, unknown>): number => {
    const uuid = `${id.slice(0, 8)}-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    t += 5000;
    const base = {
      parentUuid: parent,
      isSidechain: false,
      userType: 'external',
      cwd: '/home/dev/acme-api',
      sessionId: id,
      version: '2.1.30',
      gitBranch: 'main',
    };
    lines.push(JSON.stringify({ ...base, ...obj, uuid, timestamp: new Date(t).toISOString() }));
    parent = uuid;
    return lines.length;
  };
  const toolUse = (name: string, input: Record<string, unknown>): string => {
    const toolId = `toolu_${id.slice(0, 6)}_${n + 1}`;
    push({
      type: 'assistant',
      message: {
        model: 'claude-sonnet-4-5',
        id: `msg_${id.slice(0, 6)}_${n + 1}`,
        type: 'message',
        role: 'assistant',
        content: [{ type: 'tool_use', id: toolId, name, input }],
        stop_reason: 'tool_use',
        usage: { input_tokens: 10, output_tokens: 20 },
      },
    });
    return toolId;
  };
  // toolUseResult: what Claude Code records beside the result; its marker is what makes a rejection the user's.
  const result = (toolId: string, content: string, isError: boolean, toolUseResult?: string): number =>
    push({
      type: 'user',
      message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: toolId, content, ...(isError ? { is_error: true } : {}) }] },
      ...(toolUseResult !== undefined ? { toolUseResult } : {}),
    });
  for (const s of steps) {
    if ('user' in s) at.push(push({ type: 'user', message: { role: 'user', content: s.user } }));
    else if ('bash' in s)
      at.push(
        result(
          toolUse('Bash', { command: s.bash, description: 'Run command' }),
          s.error ? `Exit code ${s.exit ?? 1}\n${s.out}` : s.out,
          !!s.error,
        ),
      );
    else if ('edit' in s)
      at.push(
        result(
          toolUse('Edit', { file_path: `/home/dev/acme-api/${s.edit}`, old_string: 'a', new_string: 'b' }),
          s.out ?? 'The file has been updated.',
          !!s.error,
        ),
      );
    else if ('sibling' in s) {
      const a = toolUse('Bash', { command: s.sibling });
      result(a, `Exit code 2\nls: cannot access '${s.sibling.split(' ').pop()}': No such file or directory`, true);
      at.push(
        result(
          toolUse('Read', { file_path: '/home/dev/acme-api/README.md' }),
          '<tool_use_error>Sibling tool call errored</tool_use_error>',
          true,
        ),
      );
    } else if ('deny' in s) {
      const tid = toolUse('Bash', { command: s.deny });
      at.push(
        result(
          tid,
          s.feedback ? `${REJECT.replace(/ STOP.*$/, '')} To tell you how to proceed, the user said:\n${s.feedback}` : REJECT,
          true,
          'User rejected tool use',
        ),
      );
      if (!s.feedback)
        push({ type: 'user', message: { role: 'user', content: [{ type: 'text', text: '[Request interrupted by user for tool use]' }] } });
    } else if ('interrupt' in s)
      at.push(push({ type: 'user', message: { role: 'user', content: [{ type: 'text', text: '[Request interrupted by user]' }] } }));
    else if ('hookBlock' in s) at.push(result(toolUse('Bash', { command: s.hookBlock }), s.text, true));
  }
  return { text: lines.join('\n') + '\n', lines: at };
}

export function codexRollout({ id, day, steps, agentsMd }: { id: string; day: number; steps: Step[]; agentsMd: string }): Written {
  const lines: string[] = [];
  const at: number[] = [];
  let t = Date.UTC(2026, 9, day, 14, 0, 0);
  const push = (type: string, payload: Record<string, unknown>): number => {
    t += 4000;
    lines.push(JSON.stringify({ timestamp: new Date(t).toISOString(), type, payload }));
    return lines.length;
  };
  push('session_meta', {
    id,
    timestamp: new Date(t).toISOString(),
    cwd: '/home/dev/acme-api',
    originator: 'codex_cli_rs',
    cli_version: '0.77.0',
    model_provider: 'openai',
  });
  push('response_item', {
    type: 'message',
    role: 'user',
    content: [
      { type: 'input_text', text: `# AGENTS.md instructions for /home/dev/acme-api\n\n<INSTRUCTIONS>\n${agentsMd}\n</INSTRUCTIONS>` },
    ],
  });
  push('turn_context', { cwd: '/home/dev/acme-api', approval_policy: 'on-request', model: 'gpt-5.2-codex' });
  let call = 0;
  for (const s of steps) {
    if ('user' in s) {
      const l = push('response_item', { type: 'message', role: 'user', content: [{ type: 'input_text', text: s.user }] });
      push('event_msg', { type: 'user_message', message: s.user, images: [] });
      at.push(l);
    } else if ('bash' in s) {
      const callId = `call_${id.slice(-6)}_${++call}`;
      push('response_item', {
        type: 'function_call',
        name: 'shell',
        arguments: JSON.stringify({ command: ['bash', '-lc', s.bash], workdir: '/home/dev/acme-api' }),
        call_id: callId,
      });
      at.push(
        push('response_item', {
          type: 'function_call_output',
          call_id: callId,
          output: JSON.stringify({ output: s.out, metadata: { exit_code: s.error ? (s.exit ?? 1) : 0, duration_seconds: 0.7 } }),
        }),
      );
    } else {
      throw new Error(`codex rollouts in the eval only use prompts and shell calls (${JSON.stringify(s)})`);
    }
  }
  return { text: lines.join('\n') + '\n', lines: at };
}
