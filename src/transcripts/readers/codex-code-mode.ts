/**
 * Codex "code mode": the model writes a short JavaScript cell for a custom tool (`exec`) instead of
 * calling the shell tool, and the shell commands sit inside it as `tools.exec_command({"cmd": ...})`.
 * The cell is not the command; the command is the literal object handed to exec_command. A cell that is
 * still running answers "Script running with cell ID N", and the agent fetches its output later with
 * a `wait` call naming that cell: that later output is the command's result. Inside a cell, exec_command
 * returns `{output, exit_code?, session_id?}`: a command left running is polled from a later cell with
 * `tools.write_stdin({session_id, chars})`, whose returned exit code settles it (codex-unified-exec.ts).
 */
import { asRecord } from '../builder.js';

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
 * A literal argument object as JavaScript writes it: JSON, or with bare identifier keys (`{cmd: "make"}`), which
 * models write as often. Undefined for anything built by code (a variable, a shorthand `{session_id}`, a call).
 */
function literalObject(src: string): Record<string, unknown> | undefined {
  let json = '';
  let keyPlace = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '"') {
      // A string is copied whole: a brace or colon inside it is not structure.
      const start = i;
      for (i++; i < src.length && src[i] !== '"'; i++) if (src[i] === '\\') i++;
      json += src.slice(start, i + 1);
      keyPlace = false;
      continue;
    }
    const key = keyPlace ? /^([A-Za-z_$][\w$]*)\s*:/.exec(src.slice(i, i + 100)) : null;
    if (key) {
      json += `"${key[1]}"`;
      i += key[1]!.length - 1;
      keyPlace = false;
      continue;
    }
    if (c === '{' || c === ',') keyPlace = true;
    else if (!/\s/.test(c)) keyPlace = false;
    json += c;
  }
  try {
    return asRecord(JSON.parse(json));
  } catch {
    return undefined;
  }
}

/** The literal argument objects a cell hands to `tools.<name>(…)`, in order; undefined for one built by code. */
function toolArgs(cell: string, name: string): (Record<string, unknown> | undefined)[] {
  const out: (Record<string, unknown> | undefined)[] = [];
  for (const m of cell.matchAll(new RegExp(`\\btools\\.${name}\\(\\s*\\{`, 'g'))) {
    const open = m.index + m[0].length - 1;
    const end = objectEnd(cell, open);
    if (end < 0) break;
    out.push(literalObject(cell.slice(open, end)));
  }
  return out;
}

/**
 * The shell commands a code-mode cell runs, one per line, or undefined when the cell holds none that
 * parse. Never the cell's source: a JavaScript line read as a shell command would be mined as one.
 */
export function codeModeCommand(cell: unknown): string | undefined {
  if (typeof cell !== 'string' || !cell.includes('tools.exec_command(')) return undefined;
  const commands: string[] = [];
  for (const args of toolArgs(cell, 'exec_command')) {
    const cmd = args?.cmd ?? args?.command;
    if (typeof cmd === 'string' && cmd.trim()) commands.push(cmd);
  }
  return commands.length > 0 ? commands.join('\n') : undefined;
}

/**
 * The unified-exec session a cell only polls: `tools.write_stdin({session_id: N, …})` with a literal id, and no
 * other tool called. Such a cell is the running command's transport (codex-unified-exec.ts), as a `write_stdin`
 * call outside code mode is; a cell that does more is an action of its own.
 */
export function codeModePoll(cell: unknown): { session_id: number | string } | undefined {
  if (typeof cell !== 'string') return undefined;
  const tools = [...cell.matchAll(/\btools\.(\w+)\(/g)].map((m) => m[1]);
  if (tools.length === 0 || tools.some((t) => t !== 'write_stdin')) return undefined;
  const ids = toolArgs(cell, 'write_stdin').map((a) => a?.session_id);
  const id = ids[0];
  if (ids.length !== tools.length || !(typeof id === 'number' || typeof id === 'string') || ids.some((x) => x !== id)) return undefined;
  return { session_id: id };
}

/**
 * What `exec_command` and `write_stdin` return inside a cell, as `text(r)` writes it (JSON.stringify): `{output,
 * exit_code?, session_id?, …}`. The exit code ends the command; a session id without one says it still runs.
 * Undefined unless the whole output is that one object: what a command printed is never read for these fields.
 */
export function cellExecResult(text: string): { exitCode?: number; session?: string } | undefined {
  const t = text.trim();
  if (!t.startsWith('{') || !t.endsWith('}')) return undefined;
  let o: Record<string, unknown> | undefined;
  try {
    o = asRecord(JSON.parse(t));
  } catch {
    return undefined;
  }
  if (typeof o?.output !== 'string') return undefined;
  if (typeof o.exit_code === 'number') return { exitCode: o.exit_code };
  const id = o.session_id;
  return typeof id === 'number' || typeof id === 'string' ? { session: String(id) } : {};
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
