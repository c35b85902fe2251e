import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/memory/normalise.ts
import { createHash } from "node:crypto";
var LIST_MARKER = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;
function stripMarker(text) {
  const lines = text.replace(/\r/g, "").split("\n");
  const first = (lines[0] ?? "").replace(LIST_MARKER, "");
  return [first, ...lines.slice(1)].map((l) => l.trim()).join("\n").trim();
}
function normaliseEntryText(text) {
  return stripMarker(text).replace(/\s+/g, " ").trim().toLowerCase();
}
function collapseWhitespace(text) {
  return text.replace(/\s+/g, " ").trim();
}
function sha256Hex(text) {
  return createHash("sha256").update(text).digest("hex");
}
function normaliseHeading(text) {
  return collapseWhitespace(
    text.replace(/^[ \t]*#{1,6}[ \t]*/, "").replace(/[ \t]+#+[ \t]*$/, "").replace(/^#+$/, "")
  );
}
var sameHeading = (a, b) => normaliseHeading(a).toLowerCase() === normaliseHeading(b).toLowerCase();

export {
  LIST_MARKER,
  normaliseEntryText,
  collapseWhitespace,
  sha256Hex,
  normaliseHeading,
  sameHeading
};
