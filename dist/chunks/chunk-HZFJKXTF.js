import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  markdownParts
} from "./chunk-2KYXVSXU.js";

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
var WITHHELD_WORDS = "words withheld: only turns the transcripts cannot attribute to the person said this";
var WITHHELD = `_(${WITHHELD_WORDS})_`;
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

export {
  breakAutolinks,
  WITHHELD_WORDS,
  WITHHELD,
  codeCell,
  prose,
  escapeText,
  cell
};
