/**
 * Cline task folders written for tests: `ui_messages.json` (ClineMessage objects) and
 * `api_conversation_history.json` (Anthropic-style messages), in the shapes Cline's source gives
 * (src/shared/ExtensionMessage.ts, src/core/prompts/responses.ts). Written here, not copied from anyone's task.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type UiTurn =
  | { task: string; old?: true }
  | { feedback: string }
  | { say: string }
  | { command: string; out?: readonly string[]; auto?: true }
  | { tool: Record<string, unknown>; auto?: true }
  | { error: string }
  | { followup: string }
  | { raw: Record<string, unknown> };

/** ClineMessages for the turns, `ts` one second apart from `start` (ms), with the request echo the extension writes. */
export function uiMessages(turns: UiTurn[], start = Date.UTC(2026, 10, 2, 9, 0, 0), echo = ''): Record<string, unknown>[] {
  let ts = start;
  const out: Record<string, unknown>[] = [];
  const msg = (m: Record<string, unknown>) => out.push({ ts: (ts += 1000), ...m });
  for (const t of turns) {
    if ('task' in t) msg({ type: 'say', say: t.old ? 'text' : 'task', text: t.task, conversationHistoryIndex: -1 });
    else if ('feedback' in t) msg({ type: 'say', say: 'user_feedback', text: t.feedback, images: [] });
    else if ('say' in t) msg({ type: 'say', say: 'text', text: t.say, partial: false });
    else if ('command' in t) {
      msg({ type: t.auto ? 'say' : 'ask', ...(t.auto ? { say: 'command' } : { ask: 'command' }), text: t.command + (t.auto ? '' : 'REQ_APP') });
      for (const o of t.out ?? []) msg({ type: 'say', say: 'command_output', text: o });
    } else if ('tool' in t) msg({ type: t.auto ? 'say' : 'ask', ...(t.auto ? { say: 'tool' } : { ask: 'tool' }), text: JSON.stringify(t.tool) });
    else if ('error' in t) msg({ type: 'say', say: 'error', text: t.error });
    else if ('followup' in t) msg({ type: 'ask', ask: 'followup', text: JSON.stringify({ question: t.followup, options: [] }) });
    else msg(t.raw);
    // Every turn is followed by the extension's echo of the next request: harness text, never the user's.
    if (echo) msg({ type: 'say', say: 'api_req_started', text: JSON.stringify({ request: echo, tokensIn: 10, tokensOut: 5 }) });
  }
  return out;
}

export const envDetails = (extra = ''): string =>
  `<environment_details>\n# Visual Studio Code Visible Files\nsrc/app.ts\n\n# Current Working Directory (/home/dev/shop) Files\npackage.json\n${extra}\n# Current Mode\nACT MODE\n</environment_details>`;

/** Writes a task folder `<root>/tasks/<id>/` with the files given, and returns the folder. */
export function writeTask(root: string, id: string, files: { ui?: unknown; api?: unknown }): string {
  const dir = path.join(root, 'tasks', id);
  mkdirSync(dir, { recursive: true });
  if (files.ui !== undefined) writeFileSync(path.join(dir, 'ui_messages.json'), JSON.stringify(files.ui));
  if (files.api !== undefined) writeFileSync(path.join(dir, 'api_conversation_history.json'), JSON.stringify(files.api));
  writeFileSync(path.join(dir, 'task_metadata.json'), JSON.stringify({ files_in_context: [], model_usage: [] }));
  return dir;
}
