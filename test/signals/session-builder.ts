/**
 * Builds Session values directly (the shape every reader produces), so the miners can be tested
 * without depending on a reader.
 */
import type { AgentKind, NewSessionEvent, Session, SessionEvent, MemoryFile } from '../../src/model/index.js';
import { parseMemoryFile } from '../../src/memory/parse.js';

export type Step =
  | { user: string }
  | { say: string }
  | { run: string; ok?: boolean; out?: string; cascade?: boolean }
  | { tool: string; input: unknown; ok?: boolean; out?: string }
  | { interrupt: string }
  | { deny: string }
  | { hook: string; blocks?: string };

export function session(id: string, steps: Step[], agent: AgentKind = 'claude-code'): Session {
  const file = `sessions/${id}.jsonl`;
  const events: SessionEvent[] = [];
  let line = 0;
  let call = 0;
  const push = (e: NewSessionEvent) => events.push({ ...e, seq: events.length } as SessionEvent);
  const origin = () => ({ file, line: ++line });
  for (const s of steps) {
    if ('user' in s) push({ kind: 'user_prompt', text: s.user, origin: origin() });
    else if ('say' in s) push({ kind: 'assistant_text', text: s.say, origin: origin() });
    else if ('run' in s) {
      const callId = `c${++call}`;
      push({
        kind: 'tool_call',
        callId,
        name: agent === 'codex' ? 'shell' : 'Bash',
        input: { command: s.run },
        command: s.run,
        origin: origin(),
      });
      const ok = s.ok ?? true;
      push({
        kind: 'tool_result',
        callId,
        ok,
        text: s.out ?? (ok ? 'done' : 'failed'),
        ...(s.cascade ? { cascade: true } : {}),
        origin: origin(),
      });
    } else if ('tool' in s) {
      const callId = `c${++call}`;
      push({ kind: 'tool_call', callId, name: s.tool, input: s.input, origin: origin() });
      push({ kind: 'tool_result', callId, toolName: s.tool, ok: s.ok ?? true, text: s.out ?? '', origin: origin() });
    } else if ('interrupt' in s) push({ kind: 'interrupt', text: s.interrupt, origin: origin() });
    else if ('deny' in s) push({ kind: 'permission_denial', text: s.deny, origin: origin() });
    else if ('hook' in s) {
      const callId = `c${++call}`;
      if (s.blocks) push({ kind: 'tool_call', callId, name: 'Bash', input: { command: s.blocks }, command: s.blocks, origin: origin() });
      push({ kind: 'hook_block', callId, text: s.hook, origin: origin() });
    }
  }
  return {
    id,
    agent,
    format: agent === 'codex' ? 'codex-rollout' : 'claude-code-jsonl',
    trust: 'developer',
    sourceFile: file,
    contentHash: `h-${id}`,
    events,
  };
}

export function memory(files: Record<string, string>): MemoryFile[] {
  return Object.entries(files).map(([p, text]) => parseMemoryFile(p, text));
}
