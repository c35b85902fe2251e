/**
 * Generic chat transcripts for agents we do not know yet: a JSON array or JSONL (or {messages: [...]})
 * of Anthropic-style ({role, content: [blocks]}) or OpenAI chat ({role, content, tool_calls}, role
 * "tool") messages.
 */
import {
  SessionBuilder,
  asRecord,
  blockText,
  commandOf,
  exitCodeFrom,
  parseJsonArguments,
  str,
  toolCallEvent,
  toolResultEvent,
} from '../builder.js';
import { looksFailed } from '../looks-failed.js';
import { ClaudeMessages } from './claude-messages.js';
import { IgnoredTypes, type ReaderContext } from './context.js';
import { recordsOf } from './json-source.js';

export function readGeneric(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('generic', 'generic-chat', ctx);
  const msgs = new ClaudeMessages(b, ctx.display);
  /** Each shell call's command line: what printed its output (showsText). */
  const commands = new Map<string, string>();
  const ignored = new IgnoredTypes(new Set(['role:system', 'role:developer']));
  for (const batch of recordsOf(ctx, ['messages', 'data', 'history']))
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, 'not a JSON object');
        continue;
      }
      // Some exporters wrap each message: {type, message: {role, content}}.
      const m = asRecord(o.message) && str(asRecord(o.message)!.role) ? asRecord(o.message)! : o;
      const role = str(m.role);
      const timestamp = str(o.timestamp) ?? str(m.timestamp);
      const w = { line: rec.line, ...(timestamp ? { timestamp } : {}) };
      const origin = { origin: { file: ctx.display, line: rec.line }, ...(timestamp ? { timestamp } : {}) };
      b.seen(timestamp);
      b.id ??= str(o.session_id) ?? str(o.sessionId);
      b.model ??= str(m.model) ?? str(o.model);
      if (role === 'user' && m.message_type === 'observation') {
        // SWE-agent's message history labels what its harness wrote: the instance template and the
        // observations it hands back in the user's role. No person speaks there.
        const text = blockText(m.content);
        if (text.trim()) b.push({ kind: 'user_prompt', text, task: true, ...origin });
      } else if (role === 'user') {
        msgs.user(m.content, w);
      } else if (role === 'assistant') {
        const calls = Array.isArray(m.tool_calls) ? m.tool_calls : [];
        if (calls.length === 0) {
          msgs.assistant(m, w);
          continue;
        }
        const text = blockText(m.content);
        if (text.trim()) b.push({ kind: 'assistant_text', text, ...origin });
        for (const raw of calls) {
          const c = asRecord(raw);
          const fn = asRecord(c?.function);
          const name = str(fn?.name) ?? 'unknown';
          const callId = str(c?.id);
          const input = parseJsonArguments(fn?.arguments);
          if (callId) msgs.toolNames.set(callId, name);
          const command = commandOf(name, input);
          if (callId && command !== undefined) commands.set(callId, command);
          b.push(toolCallEvent({ name, input, callId }, origin));
        }
      } else if (role === 'tool' || role === 'function') {
        const callId = str(m.tool_call_id);
        const toolName = (callId ? msgs.toolNames.get(callId) : undefined) ?? str(m.name);
        const text = blockText(m.content);
        const exitCode = exitCodeFrom(text);
        const ok =
          exitCode !== undefined
            ? exitCode === 0
            : m.is_error !== true && !looksFailed(text, { tool: toolName, command: callId ? commands.get(callId) : undefined });
        b.push(toolResultEvent({ ok, text, callId, toolName, exitCode }, origin));
      } else if (role === 'system' || role === 'developer') {
        const text = blockText(m.content);
        const mem = /((?:[\w./-]*\/)?(?:CLAUDE|AGENTS)\.md)/.exec(text.slice(0, 500));
        if (mem) b.push({ kind: 'memory_injection', path: mem[1]!, text, ...origin });
        else ignored.add(`role:${role}`);
      } else ignored.add(`role:${String(role)}`);
    }
  ignored.report(ctx);
  return [b];
}
