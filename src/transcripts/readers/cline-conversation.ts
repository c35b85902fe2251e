/**
 * One Cline task's messages as the model saw them, whichever file carried them: the API history
 * (cline.ts, JSON) or the "Export task" Markdown (cline-export.ts). Both give the same messages (the
 * export writes each text block as it is), so the trust rules below are written once, here.
 *
 * Here the user role is mostly the harness's: tool results come back as text blocks headed
 * `[execute_command for 'npm test'] Result:` (the output in the same block, or in the blocks after a
 * bare header in older versions) or as `tool_result` blocks; `<environment_details>`, task-progress
 * reminders, `[TASK RESUMPTION]` notes and error nudges ride along. Tool calls are `tool_use` blocks or,
 * in the XML era, `<execute_command><command>…</command></execute_command>` inside the assistant's text.
 *
 * Trust comes from position, never from wording alone:
 * - the `<task>` of the first user message (no tool has run yet) is the person's;
 * - in the result of a tool that only asks the person (ask_followup_question, plan_mode_respond,
 *   attempt_completion) the `<answer>`/`<feedback>`/`<user_message>` is theirs: no tool output reaches it;
 * - outside any result, a wrapped `<feedback>`/`<user_message>` block is theirs (a resumption's new
 *   instructions, the feedback after too many mistakes);
 * - anywhere in another tool's result, nothing is: a file the agent read can hold the same words. So a
 *   refusal, told here from its wording alone ("The user denied this operation and provided the following
 *   feedback: <feedback>…</feedback>"), keeps its words as every reader keeps a refusal's, marked unverified
 *   (PermissionDenialEvent.unverified): they add support, never wording. ui_messages.json, where there is one,
 *   tells the same words from structure and is read instead (cline.ts).
 * Anything else in the user role is not the user (fail closed).
 */
import { SessionBuilder, asRecord, blockText, str, toolCallEvent, toolResultEvent, type EventPlace } from '../builder.js';
import type { IgnoredTypes } from './context.js';
import { resultVerdict } from './cline-task.js';

/** Cline's and Roo Code's tool names, for calls written as XML in the assistant's text. */
const XML_TOOLS = [
  'execute_command',
  'read_file',
  'write_to_file',
  'replace_in_file',
  'apply_diff',
  'insert_content',
  'search_and_replace',
  'search_files',
  'list_files',
  'list_code_definition_names',
  'codebase_search',
  'browser_action',
  'use_mcp_tool',
  'access_mcp_resource',
  'ask_followup_question',
  'plan_mode_respond',
  'plan_mode_response',
  'attempt_completion',
  'new_task',
  'switch_mode',
  'fetch_instructions',
  'update_todo_list',
  'load_mcp_documentation',
  'web_fetch',
  'new_rule',
  'condense',
  'summarize_task',
  'report_bug',
];
const XML_CALL = new RegExp(`<(${XML_TOOLS.join('|')})>([\\s\\S]*?)(?:</\\1>|$)`, 'g');
/** Tools whose "result" is the person's reply: nothing a tool printed can reach it. */
const ASKS_PERSON = new Set(['ask_followup_question', 'plan_mode_respond', 'plan_mode_response', 'attempt_completion']);
/** `[name]` or `[name for '…']` (Roo adds more words) before ` Result:`, at the very start of a block. */
const RESULT_HEADER = /^\[([a-z_]+)(?:\s[\s\S]{0,4000}?)?\] Result:/;
const WRAP_OPEN = /<(feedback|answer|user_message)>/;
/** The longest lead-in the harness writes before a wrapper (Cline's are one sentence or two). */
const MAX_LEAD = 400;
/**
 * The harness's lead-ins before the person's words (Cline's and Roo Code's formatResponse): nothing, the
 * completion feedback, a resumption's new instructions or plan-mode message, the mistake-limit
 * feedback. One line each; anything else before a wrapper (a command's output, an attached file) is
 * not the harness's, so the wrapper is not the person's.
 */
const LEAD_IN =
  /^(?:|The user has provided feedback on the results\.[^\n<]*|New instructions for task continuation:|New message to respond to with plan_mode_respond tool \(be sure to provide your response in the <response> parameter\):|You seem to be having trouble proceeding\.[^\n<]*|The user (?:has )?provided the following feedback[^\n<]*)$/;
const TASK = /^\s*<task>\n?([\s\S]*?)\n?<\/task>/;
const DENIED = /^The user denied this operation\b/;
/** The words Cline and Roo Code write after a refusal's lead (formatResponse.toolDeniedWithFeedback). */
const DENIED_WORDS = /^The user denied this operation and provided the following feedback:\s*<feedback>([\s\S]*?)<\/feedback>/;
const ALREADY_USED = /^Tool \[[^\]]+\] was not executed because a tool has already been used/;
/**
 * A command's whole result when the terminal gave Cline no output: Cline writes "Command executed." whatever the exit
 * code (it records none), so the line says the command ended, not how. A real export shows it for a test run the
 * person then showed had failed.
 */
const ENDED_UNSEEN = /^Command executed\.?$/;

/** The call a result answers, as far as the history says: its id, and a command's line (what printed the output). */
interface Answered {
  callId: string | undefined;
  command?: string | undefined;
}

interface Position {
  name: string;
  call: Answered;
  parts: string[];
  place: EventPlace;
}

/**
 * The person's words wrapped in a text the harness wrote around them. The wrapper must open the text,
 * after at most one of the harness's own lead-ins (LEAD_IN): a wrapper further in sits inside something
 * else, such as a command's output or a file the user attached ("Files attached by the user: <file_content …>").
 * Only the first wrapper: Cline appends what an @-mention fetched after the words, and that may hold
 * the same tags. One search for the opening and one for its close: linear in the text.
 */
function wrappedWords(text: string): string | undefined {
  const open = WRAP_OPEN.exec(text);
  if (!open) return undefined;
  const lead = text.slice(0, open.index).trim();
  if (lead.length > MAX_LEAD || !LEAD_IN.test(lead)) return undefined;
  const from = open.index + open[0].length;
  const end = text.indexOf(`</${open[1]}>`, from);
  return end < 0 ? undefined : text.slice(from, end).trim() || undefined;
}

/**
 * An XML tool call's parameters. A tag whose close is missing is skipped, and remembered as missing
 * from then on, so a text of many unclosed tags costs one scan per tag name, not one per tag.
 */
function xmlInput(body: string): Record<string, string> {
  const input: Record<string, string> = {};
  const unclosed = new Set<string>();
  const open = /<([a-z_]+)>/g;
  for (let m = open.exec(body); m; m = open.exec(body)) {
    const name = m[1]!;
    if (unclosed.has(name)) continue;
    const from = m.index + m[0].length;
    const end = body.indexOf(`</${name}>`, from);
    if (end < 0) {
      unclosed.add(name);
      continue;
    }
    input[name] = body.slice(from, end).trim();
    open.lastIndex = end + name.length + 3;
  }
  return input;
}

/** Block and role types both files may hold that carry nothing to read. */
export const CLINE_IGNORED: ReadonlySet<string> = new Set(['block:image', 'block:thinking', 'block:redacted_thinking', 'role:system']);

/** What a reader feeds one message at a time: the assistant's and the user's content (a string or blocks). */
export interface ClineConversation {
  assistant(content: unknown, place: EventPlace): void;
  /**
   * `unverified`: the file cannot tell this message from text a reply or a tool printed (a Markdown
   * export's later turns); the person's words found in it are marked so (UserPromptEvent.unverified).
   */
  user(content: unknown, place: EventPlace, unverified?: boolean): void;
}

export function clineConversation(b: SessionBuilder, ignored: IgnoredTypes): ClineConversation {
  /** Calls awaiting their result, in the order the assistant made them. */
  let pending: { name: string; callId: string; command: string | undefined }[] = [];
  let calls = 0;
  let userMessages = 0;
  /** The message being read cannot be told from printed text (ClineConversation.user). */
  let unverifiedNow = false;
  const said = (text: string, place: EventPlace): void => {
    b.push({ kind: 'user_prompt', text, ...place, ...(unverifiedNow ? { unverified: true as const } : {}) });
  };

  const newCall = (name: string, input: unknown, place: EventPlace, id?: string): void => {
    const callId = id ?? `api-${++calls}`;
    pending.push({ name, callId, command: str(asRecord(input)?.command) });
    b.push(toolCallEvent({ name, input, callId }, place));
  };
  const takeCall = (name: string, id?: string): Answered => {
    const at = pending.findIndex((p) => (id ? p.callId === id : p.name === name));
    if (at < 0) return { callId: id };
    return pending.splice(at, 1)[0]!;
  };

  /** `failed`: the block says so itself (a native tool_result's `is_error`, the export's "[Tool (Error)]"). */
  const result = (name: string, call: Answered, text: string, place: EventPlace, failed = false): void => {
    const t = text.trim();
    const { callId } = call;
    if (ASKS_PERSON.has(name)) {
      const words = wrappedWords(t);
      if (words) said(words, place);
      return;
    }
    const ids = { ...(callId ? { callId } : {}), toolName: name };
    if (DENIED.test(t)) {
      const words = DENIED_WORDS.exec(t)?.[1]?.trim() ?? '';
      b.push({ kind: 'permission_denial', text: words, ...ids, unverified: true, ...place });
      return;
    }
    if (ALREADY_USED.test(t)) {
      b.push({ kind: 'tool_result', ok: false, cascade: true, text: t, ...ids, ...place });
      return;
    }
    // Nothing to judge the run by: the call keeps no outcome rather than one the text does not show.
    if (name === 'execute_command' && ENDED_UNSEEN.test(t)) return;
    const v = resultVerdict(t, name === 'execute_command' ? { command: call.command } : undefined);
    b.push(toolResultEvent({ ok: v.ok && !failed, text: t, callId, toolName: name, exitCode: v.exitCode }, place));
  };

  const assistant = (content: unknown, place: EventPlace): void => {
    pending = [];
    const blocks = typeof content === 'string' ? [{ type: 'text', text: content }] : Array.isArray(content) ? content : [];
    for (const raw of blocks) {
      const blk = asRecord(raw);
      if (!blk) continue;
      if (blk.type === 'text' && typeof blk.text === 'string') {
        let prose = '';
        let last = 0;
        for (const m of blk.text.matchAll(XML_CALL)) {
          prose += blk.text.slice(last, m.index);
          last = m.index + m[0].length;
          newCall(m[1]!, xmlInput(m[2]!), place);
        }
        prose = (prose + blk.text.slice(last)).replace(/<thinking>[\s\S]*?(?:<\/thinking>|$)/g, '').trim();
        if (prose) b.push({ kind: 'assistant_text', text: prose, ...place });
      } else if (blk.type === 'tool_use') {
        newCall(str(blk.name) ?? 'unknown', blk.input ?? {}, place, str(blk.id));
      } else ignored.add(`block:${String(blk.type)}`);
    }
  };

  const user = (content: unknown, place: EventPlace, unverified = false): void => {
    const first = userMessages++ === 0;
    unverifiedNow = unverified;
    const blocks = typeof content === 'string' ? [{ type: 'text', text: content }] : Array.isArray(content) ? content : [];
    let pos: Position | undefined;
    const flush = (): void => {
      if (pos) result(pos.name, pos.call, pos.parts.join('\n'), pos.place);
      pos = undefined;
    };
    for (const raw of blocks) {
      const blk = asRecord(raw);
      if (!blk) continue;
      if (blk.type === 'tool_result') {
        flush();
        const id = str(blk.tool_use_id);
        const name = pending.find((p) => p.callId === id)?.name ?? 'unknown';
        result(name, takeCall(name, id), blockText(blk.content), place, blk.is_error === true);
      } else if (blk.type === 'text' && typeof blk.text === 'string') {
        const t = blk.text;
        // A header naming a tool that asks the person counts only if the assistant just called it: in
        // older versions a file's raw text is a block of its own, and could open with such a header.
        const h = RESULT_HEADER.exec(t);
        if (h && (!ASKS_PERSON.has(h[1]!) || pending.some((p) => p.name === h[1]))) {
          flush();
          pos = { name: h[1]!, call: takeCall(h[1]!), parts: [t.slice(h[0].length)], place };
        } else if (/^\s*<environment_details>/.test(t)) {
          // The harness's snapshot of the editor, closing the message: no result continues past it.
          flush();
        } else if (pos) pos.parts.push(t);
        else loose(t, first, place);
      } else ignored.add(`block:${String(blk.type)}`);
    }
    flush();
  };

  /** A user-role text outside any tool's result: the task, wrapped words, or the harness's notes. */
  const loose = (t: string, first: boolean, place: EventPlace): void => {
    const task = first ? TASK.exec(t) : null;
    if (task) {
      if (task[1]!.trim()) said(task[1]!.trim(), place);
      return;
    }
    // Reminders, resumption notes, error nudges: the harness's, and none of them the user's.
    const words = wrappedWords(t);
    if (words) said(words, place);
  };

  return { assistant, user };
}
