import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  MAX_EVIDENCE,
  enforcement,
  entryUpdate,
  makeEdit,
  markedImportant,
  pickEvidence,
  supportText
} from "./chunk-SLUZZTUH.js";
import {
  parseProhibition,
  prohibitionRules,
  ruleKey
} from "./chunk-UIMAFZUT.js";
import {
  clip,
  supportSession
} from "./chunk-RAGNSPQK.js";
import {
  CODEX_OVERRIDE_FILE
} from "./chunk-ZMW6ZSA4.js";

// src/engine/offline/nested-targets.ts
import { posix } from "node:path";
var NESTED_NAME = {
  "CLAUDE.md": "CLAUDE.md",
  ".claude/CLAUDE.md": "CLAUDE.md",
  "AGENTS.md": "AGENTS.md",
  [CODEX_OVERRIDE_FILE]: CODEX_OVERRIDE_FILE,
  "GEMINI.md": "GEMINI.md"
};
function nearest(name, folder, files) {
  if (folder.startsWith("/") || folder === ".." || folder.startsWith("../")) return void 0;
  for (let dir = folder; dir !== "." && dir !== "" && dir !== "/"; dir = posix.dirname(dir)) {
    if (name === "AGENTS.md" && files.has(`${dir}/${CODEX_OVERRIDE_FILE}`)) return void 0;
    const file = files.get(`${dir}/${name}`);
    if (!file) continue;
    const own2 = file.redirectTo ?? file.path;
    return own2.includes("/") ? own2 : void 0;
  }
  return void 0;
}
function nestedTarget(target, folders, memory) {
  const name = NESTED_NAME[target];
  if (!name || folders === void 0 || folders.length === 0) return target;
  const byPath = new Map(memory.map((f) => [f.path, f]));
  const files = new Set(folders.map((f) => nearest(name, f, byPath)));
  const [file] = files;
  return files.size === 1 && file !== void 0 ? file : target;
}
function folderPlaces(folders, memory) {
  return Object.keys(NESTED_NAME).map((root) => ({ root, file: nestedTarget(root, folders, memory) })).filter((p) => p.file !== p.root);
}
function placementProblem(file, folders, memory) {
  const places = folderPlaces(folders, memory);
  if (NESTED_NAME[file] !== void 0) {
    const moved = places.find((p) => p.root === file);
    return moved ? `every session of the lesson ran inside ${posix.dirname(moved.file)}/, which has its own memory: add it to ${moved.file}, not ${file}` : void 0;
  }
  const name = posix.basename(file);
  const nested = posix.dirname(file) !== "." && Object.values(NESTED_NAME).includes(name);
  if (!nested || places.some((p) => p.file === file)) return void 0;
  return `${file} is read only inside ${posix.dirname(file)}/, and not every session of the lesson ran there: add it to a root memory file`;
}
function nestedNote(file, target) {
  if (file === target) return "";
  return ` Every session of it ran inside ${posix.dirname(file)}/, which has its own ${posix.basename(file)}: the lesson is written there, not in ${target}.`;
}

// src/engine/offline/broken-rules.ts
var DOING = { delete: "deleting", modify: "modifying", read: "reading", run: "running" };
var keyOf = (p) => p.signature.startsWith("broken|") ? p.signature.slice("broken|".length) : void 0;
var own = (p, entryId) => p.signals.filter((s) => s.memoryEntryId === entryId);
function brokenIn(p, entryId, fileOf) {
  const mine = own(p, entryId);
  const sessions = new Set(mine.map(supportSession)).size;
  const rest = p.support.sessions - sessions;
  if (rest <= 0) return supportText(p);
  const others = p.signals.filter((s) => s.memoryEntryId !== entryId);
  const files = [...new Set(others.flatMap((s) => fileOf(s.memoryEntryId ?? "") ?? []))].sort();
  const agents = (xs) => [...new Set(xs.map((s) => s.agent))].sort().join(", ");
  return `${sessions} session${sessions === 1 ? "" : "s"} (${agents(mine)}); the same rule${files.length ? ` in ${files.join(" and ")}` : ""} was broken in ${rest} more session${rest === 1 ? "" : "s"} (${agents(others)})`;
}
function hookFor(line, agents) {
  const rule = parseProhibition(line);
  const [only] = rule?.targets.length === 1 ? rule.targets : [];
  if (!rule || !only) return "";
  if (only.kind === "command") return enforcement(agents, { command: only.text, claude: `\`${only.text}\``, other: `\`${only.text}\`` });
  const doing = [...rule.actions].map((a) => DOING[a]).join(" or ");
  const what = only.glob || /\.\w+$/.test(only.path) ? `\`${only.path}\`` : `anything under \`${only.path}/\``;
  return enforcement(agents, { claude: `${doing} ${what}`, other: `${doing} ${what}` });
}
function inForceText(signals) {
  const ages = signals.flatMap((s) => s.ruleAge ? [s.ruleAge] : []);
  const unknown = ages.flatMap((a) => "unknown" in a ? [a.unknown] : []);
  if (unknown.length)
    return ` Whether the line existed yet when ${unknown.length === ages.length ? "these sessions" : "some of these sessions"} started is unknown (${[...new Set(unknown)].sort().join("; ")}), so they count regardless.`;
  const since = ages.flatMap((a) => "since" in a ? [a.since] : []).sort();
  const last = since[since.length - 1];
  if (last) return ` Git dates the line to ${last.slice(0, 10)}: only sessions that started after it count.`;
  return ages.length ? " Each session shows the rule in the memory it loaded." : "";
}
function evidenceOf(signals) {
  const lists = signals.map((l) => pickEvidence(l));
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (let round = 0; out.length < MAX_EVIDENCE && lists.some((l) => l.length > round); round++)
    for (const ev of lists.map((l) => l[round])) {
      const key = ev && `${ev.session}|${ev.line}`;
      if (!ev || !key || seen.has(key) || out.length >= MAX_EVIDENCE) continue;
      seen.add(key);
      out.push(ev);
    }
  return out;
}
function brokenRuleEdits(patterns, memory) {
  const entries = new Map(memory.flatMap((f) => f.entries.map((e) => [e.id, { file: f, entry: e }])));
  const byEntry = /* @__PURE__ */ new Map();
  for (const p of patterns) {
    const key = keyOf(p);
    if (key === void 0) continue;
    for (const entryId of new Set(p.signals.flatMap((s) => s.memoryEntryId ?? []))) {
      const found = entries.get(entryId);
      const lines = found ? prohibitionRules([found.entry]).filter((r) => ruleKey(r) === key) : [];
      for (const r of lines) byEntry.set(entryId, [...byEntry.get(entryId) ?? [], { p, at: r.lineIndex }]);
    }
  }
  const fileOf = (entryId) => entries.get(entryId)?.file.path;
  const edits = [];
  for (const [entryId, found] of byEntry) {
    const { file, entry } = entries.get(entryId);
    const lines = entry.text.split("\n");
    const marked = found.map(({ p, at }) => ({ p, at, line: lines[at] ?? "", signals: own(p, entryId) })).filter((x) => markedImportant(x.line) !== void 0).sort((a, b) => a.at - b.at);
    if (marked.length === 0) continue;
    const after = lines.map((l, i) => marked.some((m) => m.at === i) ? markedImportant(l) ?? l : l).join("\n");
    const why = marked.map(({ p, at, signals }) => {
      const quote = signals.find((s) => s.evidence[0])?.evidence[0]?.quote ?? "";
      return `${file.path}:${entry.startLine + at} was broken in ${brokenIn(p, entryId, fileOf)} and no one objected (\`${clip(quote, 100)}\`).${inForceText(signals)}${hookFor(lines[at] ?? "", [...new Set(signals.map((s) => s.agent))])}`;
    });
    const lead = marked.reduce((a, b) => b.p.support.sessions > a.p.support.sessions ? b : a).p;
    edits.push(
      makeEdit({
        ...entryUpdate(file, entry, after),
        rationale: `Memory already says this, yet agents did what it forbids: marked IMPORTANT. ${why.join(" ")}`,
        evidence: evidenceOf(marked.map((m) => m.signals)),
        patternId: lead.id,
        support: { ...lead.support }
      })
    );
  }
  return edits;
}

// src/engine/limits.ts
var PRIORITY = { update: 0, move: 1, add: 2, merge: 3, delete: 4 };
var byPriority = (a, b) => PRIORITY[a.op] - PRIORITY[b.op] || (b.support?.sessions ?? 0) - (a.support?.sessions ?? 0) || (a.id < b.id ? -1 : 1);
var lineCount = (text) => text === "" ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
function growth(e, destText) {
  const after = e.after ?? "";
  const heading = e.section?.at(-1);
  const needsHeading = heading !== void 0 && !destText.split("\n").some((l) => /^#{1,6}\s/.test(l) && l.replace(/^#+\s*/, "").trim() === heading);
  const headingBytes = needsHeading ? Buffer.byteLength(`
${"#".repeat(e.section.length + 1)} ${heading}
`) : 0;
  return { lines: lineCount(after) + (needsHeading ? 2 : 0), bytes: Buffer.byteLength(after) + 1 + headingBytes };
}
function applyPassLimits({
  edits,
  memory,
  options,
  by
}) {
  const rejected = [];
  const fileOf = (p) => memory.find((f) => f.path === p);
  const removals = /* @__PURE__ */ new Map();
  const lines = /* @__PURE__ */ new Map();
  const bytes = /* @__PURE__ */ new Map();
  const kept = [];
  for (const e of [...edits].sort(byPriority)) {
    const f = fileOf(e.file);
    const removing = e.op === "delete" || e.op === "move" ? 1 : e.op === "merge" ? e.mergedEntryIds?.length ?? 0 : 0;
    if (removing > 0 && f) {
      const total = f.entries.filter((x) => x.kind !== "heading").length;
      const allowed = Math.floor(options.maxDeleteShare * total + 1e-9);
      const used = removals.get(f.path) ?? 0;
      if (used + removing > allowed) {
        rejected.push({
          edit: e,
          reason: `would remove more than ${Math.round(options.maxDeleteShare * 100)}% of ${f.path}'s entries in one pass`,
          by
        });
        continue;
      }
      removals.set(f.path, used + removing);
    }
    const dest = e.op === "move" ? e.toFile : e.op === "add" ? e.file : void 0;
    if (dest && e.after) {
      const text = fileOf(dest)?.text ?? "";
      const g = growth(e, text);
      const l = (lines.get(dest) ?? lineCount(text)) + g.lines;
      const b = (bytes.get(dest) ?? Buffer.byteLength(text)) + g.bytes;
      if (l > options.budget.maxLines || b > options.budget.maxBytes) {
        rejected.push({
          edit: e,
          reason: `${dest} is at its budget (${options.budget.maxLines} lines / ${options.budget.maxBytes} bytes): merge or prune first`,
          by
        });
        continue;
      }
      lines.set(dest, l);
      bytes.set(dest, b);
    }
    if (kept.length >= options.maxEdits) {
      rejected.push({ edit: e, reason: `over the limit of ${options.maxEdits} edits per pass`, by });
      continue;
    }
    kept.push(e);
  }
  return { kept, rejected };
}

export {
  nestedTarget,
  folderPlaces,
  placementProblem,
  nestedNote,
  inForceText,
  brokenRuleEdits,
  applyPassLimits
};
