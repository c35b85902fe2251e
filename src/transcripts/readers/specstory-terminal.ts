/**
 * Cursor's terminal and edit calls in SpecStory's old layout (`_**Assistant**_` turns). The export writes no
 * "Tool use:" header for them: each call is a block of its own between "---" rules. A terminal call is the command
 * in a shell fence, then the terminal's echo in a bare fence when the export kept one; a call whose output it did
 * not keep (a dev server left running) is the command fence alone in its block. A file edit is a ```diff fence alone
 * in its block (the change it applied), its file named only where the export's structure states it (pendingShell). A
 * shell or diff fence beside the reply's own words (a command it suggests, a change it explains) is prose. Which one a fence is, only what follows it says:
 * it waits here as a PendingShell until then.
 */
import { NONE_FOUND, failsAfterFirstLine } from '../looks-failed.js';
import { TERMINAL_FAILED, echoesCommand, type Fence } from './specstory-markup.js';

/** A fence that may hold a terminal command. */
const SHELL_FENCE = /^\s*`{3,}\s*(?:bash|sh|shell|zsh|console)\s*$/;
/** A fence that may hold the change a file edit applied; Cursor's code-block form names the file ("```diff:src/a.ts"). */
const DIFF_FENCE = /^\s*`{3,}\s*diff(?::([^\s`]+))?\s*$/;

/** Old Cursor layout: a shell fence that may be a terminal call, until what follows it says. */
export interface PendingShell {
  /** A terminal command (its echo may follow), or a file edit's diff (never followed by output). */
  kind: 'terminal' | 'edit';
  /** The command, or the diff as the fence holds it. */
  command: string;
  /** An edit's file, where the export states it: the fence's info string, the diff's header, a label (editLabel). */
  path?: string;
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

/** Where a fence sits in its turn's text, for pendingShell. */
export interface FencePlace {
  /** The last line before the fence that is not blank, if any. */
  before: string | undefined;
  /** Lines of the turn's text before the fence. */
  textAt: number;
  /** A line naming a file, alone in its block right before the fence (editLabel). */
  label?: EditLabel | undefined;
}

/**
 * The fence just added to a turn's text, as a command that may be a terminal call or a diff that may be a file edit;
 * undefined when it is neither kind of fence or holds nothing. A diff right under a label that opened its block
 * belongs with the label: the two are the edit's block, and leave the prose together.
 */
export function pendingShell(f: Fence, { before, textAt, label }: FencePlace): PendingShell | undefined {
  const diff = DIFF_FENCE.exec(f.open);
  const kind = SHELL_FENCE.test(f.open) ? 'terminal' : diff ? 'edit' : undefined;
  const body = f.lines.join('\n');
  if (!kind || !body.trim()) return undefined;
  if (kind === 'terminal') {
    const opensBlock = before === undefined || /^---\s*$/.test(before);
    return { kind, command: body.trim(), line: f.line, textAt, before, opensBlock };
  }
  const labelled = label !== undefined && before === label.line;
  const at = labelled
    ? { textAt: label.textAt, before: label.before, opensBlock: true }
    : { textAt, before, opensBlock: before === undefined || /^---\s*$/.test(before) };
  // A diff's first "- " line (an empty line it replaced) is part of it.
  const path = diff![1] ?? diffHeaderPath(f.lines) ?? (labelled ? label.path : undefined);
  return { kind, command: body, line: f.line, ...at, ...(path !== undefined ? { path } : {}) };
}

/** A line that names the file of the edit below it (editLabel), where it sits in the turn's text. */
export interface EditLabel {
  line: string;
  path: string;
  textAt: number;
  before: string | undefined;
}

/**
 * A line that names an edit's file as the export lays one out: "Edit file: src/a.ts" (bold or code-quoted too), or
 * a heading that is a path and nothing else ("### src/a.ts", "## `.env.example`"). Only a label alone in its block
 * right above a diff fence alone there names the edit's file (pendingShell); a path in the reply's sentences never does.
 */
export function editLabel(line: string): string | undefined {
  const edit = EDIT_LINE.exec(line);
  if (edit) return edit[1];
  const heading = PATH_HEADING.exec(line);
  const path = heading?.[1] ?? heading?.[2];
  return path && (heading![1] !== undefined || path.includes('/') || /^\.?[\w-]+(?:\.[\w-]+)*\.[a-z][a-z\d]{0,7}$/i.test(path))
    ? path
    : undefined;
}
const EDIT_LINE = /^\s*[*_]{0,2}Edit(?:ed)? file:?[*_]{0,2}:?[ \t]+`?([^\s`*]+)`?[ \t]*[*_]{0,2}[ \t]*$/i;
/** A heading whose whole text is one path, in backticks (group 1) or bare (group 2). */
const PATH_HEADING = /^#{1,6}[ \t]+(?:`([^\s`]+)`|([^\s`#*]+))[ \t]*$/;

/**
 * The file a unified diff names in its own header ("diff --git a/x b/x", or "--- a/x" then "+++ b/x" as its first
 * lines): the new side's, or the old side's when the file was deleted.
 */
function diffHeaderPath(lines: string[]): string | undefined {
  const first = lines.findIndex((l) => l.trim() !== '');
  const git = /^diff --git a\/(\S+) b\/(\S+)$/.exec(lines[first] ?? '');
  if (git) return git[2];
  const from = /^--- (?:a\/)?(\S+)(?:\t.*)?$/.exec(lines[first] ?? '');
  const to = /^\+\+\+ (?:b\/)?(\S+)(?:\t.*)?$/.exec(lines[first + 1] ?? '');
  if (!from || !to) return undefined;
  return to[1] === '/dev/null' ? from[1] : to[1];
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
