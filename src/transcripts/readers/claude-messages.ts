/**
 * Anthropic-style message handling shared by the Claude Code, stream-json and generic readers:
 * assistant content blocks become text and tool calls, user content blocks become prompts, tool
 * results, interrupts, denials and hook blocks.
 */
import { asRecord, blockText, exitCodeFrom, settleResult, str, toolCallEvent, type SessionBuilder } from '../builder.js';
import type { SessionEvent } from '../../model/index.js';

const INTERRUPT = /^\[Request interrupted by user[^\]]*\]/;
/**
 * The harness's rejection wordings. The terminal UI (console captures) draws the user's rejection as "Tool use rejected",
 * followed by " with user message: <their words>" when they typed some; the session file says "The user doesn't want to…".
 */
const REJECTION =
  /^(?:The user doesn't want to (?:proceed with this tool use|take this action)|User rejected|Tool use rejected\b|Permission to use \S+ has been denied|Claude requested permissions to use)/;
/** The rejection wordings that say the user, not a permission rule, refused. */
const USER_REJECTION = /^(?:The user doesn't want to|User rejected|Tool use rejected\b)/;
/**
 * What Claude Code's harness writes as the line's `toolUseResult`
 * when the user rejects a tool use. A tool's own failure, an MCP server's included, is recorded as
 * "Error: " and the tool's message, so no tool output can produce this value: it is the structure
 * that tells the user's rejection from a tool whose text mimics one.
 */
const USER_REJECTED = 'User rejected tool use';
/** Claude Code appends the user's words to a rejection after this phrase (the terminal UI: after "with user message:"). */
const REJECTION_FEEDBACK = /(?:the user said:|^Tool use rejected with user message:)\s*\n?([\s\S]*)$/;
const SIBLING = /Sibling tool call errored/;
const HOOK_BLOCK =
  /(?:\b(?:PreToolUse|PostToolUse|UserPromptSubmit|Stop)\S*\s+hook\b[^\n]{0,40}\b(?:block|error)|hook[^\n]{0,80}\bblocked\b|Pre-commit validation failed|blocked by (?:a |the )?hook)/i;
/** Hook events that run once the call has run: what they say follows the call's result, it does not replace it. */
const AFTER_CALL = /^PostToolUse/;
const HOOK_NAME = /\b((?:PreToolUse|PostToolUse|UserPromptSubmit|Stop|SubagentStop|Notification)(?::[A-Za-z0-9_*|.-]+)?)/;

/**
 * Whether a result's text opens with the harness's rejection or interrupt wording. Formats that write
 * no error flag (SpecStory exports) use it to infer the flag; the text alone never makes a rejection
 * where the format has a flag (see harnessShaped).
 */
export function opensAsHarnessVerdict(text: string): boolean {
  const lead = text.trimStart();
  return INTERRUPT.test(lead) || REJECTION.test(lead);
}

type ResultKind = 'interrupt' | 'denial' | 'hook' | 'cascade' | 'result';

/**
 * Whether the harness, not a tool, wrote this result. A rejection or an interrupt is the user acting,
 * so it may only be believed from structure: the result is marked `is_error`, its content is one plain
 * text (the harness writes a string; tools write blocks or structured output), and the line's
 * `toolUseResult`, when present, is the harness's string rather than the object a tool that ran leaves
 * there. A fetched page or a command's output that begins with the same words is a successful result,
 * or a failed one whose content or `toolUseResult` has the tool's shape, and stays tool output.
 */
function harnessShaped(isError: boolean, content: unknown, lineResult?: unknown): boolean {
  if (!isError) return false;
  if (lineResult !== undefined && typeof lineResult !== 'string') return false;
  if (typeof content === 'string') return true;
  return Array.isArray(content) && content.length === 1 && asRecord(content[0])?.type === 'text';
}

/**
 * What a failed or odd tool result really is. `harness` says whether its shape is the harness's own
 * (see harnessShaped): only then can it be a rejection or an interrupt, and the harness writes those
 * words first, so no prefix is skipped.
 */
function classifyToolResult(text: string, isError: boolean, harness = isError, userRejected = false): ResultKind {
  const head = text
    .trimStart()
    .replace(/^<tool_use_error>/, '')
    .replace(/^Error:\s*/, '');
  if (harness && INTERRUPT.test(text)) return 'interrupt';
  // The user's rejection needs the harness's own marker (userRejected); its wording alone is a tool's text.
  if (harness && REJECTION.test(text) && (userRejected || !USER_REJECTION.test(text))) return 'denial';
  if (isError && SIBLING.test(head.slice(0, 200))) return 'cascade';
  if (isError && HOOK_BLOCK.test(head.slice(0, 600))) return 'hook';
  return 'result';
}

function hookNameOf(text: string): string | undefined {
  return HOOK_NAME.exec(text.slice(0, 600))?.[1];
}

/** The user's words after a rejection, without the reminders Claude Code appends to results (their text is the harness's, a hook's). */
function rejectionFeedback(text: string): string {
  return REJECTION_FEEDBACK.exec(text)?.[1]?.replace(SYSTEM_REMINDER, ' ').trim() ?? '';
}

export interface Where {
  line: number;
  timestamp?: string;
  /** A user turn the format cannot tell from text the agent printed (see UserPromptEvent.unverified). */
  unverified?: true;
  /** A prompt a program sent the agent (its task text), not words a person typed (see UserPromptEvent.task). */
  task?: true;
}

/** What the place says of who wrote a prompt there. */
const authorMarks = (w: Where): { unverified?: true; task?: true } => ({
  ...(w.unverified ? { unverified: true } : {}),
  ...(w.task ? { task: true } : {}),
});

const SYSTEM_REMINDER = /<system-reminder>[\s\S]*?(?:<\/system-reminder>|$)/g;
/**
 * Blocks Claude Code appends to the person's text: reminders, and (older versions) a UserPromptSubmit
 * hook's output. A hook is a program the repository configures; what it prints is not typed.
 */
const APPENDED = /<(system-reminder|user-prompt-submit-hook)>[\s\S]*?(?:<\/\1>|$)/g;
const HAS_APPENDED = /<(?:system-reminder|user-prompt-submit-hook)>/;
const CONTINUED = /^This session is being continued from a previous conversation/;
/**
 * What Claude Code's IDE extensions put beside the person's text: the file open in the editor and the lines selected in
 * it, each in its own tag (a block of its own in the session file, inline before the typed text in exports). The
 * selection is the file's text, not the person's, however much it reads like a rule; the text around the tags is theirs.
 */
const IDE_CONTEXT = /<(ide_opened_file|ide_selection)>[\s\S]*?<\/\1>/g;

/** Background shells held at once: a session starts a handful; more only costs memory. */
const MAX_BACKGROUND = 64;

/** Claude Code marks CLAUDE.md injections inside system reminders. */
const MEMORY_REMINDER = /claudeMd|Contents of [^\n]*?(?:CLAUDE|AGENTS)(?:\.local)?\.md/;
const MEMORY_PATH = /Contents of ([^\n]*?(?:CLAUDE|AGENTS)(?:\.local)?\.md)/;

export class ClaudeMessages {
  readonly toolNames = new Map<string, string>();
  /** Task/Agent calls describe the subagent they start. */
  readonly toolDescriptions = new Map<string, string>();
  private lastMessageId: string | undefined;
  /** Texts and tool uses already seen in the current message (separate sets: no prefixed copy of each text). */
  private messageTexts = new Set<string>();
  private messageUses = new Set<string>();
  /** tool_use ids already answered by a denial, so a later summary of denials is not doubled. */
  readonly denied = new Set<string>();
  /** tool_use ids whose result was read, and those a hook's blocking-error attachment answered: one answer a call. */
  private readonly answered = new Set<string>();
  private readonly hookBlocked = new Set<string>();
  /** A hook's complaints after a call ran, by call and text: Claude Code may write the same one twice. */
  private readonly followUps = new Set<string>();
  /**
   * Whether the format records the harness's result on the line (Claude Code's `toolUseResult`): then
   * a user's rejection needs the harness's marker there. Formats without it (SpecStory, console,
   * generic message logs) can only go by the rejection's wording (SECURITY.md lists this).
   */
  resultMarker = false;
  /** Background shells still running, by task id: their launch's result, settled when a TaskOutput reports the end. */
  private readonly background = new Map<string, SessionEvent>();

  constructor(
    private readonly b: SessionBuilder,
    private readonly file: string,
  ) {}

  private origin(w: Where) {
    return { origin: { file: this.file, line: w.line }, ...(w.timestamp ? { timestamp: w.timestamp } : {}) };
  }

  /**
   * One assistant message (or one line of a message split over several lines). Blocks already seen
   * for the same message id are skipped, so cumulative re-writes are not duplicated.
   */
  assistant(message: Record<string, unknown>, w: Where): void {
    const id = str(message.id);
    if (id === undefined || id !== this.lastMessageId) {
      this.lastMessageId = id;
      this.messageTexts.clear();
      this.messageUses.clear();
    }
    const model = str(message.model);
    if (model && !model.startsWith('<') && !this.b.model) this.b.model = model;
    const content = message.content;
    const blocks = typeof content === 'string' ? [{ type: 'text', text: content }] : Array.isArray(content) ? content : [];
    for (const raw of blocks) {
      const blk = asRecord(raw);
      if (!blk) continue;
      if (blk.type === 'text' && typeof blk.text === 'string') {
        if (id !== undefined && this.messageTexts.has(blk.text)) continue;
        this.messageTexts.add(blk.text);
        if (blk.text.trim().length > 0) this.b.push({ kind: 'assistant_text', text: blk.text, ...this.origin(w) });
      } else if (blk.type === 'tool_use' || blk.type === 'server_tool_use' || blk.type === 'mcp_tool_use') {
        const callId = str(blk.id);
        const key = callId ?? `${JSON.stringify(blk.input)}`;
        if (this.messageUses.has(key)) continue;
        this.messageUses.add(key);
        const name = str(blk.name) ?? 'unknown';
        if (callId) this.toolNames.set(callId, name);
        const description = asRecord(blk.input)?.description;
        if (callId && typeof description === 'string') this.toolDescriptions.set(callId, description);
        this.b.push(toolCallEvent({ name, input: blk.input ?? {}, callId }, this.origin(w)));
      }
    }
  }

  /** A user text: a prompt, an interrupt, or (for system reminders) an injection or a hook block. */
  userText(text: string, w: Where, meta = false): void {
    let t = text.trim();
    if (t.includes('<ide_')) t = t.replace(IDE_CONTEXT, ' ').trim();
    if (t.length === 0) return;
    // Claude Code appends injected context to the person's own text: only the rest is theirs.
    if (!meta && !t.startsWith('<system-reminder>') && HAS_APPENDED.test(t)) {
      for (const m of t.matchAll(APPENDED)) this.userText(m[0], w, true);
      t = t.replace(APPENDED, ' ').trim();
      if (t.length === 0) return;
    }
    // A summary of earlier turns written into the user's place is the model's text, not the person's.
    if (CONTINUED.test(t)) {
      this.b.push({ kind: 'compaction', summary: t, ...this.origin(w) });
      return;
    }
    if (INTERRUPT.test(t)) {
      this.b.push({ kind: 'interrupt', text: t, ...this.origin(w) });
      return;
    }
    if (t.startsWith('<system-reminder>') || meta) {
      if (MEMORY_REMINDER.test(t)) {
        const path = MEMORY_PATH.exec(t)?.[1]?.trim();
        this.b.push({ kind: 'memory_injection', text: t, ...(path ? { path } : {}), ...this.origin(w) });
      } else if (HOOK_BLOCK.test(t.slice(0, 600))) {
        const hook = hookNameOf(t);
        this.b.push({ kind: 'hook_block', text: t, ...(hook ? { hook } : {}), ...this.origin(w) });
      }
      return;
    }
    // Output of local slash commands and background-task notices are not the user speaking.
    if (/^<(?:local-command-(?:stdout|stderr|caveat)|task-notification|bash-(?:stdout|stderr))>/.test(t)) return;
    const cmd = /<command-name>([^<]*)<\/command-name>/.exec(t);
    if (cmd) {
      const args = /<command-args>([^<]*)<\/command-args>/.exec(t)?.[1]?.trim();
      this.b.push({ kind: 'user_prompt', text: args ? `${cmd[1]} ${args}` : cmd[1]!, ...this.origin(w), ...authorMarks(w) });
      return;
    }
    this.b.push({ kind: 'user_prompt', text: t, ...this.origin(w), ...authorMarks(w) });
  }

  /**
   * Claude Code 2.1's hook attachments that the model reads, tied to a call by `toolUseID`. Shapes from public parsers:
   * `hook_blocking_error` `{hookName, hookEvent, toolUseID, blockingError: {blockingError, command}}` (a hook exited 2 or
   * denied; the model reads "<hookName> hook blocking error from command: "<cmd>": <message>") and
   * `hook_stopped_continuation` `{hookName, hookEvent, toolUseID, message}` (a hook answered `continue: false`: the turn
   * ends; the model reads "<hookName> hook stopped continuation: <message>").
   * - A block before the call ran (PreToolUse, or an event not named) is that call refused by the project's hook, one
   *   hook_block answering the call; the call's own result, read before or after, is the same block and is not counted
   *   again (the first read stands).
   * - A hook that spoke once the call had run (PostToolUse, PostToolUseFailure), or that stopped the turn, answers no
   *   call: the call's result is its answer. Its complaint is kept as a hook_block marked `followUp` (whichever of the
   *   two is read first), which refuses nothing and is no step of its own.
   * - On Stop, SubagentStop or UserPromptSubmit (`toolUseID` a uuid, no call) it is the harness telling the model to
   *   go on; Claude Code also writes it as a meta "Stop hook feedback:" user line. It refuses no call and is nobody's
   *   words, so it is skipped on purpose, like that line: counted as a call's failure it would blame the last call.
   */
  hookAttachment(att: Record<string, unknown>, w: Where): void {
    const callId = str(att.toolUseID);
    if (!callId || !this.toolNames.has(callId)) return;
    const hook = str(att.hookName) ?? str(att.hookEvent);
    const event = str(att.hookEvent) ?? hook?.split(':')[0] ?? '';
    const stopped = att.type === 'hook_stopped_continuation';
    const blocking = asRecord(att.blockingError);
    const command = str(blocking?.command);
    const text = stopped
      ? `${hook ?? 'A'} hook stopped continuation: ${str(att.message) ?? ''}`
      : `${hook ?? 'A'} hook blocking error${command ? ` from command: "${command}"` : ''}: ${str(blocking?.blockingError) ?? ''}`;
    const toolName = this.toolNames.get(callId);
    const ids = { callId, ...(toolName ? { toolName } : {}) };
    if (stopped || AFTER_CALL.test(event)) {
      const key = `${callId}\0${text}`;
      if (this.followUps.has(key)) return;
      this.followUps.add(key);
      this.b.push({ kind: 'hook_block', text, ...(hook ? { hook } : {}), ...ids, followUp: true, ...this.origin(w) });
      return;
    }
    if (this.answered.has(callId) || this.hookBlocked.has(callId)) return;
    this.hookBlocked.add(callId);
    this.b.push({ kind: 'hook_block', text, ...(hook ? { hook } : {}), ...ids, ...this.origin(w) });
  }

  /** A tool result block, classified into result / cascade / denial / hook block / interrupt. */
  toolResult(blk: Record<string, unknown>, w: Where, lineResult?: unknown): void {
    const callId = str(blk.tool_use_id);
    // The hook's attachment already answered this call (hookBlockingError): its result is the same block again.
    if (callId && this.hookBlocked.has(callId)) return;
    if (callId) this.answered.add(callId);
    const toolName = callId ? this.toolNames.get(callId) : undefined;
    const isError = blk.is_error === true;
    const text = blockText(blk.content);
    const ids = { ...(callId ? { callId } : {}), ...(toolName ? { toolName } : {}) };
    const userRejected = this.resultMarker ? lineResult === USER_REJECTED : true;
    switch (classifyToolResult(text, isError, harnessShaped(isError, blk.content, lineResult), userRejected)) {
      case 'denial':
        if (callId) this.denied.add(callId);
        // Only the user's rejection carries the user's words; a permission rule's denial carries none. Without the
        // harness's marker the rejection was known by its wording, which a tool's output can print: its words are unverified.
        this.b.push({
          kind: 'permission_denial',
          text: userRejected ? rejectionFeedback(text) : '',
          ...ids,
          ...(this.resultMarker ? {} : { unverified: true as const }),
          ...this.origin(w),
        });
        return;
      case 'interrupt':
        this.b.push({ kind: 'interrupt', text: text.trim(), ...this.origin(w) });
        return;
      case 'hook': {
        const hook = hookNameOf(text);
        this.b.push({ kind: 'hook_block', text, ...(hook ? { hook } : {}), ...ids, ...this.origin(w) });
        return;
      }
      case 'cascade':
        this.b.push({ kind: 'tool_result', ok: false, cascade: true, text, ...ids, ...this.origin(w) });
        return;
      default: {
        // Claude Code reports the exit code only for failures ("Exit code 1" heading the output).
        const exitCode = isError ? exitCodeFrom(text) : undefined;
        this.settleBackground(lineResult);
        const ev = this.b.push({
          kind: 'tool_result',
          ok: !isError,
          text,
          ...ids,
          ...(exitCode !== undefined ? { exitCode } : {}),
          ...this.origin(w),
        });
        const task = this.resultMarker ? asRecord(lineResult)?.backgroundTaskId : undefined;
        if (typeof task === 'string' && this.background.size < MAX_BACKGROUND) this.background.set(task, ev);
      }
    }
  }

  /**
   * A shell sent to the background (`run_in_background`, or moved there by its timeout) answers "Command running in
   * background" and ends later: a TaskOutput's toolUseResult reports its exit code. That code is the command's
   * outcome, read from the harness's record only; read call by call, a test run that failed in the background was
   * a success.
   */
  private settleBackground(lineResult: unknown): void {
    const task = this.resultMarker ? asRecord(asRecord(lineResult)?.task) : undefined;
    const id = task?.task_id;
    const launch = typeof id === 'string' ? this.background.get(id) : undefined;
    if (!launch || typeof task?.exitCode !== 'number') return;
    this.background.delete(id as string);
    settleResult(launch, task.exitCode);
  }

  /**
   * A background task's end as the harness's notice reports it (claude-task-notice.ts): settles the shell it ran,
   * as a TaskOutput would, when the notice gives the exit code. The caller passes only a record the harness marked.
   */
  taskEnded(taskId: string, exitCode: number): void {
    const launch = this.background.get(taskId);
    if (!launch) return;
    this.background.delete(taskId);
    settleResult(launch, exitCode);
  }

  /**
   * A user message's content: a string, or blocks of text and tool results. `meta`: the harness wrote
   * the line (isMeta, isSynthetic); `lineResult`: the line's own toolUseResult.
   */
  user(content: unknown, w: Where, line: { meta?: boolean; lineResult?: unknown } = {}): void {
    const { meta = false, lineResult } = line;
    if (typeof content === 'string') {
      this.userText(content, w, meta);
      return;
    }
    if (!Array.isArray(content)) return;
    // The line-level toolUseResult describes the line's one result; with several it says nothing structural.
    const results = content.filter((c) => asRecord(c)?.type === 'tool_result').length;
    for (const raw of content) {
      const blk = asRecord(raw);
      if (!blk) continue;
      if (blk.type === 'tool_result') this.toolResult(blk, w, results === 1 ? lineResult : undefined);
      else if (blk.type === 'text' && typeof blk.text === 'string') this.userText(blk.text, w, meta);
    }
  }
}
