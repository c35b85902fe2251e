import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/transcripts/health-text.ts
var HEAD = ["source", "format", "files", "read", "skipped", "sessions", "events", "tool calls", "tool errors"];
function cells(r) {
  return [r.source, r.format, r.filesFound, r.filesRead, r.filesFound - r.filesRead, r.sessions, r.events, r.toolCalls, r.toolErrors].map(
    String
  );
}
function skippedList(r) {
  return Object.entries(r.skipped).sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${r.source}/${r.format}: ${n} skipped: ${reason}`);
}
function unknownList(r) {
  const u = Object.entries(r.unknownTypes).sort((a, b) => b[1] - a[1]);
  return u.length > 0 ? `${r.source}/${r.format}: unknown record types ${u.map(([k, n]) => `${k}\xD7${n}`).join(", ")}` : void 0;
}
function formatHealth(report) {
  const rows = report.formats.map(cells);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => i >= 2 ? x.padStart(widths[i]) : x.padEnd(widths[i])).join("  ").trimEnd();
  const out = ["ingestion health:", line(HEAD), ...rows.map(line)];
  for (const r of report.formats) out.push(...skippedList(r).map((s) => `  ${s}`));
  for (const r of report.formats) {
    const u = unknownList(r);
    if (u) out.push(`  ${u}`);
  }
  for (const w of report.warnings) out.push(`warning: ${w}`);
  return out.join("\n");
}
function md(s) {
  return s.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`);
}
function formatHealthMarkdown(report) {
  const t = report.totals;
  const out = [];
  for (const w of report.warnings) out.push(`> [!WARNING]
> ${md(w)}`, "");
  out.push(
    "<details>",
    `<summary>Ingestion health: ${t.filesRead} of ${t.filesFound} transcript files read, ${t.sessions} sessions, ${t.toolCalls} tool calls, ${t.toolErrors} tool errors</summary>`,
    "",
    `| ${HEAD.join(" | ")} |`,
    `|${HEAD.map((_, i) => i >= 2 ? " ---: " : " --- ").join("|")}|`,
    ...report.formats.map((r) => `| ${cells(r).map(md).join(" | ")} |`)
  );
  const notes = report.formats.flatMap((r) => [...skippedList(r), ...unknownList(r) ? [unknownList(r)] : []]);
  if (notes.length > 0) out.push("", ...notes.map((n) => `- ${md(n)}`));
  out.push("", "</details>");
  return out.join("\n");
}

export {
  formatHealth,
  formatHealthMarkdown
};
