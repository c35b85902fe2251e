/**
 * Cline's `ui_messages.json` (and Roo Code's, Kilo Code's): one JSON array of ClineMessage objects,
 * `{ts, type: "ask"|"say", ask?|say?: subtype, text?}`, the chat as the extension shows it.
 *
 * Trust is structural, by subtype: the person's words are the task (`say: "task"`, or in older
 * versions and the forks the file's first message, a `say: "text"`) and `say: "user_feedback"`, which
 * the extension writes only for what was typed into its box. Everything else is the agent or the
 * harness: `api_req_started` carries the whole request sent to the model (tool output, environment
 * details) and is never read; an unknown subtype is not the user (fail closed).
 *
 * Tool use: `command` (ask or say) is the command line, `command_output` its output in pieces;
 * `tool` a JSON ClineSayTool (`{tool: "readFile", path}`); `error`/`diff_error` a failure of the call
 * before. Typed words right after an approval request with nothing run in between are the person
 * refusing it with feedback (Cline treats a message typed instead of "Approve" as a rejection).
 */
import { SessionBuilder, asRecord, parseJsonArguments, str, toolCallEvent, toolResultEvent, type EventPlace } from '../builder.js';
import { documentRecords, readJsonDocument } from '../records.js';
import { IgnoredTypes, type ReaderContext } from './context.js';
import { resultVerdict, taskId } from './cline-task.js';

/** Subtypes read on purpose as nothing: bookkeeping, status, and the request echo. */
const QUIET_SAY = new Set([
  'api_req_started',
  'api_req_finished',
  'api_req_retried',
  'api_req_retry_delayed',
  'api_req_deleted',
  'deleted_api_reqs',
  'checkpoint_created',
  'checkpoint_saved',
  'task_progress',
  'reasoning',
  'shell_integration_warning',
  'shell_integration_warning_with_suggestion',
  'info',
  'hook_status',
  'hook_output_stream',
  'conditional_rules_applied',
  'subagent',
  'subagent_usage',
  'use_subagents',
  'browser_action_launch',
  'browser_action',
  'browser_action_result',
  'mcp_server_request_started',
  'mcp_server_response',
  'mcp_notification',
  'use_mcp_server',
  'load_mcp_documentation',
  'generate_explanation',
  'error_retry',
  'user_feedback_diff',
  'condense_context',
  'condense_context_error',
  'codebase_search_result',
  'rooignore_error',
  'subtask_result',
  'image',
  // Roo Code's own.
  'api_req_rate_limited',
  'browser_session_status',
  'sliding_window_truncation',
  'user_edit_todos',
]);
const QUIET_ASK = new Set([
  'resume_task',
  'resume_completed_task',
  'api_req_failed',
  'mistake_limit_reached',
  'new_task',
  'condense',
  'summarize_task',
  'report_bug',
  'use_subagents',
  'auto_approval_max_req_reached',
  'finishTask',
]);
/** The quiet subtypes as the ignored-types report keys them: logged, never reported as unknown. */
const QUIET: ReadonlySet<string> = new Set([...[...QUIET_SAY].map((s) => `say:${s}`), ...[...QUIET_ASK].map((a) => `ask:${a}`)]);
/** Asks that wait for the person's approval of an action. */
const APPROVAL = new Set(['command', 'tool', 'browser_action_launch', 'use_mcp_server']);
/** Cline appends this to a command that asks for approval (COMMAND_REQ_APP_STRING). */
const REQ_APP = /REQ_APP$/;

interface Msg {
  line: number;
  ts?: string;
  kind: 'say' | 'ask' | undefined;
  sub: string;
  text: string;
  raw: Record<string, unknown>;
}

function isoOf(ts: unknown): string | undefined {
  if (typeof ts !== 'number' || !Number.isFinite(ts)) return undefined;
  const d = new Date(ts);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Is this element one only Cline's UI log writes? (Detection.) */
export function isClineUiMessage(o: Record<string, unknown>): boolean {
  if (typeof o.ts !== 'number') return false;
  if (o.type === 'say') return typeof o.say === 'string';
  if (o.type === 'ask') return typeof o.ask === 'string';
  return false;
}

/** A JSON-carrying text's field (`{question}`, `{response}`), else the text itself. */
function field(text: string, key: string): string {
  if (!text.startsWith('{')) return text;
  const v = asRecord(parseJsonArguments(text));
  return str(v?.[key]) ?? text;
}

export function readClineUi(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('cline', 'cline-ui-messages', ctx);
  const ignored = new IgnoredTypes(QUIET);
  const doc = readJsonDocument(ctx.file, ctx.issue, ctx.lineOpts, []);
  const msgs: Msg[] = [];
  // The task is the array's first element: only if that element was read, not one after a bad one.
  let firstIntact = true;
  const issue = (line: number | undefined, reason: string): void => {
    if (msgs.length === 0) firstIntact = false;
    ctx.issue(line, reason);
  };
  if (doc !== undefined)
    for (const rec of documentRecords(doc, [], issue)) {
      const o = asRecord(rec.value);
      if (!o) {
        issue(rec.line, 'not a JSON object');
        continue;
      }
      const kind = o.type === 'say' || o.type === 'ask' ? o.type : undefined;
      const ts = isoOf(o.ts);
      msgs.push({
        line: rec.line,
        kind,
        sub: str(kind === 'ask' ? o.ask : o.say) ?? '',
        text: str(o.text) ?? '',
        raw: o,
        ...(ts ? { ts } : {}),
      });
    }

  let output: { parts: string[]; place: EventPlace; callId: string; command: string | undefined } | undefined;
  let pendingCall: { name: string; callId: string; approval: boolean; command: string | undefined } | undefined;
  let calls = 0;
  const flushOutput = (): void => {
    if (!output) return;
    const out = output.parts.join('\n');
    const v = resultVerdict(out, { command: output.command });
    b.push(
      toolResultEvent({ ok: v.ok, text: out, callId: output.callId, toolName: 'execute_command', exitCode: v.exitCode }, output.place),
    );
    output = undefined;
  };
  const call = (name: string, input: unknown, place: EventPlace, approval: boolean): void => {
    flushOutput();
    const callId = `ui-${++calls}`;
    b.push(toolCallEvent({ name, input, callId }, place));
    pendingCall = { name, callId, approval, command: str(asRecord(input)?.command) };
  };

  for (let i = 0; i < msgs.length; i++) {
    const m = msgs[i]!;
    const place: EventPlace = { origin: { file: ctx.display, line: m.line }, ...(m.ts ? { timestamp: m.ts } : {}) };
    const model = str(asRecord(m.raw.modelInfo)?.modelId);
    if (model) b.model ??= model;
    b.seen(m.ts);
    const key = `${m.kind ?? 'untyped'}:${m.sub}`;
    if (m.kind === undefined) {
      ignored.add(key);
      continue;
    }
    if (m.kind === 'say' && m.sub === 'command_output') {
      // Pieces of one command's output, as the terminal streamed them.
      if (output) output.parts.push(m.text);
      else if (pendingCall?.name === 'execute_command')
        output = { parts: [m.text], place, callId: pendingCall.callId, command: pendingCall.command };
      // It ran: words typed now are about its output, not a refusal.
      if (pendingCall) pendingCall.approval = false;
      continue;
    }
    if (m.kind === 'ask' && m.sub === 'command_output') {
      // A running command: the output so far, and a question whether to go on.
      if (output) output.parts.push(m.text);
      else if (pendingCall?.name === 'execute_command' && m.text)
        output = { parts: [m.text], place, callId: pendingCall.callId, command: pendingCall.command };
      if (pendingCall) pendingCall.approval = false;
      continue;
    }
    if ((m.kind === 'say' && QUIET_SAY.has(m.sub)) || (m.kind === 'ask' && QUIET_ASK.has(m.sub))) {
      ignored.add(key);
      continue;
    }
    flushOutput();
    if (m.kind === 'say' && (m.sub === 'task' || (m.sub === 'text' && i === 0 && firstIntact))) {
      // The task as typed: its own subtype in current Cline; the first message of the file elsewhere.
      if (m.text.trim()) b.push({ kind: 'user_prompt', text: m.text, ...place });
      pendingCall = undefined;
    } else if (m.kind === 'say' && m.sub === 'user_feedback') {
      if (!m.text.trim()) continue;
      if (pendingCall?.approval && refused(msgs, i, pendingCall.name)) {
        b.push({ kind: 'permission_denial', text: m.text, callId: pendingCall.callId, toolName: pendingCall.name, ...place });
      } else b.push({ kind: 'user_prompt', text: m.text, ...place });
      pendingCall = undefined;
    } else if (m.sub === 'command') {
      const command = m.text.replace(REQ_APP, '').trim();
      call('execute_command', { command }, place, m.kind === 'ask' && APPROVAL.has(m.sub));
    } else if (m.sub === 'tool') {
      const input = asRecord(parseJsonArguments(m.text)) ?? { text: m.text };
      call(str(input.tool) ?? 'tool', input, place, m.kind === 'ask' && APPROVAL.has(m.sub));
    } else if (m.kind === 'ask' && (m.sub === 'browser_action_launch' || m.sub === 'use_mcp_server')) {
      call(m.sub, asRecord(parseJsonArguments(m.text)) ?? { text: m.text }, place, APPROVAL.has(m.sub));
    } else if (m.kind === 'say' && (m.sub === 'error' || m.sub === 'diff_error' || m.sub === 'clineignore_error')) {
      // The harness's report of the call before failing; with no call pending it is the harness speaking.
      if (pendingCall) {
        b.push(toolResultEvent({ ok: false, text: m.text, callId: pendingCall.callId, toolName: pendingCall.name }, place));
        pendingCall = undefined;
      } else if (m.text.trim()) b.push({ kind: 'environment_feedback', text: m.text, ...place });
    } else if (m.kind === 'say' && m.sub === 'command_permission_denied') {
      // A configured rule refused the command: no person's words.
      b.push({
        kind: 'permission_denial',
        text: '',
        ...(pendingCall ? { callId: pendingCall.callId, toolName: pendingCall.name } : {}),
        ...place,
      });
      pendingCall = undefined;
    } else if (m.kind === 'say' && (m.sub === 'text' || m.sub === 'completion_result')) {
      if (m.text.trim()) b.push({ kind: 'assistant_text', text: m.text.replace(/HAS_CHANGES$/, ''), ...place });
      pendingCall = undefined;
    } else if (m.kind === 'ask' && (m.sub === 'followup' || m.sub === 'plan_mode_respond' || m.sub === 'act_mode_respond')) {
      const said = field(m.text, m.sub === 'followup' ? 'question' : 'response');
      if (said.trim()) b.push({ kind: 'assistant_text', text: said, ...place });
      pendingCall = undefined;
    } else if (m.kind === 'ask' && m.sub === 'completion_result') {
      if (m.text.trim()) b.push({ kind: 'assistant_text', text: m.text, ...place });
    } else {
      ignored.add(key);
    }
  }
  flushOutput();
  ignored.report(ctx);
  const id = taskId(ctx.file);
  if (id) b.id = id;
  return [b];
}

/**
 * Whether the person's words at `at` refused the approval asked just before: Cline treats a message
 * typed instead of "Approve" as a rejection. Newer versions can approve with a message too; then the
 * command runs, so output follows before the model is asked again.
 */
function refused(msgs: readonly Msg[], at: number, name: string): boolean {
  if (name !== 'execute_command') return true;
  for (let j = at + 1; j < msgs.length; j++) {
    const n = msgs[j]!;
    if (n.sub === 'command_output') return false;
    if (n.sub === 'api_req_started' || n.sub === 'checkpoint_created' || n.sub === 'checkpoint_saved') continue;
    return true;
  }
  return true;
}
