/**
 * A SpecStory export's calls as events: the open call and how it ends, the old layout's runs (calls made together,
 * their results after them in the same order), Markdown v2.0's call whose result follows its element, the calls
 * Cursor's export writes as text, and the old Cursor layout's terminal and edit calls.
 */
import { settleResult, type SessionBuilder } from '../builder.js';
import type { NewSessionEvent } from '../../model/index.js';
import type { ClaudeMessages, Where } from './claude-messages.js';
import { callInput, outputVerdict, terminalOutputFailed, type Tool, type ToolOutput } from './specstory-calls.js';
import type { TextCall } from './specstory-cursor-text.js';
import type { Fence } from './specstory-markup.js';
import { echoOutput, type PendingShell } from './specstory-terminal.js';
import { UnifiedExecSessions, runningSession } from './codex-unified-exec.js';

/** Where events go: the session's builder and its message reader, replaced when the header names the agent. */
export interface SpecStoryOut {
  b: SessionBuilder;
  msgs: ClaudeMessages;
  display: string;
  /** The header names VS Code's Copilot, whose UI sends some clicks as the person's turn (specstory-turn-text.ts). */
  copilotIde?: boolean;
}

/** What the calls need of the turn's text: to end it before a call, and the turn's place. */
export interface TurnSide {
  flushText(): void;
  where(): Where | undefined;
}

/** A call emitted, with where it was and its id. */
export interface EmittedCall {
  t: Tool;
  where: Where;
  callId: string;
}

/**
 * Old layout, calls made together: several "Tool use:" blocks, then their "Result:" fences in the
 * same order. The calls wait here until the run ends, so each result meets its own call.
 */
interface Run {
  calls: { t: Tool; where: Where }[];
  results: ToolOutput[];
  resultNext: boolean;
  resultError?: boolean;
}

export class SpecStoryCalls {
  /** The call being read. */
  tool: Tool | undefined;
  run: Run = { calls: [], results: [], resultNext: false };
  /**
   * A call whose element closed with no result, while only blank lines have followed: Markdown v2.0 writes TodoWrite's
   * result as a bare fence right under `</tool-use>`, with no turn header between, so that fence is the call's.
   */
  resultless: EmittedCall | undefined;
  private calls = 0;
  /** Codex's commands left running ("Process running with session ID N"), settled by the `write_stdin` poll that saw them exit. */
  private readonly execs = new UnifiedExecSessions<NewSessionEvent>();

  constructor(
    private readonly out: SpecStoryOut,
    private readonly turn: TurnSide,
  ) {}

  flushRun(): void {
    const { calls, results } = this.run;
    this.run = { calls: [], results: [], resultNext: false };
    // As many results as calls pair in order; a lone result is the last call's (a call before it went
    // unanswered); any other count is ambiguous, and a result given to the wrong command is worse than none.
    const paired = results.length === calls.length ? results : [];
    calls.forEach((c, i) => {
      const lone = results.length === 1 && i === calls.length - 1 ? results[0] : undefined;
      this.emitTool(c.t, c.where, paired[i] ?? lone);
    });
  }

  /** Ends the open call: emitted at once (an element, or a call with its result and no run), else held in the run. */
  finishTool(): EmittedCall | undefined {
    if (!this.tool) return undefined;
    const t = this.tool;
    this.tool = undefined;
    const where: Where = { ...(this.turn.where() ?? {}), line: t.line };
    if (t.element || (t.result && this.run.calls.length === 0)) {
      this.flushRun();
      return { t, where, callId: this.emitTool(t, where, t.result) };
    }
    this.run.calls.push({ t, where });
    if (t.result) this.run.results.push(t.result);
    return undefined;
  }

  private emitTool(t: Tool, where: Where, result: Tool['result']): string {
    const callId = `specstory-${++this.calls}`;
    if (result && this.polled(t, callId, result)) return callId;
    const { input } = callInput(t);
    this.out.msgs.assistant({ content: [{ type: 'tool_use', id: callId, name: t.name, input }] }, where);
    if (result) this.emitResult(t, where, result, callId);
    return callId;
  }

  emitResult(t: Tool, where: Where, result: ToolOutput, callId: string): void {
    const { code, shell } = callInput(t);
    const { failed, exitCode } = outputVerdict(result, {
      // The element's tool type, where it names a read or a search, says what printed the output whatever the name.
      tool: t.type === 'read' || t.type === 'search' ? t.type : t.name,
      shell,
      code,
      terminal: t.commandFence === true,
    });
    this.out.msgs.toolResult({ tool_use_id: callId, content: result.text, is_error: failed }, { ...where, line: result.line });
    // The shared classifier keeps exit codes of failures only; a SpecStory result states success's 0 as plainly.
    const last = this.out.b.events[this.out.b.events.length - 1];
    if (last?.kind === 'tool_result' && last.exitCode === undefined && exitCode !== undefined) last.exitCode = exitCode;
    const session =
      t.name === 'exec_command' && last?.kind === 'tool_result' && exitCode === undefined ? runningSession(result.text) : undefined;
    if (session !== undefined) this.execs.hold(session, { result: last!, text: result.text });
  }

  /**
   * Codex's `write_stdin` polling a command this export showed left running is transport, as Codex itself treats it
   * (codex-unified-exec.ts): the poll that saw the process exit settles that command's result, and the poll is no call
   * of its own. Read call by call, `pnpm lint` "running" was a success and its exit 1 belonged to no command.
   */
  private polled(t: Tool, callId: string, result: ToolOutput): boolean {
    if (t.name !== 'write_stdin') return false;
    if (!this.execs.takeCall(callId, callInput(t).input) && !this.execs.takeSole(callId)) return false;
    const answer = this.execs.answer(callId, result.text);
    if (answer.kind === 'settled') {
      settleResult(answer.previous, answer.exitCode);
      if (answer.previous.kind === 'tool_result') answer.previous.text = answer.text;
    }
    return true;
  }

  /** A Cursor call the export wrote as text, read as the same call written as an element would be. */
  textCall(c: TextCall): void {
    this.turn.flushText();
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
    const where: Where = { ...(this.turn.where() ?? {}), line: c.line };
    const result = c.result && { text: c.result.text, line: c.result.line, ...(c.result.failed ? { error: true } : {}) };
    const callId = this.emitTool(t, where, result);
    if (c.denied)
      this.out.b.push({
        kind: 'permission_denial',
        text: '',
        callId,
        toolName: c.name,
        origin: { file: this.out.display, line: c.line },
        ...(where.timestamp ? { timestamp: where.timestamp } : {}),
      });
  }

  /** Old Cursor layout: a shell fence and the terminal echo after it (when kept), as one call and its result. */
  terminalCall(cmd: PendingShell, echo?: Fence): void {
    this.turn.flushText();
    const callId = `specstory-${++this.calls}`;
    const where: Where = { ...(this.turn.where() ?? {}), line: cmd.line };
    this.out.msgs.assistant({ content: [{ type: 'tool_use', id: callId, name: 'terminal', input: { command: cmd.command } }] }, where);
    if (!echo) return;
    const out = echoOutput(cmd, echo);
    this.out.msgs.toolResult(
      { tool_use_id: callId, content: out, is_error: terminalOutputFailed(cmd.command, out) },
      { ...where, line: echo.line },
    );
  }

  /**
   * Old Cursor layout: a diff fence alone in its block is the edit it applied; its file (Cursor's edit_file calls it
   * `target_file`) only where the export states it (specstory-terminal.ts editLabel).
   */
  editCall(diff: PendingShell): void {
    this.turn.flushText();
    const where: Where = { ...(this.turn.where() ?? {}), line: diff.line };
    this.out.msgs.assistant(
      {
        content: [
          {
            type: 'tool_use',
            id: `specstory-${++this.calls}`,
            name: 'edit_file',
            input: { ...(diff.path !== undefined ? { target_file: diff.path } : {}), diff: diff.command },
          },
        ],
      },
      where,
    );
  }
}
