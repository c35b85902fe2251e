import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import "./chunk-QOGLFVLO.js";
import {
  emptySummary
} from "./chunk-GFMZHGGR.js";
import "./chunk-CHAIFBKO.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-MEBIEL22.js";
import "./chunk-S4URGW26.js";
import "./chunk-7OVR6L5L.js";

// src/cli/sessions-table.ts
var MAX_ISSUES_SHOWN = 200;
function unlistedRow(u) {
  const reason = `cannot list this folder (${u.reason}): transcripts under it were not read`;
  return { ...emptySummary(u.dir), issues: [{ file: u.dir, reason }] };
}
function pad(s, n, right = false) {
  return right ? s.padStart(n) : s.padEnd(n);
}
function formatSummaryTable(rows) {
  const head = ["file", "format", "sessions", "events", "tool calls", "tool errors", "skipped lines"];
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
    r === total ? "" : r.format ?? "unknown",
    String(r.sessions),
    String(r.events),
    String(r.toolCalls),
    String(r.toolErrors),
    String(r.skippedLines)
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => pad(x, widths[i], i >= 2)).join("  ").trimEnd();
  const lines = [line(head), ...cells.slice(0, -1).map(line), line(cells[cells.length - 1])];
  const issues = rows.flatMap((r) => r.issues);
  if (issues.length > 0) {
    lines.push("", `issues (${issues.length}):`);
    for (const i of issues.slice(0, MAX_ISSUES_SHOWN)) lines.push(`  ${i.file}${i.line !== void 0 ? `:${i.line}` : ""}: ${i.reason}`);
    if (issues.length > MAX_ISSUES_SHOWN) lines.push(`  \u2026 ${issues.length - MAX_ISSUES_SHOWN} more (use --json for all)`);
  }
  return lines.join("\n");
}
export {
  formatSummaryTable,
  unlistedRow
};
