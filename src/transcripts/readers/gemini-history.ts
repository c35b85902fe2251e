/**
 * Gemini CLI's saved conversations in JSON: `/chat share <file>.json` writes the history as an array of
 * `{role, parts}` items, and `/chat save <tag>` writes `checkpoint-<tag>.json` in the project's temp folder as
 * `{history: [...], authType}` (older versions: the array alone). One conversation per file, with no id or times:
 * it is named by its file. Each item is its own JSON value, so no text can forge another turn.
 */
import { SessionBuilder, asRecord, fileSessionId } from '../builder.js';
import { IgnoredTypes, type ReaderContext } from './context.js';
import { GeminiContent, type ContentPart } from './gemini-content.js';
import { recordsOf } from './json-source.js';

/** A Gemini `Content` item, as detection tells the format by. */
export function isGeminiContent(v: unknown): boolean {
  const o = asRecord(v);
  return !!o && (o.role === 'user' || o.role === 'model') && Array.isArray(o.parts);
}

/**
 * Gemini CLI's `--checkpointing` files (`<time>-<file>-<tool>.json` in the project's `checkpoints/` folder), written
 * before each file-changing tool call so `/restore` can roll back: `{history, clientHistory, toolCall: {name, args},
 * commitHash, messageId}` (core `checkpointUtils.ts`). `clientHistory` is the whole conversation up to that call, so
 * each checkpoint repeats the chat the CLI records in `chats/`, and every earlier checkpoint of it: read as sessions,
 * one conversation would count once per file edit it made. Told by its keys: `toolCall` beside either copy.
 */
export function isGeminiRestoreCheckpoint(keys: readonly string[]): boolean {
  return keys.includes('toolCall') && (keys.includes('clientHistory') || keys.includes('commitHash'));
}

export const GEMINI_RESTORE_CHECKPOINT =
  "Gemini CLI's restore checkpoint, not a session: the chat up to one tool call, which the chat's own recording holds (read, it would count once per file edit)";

export function readGeminiHistory(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('gemini-cli', 'gemini-cli-history', ctx);
  b.id = fileSessionId(ctx.display);
  const ignored = new IgnoredTypes();
  const content = new GeminiContent(b, ctx.display, false, ignored);
  for (const batch of recordsOf(ctx, ['history']))
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, 'not a JSON object');
        continue;
      }
      const parts: ContentPart[] = (Array.isArray(o.parts) ? o.parts : []).flatMap((p) => {
        const value = asRecord(p);
        return value ? [{ value }] : [];
      });
      content.item(o.role, parts, rec.line);
    }
  ignored.report(ctx);
  return b.events.length > 0 ? [b] : [];
}
