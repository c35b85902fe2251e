/**
 * Builders for hand-written transcripts in the real on-disk formats (Claude Code session JSONL,
 * Codex CLI rollout JSONL and GitHub Copilot CLI events.jsonl). The demo, the adversarial corpus and end-to-end tests use them so that
 * fixtures stay short and readable while the bytes on disk match what the agents write.
 */

export interface Turn {
  /** A user prompt (string) typed by the human. */
  user?: string;
  /** Assistant text. */
  say?: string;
  /** A shell command the agent runs; `out` is its output. */
  bash?: string;
  /** Another tool (Edit, WebFetch...) with its input. */
  tool?: string;
  input?: Record<string, unknown>;
  out?: string;
  /** Claude Code: the result is an error (is_error). */
  error?: boolean;
  /** Codex and Copilot CLI: the command's exit code. */
  exit?: number;
  /** Copilot CLI: the user.message's `source` (a skill, agent or autopilot injected it; no person typed it). */
  source?: string;
  /**
   * A whole line as the agent wrote it, for shapes the fields above do not cover: Claude Code's fields (type,
   * message...); a Codex rollout's `type` and `payload`.
   */
  raw?: Record<string, unknown>;
}

export function claudeCodeSession(id: string, day: string, cwd: string, turns: Turn[]): string {
  const lines: string[] = [];
  let t = Date.parse(`2026-11-${day}T09:00:00Z`);
  let parent: string | null = null;
  let n = 0;
  let msg = 0;
  const push = (obj: Record<string, unknown>) => {
    const uuid = `${id.slice(0, 8)}-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    t += 7000;
    const base = { parentUuid: parent, isSidechain: false, userType: 'external', cwd, sessionId: id, version: '2.1.30', gitBranch: 'main' };
    lines.push(JSON.stringify({ ...base, ...obj, uuid, timestamp: new Date(t).toISOString() }));
    parent = uuid;
  };
  const assistant = (content: unknown[], stop: string) => ({
    type: 'assistant',
    message: {
      model: 'claude-sonnet-4-5',
      id: `msg_${id.slice(0, 6)}${++msg}`,
      type: 'message',
      role: 'assistant',
      content,
      stop_reason: stop,
      usage: { input_tokens: 10, output_tokens: 20 },
    },
  });
  for (const turn of turns) {
    if (turn.raw !== undefined) push(turn.raw);
    if (turn.user !== undefined) push({ type: 'user', message: { role: 'user', content: turn.user } });
    if (turn.say !== undefined) push(assistant([{ type: 'text', text: turn.say }], 'end_turn'));
    if (turn.bash !== undefined || turn.tool !== undefined) {
      const toolId = `toolu_${id.slice(0, 6)}${String(msg + 1).padStart(4, '0')}`;
      const input = turn.input ?? { command: turn.bash, description: 'Run command' };
      push(assistant([{ type: 'tool_use', id: toolId, name: turn.tool ?? 'Bash', input }], 'tool_use'));
      const result: Record<string, unknown> = { type: 'tool_result', tool_use_id: toolId, content: turn.out ?? '' };
      if (turn.error) result.is_error = true;
      push({
        type: 'user',
        message: { role: 'user', content: [result] },
        toolUseResult: turn.error ? `Error: ${turn.out}` : { stdout: turn.out, stderr: '', interrupted: false },
      });
    }
  }
  return lines.join('\n') + '\n';
}

export function codexRollout(id: string, day: string, cwd: string, turns: Turn[], agentsMd = '- Be concise.'): string {
  const lines: string[] = [];
  let t = Date.parse(`2026-11-${day}T14:00:00Z`);
  const push = (type: string, payload: Record<string, unknown>) => {
    t += 5000;
    lines.push(JSON.stringify({ timestamp: new Date(t).toISOString(), type, payload }));
  };
  push('session_meta', {
    id,
    timestamp: new Date(t).toISOString(),
    cwd,
    originator: 'codex_cli_rs',
    cli_version: '0.77.0',
    model_provider: 'openai',
  });
  push('response_item', {
    type: 'message',
    role: 'user',
    content: [{ type: 'input_text', text: `# AGENTS.md instructions for ${cwd}\n\n<INSTRUCTIONS>\n${agentsMd}\n</INSTRUCTIONS>` }],
  });
  push('turn_context', { cwd, approval_policy: 'on-request', model: 'gpt-5.2-codex' });
  let call = 0;
  for (const turn of turns) {
    if (turn.raw !== undefined) push(String(turn.raw.type), turn.raw.payload as Record<string, unknown>);
    if (turn.user !== undefined) {
      push('response_item', { type: 'message', role: 'user', content: [{ type: 'input_text', text: turn.user }] });
      push('event_msg', { type: 'user_message', message: turn.user, images: [] });
    }
    if (turn.say !== undefined)
      push('response_item', { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: turn.say }] });
    if (turn.bash !== undefined) {
      const callId = `call_${id.slice(-6)}${++call}`;
      push('response_item', {
        type: 'function_call',
        name: 'shell',
        arguments: JSON.stringify({ command: ['bash', '-lc', turn.bash], workdir: cwd }),
        call_id: callId,
      });
      push('response_item', {
        type: 'function_call_output',
        call_id: callId,
        output: JSON.stringify({ output: turn.out ?? '', metadata: { exit_code: turn.exit ?? 0, duration_seconds: 0.8 } }),
      });
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * A GitHub Copilot CLI session log (`~/.copilot/session-state/<id>/events.jsonl`): {type, data, id,
 * timestamp, parentId} events, a shell call's exit code on the last line of its output.
 */
export function copilotSession(id: string, day: string, cwd: string, turns: Turn[]): string {
  const lines: string[] = [];
  let t = Date.parse(`2026-11-${day}T11:00:00Z`);
  let parent: string | null = null;
  let n = 0;
  const push = (type: string, data: Record<string, unknown>) => {
    const eid = `${id.slice(0, 8)}-0000-4000-9000-${String(++n).padStart(12, '0')}`;
    t += 4000;
    lines.push(JSON.stringify({ type, data, id: eid, timestamp: new Date(t).toISOString(), parentId: parent }));
    parent = eid;
  };
  push('session.start', {
    sessionId: id,
    version: 1,
    producer: 'copilot-agent',
    copilotVersion: '1.0.41',
    startTime: new Date(t).toISOString(),
    context: { cwd, gitRoot: cwd, branch: 'main' },
  });
  let call = 0;
  for (const turn of turns) {
    if (turn.user !== undefined) {
      const from = turn.source !== undefined ? { source: turn.source } : {};
      push('user.message', {
        content: turn.user,
        transformedContent: turn.user,
        attachments: [],
        agentMode: 'interactive',
        delivery: 'idle',
        ...from,
      });
    }
    if (turn.say !== undefined) push('assistant.message', { messageId: `m${n}`, content: turn.say, toolRequests: [] });
    if (turn.bash !== undefined) {
      const toolCallId = `toolu_${id.slice(-6)}${++call}`;
      const args = { command: turn.bash, description: 'Run a command' };
      push('assistant.message', {
        messageId: `m${n}`,
        content: '',
        toolRequests: [{ toolCallId, name: 'bash', arguments: args, type: 'function' }],
      });
      push('tool.execution_start', { toolCallId, toolName: 'bash', arguments: args });
      const content = `${turn.out ?? ''}\n<exited with exit code ${turn.exit ?? 0}>`;
      push('tool.execution_complete', { toolCallId, success: true, result: { content, detailedContent: content } });
    }
  }
  push('session.shutdown', { shutdownType: 'routine' });
  return lines.join('\n') + '\n';
}

/**
 * A mini-swe-agent trajectory (`<instance>.traj.json`): the task as the first user message, then each
 * command as the model's fenced bash block answered by `<returncode>` and `<output>`. A person's words
 * after the task have no place in this format, so `user` turns other than the first are left out.
 */
export function miniSweTrajectory(id: string, turns: Turn[]): string {
  const task = turns.find((t) => t.user !== undefined)?.user ?? 'Fix the bug.';
  const messages: { role: string; content: string }[] = [
    { role: 'system', content: 'You operate a shell. Reply with one bash block.' },
    { role: 'user', content: `<pr_description>\n${task}\n</pr_description>` },
  ];
  for (const t of turns) {
    if (t.bash === undefined) continue;
    messages.push({ role: 'assistant', content: `THOUGHT: ${t.say ?? 'next step'}.\n\n\`\`\`bash\n${t.bash}\n\`\`\`` });
    messages.push({ role: 'user', content: `<returncode>${t.exit ?? 0}</returncode>\n<output>\n${t.out ?? ''}\n</output>` });
  }
  return JSON.stringify({ info: { exit_status: 'Submitted', mini_version: '1.15.0' }, messages, instance_id: id }, null, 1);
}
