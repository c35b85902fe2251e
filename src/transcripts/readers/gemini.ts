/**
 * Gemini CLI chat recordings (`~/.gemini/tmp/<hash>/chats/session-*.json[l]`). Older versions write
 * one JSON object {sessionId, projectHash, startTime, messages}; newer ones JSONL: that header, then
 * one message per line, with `{"$set": {...}}` patch lines between. A message is rewritten whole
 * when its tool calls finish, so the last record of each message id wins (in its first place).
 */
import { SessionBuilder, asRecord, blockText, str, toolCallEvent, toolResultEvent } from '../builder.js';
import { documentLines, jsonlRecords, readJsonDocument, type JsonRecord } from '../records.js';
import { IgnoredTypes, type ReaderContext } from './context.js';
import { documentObject, isDocument } from './json-source.js';
import { geminiResult, typedPart } from './gemini-content.js';

/** Text of Gemini "parts" ([{text}] or a string); functionResponse parts are not text. */
function partsText(v: unknown): string {
  if (typeof v === 'string') return v;
  return Array.isArray(v) ? blockText(v.filter((p) => typeof asRecord(p)?.text === 'string')) : '';
}

function hasTextPart(v: unknown): boolean {
  return typeof v === 'string' || (Array.isArray(v) && v.some((p) => typeof asRecord(p)?.text === 'string'));
}

export function readGemini(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('gemini-cli', 'gemini-cli-chat', ctx);
  const ignored = new IgnoredTypes();
  const header = (o: Record<string, unknown>): void => {
    b.id ??= str(o.sessionId);
    b.seen(o.startTime);
    b.seen(o.lastUpdated);
  };
  // Insertion order is each id's first place; the value is its latest record.
  const byId = new Map<string, JsonRecord>();
  let anonymous = 0;
  const keep = (rec: JsonRecord): void => {
    const id = str(asRecord(rec.value)?.id) ?? `#${anonymous++}`;
    if (byId.has(id)) byId.delete(id);
    byId.set(id, rec);
  };

  if (isDocument(ctx)) {
    const read = readJsonDocument(ctx.file, ctx.issue, ctx.lineOpts, ['messages']);
    const doc = read && documentObject(read, ctx)?.value;
    if (!read || !doc) return [];
    header(doc);
    const lines = documentLines(read, ['messages']);
    const messages = Array.isArray(doc.messages) ? doc.messages : [];
    messages.forEach((value, i) => keep({ line: lines[i] ?? 1, value }));
  } else {
    for (const batch of jsonlRecords(ctx.file, ctx.issue, ctx.lineOpts)) {
      for (const rec of batch) {
        const o = asRecord(rec.value);
        if (!o) ctx.issue(rec.line, 'not a JSON object');
        else if ('$set' in o) header(asRecord(o.$set) ?? {});
        else if (typeof o.sessionId === 'string' && o.type === undefined) {
          header(o);
          // A whole chat written on one line (minified, or by a tool that rewrites it): the header holds
          // its messages, and all of them are on this line.
          if (Array.isArray(o.messages)) for (const value of o.messages) keep({ line: rec.line, value });
        } else keep(rec);
      }
    }
  }

  for (const rec of byId.values()) {
    const m = asRecord(rec.value);
    if (!m) {
      ctx.issue(rec.line, 'message is not a JSON object');
      continue;
    }
    const timestamp = str(m.timestamp);
    const place = { origin: { file: ctx.display, line: rec.line }, ...(timestamp ? { timestamp } : {}) };
    const type = str(m.type);
    if (type === 'user') {
      // displayContent is what the person typed ("/init"); without text parts the turn came from the CLI itself.
      if ('displayContent' in m && !hasTextPart(m.displayContent)) continue;
      const text = typedPart(partsText('displayContent' in m ? m.displayContent : m.content)).trim();
      // Gemini CLI versions that wrote `content` as a string predate `displayContent`: there a custom command's
      // expansion (a `.gemini/commands/*.toml` prompt, an extension's) is recorded as the user's message with
      // nothing to tell it from what was typed (the typed `/command` is only in the prompt log beside the chat).
      const unverified = typeof m.content === 'string' && !('displayContent' in m);
      if (text) b.push({ kind: 'user_prompt', text, ...place, ...(unverified ? { unverified } : {}) });
    } else if (type === 'gemini') {
      b.model ??= str(m.model);
      const text = partsText(m.content).trim();
      if (text) b.push({ kind: 'assistant_text', text, ...place });
      for (const raw of Array.isArray(m.toolCalls) ? m.toolCalls : []) toolCall(b, asRecord(raw) ?? {}, place);
    } else if (type === 'info' && /^Request cancell?ed/i.test(partsText(m.content).trim())) {
      b.push({ kind: 'interrupt', text: partsText(m.content).trim(), ...place });
    } else if (type === 'error') {
      b.push({ kind: 'api_error', text: partsText(m.content), ...place });
    } else if (type !== 'info') ignored.add(type ?? 'untyped');
  }
  ignored.report(ctx);
  return [b];
}

type Place = { origin: { file: string; line: number }; timestamp?: string };

function toolCall(b: SessionBuilder, c: Record<string, unknown>, place: Place): void {
  const name = str(c.name) ?? 'unknown';
  const callId = str(c.id);
  const at = { ...place, ...(str(c.timestamp) ? { timestamp: str(c.timestamp)! } : {}) };
  b.push(toolCallEvent({ name, input: c.args ?? {}, callId }, at));
  const status = str(c.status);
  const responses = Array.isArray(c.result) ? c.result : [];
  const response = asRecord(asRecord(asRecord(responses[0])?.functionResponse)?.response);
  if (!response && status === undefined) return;
  const result = geminiResult(name, response, { status, resultDisplay: c.resultDisplay });
  if ('cancelled' in result) b.push({ kind: 'interrupt', text: result.cancelled, ...at });
  else b.push(toolResultEvent({ ...result, callId, toolName: name }, at));
}
