/**
 * GitHub Copilot CLI session logs: `~/.copilot/session-state/<session-id>/events.jsonl` (older
 * versions: `<session-id>.jsonl`), one event a line, `{type, data, id, timestamp, parentId,
 * ephemeral?, agentId?}`. Shapes: github/copilot-sdk `nodejs/src/generated/session-events.ts`.
 *
 * A turn is assembled: the assistant's text and its tool requests come on one `assistant.message`,
 * each outcome later on a `tool.execution_complete` matched by `toolCallId`. A shell call's
 * `success` says the tool ran, not that the command worked: the exit code is in the result.
 */
import { basename, dirname } from 'node:path';
import {
  SessionBuilder,
  asRecord,
  exitCodeFrom,
  parseJsonArguments,
  settleResult,
  str,
  toolCallEvent,
  toolResultEvent,
  type EventPlace,
} from '../builder.js';
import { jsonlRecords } from '../records.js';
import { IgnoredTypes, type ReaderContext } from './context.js';
import { CopilotShells, shellExitCode, stillRunningShell } from './copilot-shells.js';
import type { SessionEvent } from '../../model/index.js';

/** Event types skipped on purpose (lifecycle, streaming, usage, UI state): logged, not reported as unknown. */
const SKIPPED = new Set([
  'session.info',
  'session.warning',
  'session.idle',
  'session.shutdown',
  'session.title_changed',
  'session.model_change',
  'session.mode_changed',
  'session.usage_info',
  'session.usage_checkpoint',
  'session.context_changed',
  'session.truncation',
  'session.compaction_start',
  'session.plan_changed',
  'session.todos_changed',
  'session.workspace_file_changed',
  'session.task_complete',
  'session.skills_loaded',
  'session.mcp_servers_loaded',
  'session.tools_updated',
  'session.binary_asset',
  'assistant.turn_start',
  'assistant.turn_end',
  'assistant.intent',
  'assistant.reasoning',
  'assistant.reasoning_delta',
  'assistant.message_start',
  'assistant.message_delta',
  'assistant.streaming_delta',
  'assistant.usage',
  'assistant.idle',
  'tool.user_requested',
  'tool.execution_partial_result',
  'tool.execution_progress',
  'permission.requested',
  'subagent.started',
  'subagent.completed',
  'subagent.failed',
  'subagent.selected',
  'subagent.deselected',
  'hook.start',
  'hook.end',
  'hook.progress',
  'skill.invoked',
  'system.message',
  'system.notification',
  'pending_messages.modified',
]);

/**
 * A person typed this `user.message`. Copilot marks every other origin: `source` names a skill
 * (`skill-pdf`), another agent (`agent-<id>`), autopilot, a schedule or a command; an autopilot
 * continuation and another session's input say so in their own fields. A human's message has no
 * source (or "user"). An unknown source is not the user: fail closed.
 */
function typedByPerson(d: Record<string, unknown>): boolean {
  if (d.source !== undefined && d.source !== 'user') return false;
  return d.isAutopilotContinuation !== true && d.crossSession === undefined;
}

/** Reminders the CLI may append to what was typed (`<system_reminder>`): not the person's words. */
const REMINDER = /<(?:system_reminder|system-reminder|reminder)>/;

/** The exit code of a shell call: the result's shell_exit/terminal block, else the output's last line. */
function exitCodeOf(d: Record<string, unknown>, result: Record<string, unknown> | undefined, text: string): number | undefined {
  const blocks = Array.isArray(result?.contents) ? result.contents : [];
  for (const raw of blocks) {
    const b = asRecord(raw);
    if ((b?.type === 'shell_exit' || b?.type === 'terminal') && typeof b.exitCode === 'number') return b.exitCode;
  }
  const shell = asRecord(d.shellExecution);
  if (typeof shell?.exitCode === 'number') return shell.exitCode;
  return shellExitCode(text) ?? exitCodeFrom(text);
}

export function readCopilotCli(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('copilot-cli', 'copilot-cli', ctx);
  const ignored = new IgnoredTypes(SKIPPED);
  /** Tool names by call id, to name results; a call seen on assistant.message is not pushed again at its start. */
  const calls = new Map<string, string>();
  /** Calls the person refused: their failed completion is the refusal, not a failing command. */
  const refused = new Set<string>();
  const shells = new CopilotShells<SessionEvent>();

  const call = (callId: string | undefined, name: string, rawArgs: unknown, place: EventPlace): void => {
    if (callId && calls.has(callId)) return;
    if (callId) calls.set(callId, name);
    const input = parseJsonArguments(rawArgs);
    // A poll of a running shell is the command's transport: its answer settles that command (copilot-shells.ts).
    if (callId && shells.takeCall(callId, name, input)) return;
    b.push(toolCallEvent({ name, input, callId }, place));
  };

  for (const batch of jsonlRecords(ctx.file, ctx.issue, ctx.lineOpts)) {
    for (const rec of batch) {
      const o = asRecord(rec.value);
      const d = asRecord(o?.data);
      if (!o || !d) {
        ctx.issue(rec.line, o ? 'event without a data object' : 'not a JSON object');
        continue;
      }
      const type = str(o.type) ?? 'untyped';
      const timestamp = str(o.timestamp);
      const place: EventPlace = { origin: { file: ctx.display, line: rec.line }, ...(timestamp ? { timestamp } : {}) };
      // A sub-agent's events are inline in the parent's log: its work, not the main conversation.
      const subagent = typeof o.agentId === 'string' || typeof d.parentToolCallId === 'string';
      b.marks = subagent ? { sidechain: true } : {};
      b.seen(timestamp);

      if (type === 'session.start' || type === 'session.resume') {
        if (type === 'session.start') b.id ??= str(d.sessionId);
        const c = asRecord(d.context);
        b.cwd ??= str(c?.cwd);
        b.gitBranch ??= str(c?.branch);
        b.model ??= str(d.selectedModel);
      } else if (type === 'user.message') {
        // A sub-agent's prompt is its parent's instruction; injected messages are not the person.
        if (subagent || !typedByPerson(d)) continue;
        const raw = str(d.content) ?? '';
        const cut = raw.search(REMINDER);
        const text = (cut >= 0 ? raw.slice(0, cut) : raw).trim();
        if (text) b.push({ kind: 'user_prompt', text, ...place });
      } else if (type === 'assistant.message') {
        const text = (str(d.content) ?? '').trim();
        if (text) b.push({ kind: 'assistant_text', text, ...place });
        for (const raw of Array.isArray(d.toolRequests) ? d.toolRequests : []) {
          const r = asRecord(raw);
          if (r) call(str(r.toolCallId), str(r.name) ?? 'unknown', r.arguments, place);
        }
      } else if (type === 'assistant.turn_start' && typeof d.model === 'string') {
        b.model ??= d.model;
      } else if (type === 'tool.execution_start') {
        const server = str(d.mcpServerName);
        const name = str(d.toolName) ?? 'unknown';
        call(str(d.toolCallId), server ? `mcp__${server}__${str(d.mcpToolName) ?? name}` : name, d.arguments, place);
      } else if (type === 'tool.execution_complete') {
        const callId = str(d.toolCallId);
        if (callId && refused.has(callId)) continue;
        const result = asRecord(d.result);
        const error = asRecord(d.error);
        const output = str(result?.content) ?? str(result?.detailedContent) ?? '';
        const text = d.success === false && error ? [str(error.message), output].filter(Boolean).join('\n') : output;
        const exitCode = exitCodeOf(d, result, text);
        if (shells.isPoll(callId)) {
          const answer = shells.answer(callId, text, exitCode);
          if (answer.kind === 'settled') {
            settleResult(answer.previous, answer.exitCode);
            b.setText(answer.previous, answer.text);
          }
          continue;
        }
        const ok = d.success !== false && (exitCode === undefined || exitCode === 0);
        const pushed = b.push(toolResultEvent({ ok, text, callId, toolName: callId ? calls.get(callId) : undefined, exitCode }, place));
        const shell = exitCode === undefined && d.success !== false ? stillRunningShell(text) : undefined;
        if (shell !== undefined) shells.hold(shell, pushed, text);
      } else if (type === 'permission.completed') {
        const kind = str(asRecord(d.result)?.kind) ?? '';
        if (!/denied/i.test(kind)) continue;
        const callId = str(d.toolCallId);
        if (callId) refused.add(callId);
        const toolName = callId ? calls.get(callId) : undefined;
        b.push({ kind: 'permission_denial', text: kind, ...(callId ? { callId } : {}), ...(toolName ? { toolName } : {}), ...place });
      } else if (type === 'abort') {
        b.push({ kind: 'interrupt', text: str(d.reason) ?? 'abort', ...place });
      } else if (type === 'session.error') {
        const status = typeof d.statusCode === 'number' ? d.statusCode : undefined;
        const text = [str(d.errorType), str(d.message)].filter(Boolean).join(': ') || 'session error';
        b.push({ kind: 'api_error', text, ...(status !== undefined ? { status } : {}), ...place });
      } else if (type === 'session.compaction_complete') {
        b.push({ kind: 'compaction', summary: str(d.summaryContent) ?? str(d.summary) ?? '', ...place });
      } else {
        ignored.add(type);
      }
    }
  }
  b.marks = {};
  ignored.report(ctx);
  // Every current log is named events.jsonl: its folder is the session id when no session.start says it.
  b.id ??= basename(ctx.file) === 'events.jsonl' ? basename(dirname(ctx.file)) : undefined;
  return [b];
}
