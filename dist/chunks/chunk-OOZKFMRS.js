import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  LIST_MARKER,
  normaliseEntryText,
  normaliseHeading,
  sha256Hex
} from "./chunk-7P7ERCKQ.js";
import {
  kindForPath,
  readByForPath
} from "./chunk-ZMW6ZSA4.js";

// src/memory/parse.ts
import { posix } from "node:path";

// src/memory/lines.ts
function splitLines(text) {
  const lines = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf("\n", start);
    if (nl === -1) {
      lines.push({ text: text.slice(start), eol: "" });
      break;
    }
    const crlf = nl > start && text[nl - 1] === "\r";
    lines.push({ text: text.slice(start, crlf ? nl - 1 : nl), eol: crlf ? "\r\n" : "\n" });
    start = nl + 1;
  }
  return lines;
}
function joinLines(lines) {
  let out = "";
  for (const l of lines) out += l.text + l.eol;
  return out;
}
function dominantEol(lines) {
  let crlf = 0;
  let lf = 0;
  for (const l of lines) {
    if (l.eol === "\r\n") crlf++;
    else if (l.eol === "\n") lf++;
  }
  return crlf > lf ? "\r\n" : "\n";
}
var isBlank = (s) => s.trim() === "";
function indentWidth(s) {
  let w = 0;
  for (const ch of s) {
    if (ch === " ") w++;
    else if (ch === "	") w += 4 - w % 4;
    else break;
  }
  return w;
}
function countLines(text) {
  if (text === "") return 0;
  return splitLines(text).length;
}
var TAG_LINE = /^ {0,3}<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>[ \t]*$/;

// src/memory/parse.ts
var ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
var FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/;
var THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
var IMPORT_LINE = /^@(\S+)$/;
function isBlockStart(text) {
  return ATX_HEADING.test(text) || THEMATIC_BREAK.test(text) || TAG_LINE.test(text) || indentWidth(text) < 4 && (FENCE_OPEN.test(text) || LIST_MARKER.test(text));
}
function fenceEnd(lines, open) {
  const m = FENCE_OPEN.exec(lines[open].text);
  const fence = m[1];
  const close = new RegExp(`^[ \\t]*\\${fence[0]}{${fence.length},}[ \\t]*$`);
  for (let j = open + 1; j < lines.length; j++) if (close.test(lines[j].text)) return j;
  return lines.length - 1;
}
function frontmatterLength(lines) {
  if (lines.length === 0 || lines[0].text.trim() !== "---") return 0;
  for (let j = 1; j < lines.length; j++) {
    const t = lines[j].text.trim();
    if (t === "---" || t === "...") return j + 1;
  }
  return 0;
}
function listItemEnd(lines, start) {
  const markerIndent = indentWidth(lines[start].text);
  let end = start;
  let j = start + 1;
  if (FENCE_OPEN.test(lines[start].text.replace(LIST_MARKER, ""))) {
    j = fenceEnd(lines, start) + 1;
    end = j - 1;
  }
  while (j < lines.length) {
    const t = lines[j].text;
    if (isBlank(t)) {
      let k = j + 1;
      while (k < lines.length && isBlank(lines[k].text)) k++;
      if (k < lines.length && indentWidth(lines[k].text) > markerIndent) {
        j = k;
        continue;
      }
      break;
    }
    if (indentWidth(t) > markerIndent) {
      if (FENCE_OPEN.test(t) || FENCE_OPEN.test(t.replace(LIST_MARKER, ""))) {
        end = fenceEnd(lines, j);
        j = end + 1;
        continue;
      }
      end = j++;
      continue;
    }
    if (isBlockStart(t) || isBlank(lines[j - 1].text)) break;
    end = j++;
  }
  return end;
}
function paragraphEnd(lines, start) {
  let j = start + 1;
  while (j < lines.length && !isBlank(lines[j].text) && !isBlockStart(lines[j].text)) j++;
  return j - 1;
}
function entryId(file, headingPath, text) {
  const path = headingPath.map((h) => h.replace(/\s+/g, " ").trim().toLowerCase()).join("");
  return "m" + sha256Hex(`${file}\0${path}\0${normaliseEntryText(text)}`).slice(0, 12);
}
function parseEntries(path, text) {
  const lines = splitLines(text);
  const entries = [];
  const stack = [];
  const seen = /* @__PURE__ */ new Map();
  const push = (kind, start, end, headingPath) => {
    const body = lines.slice(start, end + 1).map((l) => l.text).join("\n");
    const base = entryId(path, headingPath, body);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    entries.push({
      id: n === 1 ? base : `${base}~${n}`,
      file: path,
      headingPath,
      kind,
      startLine: start + 1,
      endLine: end + 1,
      text: body
    });
  };
  let i = frontmatterLength(lines);
  while (i < lines.length) {
    const t = lines[i].text;
    const path_ = stack.map((h) => h.text);
    if (isBlank(t) || THEMATIC_BREAK.test(t) || TAG_LINE.test(t)) {
      i++;
    } else if (ATX_HEADING.test(t) && indentWidth(t) < 4) {
      const level = ATX_HEADING.exec(t)[1].length;
      while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
      push(
        "heading",
        i,
        i,
        stack.map((h) => h.text)
      );
      stack.push({ level, text: normaliseHeading(t) });
      i++;
    } else if (FENCE_OPEN.test(t) && indentWidth(t) < 4) {
      const end = fenceEnd(lines, i);
      push("paragraph", i, end, path_);
      i = end + 1;
    } else if (LIST_MARKER.test(t) && indentWidth(t) < 4) {
      const end = listItemEnd(lines, i);
      push("bullet", i, end, path_);
      i = end + 1;
    } else {
      const end = paragraphEnd(lines, i);
      push("paragraph", i, end, path_);
      i = end + 1;
    }
  }
  return entries;
}
function importTarget(path, text) {
  const lines = splitLines(text);
  const content = lines.slice(frontmatterLength(lines)).map((l) => l.text.trim()).filter((t) => t !== "");
  if (content.length !== 1) return void 0;
  const m = IMPORT_LINE.exec(content[0]);
  if (!m) return void 0;
  const target = m[1];
  if (target.startsWith("/") || target.startsWith("~") || target.includes("\\")) return void 0;
  const resolved = posix.normalize(posix.join(posix.dirname(path), target));
  if (resolved === ".." || resolved.startsWith("../") || resolved === "." || resolved === path) return void 0;
  return resolved;
}
function parseMemoryFile(path, text) {
  const file = {
    path,
    kind: kindForPath(path),
    readBy: readByForPath(path),
    text,
    entries: parseEntries(path, text)
  };
  const redirect = importTarget(path, text);
  if (redirect !== void 0) file.redirectTo = redirect;
  return file;
}

export {
  splitLines,
  joinLines,
  dominantEol,
  isBlank,
  countLines,
  TAG_LINE,
  parseEntries,
  parseMemoryFile
};
