/**
 * SpecStory markdown exports (`.specstory/history/*.md`), the v2.1 layout (`<tool-use>` elements
 * around `<details>`) and the older one (plain "Tool use: **Bash**" then "Result:" or "Error:" and a fence).
 *
 * One pass over the lines. Code fences are recognised before any markup, because a tool result can
 * hold another history file, markup and all. SpecStory writes no error flag, so failures are
 * inferred from the result text, the way the agent itself would have seen them.
 *
 * This file reads the layout (the session header, turn headers, which fence is whose); a call's lines are read in
 * specstory-tool-lines.ts, emitted in specstory-emit.ts, a turn's text kept in specstory-turn-text.ts.
 */
import path from 'node:path';
import { SessionBuilder } from '../builder.js';
import { readLineBatches } from '../lines.js';
import type { AgentKind } from '../../model/index.js';
import { ClaudeMessages } from './claude-messages.js';
import { unreadableLine, type ReaderContext } from './context.js';
import { KeptLines } from './kept-lines.js';
import { commandFenceFirst } from './specstory-calls.js';
import { CursorTextCalls } from './specstory-cursor-text.js';
import { SpecStoryCalls, type SpecStoryOut } from './specstory-emit.js';
import { FenceTracker, type Fence, specStoryTime, specStoryTitleTime, specStoryTurnMeta } from './specstory-markup.js';
import { echoFence } from './specstory-terminal.js';
import { RESULT_LABEL, elementLine, elementTool, plainTool, plainToolLine } from './specstory-tool-lines.js';
import { TurnText, type Turn } from './specstory-turn-text.js';

const SESSION_COMMENT = /^<!--\s*(.+?) Session ([\w-]{6,}) \(([^)]*)\)\s*-->\s*$/;
const TURN = /^_\*\*(User|Agent|Assistant)(\s*-\s*sidechain)?(?:\s*\((.*)\))?\*\*_\s*$/;
const BRACKETED_SIDECHAIN = /^(?:(.*)\)\s*\()?sidechain$/;
const BARE_FENCE = /^\s*`{3,}\s*$/;
const RULE_HEADING = /^#{2,4} Rule: \S/;

const PROVIDERS: [RegExp, AgentKind][] = [
  [/^Claude Code/i, 'claude-code'],
  [/^Codex/i, 'codex'],
  [/^Gemini/i, 'gemini-cli'],
  // VS Code's Copilot ("VS Code Copilot IDE", "copilotide" in other SpecStory versions, plain "vscode" in older ones,
  // which wrote the same session again under the newer name) reads what Copilot CLI reads
  // (.github/copilot-instructions.md, AGENTS.md): one kind for both.
  [/^(?:(?:VS Code |GitHub )?Copilot|vs ?code$)/i, 'copilot-cli'],
];

function agentOf(provider: string): AgentKind {
  return PROVIDERS.find(([re]) => re.test(provider))?.[1] ?? 'generic';
}

export function readSpecStory(ctx: ReaderContext): SessionBuilder[] {
  const first = new SessionBuilder('generic', 'specstory-md', ctx);
  const out: SpecStoryOut = { b: first, msgs: new ClaudeMessages(first, ctx.display), display: ctx.display };
  const fences = new FenceTracker();
  const text = new TurnText(out);
  const calls = new SpecStoryCalls(out, { flushText: () => text.flush(), where: () => text.turn?.where });
  text.calls = calls;
  let inThink = false;
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

  /** A closed fence: a call's input or result, a run's result, the old layout's terminal echo, or prose. */
  const onFence = (f: Fence): void => {
    const fenced = f.lines.join('\n');
    const tool = calls.tool;
    const run = calls.run;
    const turn = text.turn;
    const owner = calls.resultless;
    calls.resultless = undefined;
    if (owner && !tool && BARE_FENCE.test(f.open)) {
      calls.emitResult(owner.t, owner.where, { text: fenced, line: f.line }, owner.callId);
    } else if (!tool && run.resultNext) {
      run.results.push({ text: fenced, line: f.line, ...(run.resultError ? { error: true } : {}) });
      run.resultNext = false;
      run.resultError = false;
    } else if (tool?.inputList?.pendingKey !== undefined) {
      tool.inputList.values.set(tool.inputList.pendingKey, fenced);
      delete tool.inputList.pendingKey;
    } else if (tool?.inputList && !tool.inputList.closed) {
      // A fence in an input list that follows no key is still input, never a result.
    } else if (tool && tool.inputNext) {
      tool.input = fenced;
      tool.inputNext = false;
    } else if (tool?.element && commandFenceFirst(tool, f)) {
      // Cursor's v2.1 terminal call: the ```bash fence is the command, the bare fence after it the output.
      tool.input = fenced;
      tool.commandFence = true;
    } else if (tool?.element) {
      tool.result = { text: fenced, line: f.line };
    } else if (tool?.commandFence && !tool.awaitingResult && BARE_FENCE.test(f.open)) {
      // Cursor's plain layout writes a terminal call the same way: command fence, then the output's bare fence.
      tool.result = { text: fenced, line: f.line };
      calls.finishTool();
    } else if (tool && !tool.awaitingResult && tool.inlineInHeader !== true) {
      // Old layout: a fence before "Result:" is the input (the content a Write wrote).
      tool.commandFence = commandFenceFirst(tool, f);
      tool.input = fenced;
    } else if (tool) {
      tool.result = { text: fenced, line: f.line, ...(tool.errorLabel ? { error: true } : {}) };
      calls.finishTool();
    } else if (turn?.pendingShell?.kind === 'terminal' && echoFence(f)) {
      text.echo(f);
    } else if (turn) {
      text.fence(f);
    }
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
      if (line.trim()) calls.resultless = undefined;
      if (!headerSeen) {
        const h = SESSION_COMMENT.exec(line);
        if (h) {
          headerSeen = true;
          const agent = agentOf(h[1]!);
          cursorHeader = /^cursor\b/i.test(h[1]!);
          out.copilotIde = agent === 'copilot-cli';
          if (agent !== out.b.agent && out.b.size === 0) {
            out.b = new SessionBuilder(agent, 'specstory-md', ctx);
            out.msgs = new ClaudeMessages(out.b, ctx.display);
          }
          out.b.id = h[2];
          out.b.seen(specStoryTime(h[3]!));
          continue;
        }
        // The old layout has no session comment: its title says when the conversation started.
        const titled = out.b.startedAt === undefined ? specStoryTitleTime(line, path.basename(ctx.display)) : undefined;
        if (titled) {
          out.b.seen(titled);
          continue;
        }
      }
      const b = out.b;
      // Inside a v2.1 `<tool-use>` element a turn header is the element's content, never a turn: SpecStory
      // closes the element before the next turn, and what sits in it (the call's description, a result
      // whose backticks ended its fence early) was written by the model or a tool, not typed by the user.
      const t = calls.tool?.element ? null : TURN.exec(line);
      if (t) {
        calls.finishTool();
        text.flush();
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
        if (role === 'user' || sidechain !== (b.marks.sidechain === true)) calls.flushRun();
        if (sidechain) b.marks.sidechain = true;
        else delete b.marks.sidechain;
        const unverified = role === 'user' && agentSpoke;
        if (role === 'agent') agentSpoke = true;
        const turn: Turn = {
          role,
          where: { line: l.line, ...(parts.time ? { timestamp: parts.time } : {}), ...(unverified ? { unverified } : {}) },
          text: new KeptLines(),
          textLine: l.line,
          subagentPrompt: sidechain && role === 'agent' && !parts.model,
          assistantLayout: t[1] === 'Assistant',
        };
        text.turn = turn;
        if (role === 'agent' && !turn.subagentPrompt && (cursorHeader || turn.assistantLayout)) turn.cursorText = new CursorTextCalls();
        continue;
      }
      const tool = calls.tool;
      if (tool?.element) {
        if (elementLine(tool, line, l.line, fences) === 'closed') {
          const ended = calls.finishTool();
          if (ended && !ended.t.result) calls.resultless = ended;
        }
        continue;
      }
      if (tool) {
        // Old layout: inline-code input lines, "Result:", then a fence; anything else ends the call.
        if (plainToolLine(tool, line)) continue;
        calls.finishTool();
      }
      const opened = elementTool(line, l.line);
      if (opened) {
        text.flush();
        calls.tool = opened.tool;
        if (opened.closed) calls.finishTool();
        continue;
      }
      const turn = text.turn;
      const plain = turn?.role === 'agent' ? plainTool(line, l.line) : undefined;
      if (plain) {
        // A call after answered ones starts a new run.
        if (calls.run.results.length > 0) calls.flushRun();
        text.flush();
        calls.tool = plain;
        continue;
      }
      if (line.startsWith('<think>')) {
        inThink = !line.includes('</think>');
        continue;
      }
      const run = calls.run;
      const runLabel = run.calls.length > 0 ? RESULT_LABEL.exec(line) : null;
      if (runLabel) {
        run.resultNext = true;
        run.resultError = runLabel[1] === 'Error';
        continue;
      }
      if (!turn) continue;
      if (turn.assistantLayout && RULE_HEADING.test(line)) ruleFence = true;
      if (!turn.cursorText) text.line(line, l.line);
      else {
        // Any text ends a run of calls and settles a command fence before it, held or not, as it did before.
        if (line.trim() && !/^---\s*$/.test(line)) {
          calls.flushRun();
          text.settleShell();
        }
        text.items(turn.cursorText.feed(line, l.line));
      }
    }
  const open = fences.pending();
  if (open) {
    ctx.issue(open.line, 'code fence never closed; its text was kept');
    onFence(open);
  }
  calls.finishTool();
  calls.flushRun();
  text.flush();
  out.b.cwd ??= exportedFrom(ctx.file);
  return [out.b];
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
