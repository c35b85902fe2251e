/**
 * Cursor's terminal and edit calls in SpecStory's old layout (`_**Assistant**_` turns). The export writes no
 * "Tool use:" header for them: each call is a block of its own between "---" rules. A terminal call is the command
 * in a shell fence, then the terminal's echo in a bare fence when the export kept one; a call whose output it did
 * not keep (a dev server left running) is the command fence alone in its block. A file edit is a ```diff fence alone
 * in its block (the change it applied; the layout does not name the file). A shell or diff fence beside the reply's
 * own words (a command it suggests, a change it explains) is prose. Which one a fence is, only what follows it says:
 * it waits here as a PendingShell until then.
 */
import { NONE_FOUND, failsAfterFirstLine } from '../looks-failed.js';
import { TERMINAL_FAILED, echoesCommand, type Fence } from './specstory-markup.js';

/** A fence that may hold a terminal command. */
const SHELL_FENCE = /^\s*`{3,}\s*(?:bash|sh|shell|zsh|console)\s*$/;
/** A fence that may hold the change a file edit applied. */
const DIFF_FENCE = /^\s*`{3,}\s*diff\s*$/;

/** Old Cursor layout: a shell fence that may be a terminal call, until what follows it says. */
export interface PendingShell {
  /** A terminal command (its echo may follow), or a file edit's diff (never followed by output). */
  kind: 'terminal' | 'edit';
  /** The command, or the diff as the fence holds it. */
  command: string;
  line: number;
  /** Where the fence starts in the turn's text (lines before it), so a call takes it out of the prose. */
  textAt: number;
  /** The turn's last line before the fence that is not blank, to restore when the fence leaves the text. */
  before: string | undefined;
  /** Nothing but a "---" rule (or the turn's start) before it: the fence opens a block of its own. */
  opensBlock: boolean;
  /** A "---" rule came after it before any other text: the block held the fence alone. */
  closedBlock?: boolean;
}

/**
 * The fence just added to a turn's text at `textAt`, after the line `before` (the last that is not blank, if any),
 * as a command that may be a terminal call or a diff that may be a file edit; undefined when it is neither kind of
 * fence or holds nothing.
 */
export function pendingShell(before: string | undefined, f: Fence, textAt: number): PendingShell | undefined {
  const kind = SHELL_FENCE.test(f.open) ? 'terminal' : DIFF_FENCE.test(f.open) ? 'edit' : undefined;
  const body = f.lines.join('\n');
  if (!kind || !body.trim()) return undefined;
  const opensBlock = before === undefined || /^---\s*$/.test(before);
  // A diff's first "- " line (an empty line it replaced) is part of it; a command's blank edges are not.
  return { kind, command: kind === 'edit' ? body : body.trim(), line: f.line, textAt, before, opensBlock };
}

/** A command fence alone in its block: a call whose output the export did not keep. */
export function standsAlone(cmd: PendingShell): boolean {
  return cmd.opensBlock && cmd.closedBlock === true;
}

/** A fence that can be a terminal's echo: a bare one, no language named; only a command has one. */
export function echoFence(f: Fence): boolean {
  return /^\s*`{3,}\s*$/.test(f.open);
}

/**
 * The terminal's output in its echo: the echo opens with the prompt and the command itself, which are the call's,
 * not its output, so quotes and error lines come from what follows.
 */
export function echoOutput(cmd: PendingShell, echo: Fence): string {
  const lines = echoesCommand(echo.lines[0] ?? '', cmd.command) ? echo.lines.slice(1) : echo.lines;
  return lines.join('\n');
}

/** Whether a terminal's output opens with a failure in a terminal's words ("✖ 3 problems", "cd: no such file ..."). */
export function opensWithTerminalFailure(out: string): boolean {
  const head = out.trimStart();
  return TERMINAL_FAILED.test(head) && !NONE_FOUND.test(head);
}

/** Whether a line after the first of the terminal's output shows the run failed (looks-failed.ts), in its words too. */
export function terminalFailsAfterFirstLine(command: string, out: string): boolean {
  return failsAfterFirstLine(out, { command, alsoFailed: TERMINAL_FAILED });
}
