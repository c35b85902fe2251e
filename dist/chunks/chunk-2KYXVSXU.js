import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/guards/markdown-code.ts
var ATTRIBUTE = String.raw`\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?`;
var TAG_AT = new RegExp(String.raw`<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>`, "y");
var BLOCKS = [
  { open: /<!-{2,3}>/y, close: "" },
  { open: /<!--/y, close: "-->" },
  { open: /<\?/y, close: "?>" },
  { open: /<!\[CDATA\[/y, close: "]]>" },
  { open: /<![A-Za-z]/y, close: ">" }
];
var LINK_AT = new RegExp(
  [
    String.raw`<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>`,
    String.raw`<[\w.!#$%&'*+/=?^\x60{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>`
  ].join("|"),
  "y"
);
var PUNCTUATION = /[!-/:-@[-`{-~]/;
function runsByLength(text) {
  const runs = /* @__PURE__ */ new Map();
  for (const m of text.matchAll(/`+/g)) {
    const list = runs.get(m[0].length);
    if (list) list.push(m.index);
    else runs.set(m[0].length, [m.index]);
  }
  return runs;
}
function markdownParts(text) {
  const parts = [];
  const runs = runsByLength(text);
  const next = /* @__PURE__ */ new Map();
  const breaks = [...text.matchAll(/\r?\n|\r/g)].map((m) => m.index);
  let b = 0;
  let prose = 0;
  let spans = true;
  const cut = (at) => {
    if (at > prose) parts.push({ kind: "text", text: text.slice(prose, at) });
  };
  const closers = /* @__PURE__ */ new Map();
  const closerAfter = (close, from) => {
    const at = closers.get(close);
    if (at !== void 0 && (at < 0 || at >= from)) return at;
    const found = text.indexOf(close, from);
    closers.set(close, found);
    return found;
  };
  const blockAt = (at) => {
    for (const { open, close } of BLOCKS) {
      open.lastIndex = at;
      const opened = open.exec(text)?.[0];
      if (opened === void 0) continue;
      const end = close === "" ? at + opened.length : closerAfter(close, at + opened.length);
      return end < 0 ? void 0 : text.slice(at, close === "" ? end : end + close.length);
    }
    return void 0;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\" && PUNCTUATION.test(text[i + 1] ?? "")) {
      i += 2;
    } else if (c === "<") {
      TAG_AT.lastIndex = LINK_AT.lastIndex = i;
      const html = TAG_AT.exec(text)?.[0] ?? blockAt(i);
      const link = html === void 0 ? LINK_AT.exec(text)?.[0] : void 0;
      const found = html ?? link;
      if (found === void 0) {
        i++;
        continue;
      }
      cut(i);
      parts.push({ kind: html === void 0 ? "link" : "html", text: found });
      i = prose = i + found.length;
    } else if (c === "`") {
      let end = i;
      while (text[end] === "`") end++;
      const ticks = end - i;
      const list = runs.get(ticks) ?? [];
      let k = next.get(ticks) ?? 0;
      while (k < list.length && list[k] < end) k++;
      next.set(ticks, k);
      const close = list[k];
      while (b < breaks.length && breaks[b] < end) b++;
      if (close !== void 0 && (breaks[b] ?? Infinity) < close) spans = false;
      if (!spans || close === void 0) {
        i = end;
        continue;
      }
      cut(i);
      parts.push({ kind: "code", text: text.slice(i, close + ticks), ticks });
      next.set(ticks, k + 1);
      i = prose = close + ticks;
    } else i++;
  }
  cut(text.length);
  return parts;
}

export {
  markdownParts
};
