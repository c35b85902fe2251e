/**
 * The table `dream sessions` prints: a row a file, a total, and the issues at file:line. Its own module, imported
 * when the command runs, so that it may build rows with the transcripts module's emptySummary while declaring the
 * command (cli/sessions.ts, loaded by every start) still loads no stage.
 */
import { emptySummary, type FileSummary } from '../transcripts/index.js';
import type { Unlisted } from './sessions.js';

const MAX_ISSUES_SHOWN = 200;

/** A row of the table for a folder the walk could not list: its issue says what was not read. */
export function unlistedRow(u: Unlisted): FileSummary {
  const reason = `cannot list this folder (${u.reason}): transcripts under it were not read`;
  return { ...emptySummary(u.dir), issues: [{ file: u.dir, reason }] };
}

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

export function formatSummaryTable(rows: FileSummary[]): string {
  const head = ['file', 'format', 'sessions', 'events', 'tool calls', 'tool errors', 'skipped lines'];
  const total = emptySummary(`total (${rows.length} files)`);
  for (const r of rows) {
    total.sessions += r.sessions;
    total.events += r.events;
    total.toolCalls += r.toolCalls;
    total.toolErrors += r.toolErrors;
    total.skippedLines += r.skippedLines;
  }
  const cells = [...rows, total].map((r) => [
    r.file,
    r === total ? '' : (r.format ?? 'unknown'),
    String(r.sessions),
    String(r.events),
    String(r.toolCalls),
    String(r.toolErrors),
    String(r.skippedLines),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => pad(x, widths[i]!, i >= 2))
      .join('  ')
      .trimEnd();
  const lines = [line(head), ...cells.slice(0, -1).map(line), line(cells[cells.length - 1]!)];
  const issues = rows.flatMap((r) => r.issues);
  if (issues.length > 0) {
    lines.push('', `issues (${issues.length}):`);
    for (const i of issues.slice(0, MAX_ISSUES_SHOWN)) lines.push(`  ${i.file}${i.line !== undefined ? `:${i.line}` : ''}: ${i.reason}`);
    if (issues.length > MAX_ISSUES_SHOWN) lines.push(`  … ${issues.length - MAX_ISSUES_SHOWN} more (use --json for all)`);
  }
  return lines.join('\n');
}
