import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/signals/frame-typos.ts
var FRAME_WORDS = ["remember", "forget", "ensure", "always", "never"];
var REAL_WORDS = /* @__PURE__ */ new Set([
  "unsure",
  "insure",
  "ensue",
  "ensures",
  "ensured",
  "forgot",
  "forge",
  "forger",
  "forgets",
  "remembers",
  "allays",
  "ever",
  "fever",
  "lever",
  "sever",
  "newer",
  "naver",
  "nevus"
]);
var OPENING_WORDS = 4;
var OPENING = new RegExp(String.raw`^[^A-Za-z]*(?:[A-Za-z]+[^A-Za-z]+){0,${OPENING_WORDS - 1}}[A-Za-z]*`);
function oneEdit(a, b) {
  if (a === b) return true;
  const [m, n] = [a.length, b.length];
  if (Math.abs(m - n) > 1) return false;
  let i = 0;
  while (i < Math.min(m, n) && a[i] === b[i]) i++;
  if (m === n) return a.slice(i + 1) === b.slice(i + 1) || a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return m > n ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
function meant(word) {
  const w = word.toLowerCase();
  if (REAL_WORDS.has(w) || FRAME_WORDS.includes(w)) return void 0;
  return FRAME_WORDS.find((f) => oneEdit(w, f));
}
function mendMakeSure(text) {
  return text.replace(
    /^((?:\S+\s+){0,2}?)([A-Za-z]{3,5})(\s+)([A-Za-z]{3,5})(?=\s+(?:to|you|that)\b)/i,
    (all, lead, a, sp, b) => {
      const [x, y] = [a.toLowerCase(), b.toLowerCase()];
      const ok = x === "make" && oneEdit(y, "sure") || y === "sure" && oneEdit(x, "make");
      return ok && !(x === "make" && y === "sure") ? `${lead}make${sp}sure` : all;
    }
  );
}
var sameCase = (typed, word) => word && /^[A-Z]/.test(typed) ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : word;
function mendFrameTypos(sentence) {
  const head = OPENING.exec(sentence)?.[0] ?? "";
  const mended = head.replace(/[A-Za-z]+/g, (w) => sameCase(w, meant(w)) ?? w) + sentence.slice(head.length);
  return mendMakeSure(mended);
}

export {
  mendFrameTypos
};
