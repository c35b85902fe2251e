/**
 * xAI's Grok CLI transcripts: `~/.grok/sessions/<percent-encoded cwd>/<session-id>/chat_history.jsonl`,
 * one `{type, content, ...}` item a line: `system`, `user` (content: text/image parts), `assistant`
 * (content: a string; `model_id`; `tool_calls` of `{id, name, arguments}`, arguments a JSON string),
 * `tool_result` (`{tool_call_id, content}`), `reasoning`, `backend_tool_call`. The file keeps no
 * timestamps and no error flag: a failure is read from the result text, as for Codex.
 *
 * Trust is structural: a user item with `synthetic_reason` was injected by the harness; a typed
 * prompt is wrapped in `<user_query>`, beside `<user_info>`, `<git_status>` and `<system-reminder>`
 * blocks the harness adds, which are not the person's words.
 */
import { basename, dirname } from 'node:path';
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
  type EventPlace,
} from '../builder.js';
import { looksFailed } from '../looks-failed.js';
import { jsonlRecords } from '../records.js';
import { IgnoredTypes, type ReaderContext } from './context.js';

const SKIPPED = new Set(['system', 'reasoning', 'backend_tool_call']);

/** Is this item one only Grok CLI writes? (Detection: other formats have `user`/`assistant` types too.) */
export function isGrokItem(o: Record<string, unknown>): boolean {
  const type = o.type;
  if ('role' in o || 'message' in o || 'session_id' in o || 'sessionId' in o) return false;
  if (type === 'user') return Array.isArray(o.content) && ('prompt_index' in o || 'synthetic_reason' in o);
  if (type === 'assistant') return typeof o.model_id === 'string' && (typeof o.content === 'string' || o.content === null);
  return type === 'tool_result' && typeof o.tool_call_id === 'string' && 'content' in o;
}

const QUERY = /<user_query>([\s\S]*?)(?:<\/user_query>|$)/;
const HARNESS_BLOCK = /<(user_info|git_status|system-reminder|system_reminder)>[\s\S]*?(?:<\/\1>|$)/g;

/** What the person typed: the `<user_query>` when there is one, else the text without the harness's blocks. */
function typedText(content: unknown): string {
  const text = blockText(Array.isArray(content) ? content.filter((p) => asRecord(p)?.type === 'text') : content);
  const q = QUERY.exec(text);
  return (q ? q[1]! : text.replace(HARNESS_BLOCK, '')).trim();
}

export function readGrok(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('grok-cli', 'grok-cli', ctx);
  const ignored = new IgnoredTypes(SKIPPED);
  const names = new Map<string, string>();
  /** Each shell call's command line: what printed its output (showsText). */
  const commands = new Map<string, string>();

  for (const batch of jsonlRecords(ctx.file, ctx.issue, ctx.lineOpts)) {
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, 'not a JSON object');
        continue;
      }
      const place: EventPlace = { origin: { file: ctx.display, line: rec.line } };
      const type = str(o.type) ?? 'untyped';
      if (type === 'user') {
        // Injected by the harness (a reminder, a resumed plan), not typed.
        if (o.synthetic_reason !== undefined && o.synthetic_reason !== null) continue;
        const text = typedText(o.content);
        if (text) b.push({ kind: 'user_prompt', text, ...place });
      } else if (type === 'assistant') {
        b.model ??= str(o.model_id);
        const text = blockText(o.content).trim();
        if (text) b.push({ kind: 'assistant_text', text, ...place });
        for (const raw of Array.isArray(o.tool_calls) ? o.tool_calls : []) {
          const c = asRecord(raw);
          if (!c) continue;
          const name = str(c.name) ?? 'unknown';
          const callId = str(c.id);
          const input = parseJsonArguments(c.arguments);
          if (callId) names.set(callId, name);
          const command = commandOf(name, input);
          if (callId && command !== undefined) commands.set(callId, command);
          b.push(toolCallEvent({ name, input, callId }, place));
        }
      } else if (type === 'tool_result') {
        const callId = str(o.tool_call_id);
        const text = blockText(o.content);
        const exitCode = exitCodeFrom(text);
        const producer = callId ? { tool: names.get(callId), command: commands.get(callId) } : undefined;
        const ok = exitCode !== undefined ? exitCode === 0 : !looksFailed(text, producer);
        b.push(toolResultEvent({ ok, text, callId, toolName: callId ? names.get(callId) : undefined, exitCode }, place));
      } else {
        ignored.add(type);
      }
    }
  }
  ignored.report(ctx);
  // The session is its folder; the folder above it is the working directory, percent-encoded.
  if (basename(ctx.file) === 'chat_history.jsonl') {
    b.id = basename(dirname(ctx.file));
    b.cwd = decodedCwd(basename(dirname(dirname(ctx.file))));
  }
  return [b];
}

function decodedCwd(name: string): string | undefined {
  if (!name.startsWith('%2F') && !/^[A-Za-z]%3A/i.test(name)) return undefined;
  try {
    return decodeURIComponent(name);
  } catch {
    return undefined;
  }
}
