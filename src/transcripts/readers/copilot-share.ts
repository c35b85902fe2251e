/**
 * GitHub Copilot CLI's `/share` export (`copilot-session-<id>.md`): a `# 🤖 Copilot CLI Session` title, a quoted block
 * naming the session (`**Session ID:** \`<id>\``, start, duration, export time), then one item per timeline entry, each
 * opened by `<sub>⏱️ <time since start></sub>` and a `### ` header, and the items joined by `---` rules:
 *
 * - `### 👤 User`, `### 💬 Copilot`, `### 💭 Reasoning` (italic), `### ℹ️ Info` / `### ⚠️ Warning` (the CLI's notes);
 * - `### ✅ \`tool\`` or `### ❌ \`tool\`` (the call failed): the call's intention in bold, a shell's command after
 *   `$ `, other arguments as a `json` block under `<summary>Arguments</summary>`, then its output in a fence (under
 *   `<details>` when long). A shell's output ends with the CLI's "<exited with exit code N>" or its "still running"
 *   notice (copilot-shells.ts);
 * - `### 📦 <agent> (<status>)`: a sub-agent, whose own items follow inside it with headers but no `<sub>` line.
 *
 * Output is fenced with more backticks than it holds, so no header is looked for inside a fence. Everything else is
 * printed raw: after the model first writes (its text, a command, its arguments), a header may be one it printed,
 * so every later user turn is unverified (the SpecStory/Cursor policy).
 */
import {
  SessionBuilder,
  fileSessionId,
  parseJsonArguments,
  settleResult,
  toolCallEvent,
  toolResultEvent,
  type EventPlace,
} from '../builder.js';
import { readLines } from '../lines.js';
import type { SessionEvent } from '../../model/index.js';
import { IgnoredTypes, unreadableLine, type ReaderContext } from './context.js';
import { CopilotShells, shellExitCode, stillRunningShell } from './copilot-shells.js';

/** The export's first line. */
export const COPILOT_SHARE_TITLE = /^# 🤖 Copilot CLI Session$/u;
const SESSION_ID = /^>\s*(?:-\s*)?\*\*Session ID:\*\*\s*`([^`\s]{1,200})`/;
const ITEM_TIME = /^<sub>⏱️ [^<]{1,40}<\/sub>$/u;
const HEADER = /^### (.+)$/;
const TOOL = /^(✅|❌) `([^`]{1,200})`$/u;
const SUBAGENT = /^📦 /u;
/** The CLI's own notes: read past, not reported as unknown. */
const CLI_NOTES = /^(?:ℹ️?|⚠️?) (?:Info|Warning)$/u;
const REASONING = '💭 Reasoning';
const FENCE = /^(`{3,}|~{3,})/;
/** Lines of the layout around a command, never part of it: the output's element, the rule, the next item's time. */
const SEPARATOR = /^(?:<\/?(?:details|summary)\b.*|---|<sub>⏱️ [^<]{1,40}<\/sub>)$/u;

interface Line {
  line: number;
  text: string;
}

type Item =
  | { kind: 'user' | 'copilot' | 'note'; line: number; sidechain: boolean; text: Line[] }
  | {
      kind: 'tool';
      line: number;
      sidechain: boolean;
      name: string;
      failed: boolean;
      command: string[];
      /** Lines of the block under "Arguments", and of the output fences. */
      args: string[];
      output: Line[];
      text: Line[];
    };

/** What a fence holds: the call's arguments or its output. */
type Block = { role: 'args' | 'output'; fence: string; line: number };

export function readCopilotShare(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('copilot-cli', 'copilot-cli-share', ctx);
  const ignored = new IgnoredTypes();
  const shells = new CopilotShells<SessionEvent>();
  let item: Item | undefined;
  let block: Block | undefined;
  let argsNext = false;
  let inSubagent = false;
  let modelWrote = false;
  let lastNonBlank = '';

  const at = (line: number): EventPlace => ({ origin: { file: ctx.display, line } });

  const finishTool = (it: Extract<Item, { kind: 'tool' }>): void => {
    const callId = `L${it.line}`;
    const command = it.command.join('\n').trim() || undefined;
    const args = it.args.length > 0 ? parseJsonArguments(it.args.join('\n')) : undefined;
    const input = args ?? (command !== undefined ? { command } : {});
    if (shells.takeCall(callId, it.name, input)) {
      settle(callId, it);
      return;
    }
    b.push(toolCallEvent({ name: it.name, input, callId, ...(command !== undefined ? { command } : {}) }, at(it.line)));
    if (it.output.length === 0 && !it.failed) return;
    const text = it.output.map((l) => l.text).join('\n');
    const exitCode = shellExitCode(text);
    const ok = !it.failed && (exitCode === undefined || exitCode === 0);
    const where = at(it.output[0]?.line ?? it.line);
    const result = b.push(toolResultEvent({ ok, text, callId, toolName: it.name, exitCode }, where));
    const shell = ok && exitCode === undefined ? stillRunningShell(text) : undefined;
    if (shell !== undefined) shells.hold(shell, result, text);
  };

  /** A poll's answer: it settles the command it waited on (copilot-shells.ts). */
  const settle = (callId: string, it: Extract<Item, { kind: 'tool' }>): void => {
    const text = it.output.map((l) => l.text).join('\n');
    const answer = shells.answer(callId, text, undefined);
    if (answer.kind !== 'settled') return;
    settleResult(answer.previous, answer.exitCode);
    b.setText(answer.previous, answer.text);
  };

  const finish = (): void => {
    const it = item;
    item = undefined;
    if (!it) return;
    b.marks = it.sidechain ? { sidechain: true } : {};
    if (it.kind === 'tool') finishTool(it);
    else if (it.kind !== 'note') {
      const text = trimSeparator(it.text);
      const said = text
        .map((l) => l.text)
        .join('\n')
        .trim();
      const first = text.find((l) => l.text.trim() !== '');
      if (it.kind === 'copilot') {
        if (said) b.push({ kind: 'assistant_text', text: said, ...at(first?.line ?? it.line) });
      } else if (said && !it.sidechain) {
        // A sub-agent's prompt is its parent's instruction, never the person's.
        b.push({ kind: 'user_prompt', text: said, ...at(first?.line ?? it.line), ...(modelWrote ? { unverified: true as const } : {}) });
      }
    }
    b.marks = {};
  };

  /** A `### ` header that opens an item: after its `<sub>` time, or inside a sub-agent's item (its own steps). */
  const open = (title: string, line: number, timed: boolean): boolean => {
    const tool = TOOL.exec(title);
    const sidechain = !timed;
    if (sidechain && !(inSubagent && (tool || title === '💬 Copilot' || title === REASONING))) return false;
    finish();
    if (timed) inSubagent = false;
    // Whatever the model wrote is printed raw, and any item but the person's and the CLI's notes holds some of it.
    if (title !== '👤 User' && !CLI_NOTES.test(title)) modelWrote = true;
    if (tool) {
      item = { kind: 'tool', line, sidechain, name: tool[2]!, failed: tool[1] === '❌', command: [], args: [], output: [], text: [] };
    } else if (title === '👤 User') item = { kind: 'user', line, sidechain, text: [] };
    else if (title === '💬 Copilot') item = { kind: 'copilot', line, sidechain, text: [] };
    else {
      if (SUBAGENT.test(title)) inSubagent = true;
      else if (!CLI_NOTES.test(title) && title !== REASONING) ignored.add(`### ${title}`);
      item = { kind: 'note', line, sidechain, text: [] };
    }
    return true;
  };

  let started = false;
  for (const l of readLines(ctx.file, ctx.lineOpts)) {
    if (unreadableLine(ctx, l)) continue;
    const line = l.text.replace(/\s+$/, '');
    if (block) {
      if (closes(block.fence, line)) block = undefined;
      else if (item?.kind === 'tool' && block.role === 'args') item.args.push(line);
      else if (item?.kind === 'tool') item.output.push({ line: l.line, text: line });
      continue;
    }
    if (!started) {
      b.id ??= SESSION_ID.exec(line)?.[1];
      if (!ITEM_TIME.test(line)) continue;
      started = true;
    }
    const header = HEADER.exec(line);
    // Only a tool's output is fenced by the CLI (with more backticks than it holds); a fence in what a person or the
    // model wrote may never close, and must not swallow the turns after it.
    const fence = item?.kind === 'tool' ? FENCE.exec(line)?.[1] : undefined;
    if (fence) {
      block = { role: argsNext ? 'args' : 'output', fence, line: l.line };
      argsNext = false;
    } else if (header && open(header[1]!, l.line, ITEM_TIME.test(lastNonBlank))) {
      argsNext = false;
    } else if (item?.kind === 'tool') {
      if (line === '<summary>Arguments</summary>') argsNext = true;
      else if (line.startsWith('$ ') && item.command.length === 0) item.command.push(line.slice(2));
      else if (item.command.length > 0 && item.output.length === 0 && !SEPARATOR.test(line)) item.command.push(line);
    } else if (item) item.text.push({ line: l.line, text: line });
    if (line !== '') lastNonBlank = line;
  }
  if (block) ctx.issue(block.line, 'a fence that never closes: the lines after it were read as its content');
  finish();
  ignored.report(ctx);
  b.id ??= fileSessionId(ctx.display);
  return b.events.length > 0 ? [b] : [];
}

/** A fence's closing line: the same character, at least as many, nothing else. */
function closes(fence: string, line: string): boolean {
  const m = FENCE.exec(line);
  return !!m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1];
}

/** The rule and the next item's time that end an item's text: the format's separator, not what was said. */
function trimSeparator(text: Line[]): Line[] {
  let end = text.length;
  while (end > 0 && (text[end - 1]!.text.trim() === '' || SEPARATOR.test(text[end - 1]!.text.trim()))) end--;
  return text.slice(0, end);
}
