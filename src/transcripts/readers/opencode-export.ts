/**
 * opencode's Markdown export (`/export`, the share dialog's "copy transcript"): "# <title>", then
 * "**Session ID:** ses_…", "**Created:**" and "**Updated:**" (the exporting machine's toLocaleString), a
 * "---" rule, and each message as "## User" or "## Assistant (<Agent> · <model> · 7.4s)" (plain "## Assistant"
 * without metadata) followed by its parts and a "---" rule. Parts: text as it is, "_Thinking:_" and the
 * reasoning, and "**Tool: name**" with its input as JSON in a fence after "**Input:**" and its outcome in a
 * fence after "**Output:**" (the call completed) or "**Error:**" (it failed: a rejected permission, an
 * aborted run, a thrown error). No cwd, no per-message times.
 *
 * Nothing is escaped: a reply can print "---", a blank line and "## User", and a tool's output can hold a
 * bare fence. So, as in the other Markdown readers, only a user turn before the first reply vouches for the
 * person's words; later ones are unverified (UserPromptEvent.unverified), and so are the words that came
 * with a rejected permission (PermissionDenialEvent.unverified). An output fence ends at a bare "```" line whose next non-blank line opens a
 * part ("**Tool: ", "_Thinking:_") or the next message ("---", a blank line, a "## " header), or ends the
 * file: an output's own fences rarely do (opencode numbers the lines of a file it reads).
 *
 * A slash command (`/review src`) is not marked: opencode puts the command's template, the typed arguments
 * substituted in, into the user message as a plain text part, and the export writes a message's non-synthetic text
 * parts as they are, so the template reads as typed words and nothing in the file tells the two apart. A command
 * run as a subtask leaves its user message empty and shows as the `task` tool's call (its input's `command`).
 */
import { SessionBuilder, asRecord, exitCodeFrom, fileSessionId, str, toolCallEvent, toolResultEvent } from '../builder.js';
import { looksFailed } from '../looks-failed.js';
import { readLines } from '../lines.js';
import { unreadableLine, type ReaderContext } from './context.js';
import { KeptLines } from './kept-lines.js';
import { usLocalTime } from './us-local-time.js';

/** The export's first lines, as detection checks them: the title, then the session id opencode minted. */
export const OPENCODE_EXPORT_HEAD = /^# [^\r\n]*\r?\n[ \t]*\r?\n\*\*Session ID:\*\* ses_[0-9A-Za-z]{6,}[ \t]*\r?\n/;
const SESSION_ID = /^\*\*Session ID:\*\* (ses_[0-9A-Za-z]+)$/;
const CREATED = /^\*\*(?:Created|Updated):\*\* (.+)$/;
const HEADER = /^## (User|Assistant)(?: \((.*)\))?$/;
const TOOL = /^\*\*Tool: ([^*\s][^*]{0,99})\*\*$/;
const LABEL = /^\*\*(Input|Output|Error):\*\*$/;
const FENCE_OPEN = /^```[\w-]*$/;
/** opencode's own words for a call the person refused at its permission prompt (PermissionNext's errors). */
const REJECTED = /^The user rejected permission to use this specific tool call\b/;
const FEEDBACK = /^The user rejected permission to use this specific tool call with the following feedback: ([\s\S]+)$/;
/** The person stopped the run while the call was going (opencode marks unfinished calls so). */
const ABORTED = /^Tool execution aborted\b/;
/** What may follow an output's closing fence: the next part (the rule closing the message is checked on). */
const NEXT_PART = /^(?:\*\*Tool: |_Thinking:_$)/;

interface Tool {
  name: string;
  line: number;
  callId: string;
  input?: { line: number; lines: string[] };
  called: boolean;
  /** The shell tool's command line, once the call is emitted: what printed the output (showsText). */
  command?: string | undefined;
}

interface Outcome {
  label: 'Output' | 'Error';
  line: number;
  lines: KeptLines;
  /** How many lines came before a bare "```", until what follows says whether it closed the fence. */
  closeAt?: number;
  /** A "---" followed that fence: it closed the output only if a message header comes next. */
  rule?: boolean;
}

export function readOpencodeExport(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('generic', 'opencode-export-md', ctx);
  b.id = fileSessionId(ctx.display);
  let role: 'User' | 'Assistant' | undefined;
  let compaction = false;
  let replied = false;
  /** The current assistant message wrote something: an empty one (a step with no parts shown) could forge nothing. */
  let spoke = false;
  let text: { line: number; lines: KeptLines } | undefined;
  let tool: Tool | undefined;
  let outcome: Outcome | undefined;
  let calls = 0;
  let prev1: string | undefined;
  let prev2: string | undefined;
  /** A tool's "**Input:**", "**Output:**" or "**Error:**" seen, its fence not yet. */
  let pendingLabel: { label: 'Input' | 'Output' | 'Error'; line: number } | undefined;
  let inInput = false;

  const flushText = (): void => {
    if (!text) return;
    const lines = text.lines.lines().filter((l) => l !== '_Thinking:_');
    // The rule that opened the next message is not this one's text.
    while (lines.length > 0 && /^(?:---)?$/.test(lines.at(-1)!.trim())) lines.pop();
    const said = lines.join('\n').trim();
    const origin = { file: ctx.display, line: text.line };
    text = undefined;
    if (!said) return;
    if (role === 'User') b.push({ kind: 'user_prompt', text: said, origin, ...(replied ? { unverified: true as const } : {}) });
    else if (compaction) b.push({ kind: 'compaction', summary: said, origin });
    else b.push({ kind: 'assistant_text', text: said, origin });
  };

  const emitCall = (t: Tool): void => {
    if (t.called) return;
    t.called = true;
    let input: unknown = {};
    if (t.input) {
      const raw = t.input.lines.join('\n');
      try {
        input = JSON.parse(raw);
      } catch {
        ctx.issue(t.input.line, `the input of tool "${t.name}" is not JSON; kept as text`);
        input = raw;
      }
    }
    // Only opencode's shell tool runs a command line: the task tool's "command" names a slash command.
    const command = t.name === 'bash' ? str(asRecord(input)?.command) : undefined;
    t.command = command;
    b.push(toolCallEvent({ name: t.name, input, callId: t.callId, command }, { origin: { file: ctx.display, line: t.line } }));
  };

  const emitOutcome = (t: Tool, o: Outcome): void => {
    const kept = o.lines.lines();
    // The lines from the closing fence on are the last ones, so they are kept (kept-lines.ts keeps a block's tail).
    const body = (o.closeAt === undefined ? kept : kept.slice(0, Math.max(0, kept.length - (o.lines.count - o.closeAt)))).join('\n');
    const place = { origin: { file: ctx.display, line: o.line } };
    const ids = { callId: t.callId, toolName: t.name };
    if (o.label === 'Output') {
      const exitCode = t.name === 'bash' ? exitCodeFrom(body) : undefined;
      const ok = exitCode !== undefined ? exitCode === 0 : t.name !== 'bash' || !looksFailed(body, { tool: t.name, command: t.command });
      b.push(toolResultEvent({ ok, text: body, exitCode, ...ids }, place));
      return;
    }
    const error = body.trim();
    if (REJECTED.test(error)) {
      // A refusal, with the words typed with it, as every reader records one. Known by wording inside text a tool
      // could have printed (nothing is escaped), its words vouch for nothing (PermissionDenialEvent.unverified).
      const words = FEEDBACK.exec(error)?.[1]?.trim() ?? '';
      b.push({ kind: 'permission_denial', text: words, ...ids, unverified: true, ...place });
    } else if (ABORTED.test(error)) b.push({ kind: 'interrupt', text: '', ...place });
    else b.push(toolResultEvent({ ok: false, text: body, ...ids }, place));
  };

  /** Ends the current tool part, its outcome's fence closed where it was last seen closing. */
  const endTool = (): void => {
    if (tool) emitCall(tool);
    if (tool && outcome) emitOutcome(tool, outcome);
    tool = undefined;
    outcome = undefined;
  };

  const endMessage = (): void => {
    endTool();
    flushText();
    if (role === 'Assistant' && spoke) replied = true;
    spoke = false;
  };

  /** A line in an assistant message outside any fence: a tool's label or the start of a part. */
  const partLine = (line: string, at: number): void => {
    // The rule closing the message is the exporter's.
    if (!/^(?:---)?$/.test(line.trim())) spoke = true;
    const call = TOOL.exec(line);
    if (call) {
      endTool();
      flushText();
      tool = { name: call[1]!.trim(), line: at, callId: `oc-${++calls}`, called: false };
      return;
    }
    const label = tool ? LABEL.exec(line) : null;
    if (label && tool) {
      pendingLabel = { label: label[1] as 'Input' | 'Output' | 'Error', line: at };
      return;
    }
    if (pendingLabel && FENCE_OPEN.test(line) && tool) {
      if (pendingLabel.label === 'Input') {
        tool.input = { line: at + 1, lines: [] };
        inInput = true;
      } else {
        emitCall(tool);
        outcome = { label: pendingLabel.label, line: pendingLabel.line, lines: new KeptLines() };
      }
      pendingLabel = undefined;
      return;
    }
    if (line.trim() === '' && (tool || !text)) return;
    // Text after a tool part: the tool part is over.
    if (tool) endTool();
    pendingLabel = undefined;
    text ??= { line: at, lines: new KeptLines() };
    text.lines.push(line);
  };

  for (const l of readLines(ctx.file, ctx.lineOpts)) {
    if (unreadableLine(ctx, l)) continue;
    const line = l.text.replace(/\r$/, '').replace(/^\uFEFF/, '');
    const last1 = prev1;
    const last2 = prev2;
    prev2 = prev1;
    prev1 = line;
    if (inInput && tool?.input) {
      // JSON.stringify escapes newlines, so the first bare fence closes the input.
      if (line.trimEnd() === '```') inInput = false;
      else tool.input.lines.push(line);
      continue;
    }
    if (outcome && tool) {
      if (outcome.closeAt === undefined) {
        if (line.trimEnd() === '```') outcome.closeAt = outcome.lines.count;
        outcome.lines.push(line);
        continue;
      }
      if (line.trim() === '') {
        outcome.lines.push(line);
        continue;
      }
      if (!outcome.rule && line.trimEnd() === '---') {
        outcome.rule = true;
        outcome.lines.push(line);
        continue;
      }
      const closes = outcome.rule ? HEADER.test(line.trimEnd()) : NEXT_PART.test(line);
      if (!closes) {
        // Not the exporter's close: the output's own fence; the output goes on.
        outcome.closeAt = line.trimEnd() === '```' ? outcome.lines.count : undefined;
        outcome.rule = false;
        outcome.lines.push(line);
        continue;
      }
      endTool();
    }
    const header = HEADER.exec(line.trimEnd());
    if (header && last2?.trim() === '---' && last1?.trim() === '') {
      endMessage();
      role = header[1] as 'User' | 'Assistant';
      const meta = (header[2] ?? '').split(' · ');
      compaction = role === 'Assistant' && meta[0] === 'Compaction';
      if (role === 'Assistant' && meta.length >= 2 && meta[1]) b.model = meta[1];
      pendingLabel = undefined;
      continue;
    }
    if (role === undefined) {
      const id = SESSION_ID.exec(line.trimEnd());
      if (id) b.id = id[1]!;
      const at = CREATED.exec(line.trimEnd());
      if (at) b.seen(usLocalTime(at[1]!)?.toISOString());
      continue;
    }
    if (role === 'User') {
      if (line.trim() === '' && !text) continue;
      text ??= { line: l.line, lines: new KeptLines() };
      text.lines.push(line);
      continue;
    }
    partLine(line, l.line);
  }
  if (inInput && tool?.input) ctx.issue(tool.input.line, `the input of tool "${tool.name}" has no closing fence (a cut file?)`);
  if (outcome && outcome.closeAt === undefined)
    ctx.issue(outcome.line, `the ${outcome.label.toLowerCase()} of tool "${tool?.name}" has no closing fence (a cut file?)`);
  endMessage();
  return b.events.length > 0 ? [b] : [];
}
