import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  MAX_EVIDENCE,
  enforcement,
  entryUpdate,
  fromPattern,
  makeEdit,
  markedImportant,
  norm,
  pickEvidence,
  preferSupportText,
  strengthenEdit,
  supportText
} from "./chunk-NY73TQWN.js";
import {
  claudeReadsShared,
  commandMentions,
  endsInsideValue,
  failurePhrase,
  fixLesson,
  mentionRelation,
  notesLesson,
  parseProhibition,
  prohibitionRules,
  ruleKey
} from "./chunk-PLWKZF2X.js";
import {
  outputLanguageAsk,
  supportSession
} from "./chunk-R5JRYFZH.js";
import {
  clip,
  codeSpans,
  contentWords,
  escapeRegExp,
  jaccard,
  meaningStems,
  negated,
  parseCommand,
  referencesOf,
  sameMeaning,
  structuralTokens
} from "./chunk-WPRNBTAO.js";
import {
  CODEX_OVERRIDE_FILE,
  COPILOT_FILE,
  GEMINI_FILE,
  isClaudeAgent,
  locationOf
} from "./chunk-ZMW6ZSA4.js";
import {
  boundedMemo
} from "./chunk-X6M2KEEO.js";

// src/engine/offline/targets.ts
var SHARED_FILE = "AGENTS.md";
var isClaude = isClaudeAgent;
function rootClaudeFile(memory) {
  return memory.find((f) => f.path === "CLAUDE.md") ?? memory.find((f) => f.path === ".claude/CLAUDE.md");
}
function agentFile(agent, memory) {
  if (agent === "gemini-cli") {
    const g = memory.find((f) => f.path === GEMINI_FILE);
    return g?.redirectTo ?? GEMINI_FILE;
  }
  if (agent === "copilot-cli") return memory.some((f) => f.path === COPILOT_FILE) ? COPILOT_FILE : SHARED_FILE;
  if (agent === "codex") return memory.some((f) => f.path === CODEX_OVERRIDE_FILE) ? CODEX_OVERRIDE_FILE : SHARED_FILE;
  if (!isClaude(agent)) return SHARED_FILE;
  const c = rootClaudeFile(memory);
  return c?.redirectTo ?? c?.path ?? "CLAUDE.md";
}
function targetFiles(agents, memory) {
  const files = [...new Set(agents.map((a) => agentFile(a, memory)))].sort();
  if (files.length <= 1) return files;
  const out = [SHARED_FILE];
  if (agents.some(isClaude) && !claudeReadsShared(memory)) out.push(agentFile("claude-code", memory));
  if (agents.includes("gemini-cli")) out.push(agentFile("gemini-cli", memory));
  if (agents.includes("codex")) out.push(agentFile("codex", memory));
  return [...new Set(out)].sort();
}
function saidTwiceNote(target, targets) {
  if (!targets.includes(SHARED_FILE) || !targets.includes(CODEX_OVERRIDE_FILE)) return "";
  if (target !== SHARED_FILE && target !== CODEX_OVERRIDE_FILE) return "";
  const other = target === SHARED_FILE ? CODEX_OVERRIDE_FILE : SHARED_FILE;
  return ` Also added to ${other}: Codex reads ${CODEX_OVERRIDE_FILE} instead of ${SHARED_FILE}, and no other agent reads the override, so no single file reaches them all.`;
}
function filesReadBy(agent, memory) {
  const own2 = agentFile(agent, memory);
  const out = /* @__PURE__ */ new Set([own2]);
  if (isClaude(agent) && claudeReadsShared(memory)) out.add(SHARED_FILE);
  for (const f of memory) if (f.readBy.includes(agent) && (f.kind === "rule" || f.kind === "claude")) out.add(f.redirectTo ?? f.path);
  if (agent === "copilot-cli" || agent === "cline" || agent === "generic") {
    out.add(SHARED_FILE);
    for (const f of memory) if (f.readBy.includes(agent)) out.add(f.path);
  }
  return [...out].sort();
}
var LESSONS_HEADING = "Lessons from past sessions";
function lessonSection(file) {
  const h = file?.entries.find((e) => e.kind === "heading" && /lesson|gotcha|pitfall|learned|learnt/i.test(e.text));
  if (h)
    return [
      ...h.headingPath,
      h.text.replace(/^\s*#+\s*/, "").replace(/\s+#+\s*$/, "").trim()
    ];
  const roots = (file?.entries ?? []).filter((e) => e.kind === "heading" && e.headingPath.length === 0);
  const only = roots.length === 1 ? roots[0] : void 0;
  if (only && /^\s*#\s/.test(only.text)) return [only.text.replace(/^\s*#\s*/, "").trim(), LESSONS_HEADING];
  return [LESSONS_HEADING];
}
function writable(e) {
  if (!e) return void 0;
  const readOnly = (path) => path !== void 0 && locationOf(path)?.write === "read";
  return readOnly(e.file) || readOnly(e.toFile) ? void 0 : e;
}

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
      const key2 = ev && `${ev.session}|${ev.line}`;
      if (!ev || !key2 || seen.has(key2) || out.length >= MAX_EVIDENCE) continue;
      seen.add(key2);
      out.push(ev);
    }
  return out;
}
function brokenRuleEdits(patterns, memory) {
  const entries = new Map(memory.flatMap((f) => f.entries.map((e) => [e.id, { file: f, entry: e }])));
  const byEntry = /* @__PURE__ */ new Map();
  for (const p of patterns) {
    const key2 = keyOf(p);
    if (key2 === void 0) continue;
    for (const entryId of new Set(p.signals.flatMap((s) => s.memoryEntryId ?? []))) {
      const found = entries.get(entryId);
      const lines = found ? prohibitionRules([found.entry]).filter((r) => ruleKey(r) === key2) : [];
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

// src/engine/offline/placement.ts
var headingText = (h) => h.text.replace(/^\s*#+\s*/, "").replace(/\s+#+\s*$/, "").trim();
var key = (path) => path.join("\0").toLowerCase();
var GENERIC = /* @__PURE__ */ new Set(["run", "use", "alwai", "never", "file", "agent", "code", "repo", "project", "session", "lesson"]);
var topical = (text) => meaningStems(text).filter((w) => !GENERIC.has(w));
var FENCE = /^[ \t]*(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^[ \t]*\1[ \t]*$/gm;
function wordsOf(text) {
  const code = [];
  const prose = text.replace(FENCE, (_m, _f, body) => {
    code.push(...body.split("\n"));
    return " ";
  }).replace(/`[^`\n]+`/g, " ");
  code.push(...codeSpans(text));
  const programs = code.map((c) => c.trim().split(/\s+/)[0] ?? "").filter((w) => /^[a-z][\w-]*$/i.test(w)).flatMap((w) => topical(w));
  return { prose: topical(prose), code: topical(code.join(" ")), programs };
}
function score(lesson, s) {
  const inHeading = (w) => s.heading.prose.includes(w) || s.heading.code.includes(w);
  let n = 0;
  for (const w of lesson.prose) n += (inHeading(w) ? 2 : 0) + (s.entries.prose.has(w) || s.entries.code.has(w) ? 1 : 0);
  for (const w of lesson.code) {
    if (lesson.prose.includes(w)) continue;
    const asProgram = lesson.programs.includes(w);
    n += (s.heading.code.includes(w) || asProgram && s.heading.prose.includes(w) ? 2 : 0) + (s.entries.code.has(w) || asProgram && s.entries.prose.has(w) ? 1 : 0);
  }
  return n;
}
var indexed = /* @__PURE__ */ new WeakMap();
function sectionsOf(entries) {
  let out = indexed.get(entries);
  if (out) return out;
  const sections = /* @__PURE__ */ new Map();
  for (const h of entries) {
    if (h.kind !== "heading") continue;
    const text = headingText(h);
    if (/lesson|gotcha|pitfall|learned|learnt/i.test(text) || h.headingPath.length === 0) continue;
    const path = [...h.headingPath, text];
    sections.set(key(path), { path, heading: wordsOf(text), entries: { prose: /* @__PURE__ */ new Set(), code: /* @__PURE__ */ new Set() } });
  }
  for (const e of entries) {
    const s = sections.get(key(e.headingPath));
    if (!s || e.kind === "heading") continue;
    const w = wordsOf(e.text);
    for (const x of w.prose) s.entries.prose.add(x);
    for (const x of w.code) s.entries.code.add(x);
  }
  out = [...sections.values()];
  indexed.set(entries, out);
  return out;
}
function sectionFor(file, lesson) {
  if (!file) return void 0;
  const want = wordsOf(lesson.replace(/"[^"]*"/g, " "));
  if (want.prose.length + want.code.length === 0) return void 0;
  const ranked = sectionsOf(file.entries).map((s) => ({ path: s.path, score: score(want, s) })).sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (!best || best.score < 2 || second && second.score === best.score) return void 0;
  return [...best.path];
}

// src/engine/offline/instruction-lessons.ts
function mode(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
function replaceTool(text, failed, fixed) {
  const word = new RegExp(`(^|[^\\w-])${escapeRegExp(failed)}(?=$|[^\\w-])`, "gi");
  const prose = new RegExp(`(\\b(?:with|using|via|use|run|through)\\s+)${escapeRegExp(failed)}(?=$|[^\\w-])`, "gi");
  const after = text.split(/(`[^`\n]*`)/).map((part) => part.startsWith("`") ? part.replace(word, `$1${fixed}`) : part.replace(prose, `$1${fixed}`)).join("");
  const left = after.split(/(`[^`\n]*`)/).some((part) => new RegExp(`(^|[^\\w-])${escapeRegExp(failed)}(?=$|[^\\w-])`, "i").test(part));
  return after !== text && !left ? { after, why: `the user asked for \`${fixed}\`, not \`${failed}\`` } : void 0;
}
var statedReason = (lesson) => /:\s+(.+?)\.?$/.exec(lesson)?.[1];
function rejectedThings(p) {
  const all = p.signals.flatMap((s) => (s.failed ?? "").split(" or ")).map((x) => x.trim()).filter(Boolean);
  return [...new Set(all.map((x) => x.toLowerCase()))].sort();
}
function preferLesson(p) {
  const use = mode(p.signals.map((s) => s.fixed));
  const nots = rejectedThings(p);
  if (use && nots.length === 0 && askedAgainOnly(p)) return `Use ${use}${sessionsReason(p) ? `: ${sessionsReason(p)}` : ""}.`;
  if (!use || nots.length === 0) return p.lesson;
  const reasons = p.signals.map((s) => s.lesson ? statedReason(s.lesson) : void 0).filter((r) => !!r);
  const reason = reasons.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0] ?? sessionsReason(p);
  return `Use ${use}, not ${nots.join(" or ")}${reason ? `: ${reason}` : ""}.`;
}
var sessionsReason = (p) => p.support.sessions >= 2 ? `the user asked for it in ${p.support.sessions} sessions` : void 0;
function askedAgainOnly(p) {
  return p.signals.every((s) => !s.failed) && p.signals.some((s) => !s.restated && s.fixed);
}
var TEMPLATE = /unless the user asks for it\.$/;
function instructionLesson(p) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of p.signals) if (s.lesson) counts.set(s.lesson, (counts.get(s.lesson) ?? 0) + 1);
  const hasReason = (l) => /[:;]\s|,\s+(?:it|they|that|this|since|because|as|so)\b|\bbecause\b/i.test(l);
  const score2 = (l) => (hasReason(l) ? 4 : 0) + (TEMPLATE.test(l) ? 0 : 2);
  const chosen = p.signature === "ask|finish|notes" ? notesLesson(p.signals) : [...counts].sort((a, b) => score2(b[0]) - score2(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? p.lesson;
  const folder = /^neg\|path:(.+)$/.exec(p.signature)?.[1];
  const best = folder ? chosen?.replace(new RegExp(`\`?(?:\\./)?${escapeRegExp(folder)}/[\\w@.-]+\\.\\w+\`?`, "gi"), `\`${folder}/\``) : chosen;
  if (!best || hasReason(best) || p.support.sessions < 2) return best;
  const why = TEMPLATE.test(best) ? `the user objected in ${p.support.sessions} sessions` : `the user asked for it in ${p.support.sessions} sessions`;
  return `${best.replace(/[.!]+$/, "")}: ${why}.`;
}
var QUALIFIED = /^(?:the\s+)?(?:plain|bare|raw|vanilla|naked|global|system)\s+/i;
function entryPrefers(entry, p) {
  const use = mode(p.signals.map((s) => s.fixed));
  if (!use || entry.kind === "heading") return false;
  const has = (w) => new RegExp(`(^|[^\\w-])${escapeRegExp(w)}($|[^\\w-])`, "i").test(entry.text);
  if (!has(use)) return false;
  const named = (n) => has(n) || QUALIFIED.test(n) && has(n.replace(QUALIFIED, ""));
  return rejectedThings(p).some(named) && /\b(?:not|never|don'?t|avoid|instead of|rather than)\b/i.test(entry.text);
}

// src/engine/offline/language-said.ts
var CLAUSES = /[。．.!！?？;；\n]+|,\s+|、|，/u;
var asksOf = boundedMemo(
  4096,
  (text) => new Set(text.split(CLAUSES).flatMap((clause) => outputLanguageAsk(clause)?.signature ?? []))
);
var isLanguageAskSignature = (signature) => /^ask\|(?:style|lang)\|/.test(signature);
function entryAsksLanguage(entry, signature) {
  return entry.kind !== "heading" && asksOf(entry.text).has(signature);
}

// src/engine/offline/lessons.ts
var LESSON_KINDS = /* @__PURE__ */ new Set(["error_then_fix", "instruction", "hook_block", "environment_feedback"]);
var SAME_LESSON = 0.6;
function mode2(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
function commonPrefix(all) {
  if (all.length === 0) return void 0;
  const words = all.map((f) => f.split(" "));
  const first = words[0] ?? [];
  let n = first.length;
  for (const w of words) {
    let k = 0;
    while (k < n && w[k] === first[k]) k++;
    n = k;
  }
  const prefix = first.slice(0, n);
  if (endsInsideValue(prefix)) return void 0;
  return prefix.some((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) ? prefix : void 0;
}
function perSessionArgs(p) {
  const all = p.signals.map((s) => s.fixed).filter((f) => !!f);
  const prefix = commonPrefix(all);
  return !!prefix && all.some((f) => f.split(" ").length > prefix.length);
}
var GIT_BRANCH_SUBS = /^git (push|pull|checkout|switch|merge|rebase)\b/;
function commonFixed(p) {
  return commonPrefix(p.signals.map((s) => s.fixed).filter((f) => !!f))?.join(" ");
}
function perSessionArgNoun(p) {
  const all = p.signals.map((s) => s.fixed).filter((f) => !!f);
  const prefix = commonPrefix(all);
  if (!prefix || !all.every((f) => f.split(" ").length > prefix.length)) return void 0;
  return GIT_BRANCH_SUBS.test(prefix.join(" ")) ? "the branch name" : "its argument";
}
function commonFailed(p) {
  return commonPrefix(p.signals.map((s) => s.failed).filter((f) => !!f))?.join(" ");
}
var isFixPattern = (p) => p.signature.startsWith("fix|");
function commonError(p) {
  const lines = [...new Set(p.signals.filter((s) => s.fixed).map((s) => s.evidence[0]?.quote ?? ""))];
  if (lines.length === 1) return lines[0] ?? "";
  const split = lines.map((l) => l.split(" "));
  const n = split[0]?.length ?? 0;
  if (split.every((w) => w.length === n)) {
    const keep = (split[0] ?? []).filter((w, i) => split.every((x) => x[i] === w));
    if (keep.length >= n - 2 && keep.length >= 3) return keep.join(" ");
  }
  const names = new Set(lines.map((l) => failurePhrase(l)));
  const [only] = names;
  return names.size === 1 && only && !only.startsWith('"') ? only : "";
}
function fixPatternLesson(p) {
  const fixed = commonFixed(p);
  const failed = commonFailed(p);
  if (!fixed || !failed || !p.signals.some((s) => s.lesson)) return void 0;
  if (fixed === failed) return void 0;
  return fixLesson(fixed, failed, commonError(p), perSessionArgNoun(p));
}
function commandKey(command) {
  const shape = parseCommand(command);
  return shape ? { program: shape.program, tokens: structuralTokens(shape).join(" ") } : void 0;
}
function saidIn(text) {
  return { words: contentWords(text), commands: codeSpans(text).flatMap((span) => commandKey(span) ?? []), refs: referencesOf(text) };
}
var entrySaid = boundedMemo(4096, saidIn);
function entrySays(entry, l) {
  if (entry.kind === "heading") return false;
  const said = entrySaid(entry.text);
  const fx = l.fixed;
  if (fx && said.commands.some((m) => m.program === fx.program && m.tokens === fx.tokens)) return true;
  if (l.refs.some((r) => !said.refs.includes(r))) return false;
  return jaccard(l.words, said.words) >= SAME_LESSON || negated(l.lesson) === negated(entry.text) && sameMeaning(l.lesson, entry.text);
}
function failurePhraseOf(p) {
  const phrase = failurePhrase(commonError(p));
  return phrase ? ` with ${phrase}` : "";
}
function rewrite(entry, p, memory) {
  const own2 = p.signals.filter((s) => s.memoryEntryId === entry.id);
  const failed = mode2(own2.map((s) => s.failed));
  const fixed = p.signature.split("|")[2] === "prefer" ? mode2(p.signals.map((s) => s.fixed)) : commonFixed(p);
  const sig = p.signature.split("|");
  if (sig[2] === "prefer" && failed && fixed) {
    return replaceTool(entry.text, failed, fixed);
  }
  if (sig[2] === "neg" || sig[2] === "pos") {
    return p.lesson ? { after: p.lesson, why: `the user corrected the agent against this entry: "${clip(p.lesson, 120)}"` } : void 0;
  }
  if (!failed) return void 0;
  const failedShape = parseCommand(failed);
  const mention = commandMentions(memory).find(
    (m) => m.entry.id === entry.id && failedShape && mentionRelation(m.shape, failedShape) !== null
  );
  if (!mention || !failedShape) return void 0;
  const relation = isFixPattern(p) ? mentionRelation(mention.shape, failedShape) : sig[3];
  const err = clip((own2.find((s) => s.evidence[0])?.evidence[0]?.quote ?? "").replace(/"/g, "'"), 80);
  if (relation === "same") {
    if (!fixed) return { why: `\`${mention.text}\` failed in ${supportText(p)} and nothing replaced it` };
    if (!entry.text.includes(`\`${mention.text}\``)) return void 0;
    return {
      after: entry.text.replace(`\`${mention.text}\``, `\`${fixed}\``),
      why: `\`${mention.text}\` fails ("${err}"); \`${fixed}\` worked`
    };
  }
  if (entry.text.includes("\n") || entry.text.includes(`\`${failed}\``)) return void 0;
  const after = `${entry.text.replace(/[.\s]*$/, "")} (plain \`${failed}\` fails).`;
  return { after, why: `agents ran \`${failed}\` instead of \`${mention.text}\` and it failed ("${err}")` };
}
function ownEvidenceFirst(p, entryId) {
  const own2 = p.signals.filter((s) => s.memoryEntryId === entryId);
  const rest = p.signals.filter((s) => s.memoryEntryId !== entryId);
  const seen = /* @__PURE__ */ new Set();
  return [...pickEvidence(own2), ...pickEvidence(rest)].filter((e) => {
    const k = `${e.session}|${e.line}`;
    return !seen.has(k) && !!seen.add(k);
  }).slice(0, MAX_EVIDENCE);
}
function astray(p, entryId) {
  const own2 = p.signals.filter((s) => s.memoryEntryId === entryId);
  const sessions = new Set(own2.map(supportSession)).size;
  if (sessions === 0 || sessions >= p.support.sessions) return supportText(p);
  const agents = [...new Set(own2.map((s) => s.agent))].sort();
  const rest = p.support.sessions - sessions;
  return `${sessions} session${sessions === 1 ? "" : "s"} (${agents.join(", ")}); ${rest} more session${rest === 1 ? "" : "s"} hit the same failure without it`;
}
function memoryFailureEdit(p, ctx) {
  if (p.signature.startsWith("broken|")) return brokenRuleEdits([p], ctx.memory)[0];
  const entryId = p.signals.find((s) => s.memoryEntryId)?.memoryEntryId;
  const file = ctx.memory.find((f) => f.entries.some((e) => e.id === entryId));
  const entry = file?.entries.find((e) => e.id === entryId);
  if (!file || !entry) return void 0;
  const r = rewrite(entry, p, ctx.memory);
  if (!r || r.after === entry.text) {
    ctx.notes.push(`no safe rewrite for ${entry.file}:${entry.startLine} (pattern ${p.id}); left as is`);
    return void 0;
  }
  const base = { file: file.path, entryId: entry.id, before: entry.text, ...fromPattern(p), evidence: ownEvidenceFirst(p, entry.id) };
  const twin = r.after === void 0 ? void 0 : file.entries.find((e) => e.id !== entry.id && norm(e.text) === norm(r.after));
  if (twin) {
    return makeEdit({
      op: "delete",
      ...base,
      rationale: `Memory led agents astray in ${astray(p, entry.id)}: ${r.why}; ${file.path}:${twin.startLine} already says what worked.`
    });
  }
  if (r.after === void 0) {
    return makeEdit({ op: "delete", ...base, rationale: `Stale memory: ${r.why}.` });
  }
  return makeEdit({ op: "update", ...base, after: r.after, rationale: `Memory led agents astray in ${astray(p, entry.id)}: ${r.why}.` });
}
function lessonEdits(p, ctx, agents = p.agents) {
  const fromFix = isFixPattern(p);
  if (!(LESSON_KINDS.has(p.kind) || fromFix && agents !== p.agents) || !p.lesson) return [];
  const fixed = commonFixed(p);
  if (p.signals.some((s) => s.fixed) && !fixed) return [];
  const prefer = p.kind === "instruction" && p.signature.startsWith("prefer|");
  const lesson = fromFix ? fixPatternLesson(p) : prefer ? preferLesson(p) : p.kind === "instruction" ? instructionLesson(p) : p.lesson;
  if (!lesson) return [];
  const rationale = fromFix ? `\`${commonFailed(p)}\` failed${failurePhraseOf(p)} and \`${fixed}\`${perSessionArgNoun(p) ? ` with ${perSessionArgNoun(p)}` : ""} worked, in ${supportText(p)}.` : prefer && mode2(p.signals.map((s) => s.fixed)) && mode2(p.signals.map((s) => s.failed)) ? `The user said to use ${mode2(p.signals.map((s) => s.fixed))}, not ${mode2(p.signals.map((s) => s.failed))}, in ${preferSupportText(p)}.` : prefer && askedAgainOnly(p) ? `The user asked why ${mode2(p.signals.map((s) => s.fixed))} was not used after asking for it, in ${preferSupportText(p)}.` : `${p.summary} \u2014 seen in ${supportText(p)}.`;
  const targets = targetFiles(agents, ctx.memory);
  const fileOf = (path) => ctx.memory.find((f) => f.path === path);
  const readable = new Set(agents.flatMap((a) => filesReadBy(a, ctx.memory)));
  const topic = /^neg\|path:(.+)$/.exec(p.signature)?.[1];
  const place = topic ? meaningStems(topic.split("/").pop() ?? topic) : [];
  const forbidsPlace = (e) => !!topic && e.kind !== "heading" && negated(e.text) && (e.text.toLowerCase().includes(topic) || place.length > 0 && place.every((w) => meaningStems(e.text).includes(w)));
  const recipe = p.signature.startsWith("ask|cmd|") ? /`([^`\n]+)`/.exec(lesson)?.[1] : void 0;
  const said = fixed ?? recipe;
  const lessonSaid = {
    lesson,
    words: contentWords(lesson),
    fixed: said ? commandKey(said) : void 0,
    refs: referencesOf(lesson)
  };
  const language = isLanguageAskSignature(p.signature);
  const says = (e) => prefer ? entryPrefers(e, p) : forbidsPlace(e) || entrySays(e, lessonSaid) || language && entryAsksLanguage(e, p.signature);
  const sayers = ctx.memory.flatMap((f) => f.entries.filter(says).map((e) => ({ f, e })));
  const edits = [];
  if (p.kind === "instruction" && !p.signals.every((s) => s.asked !== void 0)) {
    const read = sayers.filter((s) => readable.has(s.f.path));
    if (read.length > 0) {
      ctx.alreadySaid?.add(p.id);
      const writable2 = read.find((s) => locationOf(s.f.path)?.write !== "read");
      const e = writable2 && strengthenEdit(p, writable2.f, writable2.e);
      return e ? [e] : [];
    }
  }
  for (const rootTarget of targets) {
    const target = nestedTarget(rootTarget, p.folders, ctx.memory);
    if (sayers.some((s) => s.f.path === target)) {
      ctx.alreadySaid?.add(p.id);
      continue;
    }
    const agentSpecific = sayers.find((s) => s.f.path !== SHARED_FILE && s.f.kind === "claude");
    if (target === SHARED_FILE && agentSpecific && claudeReadsShared(ctx.memory)) {
      edits.push(
        makeEdit({
          op: "move",
          file: agentSpecific.f.path,
          toFile: SHARED_FILE,
          // Where the entry should land in the shared file (its heading path in the source file may not exist there).
          section: lessonSection(fileOf(SHARED_FILE)),
          entryId: agentSpecific.e.id,
          before: agentSpecific.e.text,
          after: agentSpecific.e.text,
          rationale: `Hit by ${p.agents.join(" and ")} (${supportText(p)}): a shared lesson belongs in ${SHARED_FILE}, which ${agentSpecific.f.path} imports.`,
          ...fromPattern(p)
        })
      );
      continue;
    }
    if (sayers.some((s) => readable.has(s.f.path)) && targets.length === 1) {
      ctx.alreadySaid?.add(p.id);
      continue;
    }
    edits.push(
      makeEdit({
        op: "add",
        file: target,
        section: sectionFor(fileOf(target), lesson) ?? lessonSection(fileOf(target)),
        after: lesson,
        rationale: rationale + saidTwiceNote(target, targets) + nestedNote(target, rootTarget),
        ...fromPattern(p)
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
  filesReadBy,
  writable,
  folderPlaces,
  placementProblem,
  inForceText,
  brokenRuleEdits,
  perSessionArgs,
  commonFixed,
  perSessionArgNoun,
  commonFailed,
  memoryFailureEdit,
  lessonEdits,
  applyPassLimits
};
