/**
 * Cline's `api_conversation_history.json` (Roo Code's and Kilo Code's too): the Anthropic-style
 * messages the extension sends the model. Read only when no `ui_messages.json` sits beside it in the
 * task folder: that file says structurally what the person typed (cline-ui.ts), and one task is one
 * session, never two. What each message holds, and whose words it carries, is cline-conversation.ts's.
 */
import { SessionBuilder, asRecord, str, type EventPlace } from '../builder.js';
import { documentRecords, readJsonDocument } from '../records.js';
import { IgnoredTypes, type ReaderContext } from './context.js';
import { taskId, uiMessagesBeside } from './cline-task.js';
import { CLINE_IGNORED, clineConversation } from './cline-conversation.js';

/**
 * Is this the first message of a Cline task's API history: the user's, opening with the `<task>` block? (Detection.)
 * Roo Code and Kilo Code from late 2025 open it with `<user_message>` instead. That tag is common in other apps'
 * chats too, so there it counts only with what else Roo writes into the message: the time it stamps on every
 * message (`ts`), or the editor snapshot block the harness appends.
 */
export function isClineTask(o: Record<string, unknown>): boolean {
  if (o.role !== 'user' || !Array.isArray(o.content)) return false;
  const first = asRecord(o.content[0]);
  if (first?.type !== 'text' || typeof first.text !== 'string') return false;
  if (/^\s*<task>/.test(first.text)) return true;
  if (!/^\s*<user_message>/.test(first.text)) return false;
  return typeof o.ts === 'number' || o.content.slice(1).some((c) => /^\s*<environment_details>/.test(str(asRecord(c)?.text) ?? ''));
}

export function readCline(ctx: ReaderContext): SessionBuilder[] {
  if (uiMessagesBeside(ctx.file)) {
    // Said as the file's skip reason, so the health report shows why this file gave no session.
    ctx.issue(undefined, 'read through the ui_messages.json beside it (one task folder, one session)');
    return [];
  }
  const b = new SessionBuilder('cline', 'cline-api-history', ctx);
  const ignored = new IgnoredTypes(CLINE_IGNORED);
  const { assistant, user } = clineConversation(b, ignored);
  const doc = readJsonDocument(ctx.file, ctx.issue, ctx.lineOpts, ['messages']);
  if (doc !== undefined)
    for (const rec of documentRecords(doc, ['messages'], ctx.issue)) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, 'not a JSON object');
        continue;
      }
      const ts = typeof o.ts === 'number' && Number.isFinite(o.ts) ? new Date(o.ts).toISOString() : undefined;
      const place: EventPlace = { origin: { file: ctx.display, line: rec.line }, ...(ts ? { timestamp: ts } : {}) };
      b.seen(ts);
      const model = str(asRecord(o.modelInfo)?.modelId) ?? str(o.model);
      if (model) b.model ??= model;
      if (o.role === 'assistant') assistant(o.content, place);
      else if (o.role === 'user') user(o.content, place);
      else ignored.add(`role:${String(o.role)}`);
    }
  ignored.report(ctx);
  const id = taskId(ctx.file);
  if (id) b.id = id;
  return [b];
}
