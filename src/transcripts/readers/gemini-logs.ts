/**
 * Gemini CLI's prompt log (`~/.gemini/tmp/<projectHash>/logs.json`): one JSON array of what the person
 * typed, {sessionId, messageId, type: "user", message, timestamp}, every session of the project in
 * one file. It holds no replies and no tool calls, only the person's own words; each sessionId is a
 * session of its own (prompt-logs.ts reads it).
 *
 * Older versions number their sessions (`"sessionId": 3`, or a time in seconds): a number names a session
 * only within its project's log, and two projects' or two machines' logs reuse it, so a numeric id is
 * placed by the log's folder (placedId), as a session named by its file is. A string id is a UUID, kept.
 */
import { placedId, str } from '../builder.js';
import type { SessionBuilder } from '../builder.js';
import type { ReaderContext } from './context.js';
import { readPromptLog } from './prompt-logs.js';

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
  return readPromptLog(ctx, 'gemini-cli', 'gemini-cli-logs', (o) => {
    if (!isGeminiLogEntry(o)) return { skip: str(o.type) ?? 'untyped' };
    const timestamp = str(o.timestamp);
    const session = typeof o.sessionId === 'number' ? placedId(String(o.sessionId), ctx.display) : (o.sessionId as string);
    return { session, text: o.message as string, ...(timestamp ? { timestamp } : {}) };
  });
}
