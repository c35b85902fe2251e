/**
 * Codex "code mode": the model writes a short JavaScript cell for a custom tool (`exec`) instead of
 * calling the shell tool, and the shell commands sit inside it as `tools.exec_command({"cmd": ...})`.
 * The cell is not the command; the command is the JSON object handed to exec_command. A cell that is
 * still running answers "Script running with cell ID N", and the agent fetches its output later with
 * a `wait` call naming that cell: that later output is the command's result.
 */
import { asRecord } from '../builder.js';

const EXEC_CALL = /\btools\.exec_command\(\s*\{/g;

/** End (exclusive) of the JSON object opening at `start`, stepping over strings; -1 when unclosed. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      // Skip the string whole: a brace inside a command line is not structure.
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * The shell commands a code-mode cell runs, one per line, or undefined when the cell holds none that
 * parse. Never the cell's source: a JavaScript line read as a shell command would be mined as one.
 */
export function codeModeCommand(cell: unknown): string | undefined {
  if (typeof cell !== 'string' || !cell.includes('tools.exec_command(')) return undefined;
  const commands: string[] = [];
  for (const m of cell.matchAll(EXEC_CALL)) {
    const open = m.index + m[0].length - 1;
    const end = objectEnd(cell, open);
    if (end < 0) break;
    try {
      const args = asRecord(JSON.parse(cell.slice(open, end)));
      const cmd = args?.cmd ?? args?.command;
      if (typeof cmd === 'string' && cmd.trim()) commands.push(cmd);
    } catch {
      // An argument object built by code (not a literal) names no command we can trust.
    }
  }
  return commands.length > 0 ? commands.join('\n') : undefined;
}

/** "Script completed" / "Script running with cell ID 3", the wall time and "Output:": the harness's framing. */
const CELL_HEADER = /^Script (?:completed|running with cell ID (\d+))\r?\nWall time[^\n]*\n(?:Output:\r?\n)?/;

/** A cell's output: the command's text without the framing, and the cell id when it is still running. */
export function cellOutput(text: string): { text: string; runningCell?: string } {
  const m = CELL_HEADER.exec(text);
  if (!m) return { text };
  // Content parts are joined with a newline, so the command's output may open with one.
  const rest = text.slice(m[0].length).replace(/^\r?\n/, '');
  return m[1] !== undefined ? { text: rest, runningCell: m[1] } : { text: rest };
}
