/**
 * SpecStory markdown exports (`.specstory/history/*.md`), the v2.1 layout (`<tool-use>` elements
 * around `<details>`) and the older one (plain "Tool use: **Bash**" then "Result:" or "Error:" and a fence).
 *
 * One pass over the lines. Code fences are recognised before any markup, because a tool result can
 * hold another history file, markup and all. SpecStory writes no error flag, so failures are
 * inferred from the result text, the way the agent itself would have seen them.
 */
import path from 'node:path';
import { SessionBuilder } from '../builder.js';
import { readLineBatches } from '../lines.js';
import type { AgentKind } from '../../model/index.js';
import { ClaudeMessages, type Where } from './claude-messages.js';
import { unreadableLine, type ReaderContext } from './context.js';
import { withoutPlanHandoff } from './cursor-plan.js';
import {
  FenceTracker,
  type Fence,
  cursorSummaryInput,
  inlineCode,
  specStoryTime,
  specStoryTitleTime,
  specStoryTurnMeta,
  withoutCommandOutput,
} from './specstory-markup.js';
import { callInput, commandFenceFirst, outputVerdict, terminalOutputFailed, type Tool, type ToolOutput } from './specstory-calls.js';
import { CursorTextCalls, type TextCall, type TextItem } from './specstory-cursor-text.js';
import { echoFence, echoOutput, pendingShell, standsAlone, type PendingShell } from './specstory-terminal.js';

const SESSION_COMMENT = /^<!--\s*(.+?) Session ([\w-]{6,}) \(([^)]*)\)\s*-->\s*$/;
const TURN = /^_\*\*(User|Agent|Assistant)(\s*-\s*sidechain)?(?:\s*\((.*)\))?\*\*_\s*$/;
const BRACKETED_SIDECHAIN = /^(?:(.*)\)\s*\()?sidechain$/;
const TOOL_ELEMENT = /^<tool-use\b[^>]*\bdata-tool-name="([^"]*)"/;
const TOOL_TYPE = /\bdata-tool-type="([^"]*)"/;
const PLAIN_TOOL = /^Tool use: \*\*([^*]+)\*\*\s*(.*)$/;
const SUMMARY = /<summary>Tool use: \*\*([^*]+)\*\*\s*(.*?)<\/summary>/;
const INPUT_LABEL = /^\s*Input\b[^:`]{0,20}:\s*(`{3,}|~{3,})?\s*$/;
const INPUT_LIST_LABEL = /^\s*\*\*Input:\*\*\s*$/;
/** Claude Code's v2.1 exports put "**Result:**" after the input list: the fence after it is the result. */
const RESULT_AFTER_LIST = /^\s*\*\*Result:\*\*\s*$/;
const INPUT_ITEM = /^- ([A-Za-z_][\w.-]*):\s*(.*)$/;
const BARE_FENCE = /^\s*`{3,}\s*$/;
const RULE_HEADING = /^#{2,4} Rule: \S/;

const PROVIDERS: [RegExp, AgentKind][] = [
  [/^Claude Code/i, 'claude-code'],
  [/^Codex/i, 'codex'],
  [/^Gemini/i, 'gemini-cli'],
];

/** The plain layout's label before a call's output fence. */
const RESULT_LABEL = /^(Result|Error):\s*$/;

interface Turn {
  role: 'user' | 'agent';
  where: Where;
  text: string[];
  textLine: number;
  /** A sidechain turn without a model is the prompt the parent agent sent its subagent. */
  subagentPrompt: boolean;
  /**
   * Cursor through the old extension (`_**Assistant**_`): a terminal command is a shell fence, and
   * the bare fence right after it is the terminal's echo. Set while such a command awaits its echo.
   */
  assistantLayout: boolean;
  pendingShell?: PendingShell;
  /** A Cursor agent turn: the calls the export writes as text (specstory-cursor-text.ts). */
  cursorText?: CursorTextCalls;
}

function agentOf(provider: string): AgentKind {
  return PROVIDERS.find(([re]) => re.test(provider))?.[1] ?? 'generic';
}

export function readSpecStory(ctx: ReaderContext): SessionBuilder[] {
  let b = new SessionBuilder('generic', 'specstory-md', ctx);
  let msgs = new ClaudeMessages(b, ctx.display);
  const fences = new FenceTracker();
  let turn: Turn | undefined;
  let tool: Tool | undefined;
  let inThink = false;
  let calls = 0;
  let headerSeen = false;
  /** The header names Cursor as the agent (v2.1); the old layout's `_**Assistant**_` turns are Cursor's too. */
  let cursorHeader = false;
  /**
   * Whether an agent turn has begun. Markdown has no escaping: from then on, a `_**User**_` header outside
   * a fence or `<tool-use>` element may be a line the model printed in its reply, with the same shape,
   * rules and timestamps SpecStory writes (timestamps are in order except across parallel sidechains, and
   * a model can print the current time), so nothing in the file tells the two apart.
   */
  let agentSpoke = false;
  /**
   * Old Cursor layout: "### Rule: NAME" shows a rule the agent fetched, its text in the next fence,
   * whose closing marker SpecStory glues to the rule's last line. Read as an ordinary fence, it would
   * swallow the commands after it up to the next bare fence line.
   */
  let ruleFence = false;

  /** Old Cursor layout: a command fence alone in its block is a call with no result (specstory-terminal.ts). */
  const settleShell = (): void => {
    const cmd = turn?.pendingShell;
    if (!turn || !cmd) return;
    turn.pendingShell = undefined;
    if (!standsAlone(cmd)) return;
    turn.text.length = cmd.textAt;
    if (cmd.kind === 'edit') editCall(cmd);
    else terminalCall(cmd);
  };

  const flushText = (): void => {
    if (!turn) return;
    // A paragraph held as maybe calls ends here; a call it holds flushes the text before it (the turn's text is
    // [] by then, so this does not come back).
    if (turn.cursorText) onTextItems(turn.cursorText.end());
    settleShell();
    const text = turn.text
      .filter((x) => !/^---\s*$/.test(x))
      .join('\n')
      .trim();
    turn.text = [];
    if (!text) return;
    const w: Where = { ...turn.where, line: turn.textLine };
    if (turn.role === 'user' || turn.subagentPrompt) {
      // Cursor's Plan-mode hand-off is the IDE's text in the person's turn (cursor-plan.ts).
      const own = turn.subagentPrompt ? text : withoutPlanHandoff(withoutCommandOutput(text));
      if (own) msgs.userText(own, w);
    } else
      b.push({
        kind: 'assistant_text',
        text,
        origin: { file: ctx.display, line: w.line },
        ...(w.timestamp ? { timestamp: w.timestamp } : {}),
      });
  };

  /**
   * Old layout, calls made together: several "Tool use:" blocks, then their "Result:" fences in the
   * same order. The calls wait here until the run ends, so each result meets its own call.
   */
  let run: { calls: { t: Tool; where: Where }[]; results: ToolOutput[]; resultNext: boolean; resultError?: boolean } = {
    calls: [],
    results: [],
    resultNext: false,
  };

  const flushRun = (): void => {
    const { calls, results } = run;
    run = { calls: [], results: [], resultNext: false };
    // As many results as calls pair in order; a lone result is the last call's (a call before it went
    // unanswered); any other count is ambiguous, and a result given to the wrong command is worse than none.
    const paired = results.length === calls.length ? results : [];
    calls.forEach((c, i) => {
      const lone = results.length === 1 && i === calls.length - 1 ? results[0] : undefined;
      emitTool(c.t, c.where, paired[i] ?? lone);
    });
  };

  /**
   * A call whose element closed with no result, while only blank lines have followed: Markdown v2.0 writes TodoWrite's
   * result as a bare fence right under `</tool-use>`, with no turn header between, so that fence is the call's.
   */
  let resultless: { t: Tool; where: Where; callId: string } | undefined;

  /** Ends the open call: emitted at once (an element, or a call with its result and no run), else held in the run. */
  const finishTool = (): { t: Tool; where: Where; callId: string } | undefined => {
    if (!tool) return undefined;
    const t = tool;
    tool = undefined;
    const where: Where = { ...(turn?.where ?? {}), line: t.line };
    if (t.element || (t.result && run.calls.length === 0)) {
      flushRun();
      return { t, where, callId: emitTool(t, where, t.result) };
    }
    run.calls.push({ t, where });
    if (t.result) run.results.push(t.result);
    return undefined;
  };

  const emitTool = (t: Tool, where: Where, result: Tool['result']): string => {
    const callId = `specstory-${++calls}`;
    const { input } = callInput(t);
    msgs.assistant({ content: [{ type: 'tool_use', id: callId, name: t.name, input }] }, where);
    if (result) emitResult(t, where, result, callId);
    return callId;
  };

  const emitResult = (t: Tool, where: Where, result: ToolOutput, callId: string): void => {
    const { code, shell } = callInput(t);
    const { failed, exitCode } = outputVerdict(result, { shell, code, terminal: t.commandFence === true });
    msgs.toolResult({ tool_use_id: callId, content: result.text, is_error: failed }, { ...where, line: result.line });
    // The shared classifier keeps exit codes of failures only; a SpecStory result states success's 0 as plainly.
    const last = b.events[b.events.length - 1];
    if (last?.kind === 'tool_result' && last.exitCode === undefined && exitCode !== undefined) last.exitCode = exitCode;
  };

  /** A Cursor call the export wrote as text, read as the same call written as an element would be. */
  const textCall = (c: TextCall): void => {
    flushText();
    const t: Tool = {
      name: c.name,
      type: 'unknown',
      line: c.line,
      element: true,
      body: [],
      inputNext: false,
      awaitingResult: false,
      ticks: 0,
    };
    if (c.subject !== undefined) t.summaryCommand = c.subject;
    const where: Where = { ...(turn?.where ?? {}), line: c.line };
    const result = c.result && { text: c.result.text, line: c.result.line, ...(c.result.failed ? { error: true } : {}) };
    const callId = emitTool(t, where, result);
    if (c.denied)
      b.push({
        kind: 'permission_denial',
        text: '',
        callId,
        toolName: c.name,
        origin: { file: ctx.display, line: c.line },
        ...(where.timestamp ? { timestamp: where.timestamp } : {}),
      });
  };

  /** A line of a turn's text outside any call. */
  const textLine = (line: string, lineNo: number): void => {
    if (!turn) return;
    if (/^---\s*$/.test(line) || !line.trim()) {
      if (turn.text.length > 0) turn.text.push(line);
      if (turn.pendingShell && line.trim()) turn.pendingShell.closedBlock = true;
      return;
    }
    flushRun();
    settleShell();
    if (!turn.text.some((x) => x.trim())) turn.textLine = lineNo;
    turn.text.push(line);
  };

  const onTextItems = (items: TextItem[]): void => {
    for (const item of items)
      if (item.call) textCall(item.call);
      else textLine(item.text, item.line);
  };

  const onFence = (f: Fence): void => {
    const text = f.lines.join('\n');
    const owner = resultless;
    resultless = undefined;
    if (owner && !tool && BARE_FENCE.test(f.open)) {
      emitResult(owner.t, owner.where, { text, line: f.line }, owner.callId);
    } else if (!tool && run.resultNext) {
      run.results.push({ text, line: f.line, ...(run.resultError ? { error: true } : {}) });
      run.resultNext = false;
      run.resultError = false;
    } else if (tool?.inputList?.pendingKey !== undefined) {
      tool.inputList.values.set(tool.inputList.pendingKey, text);
      delete tool.inputList.pendingKey;
    } else if (tool?.inputList && !tool.inputList.closed) {
      // A fence in an input list that follows no key is still input, never a result.
    } else if (tool && tool.inputNext) {
      tool.input = text;
      tool.inputNext = false;
    } else if (tool?.element && commandFenceFirst(tool, f)) {
      // Cursor's v2.1 terminal call: the ```bash fence is the command, the bare fence after it the output.
      tool.input = text;
      tool.commandFence = true;
    } else if (tool?.element) {
      tool.result = { text, line: f.line };
    } else if (tool?.commandFence && !tool.awaitingResult && BARE_FENCE.test(f.open)) {
      // Cursor's plain layout writes a terminal call the same way: command fence, then the output's bare fence.
      tool.result = { text, line: f.line };
      finishTool();
    } else if (tool && !tool.awaitingResult && tool.inlineInHeader !== true) {
      // Old layout: a fence before "Result:" is the input (the content a Write wrote).
      tool.commandFence = commandFenceFirst(tool, f);
      tool.input = text;
    } else if (tool) {
      tool.result = { text, line: f.line, ...(tool.errorLabel ? { error: true } : {}) };
      finishTool();
    } else if (turn?.pendingShell?.kind === 'terminal' && echoFence(f)) {
      flushRun();
      const cmd = turn.pendingShell;
      turn.pendingShell = undefined;
      // The command becomes the call, so it leaves the prose.
      turn.text.length = cmd.textAt;
      terminalCall(cmd, f);
    } else if (turn) {
      if (turn.cursorText) onTextItems(turn.cursorText.end());
      flushRun();
      settleShell();
      // A fence in prose stays prose, markers included, so a quoted command keeps its shape.
      if (!turn.text.some((x) => x.trim())) turn.textLine = f.line;
      const textAt = turn.text.length;
      turn.text.push(f.open, ...f.lines, f.close);
      if (turn.assistantLayout) turn.pendingShell = pendingShell(turn.text, f, textAt);
    }
  };

  /** Old Cursor layout: a shell fence and the terminal echo after it (when kept), as one call and its result. */
  const terminalCall = (cmd: PendingShell, echo?: Fence): void => {
    flushText();
    const callId = `specstory-${++calls}`;
    const where: Where = { ...(turn?.where ?? {}), line: cmd.line };
    msgs.assistant({ content: [{ type: 'tool_use', id: callId, name: 'terminal', input: { command: cmd.command } }] }, where);
    if (!echo) return;
    const out = echoOutput(cmd, echo);
    msgs.toolResult({ tool_use_id: callId, content: out, is_error: terminalOutputFailed(cmd.command, out) }, { ...where, line: echo.line });
  };

  /** Old Cursor layout: a diff fence alone in its block is the edit it applied, to a file the layout does not name. */
  const editCall = (diff: PendingShell): void => {
    flushText();
    const where: Where = { ...(turn?.where ?? {}), line: diff.line };
    msgs.assistant(
      { content: [{ type: 'tool_use', id: `specstory-${++calls}`, name: 'edit_file', input: { diff: diff.command } }] },
      where,
    );
  };

  for (const batch of readLineBatches(ctx.file, ctx.lineOpts))
    for (const l of batch) {
      if (unreadableLine(ctx, l)) continue;
      const line = l.text;
      const fenceEvent = fences.feed(line, l.line, ruleFence);
      if (fenceEvent === 'opened') ruleFence = false;
      if (fenceEvent === 'inside' || fenceEvent === 'opened') continue;
      if (fenceEvent) {
        // A block fenced inside the agent's thinking is thinking too, never its reply: the fence is only tracked here.
        if (!inThink) onFence(fenceEvent);
        continue;
      }
      if (inThink) {
        if (line.includes('</think>')) inThink = false;
        continue;
      }
      if (line.trim()) resultless = undefined;
      if (!headerSeen) {
        const h = SESSION_COMMENT.exec(line);
        if (h) {
          headerSeen = true;
          const agent = agentOf(h[1]!);
          cursorHeader = /^cursor\b/i.test(h[1]!);
          if (agent !== b.agent && b.size === 0) {
            b = new SessionBuilder(agent, 'specstory-md', ctx);
            msgs = new ClaudeMessages(b, ctx.display);
          }
          b.id = h[2];
          b.seen(specStoryTime(h[3]!));
          continue;
        }
        // The old layout has no session comment: its title says when the conversation started.
        const titled = b.startedAt === undefined ? specStoryTitleTime(line, path.basename(ctx.display)) : undefined;
        if (titled) {
          b.seen(titled);
          continue;
        }
      }
      // Inside a v2.1 `<tool-use>` element a turn header is the element's content, never a turn: SpecStory
      // closes the element before the next turn, and what sits in it (the call's description, a result
      // whose backticks ended its fence early) was written by the model or a tool, not typed by the user.
      const t = tool?.element ? null : TURN.exec(line);
      if (t) {
        finishTool();
        flushText();
        headerSeen = true;
        ruleFence = false;
        // Older Claude Code exports put the sidechain in parentheses of its own: "_**User (sidechain)**_",
        // "_**Agent (model) (sidechain)**_"; the greedy inner group then ends in "sidechain".
        const bracketed = t[3] === undefined ? null : BRACKETED_SIDECHAIN.exec(t[3]);
        const parts = specStoryTurnMeta(bracketed ? bracketed[1] : t[3]);
        if (parts.model && !parts.model.startsWith('<') && !b.model) b.model = parts.model;
        const sidechain = t[2] !== undefined || bracketed !== null;
        const role = t[1] === 'User' ? 'user' : 'agent';
        // A run of calls ends at the user's turn, or where the agent enters or leaves a sidechain.
        if (role === 'user' || sidechain !== (b.marks.sidechain === true)) flushRun();
        if (sidechain) b.marks.sidechain = true;
        else delete b.marks.sidechain;
        const unverified = role === 'user' && agentSpoke;
        if (role === 'agent') agentSpoke = true;
        turn = {
          role,
          where: { line: l.line, ...(parts.time ? { timestamp: parts.time } : {}), ...(unverified ? { unverified } : {}) },
          text: [],
          textLine: l.line,
          subagentPrompt: sidechain && role === 'agent' && !parts.model,
          assistantLayout: t[1] === 'Assistant',
        };
        if (role === 'agent' && !turn.subagentPrompt && (cursorHeader || turn.assistantLayout)) turn.cursorText = new CursorTextCalls();
        continue;
      }
      if (tool?.element) {
        if (line.includes('</tool-use>')) {
          const ended = finishTool();
          if (ended && !ended.t.result) resultless = ended;
          continue;
        }
        const s = SUMMARY.exec(line);
        if (s) {
          const cmd = inlineCode(s[2]!) ?? cursorSummaryInput(s[2]!);
          if (cmd !== undefined) tool.summaryCommand = cmd;
        } else if (/<\/summary>\s*$/.test(line)) {
          // The tail of a summary that spans lines (a multi-line command); the command fence follows.
          continue;
        } else if (INPUT_LIST_LABEL.test(line)) {
          tool.inputList = { values: new Map() };
        } else if (tool.inputList && RESULT_AFTER_LIST.test(line)) {
          tool.inputList.closed = true;
        } else if (tool.inputList && !tool.inputList.closed && INPUT_ITEM.test(line)) {
          const [, key, rest] = INPUT_ITEM.exec(line)!;
          const value = inlineCode(rest!.trim());
          if (value !== undefined) tool.inputList.values.set(key!, value);
          else if (!rest!.trim()) tool.inputList.pendingKey = key!;
        } else if (INPUT_LABEL.test(line)) {
          tool.inputNext = true;
          // "Input (truncated): ```" opens its fence on the label's own line.
          const marker = INPUT_LABEL.exec(line)![1];
          if (marker) fences.feed(marker, l.line);
        } else if (!/^\s*<\/?(?:details|summary)>/.test(line)) tool.body.push(line);
        continue;
      }
      if (tool) {
        // Old layout: inline-code input lines, "Result:", then a fence; anything else ends the call.
        if (!line.trim()) continue;
        const label = RESULT_LABEL.exec(line);
        if (label) {
          tool.awaitingResult = true;
          if (label[1] === 'Error') tool.errorLabel = true;
          continue;
        }
        // An inline-code input may span lines (a quoted newline in a command): odd backticks so far mean it is open.
        if (!tool.awaitingResult && (line.startsWith('`') || tool.ticks % 2 === 1)) {
          tool.body.push(line);
          tool.ticks += line.split('`').length - 1;
          continue;
        }
        finishTool();
      }
      const el = TOOL_ELEMENT.exec(line);
      if (el) {
        flushText();
        tool = {
          name: el[1]!,
          type: TOOL_TYPE.exec(line)?.[1] ?? 'unknown',
          line: l.line,
          element: true,
          body: [],
          inputNext: false,
          awaitingResult: false,
          ticks: 0,
        };
        // Codex through SpecStory v2.0 writes a call whose input and output it did not keep on one line, element
        // closed and all. Left open, the call would swallow every turn after it, the user's included, up to the
        // next element's end, and take that element's output as its own.
        if (line.includes('</tool-use>')) {
          const s = SUMMARY.exec(line);
          const cmd = s ? (inlineCode(s[2]!) ?? cursorSummaryInput(s[2]!)) : undefined;
          if (cmd !== undefined) tool.summaryCommand = cmd;
          finishTool();
        }
        continue;
      }
      const plain = PLAIN_TOOL.exec(line);
      if (plain && turn?.role === 'agent') {
        // A call after answered ones starts a new run.
        if (run.results.length > 0) flushRun();
        flushText();
        tool = {
          name: plain[1]!.trim(),
          type: 'unknown',
          line: l.line,
          element: false,
          body: [],
          inputNext: false,
          awaitingResult: false,
          ticks: 0,
        };
        const rest = plain[2]!.trim();
        tool.inlineInHeader = inlineCode(rest) !== undefined;
        if (rest) {
          tool.body.push(rest);
          tool.ticks += rest.split('`').length - 1;
        }
        continue;
      }
      if (line.startsWith('<think>')) {
        inThink = !line.includes('</think>');
        continue;
      }
      const runLabel = run.calls.length > 0 ? RESULT_LABEL.exec(line) : null;
      if (runLabel) {
        run.resultNext = true;
        run.resultError = runLabel[1] === 'Error';
        continue;
      }
      if (!turn) continue;
      if (turn.assistantLayout && RULE_HEADING.test(line)) ruleFence = true;
      if (!turn.cursorText) textLine(line, l.line);
      else {
        // Any text ends a run of calls and settles a command fence before it, held or not, as it did before.
        if (line.trim() && !/^---\s*$/.test(line)) {
          flushRun();
          settleShell();
        }
        onTextItems(turn.cursorText.feed(line, l.line));
      }
    }
  const open = fences.pending();
  if (open) {
    ctx.issue(open.line, 'code fence never closed; its text was kept');
    onFence(open);
  }
  finishTool();
  flushRun();
  flushText();
  b.cwd ??= exportedFrom(ctx.file);
  return [b];
}

/**
 * The folder the agent ran in, where the export sits where SpecStory writes it: `.specstory/history/` in the folder
 * the CLI (or the editor's workspace) ran in. The header names no folder; a file kept anywhere else tells none.
 */
function exportedFrom(file: string): string | undefined {
  const history = path.dirname(path.resolve(file));
  if (path.basename(history) !== 'history' || path.basename(path.dirname(history)) !== '.specstory') return undefined;
  return path.dirname(path.dirname(history));
}
