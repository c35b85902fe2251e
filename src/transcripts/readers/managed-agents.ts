/**
 * Claude Managed Agents session events, as client.beta.sessions.events.list returns them, saved as a
 * JSON array, JSONL, or {data: [...]} pages. Shapes: @anthropic-ai/sdk resources/beta/sessions/events.d.ts.
 */
import { SessionBuilder, asRecord, blockText, exitCodeFrom, fileStem, str, toolCallEvent } from '../builder.js';
import { IgnoredTypes, type ReaderContext } from './context.js';
import { recordsOf } from './json-source.js';

/** A Managed Agents session id as the API gives it (`sesn_011CZ…`): what the fetcher names each file. */
const API_SESSION_ID = /^sesn_[A-Za-z0-9]{6,}$/;

const TOOL_USE = new Set(['agent.tool_use', 'agent.mcp_tool_use', 'agent.custom_tool_use']);
const TOOL_RESULT: Record<string, string> = {
  'agent.tool_result': 'tool_use_id',
  'user.tool_result': 'tool_use_id',
  'agent.mcp_tool_result': 'mcp_tool_use_id',
  'user.custom_tool_result': 'custom_tool_use_id',
};

export function readManagedAgents(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('managed-agents', 'managed-agents-events', ctx);
  const ignored = new IgnoredTypes(new Set(['system.message']));
  const toolNames = new Map<string, string>();
  /** Calls the policy refused: their synthetic error result is part of the denial, not a failure. */
  const refused = new Set<string>();
  let sessionId: string | undefined;

  for (const batch of recordsOf(ctx, ['data', 'events']))
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, 'not a JSON object');
        continue;
      }
      const type = str(o.type) ?? '';
      const timestamp = str(o.processed_at) ?? str(o.created_at);
      const origin = { origin: { file: ctx.display, line: rec.line }, ...(timestamp ? { timestamp } : {}) };
      sessionId ??= str(o.session_id);
      b.seen(timestamp);

      if (type === 'user.message') {
        const text = blockText(o.content);
        if (text.trim()) b.push({ kind: 'user_prompt', text, ...origin });
      } else if (type === 'agent.message') {
        const text = blockText(o.content);
        if (text.trim()) b.push({ kind: 'assistant_text', text, ...origin });
      } else if (TOOL_USE.has(type)) {
        const callId = str(o.id);
        const server = str(o.mcp_server_name);
        const name = server ? `mcp__${server}__${str(o.name) ?? 'unknown'}` : (str(o.name) ?? 'unknown');
        if (callId) toolNames.set(callId, name);
        b.push(toolCallEvent({ name, input: o.input ?? {}, callId }, origin));
        if (o.evaluated_permission === 'deny') {
          if (callId) refused.add(callId);
          const reason = str(asRecord(o.evaluation)?.reason_code);
          b.push({
            kind: 'permission_denial',
            text: reason ? `denied by policy: ${reason}` : 'denied by policy',
            ...(callId ? { callId } : {}),
            toolName: name,
            ...origin,
          });
        }
      } else if (type in TOOL_RESULT) {
        const callId = str(o[TOOL_RESULT[type]!]);
        if (callId && refused.has(callId)) continue;
        const toolName = callId ? toolNames.get(callId) : undefined;
        const text = blockText(o.content);
        const exitCode = exitCodeFrom(text);
        b.push({
          kind: 'tool_result',
          ok: o.is_error !== true,
          text,
          ...(callId ? { callId } : {}),
          ...(toolName ? { toolName } : {}),
          ...(exitCode !== undefined ? { exitCode } : {}),
          ...origin,
        });
      } else if (type === 'user.interrupt') {
        b.push({ kind: 'interrupt', text: 'user.interrupt', ...origin });
      } else if (type === 'user.tool_confirmation') {
        if (o.result !== 'deny') continue;
        const callId = str(o.tool_use_id);
        const toolName = callId ? toolNames.get(callId) : undefined;
        if (callId) refused.add(callId);
        b.push({
          kind: 'permission_denial',
          text: str(o.deny_message) ?? '',
          ...(callId ? { callId } : {}),
          ...(toolName ? { toolName } : {}),
          ...origin,
        });
      } else if (type === 'agent.thread_context_compacted') {
        b.push({ kind: 'compaction', summary: '', ...origin });
      } else if (type === 'session.error') {
        const err = asRecord(o.error);
        const text = [str(err?.type), str(err?.message)].filter(Boolean).join(': ') || 'session error';
        const status = typeof err?.status_code === 'number' ? err.status_code : undefined;
        b.push({ kind: 'api_error', text, ...(status !== undefined ? { status } : {}), ...origin });
      } else if (type === 'system.message') {
        const text = blockText(o.content);
        if (/(?:CLAUDE|AGENTS)\.md/.test(text.slice(0, 300))) b.push({ kind: 'memory_injection', text, ...origin });
        else ignored.add(type);
      } else {
        ignored.add(type);
      }
    }
  ignored.report(ctx);
  // Events need not repeat their session: the fetcher names each file by its API session id, unique across every
  // corpus, so a file named like one is that session wherever it sits; any other name is placed (read.ts).
  const named = fileStem(ctx.file);
  b.id = sessionId ?? (API_SESSION_ID.test(named) ? named : undefined);
  return [b];
}
