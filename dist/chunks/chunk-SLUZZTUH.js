import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  clip,
  codeSpans,
  shortHash,
  supportSession
} from "./chunk-RAGNSPQK.js";
import {
  WITHHELD_WORDS
} from "./chunk-S4URGW26.js";

// src/engine/offline/build.ts
var MAX_EVIDENCE = 5;
var norm = (t) => (t ?? "").replace(/^\s*([-*+]|\d+[.)])\s+/, "").replace(/\s+/g, " ").trim().toLowerCase();
function editId(e) {
  const key = [e.op, e.file, e.toFile ?? "", norm(e.before), norm(e.after), ...e.mergedEntryIds ?? []].join("\0");
  return `e_${shortHash(key)}`;
}
var named = (p) => p.unverified ? WITHHELD_WORDS : clip(p.summary, 120);
function pickEvidence(signals) {
  const bySession = /* @__PURE__ */ new Map();
  for (const s of signals) if (!bySession.has(supportSession(s))) bySession.set(supportSession(s), s.evidence);
  const lists = [...bySession.keys()].sort().map((k) => bySession.get(k) ?? []);
  const out = [];
  for (let round = 0; out.length < MAX_EVIDENCE && lists.some((l) => l.length > round); round++) {
    for (const l of lists) {
      const ev = l[round];
      if (ev && out.length < MAX_EVIDENCE && ev.quote) out.push(ev);
    }
  }
  return out;
}
function supportText(p) {
  const s = p.support.sessions;
  const standing = s === 1 && p.signals.some((x) => x.standing) ? "; the user scoped the correction beyond the task, right after the agent went wrong" : "";
  return `${s} session${s === 1 ? "" : "s"}${agentsText(p)}${standing}`;
}
var agentsText = (p) => p.agents.length > 1 ? ` across ${p.agents.join(" and ")}` : ` (${p.agents.join(", ")})`;
function preferSupportText(p) {
  const corrected = new Set(p.signals.filter((x) => !x.restated).map(supportSession)).size;
  const again = p.support.sessions - corrected;
  if (again <= 0 || !p.signals.some((x) => x.restated)) return supportText(p);
  return `${corrected} session${corrected === 1 ? "" : "s"}, and named it again in ${again} more${agentsText(p)}`;
}
function entryUpdate(file, entry, after) {
  return { op: "update", file: file.path, entryId: entry.id, before: entry.text, after };
}
function makeEdit(fields) {
  return { id: editId(fields), ...fields };
}
function fromPattern(p) {
  return { evidence: pickEvidence(p.signals), patternId: p.id, support: { ...p.support } };
}

// src/engine/offline/enforce.ts
function enforcement(agents, what) {
  const has = (a) => agents.includes(a);
  const ways = [];
  if (has("claude-code") || has("claude-sdk")) ways.push(`a PreToolUse hook that blocks ${what.claude}`);
  if (has("gemini-cli")) ways.push(`a BeforeTool hook in \`.gemini/settings.json\` that blocks ${what.other}`);
  if (has("codex") && what.command)
    ways.push(`a \`prefix_rule\` with \`decision = "forbidden"\` in \`.codex/rules/\` that blocks ${what.other}`);
  if (ways.length === 0) return "";
  const said = ways.length === 1 ? ways[0] : `${ways.slice(0, -1).join(", ")} or ${ways[ways.length - 1]}`;
  return ` ${said[0].toUpperCase()}${said.slice(1)} would enforce it rather than remind.`;
}

// src/engine/offline/strengthen.ts
var BULLET = /^(\s*(?:[-*+]|\d+[.)])\s+)/;
function enforceable(p, entry) {
  const rejected = p.signals.map((s) => s.failed).find((f) => !!f);
  if (rejected) return rejected.split(" or ")[0];
  const spans = codeSpans(entry.text);
  return spans.length === 1 && /^[\w.-]+(?:\s|$)/.test(spans[0] ?? "") ? spans[0] : void 0;
}
function markedImportant(text) {
  if (/\bIMPORTANT\b|\bMUST\b/.test(text) || text.includes("\n")) return void 0;
  const bullet = BULLET.exec(text)?.[1] ?? "";
  return `${bullet}**IMPORTANT:** ${text.slice(bullet.length)}`;
}
function strengthenEdit(p, file, entry, item) {
  const lines = entry.text.split("\n");
  const marked = markedImportant(item === void 0 ? entry.text : lines[item] ?? "");
  if (marked === void 0) return void 0;
  const after = item === void 0 ? marked : lines.map((l, i) => i === item ? marked : l).join("\n");
  const place = /^neg\|path:(.+)$/.exec(p.signature)?.[1];
  const cmd = place ? void 0 : enforceable(p, entry);
  const corrected = p.agents.filter((a) => file.readBy.includes(a));
  const hook = place ? enforcement(corrected, { claude: `Edit and Write under \`${place}/\``, other: `writes under \`${place}/\`` }) : cmd ? enforcement(corrected, { command: cmd, claude: `\`${cmd}\``, other: `\`${cmd}\`` }) : "";
  return makeEdit({
    ...entryUpdate(file, entry, after),
    rationale: `Memory already says this (${file.path}:${entry.startLine + (item ?? 0)}), yet the user had to correct agents against it in ${supportText(p)}: marked IMPORTANT.${hook}`,
    ...fromPattern(p)
  });
}

export {
  MAX_EVIDENCE,
  norm,
  editId,
  named,
  pickEvidence,
  supportText,
  preferSupportText,
  entryUpdate,
  makeEdit,
  fromPattern,
  enforcement,
  markedImportant,
  strengthenEdit
};
