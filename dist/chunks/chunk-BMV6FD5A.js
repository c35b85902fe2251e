import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  markdownParts
} from "./chunk-2KYXVSXU.js";
import {
  UNFOUND_QUOTE_WORDS,
  UNFOUND_TEXT_WORDS,
  WITHHELD_WORDS
} from "./chunk-S4URGW26.js";

// src/publish/code-spans.ts
var spansOf = (text) => markdownParts(text).flatMap((p) => p.kind === "code" ? [p.text] : []);
function keepCodeSpans(s, prose2, code = (c) => c) {
  const kept = [];
  const out = markdownParts(s).map((part) => {
    if (part.kind !== "code") return prose2(part.text);
    const ticks = "`".repeat(part.ticks);
    const span = `${ticks}${code(part.text.slice(part.ticks, -part.ticks).replace(/\r?\n|\r/g, " "))}${ticks}`;
    kept.push(span);
    return span;
  }).join("");
  const read = spansOf(out);
  return read.length === kept.length && read.every((span, i) => span === kept[i]) ? out : prose2(s);
}

// src/publish/autolinks.ts
function breakAutolinks(s) {
  return s.replace(/@(?=[A-Za-z0-9-])/g, "@\u200B").replace(/#(?=\d)/g, "#\u200B").replace(/\b(GH)-(?=\d)/gi, "$1\u200B-").replace(/\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi, "$1\u200B:").replace(/\b(www)\./gi, "$1\u200B.");
}

// src/publish/inert.ts
var WITHHELD = `_(${WITHHELD_WORDS})_`;
var UNFOUND_QUOTE = `_(${UNFOUND_QUOTE_WORDS})_`;
var UNFOUND_TEXT = `_(${UNFOUND_TEXT_WORDS})_`;
function codeCell(s) {
  let text = s;
  if ((text.match(/`/g) ?? []).length % 2 === 1) text = text.endsWith("\u2026") ? `${text.slice(0, -1)}\`\u2026` : `${text}\``;
  return keepCodeSpans(text, cell, (c) => c.replace(/\|/g, "\\|"));
}
function prose(s) {
  return keepCodeSpans(s, escapeText);
}
function escapeText(s) {
  const html = s.replace(/\r?\n|\r/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return breakAutolinks(html).replace(/\](?=[(:[])/g, "]\u200B").replace(/^(\s*)#/, "$1\\#");
}
function cell(s) {
  return escapeText(s).replace(/\|/g, "\\|").replace(/`/g, "'").replace(/\r?\n/g, " ");
}

// src/publish/efficacy.ts
var MAX_LISTED_LESSONS = 20;
var per100 = (w) => w.exposed === 0 ? 0 : Math.round(1e3 * w.episodes / w.exposed) / 10;
var short = (s, n = 90) => {
  const one = s.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "").replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n - 1)}\u2026` : one;
};
var LABEL = {
  worse: "\u{1F534} made things worse",
  recurring: "\u{1F7E0} recurring",
  held: "\u{1F7E2} held",
  unobserved: "\u26AA unobserved",
  "too-early": "\u23F3 too early"
};
function efficacyChart(list) {
  const shown = list.slice(0, MAX_LISTED_LESSONS);
  const before = shown.map((l) => per100(l.before));
  const after = shown.map((l) => per100(l.after));
  const top = Math.max(1, ...before, ...after);
  return [
    "```mermaid",
    "xychart-beta",
    '  title "Episodes per 100 sessions that met the lesson: before adoption (bars), after (line)"',
    `  x-axis [${shown.map((_, i) => `"L${i + 1}"`).join(", ")}]`,
    `  y-axis "episodes per 100 sessions" 0 --> ${Math.ceil(top * 1.1)}`,
    `  bar [${before.join(", ")}]`,
    `  line [${after.join(", ")}]`,
    "```"
  ].join("\n");
}
function efficacySection(list, heading = "###") {
  if (list.length === 0) return "";
  const shown = list.slice(0, MAX_LISTED_LESSONS);
  const lines = [
    `${heading} How past lessons are doing`,
    "",
    "| | verdict | lesson | adopted | before | after | per 100 sessions that met it |",
    "| --- | --- | --- | --- | --- | --- | --- |"
  ];
  shown.forEach((l, i) => {
    lines.push(
      `| L${i + 1} | ${LABEL[l.verdict]} | ${cell(short(l.entry))} (\`${cell(l.file)}\`) | ${l.adoptedAt.slice(0, 10)} \`${l.adoptedIn.slice(0, 7)}\` | ${l.before.episodes} in ${l.before.exposed} of ${l.before.sessions} | ${l.after.episodes} in ${l.after.exposed} of ${l.after.sessions} | ${per100(l.before)} \u2192 ${per100(l.after)} |`
    );
  });
  if (list.length > shown.length) lines.push("", `_${list.length - shown.length} more lesson(s) not listed._`);
  lines.push("", efficacyChart(shown));
  const notes = shown.flatMap((l, i) => {
    if (l.verdict !== "worse" && l.verdict !== "recurring") return [`- **L${i + 1}** ${escapeText(l.why)}`];
    const ev = (l.evidence ?? []).map((e) => `  - \`${cell(e.file)}:${e.line}\` ${e.unverified ? WITHHELD : cell(short(e.quote, 120))}`);
    const hint = l.suggestion ? [`  - Suggestion (not applied; hooks and settings are yours to adopt): ${escapeText(l.suggestion)}`] : [];
    return [`- **L${i + 1}** ${escapeText(l.why)}`, ...ev, ...hint];
  });
  if (notes.length) lines.push("", ...notes);
  return lines.join("\n");
}

export {
  breakAutolinks,
  WITHHELD,
  UNFOUND_QUOTE,
  UNFOUND_TEXT,
  codeCell,
  prose,
  escapeText,
  cell,
  efficacySection
};
