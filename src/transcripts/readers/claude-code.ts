/**
 * Claude Code session JSONL (~/.claude/projects/<slug>/<id>.jsonl and <id>/subagents/agent-*.jsonl).
 */
import { SessionBuilder, asRecord, blockText, str } from '../builder.js';
import { jsonlRecords } from '../records.js';
import { topLevelMemberValue, type ValueSpan } from '../json-tail.js';
import type { RawChoice } from '../lines.js';
import type { CompactionEvent, SessionEvent } from '../../model/index.js';
import { CARRIED, CarriedRecords } from './claude-carried.js';
import { ClaudeMessages } from './claude-messages.js';
import { IgnoredTypes, type ReaderContext } from './context.js';
import { QueuedWords } from './claude-queue.js';
import { harnessOrigin, taskNotice } from './claude-task-notice.js';
import { programSent } from './claude-prompt-source.js';

/**
 * Lines that carry no conversation: progress ticks (a subagent's stream, echoed), snapshots, queues,
 * the session's mode settings that newer versions record ("mode", "permission-mode") and the title the
 * harness gives a session ("ai-title", 2.1, like "summary" before it).
 */
const SILENT = new Set([
  'progress',
  'file-history-snapshot',
  'queue-operation',
  'summary',
  'custom-title',
  'tag',
  'last-prompt',
  'mode',
  'permission-mode',
  'ai-title',
]);
/**
 * A hook's run, the context it injected and the message it showed the person: harness text, never the person's words,
 * so it is skipped on purpose (a hook that blocks a tool call, or stops the turn after one, is read from its own
 * record). So is a hook that broke or was cut short (`hook_non_blocking_error`: it exited neither 0 nor 2;
 * `hook_error_during_execution`; `hook_cancelled`: timed out or aborted): Claude Code shows the model none of them and
 * the call went on, so the call's own result is its answer and the hook's failure is the hook's, not the call's. A
 * hook's permission decision (`hook_permission_decision`) is answered in the call's own result, where a denial is read;
 * an async hook's later output and a deferred tool are context. Types from public parsers of the 2.1 format.
 */
const HOOK_ATTACHMENTS = [
  'hook_success',
  'hook_additional_context',
  'hook_system_message',
  'hook_non_blocking_error',
  'hook_error_during_execution',
  'hook_cancelled',
  'hook_permission_decision',
  'async_hook_response',
  'hook_deferred_tool',
].map((t) => `attachment:${t}`);
/**
 * Context the harness adds on its own, never the person's words nor the agent's work: a window of a file that changed
 * under the agent since it read it (`edited_text_file`, even when the file is CLAUDE.md: a few lines around the change,
 * not the memory the session loaded), what it offers the model (skills, deferred tools, subagent types, and the MCP
 * servers' own instructions, which say "always ..." to the model, not the person) and a reminder of the agent's own
 * todo list (`task_reminder`), the note that auto mode is on (`auto_mode`, 2.1.165), and the companion pet the
 * terminal shows beside the prompt (`companion_intro`, 2.1.92: only its name and species). All seen in real 2.1 sessions.
 * The IDE's state too (`selected_lines_in_ide`, `opened_file_in_ide`: the editor's selection or open file, which Claude
 * Code hands the model as "The user selected lines … This may or may not be related to the current task.") and the plan
 * mode reminder (`plan_mode`, `plan_mode_reentry`): the selection and the plan-mode reminder seen in 2.1.119 sessions
 * (round 21), the other two named beside them in Claude Code's attachment list. The tools a skill or slash command
 * pre-approves as it loads (`command_permissions`, its `allowedTools`) and the bare notice that follows a prompt
 * (`workflow_keyword_request`, no fields): both seen in real 2.1.159 sessions (round 29), neither anyone's words.
 */
const CONTEXT_ATTACHMENTS = [
  'edited_text_file',
  'selected_lines_in_ide',
  'opened_file_in_ide',
  'plan_mode',
  'plan_mode_reentry',
  'skill_listing',
  'deferred_tools_delta',
  'agent_listing_delta',
  'mcp_instructions_delta',
  'task_reminder',
  'auto_mode',
  'companion_intro',
  'command_permissions',
  'workflow_keyword_request',
].map((t) => `attachment:${t}`);
/** Skipped on purpose: the silent types, hook output, harness context, and sidechain lines (read from the subagent's own file). */
const KNOWN_SKIPPED = new Set([
  ...SILENT,
  ...HOOK_ATTACHMENTS,
  ...CONTEXT_ATTACHMENTS,
  ...[...SILENT, 'user', 'assistant', 'system', 'attachment'].map((t) => `sidechain ${t}`),
  CARRIED,
]);

/**
 * Progress ticks are half the lines of a real session and are ignored: skip them unparsed. Claude
 * Code writes only scalar fields before "type", so the first "type" key is the line's own; a line
 * that does not look whole (no closing brace) is parsed anyway so damage is still reported.
 */
const FIRST_TYPE = '"type":"';
export function isSilentLine(text: string): boolean {
  const i = text.indexOf(FIRST_TYPE);
  if (i < 0 || i > 2000 || text.charCodeAt(text.length - 1) !== 0x7d) return false;
  const start = i + FIRST_TYPE.length;
  return text.startsWith('progress"', start) || text.startsWith('file-history-snapshot"', start);
}

const FIRST_TYPE_BYTES = Buffer.from(FIRST_TYPE);
const PROGRESS_BYTES = Buffer.from('progress"');
const SNAPSHOT_BYTES = Buffer.from('file-history-snapshot"');

/**
 * isSilentLine on the raw bytes, so skipped lines are not even decoded. UTF-8 multi-byte sequences
 * hold no ASCII bytes, so the first "type" in the bytes is the first in the text, and its byte offset
 * is at least its character offset: every line this skips, isSilentLine skips too.
 */
export function isSilentBytes(buf: Buffer, start: number, end: number): boolean {
  if (end <= start || buf[end - 1] !== 0x7d) return false;
  return isSilentType(buf, typeValueAt(buf, start, end), end);
}

/** Where the value of the line's first "type" starts, if within the first 2000 bytes; else -1. */
function typeValueAt(buf: Buffer, start: number, end: number): number {
  const i = buf.subarray(start, Math.min(end, start + 2000 + FIRST_TYPE_BYTES.length)).indexOf(FIRST_TYPE_BYTES);
  return i < 0 ? -1 : start + i + FIRST_TYPE_BYTES.length;
}

function isSilentType(buf: Buffer, at: number, end: number): boolean {
  return at >= 0 && (startsWithBytes(buf, at, end, PROGRESS_BYTES) || startsWithBytes(buf, at, end, SNAPSHOT_BYTES));
}

/**
 * Claude Code keeps a second copy of each tool's output on the result line, as `toolUseResult` (a
 * quarter of a real transcript's bytes). The reader reads of it only its shape (a string, the
 * harness's rejection marker, or an object), a subagent's `agentId`, `description` and `prompt`, and a TaskOutput's
 * record of a background task (its id and exit code, claude-messages.ts; the record opens with `retrieval_status`, a
 * check of its first bytes, not a scan), so a large value is left out before the line is decoded: a string stands in
 * as "", any other object without an `agentId` key as {}. Anything else, or a value the structural scan is unsure
 * of, is read whole. test/transcripts/slim-lines.test.ts reads transcripts with and without this and compares.
 */
const TOOL_USE_RESULT = Buffer.from('"toolUseResult":');
const AGENT_ID = Buffer.from('"agentId"');
const TASK_RECORD = Buffer.from('{"retrieval_status":');
const USER_BYTES = Buffer.from('user"');
const EMPTY_STRING = Buffer.from('""');
const EMPTY_OBJECT = Buffer.from('{}');
/** Below this, leaving a value out saves less than it costs. */
const SLIM_MIN_BYTES = 256;

/** The raw-line hook of the Claude Code reader: progress and snapshot lines dropped, toolUseResult copies left out. */
export function claudeCodeRawLine(buf: Buffer, start: number, end: number): RawChoice {
  if (end <= start || buf[end - 1] !== 0x7d) return 'whole';
  const type = typeValueAt(buf, start, end);
  if (isSilentType(buf, type, end)) return 'drop';
  // Only result lines ("user") carry the copy, so others skip the search; a line whose type was not found is searched.
  if (type >= 0 && !startsWithBytes(buf, type, end, USER_BYTES)) return 'whole';
  const value = topLevelMemberValue(buf, start, end, TOOL_USE_RESULT);
  if (value === undefined || value.to - value.from < SLIM_MIN_BYTES) return 'whole';
  if (buf[value.from] === 0x22) return { text: slimText(buf, start, end, value, EMPTY_STRING) };
  if (startsWithBytes(buf, value.from, value.to, TASK_RECORD)) return 'whole';
  if (buf.subarray(value.from, value.to).indexOf(AGENT_ID) < 0) return { text: slimText(buf, start, end, value, EMPTY_OBJECT) };
  return 'whole';
}

/** Slimmed lines are assembled here and decoded once: a flat string parses faster than a concatenation. */
const SLIM_BUFFER_BYTES = 1 << 20;
let slimBuffer: Buffer | undefined;

function slimText(buf: Buffer, start: number, end: number, value: ValueSpan, standIn: Buffer): string {
  const bytes = value.from - start + standIn.length + (end - value.to);
  const out = bytes <= SLIM_BUFFER_BYTES ? (slimBuffer ??= Buffer.allocUnsafeSlow(SLIM_BUFFER_BYTES)) : Buffer.allocUnsafe(bytes);
  let k = buf.copy(out, 0, start, value.from);
  k += standIn.copy(out, k);
  k += buf.copy(out, k, value.to, end);
  return out.toString('utf8', 0, k);
}

function startsWithBytes(buf: Buffer, at: number, end: number, lit: Buffer): boolean {
  if (end - at < lit.length) return false;
  for (let k = 0; k < lit.length; k++) if (buf[at + k] !== lit[k]) return false;
  return true;
}

/**
 * Claude Code 2.0.x sends each subagent type a fixed "Warmup" message when a session starts, to fill the prompt cache,
 * and writes the exchange as an agent file of its own: that one message and the model's answer, no call, no parent
 * task linking it. Nobody asked anything there, so it is no session. A subagent briefed with more, or that went on
 * to run anything, is read as any other.
 */
function isWarmupProbe(events: readonly SessionEvent[]): boolean {
  let probed = false;
  for (const e of events) {
    if (e.kind === 'user_prompt' && e.text.trim() === 'Warmup') probed = true;
    else if (e.kind !== 'assistant_text') return false;
  }
  return probed;
}

/** Subagent transcripts are named agent-<agentId>.jsonl (under <session>/subagents/ when captured whole). */
const SUBAGENT_FILE = /(?:^|[\\/])agent-([^\\/]+)\.jsonl$/;

/**
 * Claude Code's `/btw` side question runs in a fork, `agent-aside_question-<hex>.jsonl`: a copy of the main
 * conversation's records so far (the same prompts and calls the main file holds), then one user record, Claude Code's
 * `<system-reminder>This is a side question from the user. …</system-reminder>` and after it the person's question,
 * then the answer. The copy is the main session's, read there; the question is the person's and nowhere else. So the
 * fork is read from its question on, as a session of the person's own (no parent agent wrote it), and a fork without
 * that record reads nothing.
 */
const ASIDE_AGENT = /^aside_question-/;
const SIDE_QUESTION = /^<system-reminder>This is a side question from the user\.[\s\S]*?<\/system-reminder>\s*(\S[\s\S]*)$/;

/** The session id a subagent file gets: its parent's id plus the agent id (they share sessionId). */
function subagentSessionId(parentSessionId: string, agentId: string): string {
  return `${parentSessionId}/agent-${agentId}`;
}

export function readClaudeCode(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('claude-code', 'claude-code-jsonl', ctx);
  const msgs = new ClaudeMessages(b, ctx.display);
  msgs.resultMarker = true;
  const ignored = new IgnoredTypes(KNOWN_SKIPPED);
  const subagentMatch = SUBAGENT_FILE.exec(ctx.file);
  const agentId = subagentMatch?.[1];
  let sessionId: string | undefined;
  /** The surface the session runs on, from the last record that names it (every record does since 2.1.x). */
  let entrypoint: string | undefined;
  const carried = new CarriedRecords(ctx.file, agentId !== undefined);
  let pendingCompaction: CompactionEvent | undefined;
  const linked = new Set<string>();
  const queue = new QueuedWords((text, where) => msgs.userText(text, where));
  const aside = agentId !== undefined && ASIDE_AGENT.test(agentId);
  /** In an aside fork, whether its side question was read: the records before it are the main session's copy. */
  let asked = false;

  // The caller's line options come last: a rawLine given there (a test reading lines whole) replaces this reader's.
  for (const batch of jsonlRecords(ctx.file, ctx.issue, { skipLine: isSilentLine, rawLine: claudeCodeRawLine, ...ctx.lineOpts }))
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, 'not a JSON object');
        continue;
      }
      for (const r of carried.take({ o, line: rec.line })) record(r.o, r.line);
    }
  for (const r of carried.end()) record(r.o, r.line);
  for (let i = 0; i < carried.dropped; i++) ignored.add(CARRIED);
  queue.flush();

  /** One record of the file, in the file's order. */
  function record(o: Record<string, unknown>, line: number): void {
    const type = str(o.type);
    const timestamp = str(o.timestamp);
    entrypoint = str(o.entrypoint) ?? entrypoint;
    const task = type === 'user' && programSent(o, entrypoint);
    const w = { line, ...(timestamp ? { timestamp } : {}), ...(task ? { task: true as const } : {}) };
    const origin = { origin: { file: ctx.display, line }, ...(timestamp ? { timestamp } : {}) };
    if (type === undefined || SILENT.has(type)) {
      if (type === 'queue-operation' && !agentId) queue.operation(o, w);
      ignored.add(type);
      return;
    }
    sessionId ??= str(o.sessionId);
    if (!b.cwd && str(o.cwd)) b.cwd = str(o.cwd);
    if (!b.gitBranch && str(o.gitBranch)) b.gitBranch = str(o.gitBranch);
    // Older versions wrote subagent turns into the main file as sidechain lines: they belong to
    // the subagent, not to this session.
    if (!agentId && o.isSidechain === true) {
      ignored.add(`sidechain ${type}`);
      return;
    }
    if (aside && !asked) {
      const question = type === 'user' ? SIDE_QUESTION.exec(blockText(asRecord(o.message)?.content).trimStart())?.[1] : undefined;
      if (question === undefined) return;
      asked = true;
      b.seen(timestamp);
      msgs.userText(question.trim(), w);
      return;
    }
    b.seen(timestamp);

    if (type === 'assistant') {
      const message = asRecord(o.message);
      if (!message) return;
      if (o.isApiErrorMessage === true) {
        b.push({ kind: 'api_error', text: blockText(message.content) || str(o.error) || 'API error', ...origin });
        return;
      }
      queue.flush();
      msgs.assistant(message, w);
      return;
    }

    if (type === 'user') {
      const message = asRecord(o.message);
      if (!message) return;
      if (o.isCompactSummary === true) {
        const summary = blockText(message.content);
        if (pendingCompaction) b.setSummary(pendingCompaction, summary);
        else b.push({ kind: 'compaction', summary, ...origin });
        pendingCompaction = undefined;
        return;
      }
      pendingCompaction = undefined;
      // A record the harness marked as its own (a task's notice) is nobody's words, whatever its text.
      const harness = harnessOrigin(o.origin);
      if (harness) notice(blockText(message.content));
      msgs.user(message.content, w, { meta: o.isMeta === true || harness, lineResult: o.toolUseResult });
      linkSubagent(o, line, timestamp);
      return;
    }

    if (type === 'system') {
      const subtype = str(o.subtype);
      if (subtype === 'compact_boundary') {
        pendingCompaction = b.push({ kind: 'compaction', summary: '', ...origin }) as CompactionEvent;
      } else if (subtype === 'api_error') {
        const err = asRecord(o.error);
        const cause = asRecord(o.cause) ?? asRecord(err?.cause);
        const status = typeof err?.status === 'number' ? err.status : undefined;
        const text = str(asRecord(err?.error)?.message) ?? str(err?.message) ?? str(cause?.code) ?? str(o.content) ?? 'API error';
        b.push({ kind: 'api_error', text, ...(status !== undefined ? { status } : {}), ...origin });
      } else if (typeof o.content === 'string' && /hook/i.test(o.content) && /block/i.test(o.content)) {
        b.push({ kind: 'hook_block', text: o.content, ...origin });
      }
      return;
    }

    if (type === 'attachment') {
      const att = asRecord(o.attachment);
      const path = str(att?.path) ?? str(att?.filePath);
      const attType = str(att?.type) ?? '';
      if (att && (/memory|claude_?md|agents_?md/i.test(attType) || (path && /(?:CLAUDE|AGENTS)(?:\.local)?\.md$/.test(path)))) {
        const text = str(att.content) ?? blockText(att.content);
        b.push({ kind: 'memory_injection', text, ...(path ? { path } : {}), ...origin });
      } else if (att && attType === 'queued_command') queuedPrompt(att, w);
      else if (att && (attType === 'hook_blocking_error' || attType === 'hook_stopped_continuation')) msgs.hookAttachment(att, w);
      else ignored.add(`attachment:${attType}`);
      return;
    }
    ignored.add(type);
  }

  /**
   * What the person typed while the agent was working: Claude Code hands it to the model as a `queued_command`
   * attachment and never writes it as a user line, so this is the record of words typed mid-turn, where corrections
   * are said (older versions wrote only the queue's bookkeeping: see QueuedWords). A background task's notice is
   * queued the same way (`commandMode` "task-notification", origin not "human"): the harness's, never the person's.
   */
  function queuedPrompt(att: Record<string, unknown>, w: { line: number; timestamp?: string }): void {
    const text = str(att.prompt) ?? blockText(att.prompt);
    // Whoever it came from, the attachment is the record of that queue entry: the bookkeeping must not say it again.
    if (text) queue.attached(text);
    const mode = str(att.commandMode);
    const from = str(asRecord(att.origin)?.kind);
    if (mode === 'task-notification' || from === 'task-notification') notice(text);
    if ((mode !== undefined && mode !== 'prompt') || (from !== undefined && from !== 'human')) return;
    if (text) msgs.userText(text, w);
  }

  /** The end of a background task, from a notice the harness marked as its own. */
  function notice(text: string): void {
    const ended = taskNotice(text);
    if (ended?.exitCode !== undefined) msgs.taskEnded(ended.taskId, ended.exitCode);
  }

  /** The Task/Agent tool result names the agent it ran; link the child session from here. */
  function linkSubagent(o: Record<string, unknown>, line: number, timestamp: string | undefined): void {
    const result = asRecord(o.toolUseResult);
    const child = str(result?.agentId);
    if (!child || !sessionId) return;
    const childId = subagentSessionId(sessionId, child);
    if (linked.has(childId)) return;
    linked.add(childId);
    const description = str(result?.description) ?? str(result?.prompt);
    b.push({
      kind: 'subagent_link',
      sessionId: childId,
      ...(description ? { description: description.slice(0, 500) } : {}),
      origin: { file: ctx.display, line },
      ...(timestamp ? { timestamp } : {}),
    });
  }

  ignored.report(ctx);
  if (aside && !asked) {
    ctx.issue(undefined, "a /btw aside with no side question: its records copy the main session's, so none was read");
    return [];
  }
  if (b.size === 0 && !sessionId) return [];
  if (agentId && isWarmupProbe(b.events)) return [];
  if (aside && sessionId) b.id = subagentSessionId(sessionId, agentId!);
  else if (agentId && sessionId) {
    b.id = subagentSessionId(sessionId, agentId);
    b.parentId = sessionId;
  } else {
    b.id = sessionId;
  }
  return [b];
}
