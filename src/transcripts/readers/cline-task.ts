/**
 * What Cline's two task files share (Cline, VS Code extension `saoudrizwan.claude-dev`, and its forks
 * Roo Code and Kilo Code): each task is a folder `tasks/<taskId>/` holding `ui_messages.json` (the chat
 * as the extension shows it, read by cline-ui.ts) and `api_conversation_history.json` (the messages
 * sent to the model, read by cline.ts). Both name the session by the folder, so the pair is one task.
 */
import { statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { exitCodeFrom, fileStem } from '../builder.js';
import { outputFailed } from '../looks-failed.js';

const UI_FILE = 'ui_messages.json';
const API_FILE = 'api_conversation_history.json';

/** The task folder's name when the file sits in one under its own name; else the file's stem. */
export function taskId(file: string): string | undefined {
  const name = basename(file);
  if (name !== UI_FILE && name !== API_FILE) return undefined;
  const dir = basename(dirname(file));
  return dir && dir !== '.' ? dir : fileStem(file);
}

/**
 * Whether the API history should give way to the UI messages beside it: the same task, read once,
 * from the file that says structurally which text the person typed (cline-ui.ts). Decided by the
 * folder's layout alone: a non-empty regular `ui_messages.json` in the same folder.
 */
export function uiMessagesBeside(file: string): boolean {
  if (basename(file) !== API_FILE) return false;
  try {
    const st = statSync(join(dirname(file), UI_FILE));
    return st.isFile() && st.size > 0;
  } catch {
    return false;
  }
}

/**
 * Cline writes no error flag into either file: a command's result says "Command executed.\nOutput:…"
 * (older), Roo Code "Command executed in terminal … Exit code: N" in its head, and the harness words
 * its own failures ("Error executing command", "The tool execution failed with the following error").
 * The head names the exit code; else the output part shows a failure, at its head or at a later line's start.
 */
const HEAD_EXIT = /\bExit code:?\s*(-?\d{1,3})\b/i;
const HARNESS_FAILURE =
  /^(?:Command failed\b|Command execution was not successful|Error executing command|Error (?:reading|writing|editing|searching|listing|parsing)\b|The tool execution failed with the following error|Access to \S+ is blocked by the \.clineignore)/i;

/**
 * `shell`: a shell command's result (with the command line when the file keeps it), whose output may tell a failure;
 * another tool's fails only in the harness's words.
 */
export function resultVerdict(text: string, shell: { command: string | undefined } | undefined): { ok: boolean; exitCode?: number } {
  const t = text.trimStart();
  if (HARNESS_FAILURE.test(t)) return { ok: false };
  if (!shell) return { ok: true };
  const outputAt = t.indexOf('\nOutput:');
  const head = outputAt >= 0 ? t.slice(0, outputAt) : t.slice(0, 300);
  const m = HEAD_EXIT.exec(head);
  if (m) {
    const exitCode = Number(m[1]);
    return { ok: exitCode === 0, exitCode };
  }
  const output = outputAt >= 0 ? t.slice(outputAt + '\nOutput:'.length).replace(/^\s+/, '') : t;
  const exitCode = exitCodeFrom(output);
  if (exitCode !== undefined) return { ok: exitCode === 0, exitCode };
  // The whole output is judged, as a person reading the terminal would: a build prints its progress first and its
  // verdict after, so a first line of progress said nothing of how the run ended.
  return { ok: !outputFailed(output, shell) };
}
