/**
 * Claude Agent SDK / `claude -p --output-format stream-json` messages (system/init, assistant, user,
 * result), as NDJSON or as the JSON array claude-code-action writes for its execution file.
 * Messages with a parent_tool_use_id come from a subagent (Task tool): they become a child session.
 */
import { SessionBuilder, asRecord, fileSessionId, str } from '../builder.js';
import type { JsonRecord } from '../records.js';
import type { SessionEvent } from '../../model/index.js';
import { ClaudeMessages } from './claude-messages.js';
import { IgnoredTypes, type ReaderContext } from './context.js';
import { recordsOf } from './json-source.js';

interface Thread {
  b: SessionBuilder;
  msgs: ClaudeMessages;
}

export function readStreamJson(ctx: ReaderContext): SessionBuilder[] {
  const threads = new Map<string, Thread>();
  const links: { key: string; link: SessionEvent }[] = [];
  const ignored = new IgnoredTypes(new Set(['stream_event', 'system:hook_response', 'system:status', 'rate_limit_event']));
  let mainId: string | undefined;

  const thread = (parentToolUseId: string | undefined, line = 1): Thread => {
    const key = parentToolUseId ?? '';
    let t = threads.get(key);
    if (!t) {
      const b = new SessionBuilder('claude-sdk', 'claude-stream-json', ctx);
      t = { b, msgs: new ClaudeMessages(b, ctx.display) };
      threads.set(key, t);
      if (key !== '') {
        // The child's id is only final once the main session id is known; patched in at the end.
        const main = thread(undefined);
        const link = main.b.push({ kind: 'subagent_link', sessionId: key, origin: { file: ctx.display, line } });
        links.push({ key, link });
      }
    }
    return t;
  };

  const handle = (rec: JsonRecord): void => {
    const o = asRecord(rec.value);
    if (!o) {
      ctx.issue(rec.line, 'not a JSON object');
      return;
    }
    const type = str(o.type);
    const timestamp = str(o.timestamp);
    const w = { line: rec.line, ...(timestamp ? { timestamp } : {}) };
    const origin = { origin: { file: ctx.display, line: rec.line }, ...(timestamp ? { timestamp } : {}) };
    mainId ??= str(o.session_id);
    const parent = str(o.parent_tool_use_id) ?? undefined;
    const t = thread(parent, rec.line);
    if (type === 'system') {
      if (o.subtype === 'init') {
        if (str(o.cwd)) t.b.cwd = str(o.cwd);
        if (str(o.model)) t.b.model = str(o.model);
      } else if (o.subtype === 'compact_boundary') {
        t.b.push({ kind: 'compaction', summary: str(o.summary) ?? '', ...origin });
      } else if (o.subtype === 'api_error' || o.level === 'error') {
        t.b.push({ kind: 'api_error', text: str(o.content) ?? str(o.message) ?? 'API error', ...origin });
      } else ignored.add(`system:${String(o.subtype)}`);
    } else if (type === 'assistant') {
      const message = asRecord(o.message);
      if (message) t.msgs.assistant(message, w);
      if (str(o.error)) t.b.push({ kind: 'api_error', text: str(o.error)!, ...origin });
    } else if (type === 'user') {
      const message = asRecord(o.message);
      if (message) t.msgs.user(message.content, w, { meta: o.isSynthetic === true });
    } else if (type === 'result') {
      const main = thread(undefined);
      // -p mode has no one to ask: denials are listed on the result, maybe not as tool results.
      const denials = Array.isArray(o.permission_denials) ? o.permission_denials : [];
      for (const d of denials) {
        const r = asRecord(d);
        const callId = str(r?.tool_use_id);
        if (!r || (callId && main.msgs.denied.has(callId))) continue;
        const toolName = str(r.tool_name);
        main.b.push({ kind: 'permission_denial', text: '', ...(callId ? { callId } : {}), ...(toolName ? { toolName } : {}), ...origin });
      }
      if (o.is_error === true && o.subtype !== 'success') {
        const text = str(o.result) ?? (Array.isArray(o.errors) ? o.errors.join('\n') : String(o.subtype));
        if (/api|overloaded|rate.?limit|\b5\d\d\b|\b429\b/i.test(text)) main.b.push({ kind: 'api_error', text, ...origin });
      }
    } else ignored.add(type);
  };

  for (const batch of recordsOf(ctx, [])) for (const rec of batch) handle(rec);
  ignored.report(ctx);

  const base = mainId ?? fileSessionId(ctx.display);
  const main = threads.get('');
  for (const [key, t] of threads) {
    if (key === '') {
      t.b.id = base;
      continue;
    }
    t.b.id = `${base}/task-${key}`;
    t.b.parentId = base;
    t.b.model ??= main?.b.model;
  }
  for (const { key, link } of links) {
    const description = main?.msgs.toolDescriptions.get(key) ?? main?.msgs.toolNames.get(key);
    main?.b.setLink(link, `${base}/task-${key}`, description || undefined);
  }
  return [...threads.values()].map((t) => t.b).filter((b, i) => i === 0 || b.size > 0);
}
