/**
 * Gemini CLI's prompt log (`~/.gemini/tmp/<projectHash>/logs.json`): one JSON array of what the person
 * typed, {sessionId, messageId, type: "user", message, timestamp}, every session of the project in
 * one file. It holds no replies and no tool calls, only the person's own words; each sessionId is a
 * session of its own.
 */
import { SessionBuilder, asRecord, str } from '../builder.js';
import { IgnoredTypes, type ReaderContext } from './context.js';
import { recordsOf } from './json-source.js';

/** The shape of one entry; detection uses it too. */
export function isGeminiLogEntry(o: Record<string, unknown>): boolean {
  return (
    o.type === 'user' &&
    typeof o.messageId === 'number' &&
    typeof o.message === 'string' &&
    (typeof o.sessionId === 'number' || typeof o.sessionId === 'string')
  );
}

export function readGeminiLogs(ctx: ReaderContext): SessionBuilder[] {
  // One builder per session id, in the order the sessions first appear.
  const sessions = new Map<string, SessionBuilder>();
  const ignored = new IgnoredTypes();
  for (const batch of recordsOf(ctx, []))
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, 'not a JSON object');
        continue;
      }
      if (!isGeminiLogEntry(o)) {
        ignored.add(str(o.type) ?? 'untyped');
        continue;
      }
      const id = String(o.sessionId);
      let b = sessions.get(id);
      if (!b) {
        b = new SessionBuilder('gemini-cli', 'gemini-cli-logs', ctx.display);
        b.id = id;
        sessions.set(id, b);
      }
      const timestamp = str(o.timestamp);
      b.seen(timestamp);
      const text = (o.message as string).trim();
      if (text) b.push({ kind: 'user_prompt', text, origin: { file: ctx.display, line: rec.line }, ...(timestamp ? { timestamp } : {}) });
    }
  ignored.report(ctx);
  return [...sessions.values()];
}
