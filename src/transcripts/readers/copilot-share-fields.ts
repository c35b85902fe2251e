/**
 * What a Copilot CLI `/share` export says in words where its session log has fields (copilot-share.ts reads the
 * layout): the session's times in its title block, and a non-shell call's arguments in the line it prints under
 * the call's intention. Both are the CLI's own layout, not the model's: the CLI writes the title block and renders
 * each call from its arguments, so a line read here is trusted only where two of its renderings agree.
 */

import { usLocalTime } from './us-local-time.js';

/** The title block's start, as the CLI writes it (us-local-time.ts): `> - **Started:** 3/6/2026, 11:24:09 PM` (older: no list dash). */
const STARTED = /^>\s*(?:-\s*)?\*\*Started:\*\*\s*(.+?)\s*$/;
const DURATION = /^>\s*(?:-\s*)?\*\*Duration:\*\*\s*((?:\d{1,9}[hms]\s*){1,3})$/;

/**
 * The session's start and end from the title block, as aider's are read: a local time with no zone, taken in this
 * machine's zone. Only the session's span is set, never an event's time: copies of one conversation are joined by
 * their events' times (same-event.ts), and a time off by the writer's zone would keep them apart.
 */
export class ShareTimes {
  private start: Date | undefined;
  private seconds: number | undefined;

  /** Reads one line of the title block. */
  line(text: string): void {
    const started = STARTED.exec(text)?.[1];
    if (started !== undefined) this.start ??= usLocalTime(started);
    const duration = DURATION.exec(text)?.[1];
    if (duration !== undefined) this.seconds ??= durationSeconds(duration);
  }

  /** ISO times for SessionBuilder.seen: the start, and the start plus the duration. */
  span(): string[] {
    if (!this.start) return [];
    const out = [this.start.toISOString()];
    if (this.seconds !== undefined) out.push(new Date(this.start.getTime() + this.seconds * 1000).toISOString());
    return out;
  }
}

function durationSeconds(text: string): number {
  let s = 0;
  for (const m of text.matchAll(/(\d{1,9})([hms])/g)) s += Number(m[1]) * (m[2] === 'h' ? 3600 : m[2] === 'm' ? 60 : 1);
  return s;
}

/** The tools whose line under the intention is the file they read or wrote: `/abs/path` or `path (lines 1-50)`. */
const FILE_TOOLS = new Set(['view', 'edit', 'create']);
const LINES_SUFFIX = / \(lines \d+-\d+\)$/;
/** grep's line, `"pattern" (path)`, and glob's, `"pattern"` or `"pattern" in dir`. */
const GREP_LINE = /^"(.+)" \((.+)\)$/;
const GLOB_LINE = /^"(.+?)"(?: in (.+))?$/;
const BOLD = /^\*\*(.+)\*\*$/;

/**
 * A non-shell call's arguments, as the session log would hold them (`{path}` for view/edit/create, `{pattern, path}`
 * for grep and glob), from the lines the export prints between the call's header and its output: an optional bold
 * intention, then one line of arguments. Where the intention names a file (`**view the file at P.**`, `**P**`) the
 * line must name the same one; an intention in the model's words (`**Fix the build**`, from its own description)
 * leaves the line unread, as does anything but one line: a summary the model wrote is no argument.
 */
export function shareCallInput(tool: string, lines: readonly string[]): Record<string, string> | undefined {
  const bold = lines.length > 0 ? BOLD.exec(lines[0]!)?.[1] : undefined;
  const rest = bold !== undefined ? lines.slice(1) : lines;
  if (rest.length !== 1) return undefined;
  const line = rest[0]!;
  if (FILE_TOOLS.has(tool)) {
    const path = line.replace(LINES_SUFFIX, '');
    if (!path || /\s—\s/.test(path)) return undefined;
    if (bold !== undefined && bold !== path && !bold.endsWith(` ${path}.`)) return undefined;
    return { path };
  }
  if (tool === 'grep') {
    const m = GREP_LINE.exec(line);
    return m ? { pattern: m[1]!, path: m[2]! } : undefined;
  }
  if (tool === 'glob') {
    const m = GLOB_LINE.exec(line);
    return m ? { pattern: m[1]!, ...(m[2] !== undefined ? { path: m[2] } : {}) } : undefined;
  }
  return undefined;
}
