/**
 * OpenAI Codex CLI rollout JSONL: {timestamp, type, payload} lines, session_meta first.
 *
 * Codex records user text twice (a response_item message and an event_msg user_message); when the
 * event_msg form exists it is the one counted, and response_item user messages only feed injection
 * detection. Codex has no error flag: failure comes from the exit code in the output.
 */
import {
  SessionBuilder,
  asRecord,
  blockText,
  commandOf,
  exitCodeFrom,
  parseJsonArguments,
  settleResult,
  str,
  toolCallEvent,
  toolResultEvent,
} from '../builder.js';
import { looksFailed } from '../looks-failed.js';
import { jsonlRecords } from '../records.js';
import type { NewSessionEvent } from '../../model/index.js';
import { IgnoredTypes, type ReaderContext } from './context.js';
import { cellExecResult, cellOutput, codeModeCommand, codeModePoll } from './codex-code-mode.js';
import { UnifiedExecSessions, runningSession } from './codex-unified-exec.js';

type Pending = NewSessionEvent & { fromResponseItem?: boolean };

/** A code-mode cell that reaches a shell: its source is never a command line, and its output is framed. */
const SHELL_TOOLS_IN_CELL = /\btools\.(?:exec_command|write_stdin)\(/;

const AGENTS_MD = /^(?:# AGENTS\.md instructions for [^\n]*|<user_instructions>)/;
const ENVIRONMENT = /^<environment_context>/;

/**
 * Whether Codex itself wrote this user-role text: the memory it injects (AGENTS.md, ~/.codex instructions) or the
 * environment it describes. Codex decides by the same opening tags (`InputMessageKind::from`), and before its
 * contextual-fragment filter it also sent these as `user_message` events, saying so in the event's `kind`
 * (`"user_instructions"`, `"environment_context"`; typed text is `"plain"`). Read as a prompt, one developer's
 * personal instructions became "the user asked for it" in every session they ran.
 */
function harnessContext(text: string, kind?: string): boolean {
  if (kind !== undefined && kind !== 'plain') return true;
  const t = text.trimStart();
  return AGENTS_MD.test(t) || ENVIRONMENT.test(t);
}

/**
 * Codex's IDE extension and desktop app put what the editor shows before the person's text ("# Context from my IDE
 * setup:" with the active file, the selected lines and the open tabs; "# Files mentioned by the user:") and mark where
 * the typed request starts. Codex's own transcript rendering strips back to the text after the last marker; so does
 * this reader: a selection is a file's text, however much it reads like a rule, and the request after it is the prompt.
 */
const REQUEST_MARK = /^## My request for Codex:/gm;
function typedRequest(text: string): string {
  const t = text.trimStart();
  if (!t.startsWith('#')) return text;
  let end = -1;
  for (const m of t.matchAll(REQUEST_MARK)) end = m.index + m[0].length;
  return end < 0 ? text : t.slice(end).trim();
}

/** Output of a function call: plain text, JSON {output, metadata: {exit_code}}, or content parts. */
function parseOutput(raw: unknown): { text: string; exitCode?: number } {
  if (Array.isArray(raw)) {
    // Newer rollouts write the output as [{type: "input_text", text}, ...].
    const text = blockText(raw);
    const code = exitCodeFrom(text);
    return code !== undefined ? { text, exitCode: code } : { text };
  }
  if (typeof raw !== 'string') {
    const o = asRecord(raw);
    if (o) return { text: blockText(o.content) || JSON.stringify(o).slice(0, 100_000) };
    return { text: '' };
  }
  if (raw.startsWith('{')) {
    try {
      const o = asRecord(JSON.parse(raw));
      const meta = asRecord(o?.metadata);
      if (o && typeof o.output === 'string') {
        const code = typeof meta?.exit_code === 'number' ? meta.exit_code : exitCodeFrom(o.output);
        return code !== undefined ? { text: o.output, exitCode: code } : { text: o.output };
      }
    } catch {
      // Not JSON after all: plain output that starts with a brace.
    }
  }
  const code = exitCodeFrom(raw);
  return code !== undefined ? { text: raw, exitCode: code } : { text: raw };
}

/**
 * What Codex answers a call it refused or could not carry out, in the words of its handlers (`RespondToModel`), with
 * no exit code: a patch it could not parse, a policy's refusal, a `write_stdin` to a process that is gone. The
 * user's own refusal ("exec command rejected by user", "patch rejected by user") is a rejection, read apart.
 */
const CODEX_FAILED =
  /^(?:write_stdin failed: |apply_patch handler received (?:invalid patch input|non-apply_patch input|unsupported payload)|patch rejected: |exec command rejected: )/;
const USER_REJECTED = /^(?:exec command|patch) rejected by user\s*$/;

/**
 * Rollout records skipped on purpose: usage, reasoning, events that repeat what response_item lines already hold,
 * and the git snapshot Codex takes for `/undo` after a user turn (`ghost_snapshot`: a commit id and the untracked
 * files it kept), which is the harness's bookkeeping, not the conversation.
 */
const CODEX_SKIPPED = new Set([
  ...[
    'token_count',
    'agent_message',
    'agent_reasoning',
    'agent_reasoning_raw_content',
    'agent_reasoning_section_break',
    'task_started',
    'task_complete',
    'user_message',
    'exec_command_begin',
    'exec_command_output_delta',
    'patch_apply_begin',
    'turn_diff',
    'mcp_tool_call_begin',
    'mcp_tool_call_end',
    'web_search_begin',
    'web_search_end',
    'plan_update',
  ].map((t) => `event_msg:${t}`),
  ...['reasoning', 'web_search_call', 'ghost_snapshot'].map((t) => `response_item:${t}`),
]);

export function readCodex(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('codex', 'codex-rollout', ctx);
  const ignored = new IgnoredTypes(CODEX_SKIPPED);
  const pending: Pending[] = [];
  const toolNames = new Map<string, string>();
  /** Each shell call's command line: what printed its output (showsText). */
  const commands = new Map<string, string>();
  const exitCodes = new Map<string, number>();
  const failedPatches = new Set<string>();
  const execs = new UnifiedExecSessions<Pending>();
  // Code mode: cells still running (cell id -> the exec call), and the wait calls that fetch them.
  const codeCells = new Set<string>();
  const runningCells = new Map<string, string>();
  const waits = new Map<string, string>();
  let sawEventUserMessage = false;
  let lastCompactionLine = -10;
  /** `codex exec`: every prompt came from the command line a program (a harness, CI, a script) ran, none typed in a chat. */
  let execRun = false;

  const taskMark = (): { task?: true } => (execRun ? { task: true } : {});

  for (const batch of jsonlRecords(ctx.file, ctx.issue, ctx.lineOpts))
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, 'not a JSON object');
        continue;
      }
      const type = str(o.type) ?? '';
      const p = asRecord(o.payload) ?? {};
      const timestamp = str(o.timestamp);
      const origin = { origin: { file: ctx.display, line: rec.line }, ...(timestamp ? { timestamp } : {}) };
      b.seen(timestamp);

      if (type === 'session_meta') {
        b.id ??= str(p.id);
        b.cwd ??= str(p.cwd);
        b.gitBranch ??= str(asRecord(p.git)?.branch);
        b.seen(str(p.timestamp));
        // Codex's own mark of a non-interactive run (originator codex_exec, source exec): its prompt is the task it was
        // handed, re-sent on every run of the harness that ran it, never a person's words to remember (round 30).
        if (p.originator === 'codex_exec' || p.source === 'exec') execRun = true;
      } else if (type === 'turn_context') {
        b.model ??= str(p.model);
        b.cwd ??= str(p.cwd);
      } else if (type === 'compacted') {
        pending.push({ kind: 'compaction', summary: str(p.message) ?? '', ...origin });
        lastCompactionLine = rec.line;
      } else if (type === 'event_msg') {
        const t = str(p.type);
        if (t === 'user_message') {
          sawEventUserMessage = true;
          const text = typedRequest(str(p.message) ?? '');
          // The injection's response_item copy is the one read as memory; this copy is dropped.
          if (text.trim() && !harnessContext(text, str(p.kind))) pending.push({ kind: 'user_prompt', text, ...taskMark(), ...origin });
        } else if (t === 'context_compacted') {
          if (rec.line - lastCompactionLine > 3) pending.push({ kind: 'compaction', summary: '', ...origin });
        } else if (t === 'turn_aborted') {
          pending.push({ kind: 'interrupt', text: str(p.reason) ?? 'turn aborted', ...origin });
        } else if (t === 'error' || t === 'stream_error') {
          pending.push({ kind: 'api_error', text: str(p.message) ?? t, ...origin });
        } else if (t === 'exec_command_end') {
          const id = str(p.call_id);
          if (id && typeof p.exit_code === 'number') exitCodes.set(id, p.exit_code);
        } else if (t === 'patch_apply_end') {
          const id = str(p.call_id);
          if (id && p.success === false) failedPatches.add(id);
        } else ignored.add(`event_msg:${t}`);
      } else if (type === 'response_item') {
        const t = str(p.type);
        if (t === 'message') {
          const text = blockText(p.content);
          const role = str(p.role);
          if (AGENTS_MD.test(text.trimStart())) pending.push({ kind: 'memory_injection', path: 'AGENTS.md', text, ...origin });
          else if (role === 'assistant') {
            if (text.trim()) pending.push({ kind: 'assistant_text', text, ...origin });
          } else if (role === 'user' && !harnessContext(text) && typedRequest(text).trim()) {
            pending.push({ kind: 'user_prompt', text: typedRequest(text), fromResponseItem: true, ...taskMark(), ...origin });
          }
        } else if (t === 'function_call' || t === 'custom_tool_call' || t === 'local_shell_call') {
          const callId = str(p.call_id) ?? str(p.id);
          const name = str(p.name) ?? (t === 'local_shell_call' ? 'local_shell' : 'unknown');
          const input = t === 'function_call' ? parseJsonArguments(p.arguments) : t === 'custom_tool_call' ? p.input : p.action;
          const waitedCell = name === 'wait' ? runningCells.get(String(asRecord(input)?.cell_id)) : undefined;
          if (callId && waitedCell) {
            // Not an action of its own: its output is the result of the cell's command.
            waits.set(callId, waitedCell);
            continue;
          }
          // Polls and keystrokes to a running command are its transport: their answers settle that command.
          if (name === 'write_stdin' && callId && execs.takeCall(callId, input)) continue;
          const polled = t === 'custom_tool_call' ? codeModePoll(input) : undefined;
          if (polled && callId && execs.takeCall(callId, polled)) {
            codeCells.add(callId);
            continue;
          }
          if (callId) toolNames.set(callId, name);
          const cell = t === 'custom_tool_call' && typeof input === 'string' && SHELL_TOOLS_IN_CELL.test(input);
          if (cell && callId) codeCells.add(callId);
          const command = cell ? codeModeCommand(input) : commandOf(name, input);
          if (callId && command !== undefined) commands.set(callId, command);
          pending.push(toolCallEvent({ name, input: input ?? {}, callId, command }, origin));
        } else if (t === 'function_call_output' || t === 'custom_tool_call_output' || t === 'local_shell_call_output') {
          const waited = str(p.call_id);
          const callId = waited && waits.has(waited) ? waits.get(waited) : waited;
          const toolName = callId ? toolNames.get(callId) : undefined;
          const parsed = parseOutput(p.output);
          if (execs.isPoll(waited)) {
            const cell = codeCells.has(waited) ? cellOutput(parsed.text).text : undefined;
            const answer = cell === undefined ? execs.answer(waited, parsed.text) : execs.answer(waited, cell, cellExecResult(cell) ?? {});
            const held = answer.kind === 'settled' ? answer.previous : undefined;
            if (held?.kind === 'tool_result' && answer.kind === 'settled') {
              // The first answer's "running" was no success: the command's result is its outcome, with all it printed.
              settleResult(held, answer.exitCode);
              held.text = answer.text;
            }
            continue;
          }
          const { exitCode } = parsed;
          let { text } = parsed;
          if (USER_REJECTED.test(text)) {
            // Codex's approval prompt, declined: the call never ran, and Codex's words are not the user's.
            pending.push({
              kind: 'permission_denial',
              text: '',
              ...(callId ? { callId } : {}),
              ...(toolName ? { toolName } : {}),
              ...origin,
            });
            continue;
          }
          if (callId && codeCells.has(callId)) {
            const out = cellOutput(text);
            if (out.runningCell !== undefined) {
              // Still running: the result comes with a later wait on this cell.
              runningCells.set(out.runningCell, callId);
              continue;
            }
            text = out.text;
          }
          // A cell that wrote its command's returned value whole: its exit code, or the session still running.
          const returned = callId && codeCells.has(callId) ? cellExecResult(text) : undefined;
          const code = exitCode ?? returned?.exitCode;
          const ok =
            code !== undefined
              ? code === 0
              : !looksFailed(text, { tool: toolName, command: callId ? commands.get(callId) : undefined }) && !CODEX_FAILED.test(text);
          const result: Pending = toolResultEvent({ ok, text, callId, toolName, exitCode: code }, origin);
          pending.push(result);
          const session = code === undefined && callId ? (returned?.session ?? runningSession(text)) : undefined;
          if (session !== undefined && callId) execs.hold(session, { result, text });
        } else ignored.add(`response_item:${t}`);
      } else ignored.add(type);
    }

  for (const e of pending) {
    if (e.kind === 'user_prompt' && e.fromResponseItem && sawEventUserMessage) continue;
    if (e.kind === 'tool_result' && e.callId) {
      // Exit codes reported by exec_command_end / patch_apply_end settle results whose text did not say.
      const code = exitCodes.get(e.callId);
      if (e.exitCode === undefined && code !== undefined) {
        e.exitCode = code;
        e.ok = code === 0;
      }
      if (failedPatches.has(e.callId)) e.ok = false;
    }
    const { fromResponseItem: _drop, ...event } = e;
    b.push(event as NewSessionEvent);
  }
  ignored.report(ctx);
  return [b];
}
