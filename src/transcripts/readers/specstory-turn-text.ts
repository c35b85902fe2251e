/**
 * A SpecStory turn's text outside its calls: kept as its head and tail while it streams (kept-lines.ts), a fence in
 * it kept as prose with its markers, and emitted as the person's words or the agent's reply when the turn's text
 * ends. In the old Cursor layout a shell or diff fence in it may turn out to be a call (specstory-terminal.ts):
 * it waits as the turn's pending shell until what follows says, and leaves the prose when it is one.
 */
import type { Where } from './claude-messages.js';
import { withoutPlanHandoff } from './cursor-plan.js';
import { KeptLines } from './kept-lines.js';
import type { SpecStoryCalls, SpecStoryOut } from './specstory-emit.js';
import type { CursorTextCalls, TextItem } from './specstory-cursor-text.js';
import { withoutCommandOutput, type Fence } from './specstory-markup.js';
import { editLabel, pendingShell, standsAlone, type EditLabel, type PendingShell } from './specstory-terminal.js';

/**
 * What VS Code's Copilot sends as the person's turn when they click rather than type: "Try Again" under a failed
 * reply re-sends the request as "@agent Try Again" (in English whatever the UI's language: German, Dutch and Russian
 * users' exports carry it so), and an edit session with no typed request is titled "File editing session". The whole
 * turn is the UI's label: no words of the person's, so no order, correction or complaint is read from it.
 */
const COPILOT_UI_TURN = /^(?:@agent Try Again|File editing session)$/;

export interface Turn {
  role: 'user' | 'agent';
  where: Where;
  /** The text outside calls, kept as its head and tail (kept-lines.ts). */
  text: KeptLines;
  /** The last line of the text that is not blank: the text has begun, and whether a fence opens a block. */
  lastNonBlank?: string;
  textLine: number;
  /** A sidechain turn without a model is the prompt the parent agent sent its subagent. */
  subagentPrompt: boolean;
  /**
   * Cursor through the old extension (`_**Assistant**_`): a terminal command is a shell fence, and
   * the bare fence right after it is the terminal's echo. Set while such a command awaits its echo.
   */
  assistantLayout: boolean;
  pendingShell?: PendingShell;
  /** Old Cursor layout: the last line, when it opened its block and names a file an edit below it may change. */
  label?: EditLabel | undefined;
  /** A Cursor agent turn: the calls the export writes as text (specstory-cursor-text.ts). */
  cursorText?: CursorTextCalls;
}

/** Lines added to a turn's text, its last line that is not blank noted. */
function pushText(turn: Turn, ...lines: string[]): void {
  for (const line of lines) {
    turn.text.push(line);
    if (line.trim()) turn.lastNonBlank = line;
  }
}

/** The fence a pending shell call held leaves the turn's text (it was a call, not prose), and what followed it. */
function dropFence(turn: Turn, cmd: PendingShell): void {
  turn.text.truncate(cmd.textAt);
  if (cmd.before === undefined) delete turn.lastNonBlank;
  else turn.lastNonBlank = cmd.before;
}

export class TurnText {
  turn: Turn | undefined;
  /** Set once the calls exist (they end the turn's text before each call, so each needs the other). */
  calls!: SpecStoryCalls;

  constructor(private readonly out: SpecStoryOut) {}

  /** Old Cursor layout: a command fence alone in its block is a call with no result (specstory-terminal.ts). */
  settleShell(): void {
    const turn = this.turn;
    const cmd = turn?.pendingShell;
    if (!turn || !cmd) return;
    turn.pendingShell = undefined;
    if (!standsAlone(cmd)) return;
    dropFence(turn, cmd);
    if (cmd.kind === 'edit') this.calls.editCall(cmd);
    else this.calls.terminalCall(cmd);
  }

  flush(): void {
    const turn = this.turn;
    if (!turn) return;
    // A paragraph held as maybe calls ends here; a call it holds flushes the text before it (the turn's text is
    // [] by then, so this does not come back).
    if (turn.cursorText) this.items(turn.cursorText.end());
    this.settleShell();
    const text = turn.text
      .lines()
      .filter((x) => !/^---\s*$/.test(x))
      .join('\n')
      .trim();
    turn.text = new KeptLines();
    delete turn.lastNonBlank;
    if (!text) return;
    const w: Where = { ...turn.where, line: turn.textLine };
    if (turn.role === 'user' && this.out.copilotIde && COPILOT_UI_TURN.test(text)) return;
    if (turn.role === 'user' || turn.subagentPrompt) {
      // Cursor's Plan-mode hand-off is the IDE's text in the person's turn (cursor-plan.ts).
      const own = turn.subagentPrompt ? text : withoutPlanHandoff(withoutCommandOutput(text));
      if (own) this.out.msgs.userText(own, w);
    } else
      this.out.b.push({
        kind: 'assistant_text',
        text,
        origin: { file: this.out.display, line: w.line },
        ...(w.timestamp ? { timestamp: w.timestamp } : {}),
      });
  }

  /** A line of a turn's text outside any call. */
  line(line: string, lineNo: number): void {
    const turn = this.turn;
    if (!turn) return;
    if (/^---\s*$/.test(line) || !line.trim()) {
      if (turn.text.count > 0) pushText(turn, line);
      if (turn.pendingShell && line.trim()) turn.pendingShell.closedBlock = true;
      return;
    }
    this.calls.flushRun();
    this.settleShell();
    if (turn.lastNonBlank === undefined) turn.textLine = lineNo;
    const opensBlock = turn.lastNonBlank === undefined || /^---\s*$/.test(turn.lastNonBlank);
    const path = turn.assistantLayout && opensBlock ? editLabel(line) : undefined;
    turn.label = path !== undefined ? { line, path, textAt: turn.text.count, before: turn.lastNonBlank } : undefined;
    pushText(turn, line);
  }

  items(items: TextItem[]): void {
    for (const item of items)
      if (item.call) this.calls.textCall(item.call);
      else this.line(item.text, item.line);
  }

  /** Old Cursor layout: a bare fence after a pending command is the terminal's echo, and the command a call. */
  echo(f: Fence): void {
    const turn = this.turn!;
    this.calls.flushRun();
    const cmd = turn.pendingShell!;
    turn.pendingShell = undefined;
    // The command becomes the call, so it leaves the prose.
    dropFence(turn, cmd);
    this.calls.terminalCall(cmd, f);
  }

  /** A fence in prose stays prose, markers included, so a quoted command keeps its shape. */
  fence(f: Fence): void {
    const turn = this.turn!;
    if (turn.cursorText) this.items(turn.cursorText.end());
    this.calls.flushRun();
    this.settleShell();
    if (turn.lastNonBlank === undefined) turn.textLine = f.line;
    const textAt = turn.text.count;
    const before = turn.lastNonBlank;
    pushText(turn, f.open, ...f.lines, f.close);
    if (turn.assistantLayout) turn.pendingShell = pendingShell(f, { before, textAt, label: turn.label });
    turn.label = undefined;
  }
}
