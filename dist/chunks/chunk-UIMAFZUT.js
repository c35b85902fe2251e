import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  diffArrays
} from "./chunk-TIWB77VX.js";
import {
  glob
} from "./chunk-WFGPWVF7.js";
import {
  ENDS_ON_THIS_WORK,
  ENV_ASSIGN,
  FRAME_STEMS,
  FRAME_STEM_GROUPS,
  INTENSIFIER_STEMS,
  MAX_MESSAGE,
  MULTI_WORD,
  NAMED_PROGRAMS,
  PYTHON,
  PYTHON_M,
  REDIRECT,
  RULE_VERB,
  RUNNER_BUILTINS,
  TRANSIENT,
  TRANSIENT_INSTRUCTION,
  actionText,
  adverbRemark,
  argumentsAreProse,
  asNegative,
  asNoProgram,
  asOrder,
  asProhibition,
  basename,
  clause,
  clip,
  codeSpans,
  commandCore,
  contentWords,
  escapeRegExp,
  evidenceFor,
  isAsked,
  isBareGroup,
  isInterpreterWord,
  isTestCommand,
  meaningStems,
  mendFrameTypos,
  namesLanguage,
  objectionLesson,
  objectionTarget,
  outputLanguageAsk,
  parseCommand,
  parseCommands,
  pathTopic,
  preGroupFamily,
  readableOwnText,
  reasonSentence,
  reminderFrame,
  reminderRule,
  saysThisConversation,
  scopesTheMessage,
  shellWords,
  shortOwnText,
  standingScope,
  startsFreeText,
  structuralTokens,
  takesValue,
  turnPreference,
  withVerb,
  withoutFrames,
  withoutPassedConversation,
  withoutReminder,
  withoutScopeLead,
  word
} from "./chunk-RAGNSPQK.js";
import {
  wo
} from "./chunk-C56VTM35.js";
import {
  isClaudeAgent
} from "./chunk-ZMW6ZSA4.js";
import {
  boundedMemo,
  sessionTime
} from "./chunk-S4URGW26.js";

// src/signals/repo-facts.ts
import { existsSync } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/signals/manifests.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var MAX_WORKSPACE_PACKAGES = 2e3;
async function readOptional(file) {
  try {
    return await readFile(file, "utf8");
  } catch {
    return null;
  }
}
function parseScripts(text) {
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text);
    const out = /* @__PURE__ */ new Set();
    if (parsed.scripts && typeof parsed.scripts === "object") {
      for (const [k, v] of Object.entries(parsed.scripts)) if (typeof v === "string") out.add(k);
    }
    return out;
  } catch {
    return null;
  }
}
function parseMakeTargets(text) {
  const targets = /* @__PURE__ */ new Set();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Za-z0-9_][A-Za-z0-9_./-]*(?:\s+[A-Za-z0-9_][A-Za-z0-9_./-]*)*)\s*::?(?!=)/.exec(line);
    if (!m || line.startsWith("	")) continue;
    for (const t of (m[1] ?? "").split(/\s+/)) if (t && !t.startsWith(".")) targets.add(t);
  }
  return [...targets].sort();
}
async function workspaceGlobs(packageJson, pnpmWorkspace) {
  const out = [];
  try {
    const ws = packageJson ? JSON.parse(packageJson).workspaces : void 0;
    const list = Array.isArray(ws) ? ws : ws && typeof ws === "object" ? ws.packages : void 0;
    if (Array.isArray(list)) out.push(...list.filter((x) => typeof x === "string"));
  } catch {
  }
  if (pnpmWorkspace !== null) {
    const { parse } = await import("./dist-7G62IBHY.js");
    try {
      const doc = parse(pnpmWorkspace);
      if (Array.isArray(doc?.packages)) out.push(...doc.packages.filter((x) => typeof x === "string"));
    } catch {
    }
  }
  return out.filter((g) => !g.startsWith("!") && !g.includes("..") && !path.isAbsolute(g));
}
async function manifestsIn(root, dir) {
  const out = [];
  const rel = (name) => dir ? `${dir}/${name}` : name;
  const scripts = parseScripts(await readOptional(path.join(root, dir, "package.json")));
  if (scripts) out.push({ file: rel("package.json"), kind: "script", names: scripts });
  for (const name of ["Makefile", "makefile", "GNUmakefile"]) {
    const text = await readOptional(path.join(root, dir, name));
    if (text === null) continue;
    out.push({ file: rel(name), kind: "make", names: new Set(parseMakeTargets(text)) });
    break;
  }
  return out;
}
function foldersUp(memoryFile) {
  const parts = path.posix.dirname(memoryFile).split("/").filter((p) => p && p !== ".");
  const claude = parts.indexOf(".claude");
  const kept = claude >= 0 ? parts.slice(0, claude) : parts;
  const out = [];
  for (let i = kept.length; i >= 0; i--) out.push(kept.slice(0, i).join("/"));
  return out;
}
async function collectRunnables(repoDir, memoryFiles) {
  const root = path.resolve(repoDir);
  const byDir = /* @__PURE__ */ new Map();
  const load = async (dir) => {
    if (!byDir.has(dir)) byDir.set(dir, await manifestsIn(root, dir));
  };
  for (const f of memoryFiles) for (const dir of foldersUp(f)) await load(dir);
  await load("");
  const globs = await workspaceGlobs(
    await readOptional(path.join(root, "package.json")),
    await readOptional(path.join(root, "pnpm-workspace.yaml"))
  );
  const workspaceDirs = globs.length ? (await glob(
    globs.map((g) => `${g.replace(/\/+$/, "")}/package.json`),
    { cwd: root, ignore: ["**/node_modules/**"], followSymbolicLinks: false }
  )).map((f) => path.posix.dirname(f.split(path.sep).join("/"))).sort().slice(0, MAX_WORKSPACE_PACKAGES) : [];
  for (const dir of workspaceDirs) await load(dir === "." ? "" : dir);
  return {
    lookup(memoryFile, kind, name) {
      const dirs = [.../* @__PURE__ */ new Set([...foldersUp(memoryFile), ...workspaceDirs])];
      const searched = [];
      for (const dir of dirs) {
        for (const m of byDir.get(dir) ?? []) {
          if (m.kind !== kind) continue;
          if (m.names.has(name)) return { defined: true, manifest: m.file };
          searched.push(m.file);
        }
      }
      return searched.length ? { defined: false, searched } : { defined: null };
    }
  };
}

// src/signals/repo-facts.ts
async function readOptional2(file) {
  try {
    return await readFile2(file, "utf8");
  } catch {
    return null;
  }
}
async function collectRepoFacts(repoDir, memoryFiles = []) {
  const root = path2.resolve(repoDir);
  let scripts = null;
  const pkg = await readOptional2(path2.join(root, "package.json"));
  if (pkg !== null) {
    try {
      const parsed = JSON.parse(pkg);
      scripts = {};
      if (parsed.scripts && typeof parsed.scripts === "object") {
        for (const [k, v] of Object.entries(parsed.scripts)) {
          if (typeof v === "string") scripts[k] = v;
        }
      }
    } catch {
      scripts = null;
    }
  }
  const scriptsIdx = pkg?.split(/\r?\n/).findIndex((l) => l.includes('"scripts"')) ?? -1;
  let makeTargets = null;
  for (const name of ["Makefile", "makefile", "GNUmakefile"]) {
    const text = await readOptional2(path2.join(root, name));
    if (text !== null) {
      makeTargets = parseMakeTargets(text);
      break;
    }
  }
  const exists = (relPath) => {
    const abs = path2.resolve(root, relPath);
    if (abs !== root && !abs.startsWith(root + path2.sep)) return true;
    return existsSync(abs);
  };
  const runnables = await collectRunnables(root, memoryFiles);
  return { scripts, ...scriptsIdx >= 0 ? { scriptsLine: scriptsIdx + 1 } : {}, makeTargets, exists, runnables };
}

// src/signals/rule-prohibitions.ts
function forms(base) {
  const stem3 = base.endsWith("e") ? base.slice(0, -1) : base;
  return [base, `${base}s`, `${base}es`, `${stem3}ed`, `${stem3}ing`];
}
var VERBS = /* @__PURE__ */ new Map();
var verbs = (list, actions) => {
  for (const b of list.split(" ")) for (const f of forms(b)) VERBS.set(f, actions);
};
verbs("delete remove erase wipe purge unlink destroy", ["delete"]);
verbs("touch manipulate", ["modify", "delete"]);
verbs("access", ["read", "modify", "delete"]);
verbs("modify edit change write overwrite alter update rewrite patch move rename", ["modify"]);
verbs("read open view inspect", ["read"]);
verbs("run execute invoke call use", ["run"]);
for (const [w, a] of [
  ["rm", ["delete"]],
  ["modifies", ["modify"]],
  ["modified", ["modify"]],
  ["modifying", ["modify"]],
  ["wrote", ["modify"]],
  ["written", ["modify"]],
  ["writing", ["modify"]],
  ["running", ["run"]],
  ["ran", ["run"]],
  ["exec", ["run"]]
])
  VERBS.set(w, a);
var verbActions = (w) => VERBS.get(w.toLowerCase());
var CONDITIONAL = /\b(?:unless|except|without|before|after|until|if|when|whenever|while|during|only|instead|otherwise|first|ask|asks|asked|asking|permission|approv\w*|confirm\w*|explicit\w*|outside|other\s+than|rather)\b/i;
var NEGATION = /^(?:(?:you|agents?|the\s+agent|we|please)\s+)?(?:never|do\s+not|don['\u2019]?t|must\s+not|mustn['\u2019]t|should\s+not|shouldn['\u2019]t|may\s+not|cannot|can['\u2019]t|avoid)\b/i;
var PASSIVE = /^(?:is|are)?\s*(?:must|should|may|can|is|are)\s+(?:not|never)\s+(?:ever\s+)?be\b/i;
var FILLER = new Set(
  "ever directly manually yourself by hand the any anything files file folder folders directory directories dir contents content of in inside under within to from at into all or and nor things stuff everything existing again anymore please way circumstances no".split(
    " "
  )
);
var ADVERBS = /* @__PURE__ */ new Set(["ever", "directly", "manually", "yourself", "try", "to"]);
var BROAD = /^(?:\.|\.\/|\/|~|~\/|\$HOME\/?|\*+|\*\*\/\*|(?:src|lib|app|apps|test|tests|docs|packages|source|code)\/?)$/;
var SPAN = /`([^`\n]+)`/g;
function pathTarget(raw) {
  const t = raw.trim().replace(/^\$HOME(?=\/)/, "~");
  if (!t || /\s|:\/\/|[<>$(){}]/.test(t) || BROAD.test(t)) return void 0;
  const pathy = t.includes("/") || /^\.[\w.-]+$/.test(t) || /^[\w@.-]{2,}\.[a-z][a-z0-9]{0,5}$/i.test(t) || /[*?]/.test(t);
  if (!pathy) return void 0;
  const path4 = t.replace(/^\.\//, "").replace(/\/+$/, "");
  if (!/[*?]/.test(path4)) return { kind: "path", path: path4 };
  const re = path4.split(/(\*\*\/|\*\*|\*|\?)/).map(
    (part) => part === "**/" ? "(?:.*/)?" : part === "**" ? ".*" : part === "*" ? "[^/]*" : part === "?" ? "[^/]" : part.replace(/[.+^${}()|[\]\\]/g, "\\$&")
  ).join("");
  return { kind: "path", path: path4, glob: new RegExp(`^${re}$`) };
}
function commandTarget(raw) {
  const shape = parseCommand(raw);
  return shape && /^[\w.-]+$/.test(shape.program) ? { kind: "command", text: raw.trim(), shape } : void 0;
}
function clause2(text) {
  const cut = /;|\s[-\u2013\u2014]\s|[.!?](?:\s|$)|\(|:\s/.exec(text);
  return (cut ? text.slice(0, cut.index) : text).trim();
}
function parseProhibition(line) {
  const bare2 = line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "").replace(/\*\*|__/g, "").replace(/^[^\w`~$.]*(?:(?:important|note|critical|warning)\s*:\s*)?/i, "").trim();
  const spans = [];
  const masked2 = bare2.replace(SPAN, (_, s) => ` \uE000${spans.push(s) - 1}\uE000 `);
  if (CONDITIONAL.test(masked2.replace(/\uE000\d+\uE000/g, " "))) return void 0;
  let words3 = clause2(masked2).split(/[\s,]+/).filter(Boolean);
  const neg = NEGATION.exec(words3.join(" "));
  if (neg) words3 = words3.slice(neg[0].split(/\s+/).length);
  else {
    const at = words3.findIndex((w) => /^(?:is|are|must|should|may|can)$/i.test(w));
    const m = at > 0 ? PASSIVE.exec(words3.slice(at).join(" ")) : null;
    if (!m) return void 0;
    const subject = words3.slice(0, at);
    words3 = [...words3.slice(at + m[0].split(/\s+/).length), ...subject];
  }
  while (words3.length && ADVERBS.has((words3[0] ?? "").toLowerCase())) words3 = words3.slice(1);
  const actions = /* @__PURE__ */ new Set();
  while (words3.length) {
    const w = words3[0] ?? "";
    const parts = w.split("/").map(verbActions);
    if (parts.every((a) => a)) parts.forEach((a) => a?.forEach((x) => actions.add(x)));
    else if (!/^(?:or|and|nor)$/i.test(w)) break;
    words3 = words3.slice(1);
  }
  if (actions.size === 0) return void 0;
  const targets = [];
  for (const w of words3) {
    const span2 = /^\uE000(\d+)\uE000$/.exec(w);
    const raw = span2 ? spans[Number(span2[1])] ?? "" : w.replace(/[.,;:!?]+$/, "");
    if (!span2 && FILLER.has(raw.toLowerCase())) continue;
    const t = actions.has("run") ? span2 ? commandTarget(raw) : void 0 : pathTarget(raw);
    if (!t) return void 0;
    targets.push(t);
  }
  if (targets.length === 0 || actions.has("run") && actions.size > 1) return void 0;
  return { actions, targets };
}
function ruleKey(rule) {
  const command2 = (s) => [s.program, ...s.sub, ...[...s.flags, ...s.args].sort()].join(" ");
  const targets = rule.targets.map((t) => t.kind === "path" ? t.path : command2(t.shape)).sort();
  return `${[...rule.actions].sort().join("+")} ${targets.join(" ")}`;
}
function prohibitionRules(entries) {
  const out = [];
  for (const entry of entries) {
    if (entry.kind === "heading") continue;
    const lines = entry.text.split("\n");
    let fenced = false;
    lines.forEach((line, i) => {
      if (/^\s*```/.test(line)) fenced = !fenced;
      if (fenced || /^\s*```/.test(line)) return;
      const next = lines[i + 1];
      const whole = next === void 0 || !next.trim() || /^\s*(?:[-*+]|\d+[.)])\s|^\s*```/.test(next);
      if (!whole || i > 0 && !/^\s*(?:[-*+]|\d+[.)])\s/.test(line)) return;
      const rule = parseProhibition(line);
      if (rule) out.push({ entry, line, lineIndex: i, ...rule });
    });
  }
  return out;
}

// src/signals/rule-dates.ts
var UNCOMMITTED = /^0{40}$/;
function parseBlame(out, fileLines, shallow, time = "committer-time") {
  const stamp = new RegExp(`^${time} (\\d+)$`);
  const times = /* @__PURE__ */ new Map();
  const cut = /* @__PURE__ */ new Set();
  const lines = fileLines.map(() => null);
  let sha = "";
  let final = 0;
  for (const row of out.split("\n")) {
    const head = /^([0-9a-f]{40}) \d+ (\d+)/.exec(row);
    if (head) {
      sha = head[1] ?? "";
      final = Number(head[2]);
      continue;
    }
    const t = stamp.exec(row);
    if (t) times.set(sha, Number(t[1]) * 1e3);
    else if (row === "boundary" && shallow) cut.add(sha);
    else if (row.startsWith("	")) {
      const at = times.get(sha);
      const same = fileLines[final - 1]?.replace(/\r$/, "") === row.slice(1).replace(/\r$/, "");
      if (final < 1 || final > lines.length || !same || at === void 0) continue;
      lines[final - 1] = UNCOMMITTED.test(sha) ? { unknown: "the line is not committed" } : cut.has(sha) ? { unknown: "the clone is shallow, and the line is older than its history" } : { at, sha };
    }
  }
  return lines;
}
async function memoryRuleDates(repoDir, memory) {
  const files = memory.filter((f) => prohibitionRules(f.entries).length > 0);
  const out = {};
  if (files.length === 0) return out;
  const git = wo(repoDir);
  const answers = await git.raw(["rev-parse", "--is-inside-work-tree", "--is-shallow-repository"]).then((r) => r.split("\n").map((a) => a.trim())).catch(() => []);
  const inRepo = answers[0] === "true";
  const shallow = inRepo && answers[1] === "true";
  for (const f of files) {
    if (!inRepo) {
      out[f.path] = { unknown: "the repository has no git history" };
      continue;
    }
    const blame = await git.raw(["blame", "--porcelain", "-w", "-M", "--", f.path]).catch(() => void 0);
    out[f.path] = blame === void 0 ? { unknown: "the memory file is not committed" } : { lines: parseBlame(blame, f.text.split("\n"), shallow) };
  }
  return out;
}
var sameBarWhitespace = (a, b) => a.replace(/\s+/g, "") === b.replace(/\s+/g, "");
function timelineRuleDates(timeline, t, memory) {
  const out = {};
  for (const f of memory) {
    if (prohibitionRules(f.entries).length === 0) continue;
    let lines = [];
    let dates = [];
    for (const v of timeline.versions.get(f.path) ?? []) {
      if (v.at > t) continue;
      const next = v.text === null ? [] : v.text.split("\n");
      const carried = [];
      let old = 0;
      for (const part of diffArrays(lines, next, { comparator: sameBarWhitespace })) {
        const n = part.count ?? part.value.length;
        if (part.removed) old += n;
        else if (part.added) for (let i = 0; i < n; i++) carried.push({ at: v.at, sha: v.sha });
        else for (let i = 0; i < n; i++) carried.push(dates[old++] ?? { at: v.at, sha: v.sha });
      }
      lines = next;
      dates = carried;
    }
    const text = f.text.split("\n");
    out[f.path] = text.length === lines.length && text.every((l, i) => l.replace(/\r$/, "") === lines[i]?.replace(/\r$/, "")) ? { lines: dates } : { unknown: "the memory file is not the one its history rebuilds" };
  }
  return out;
}
function ruleAge(rule, session, dates) {
  const file = dates?.[rule.entry.file];
  if (!file) return { unknown: dates ? "the memory file was not dated" : "the line was not dated" };
  if ("unknown" in file) return file;
  const line = file.lines[rule.entry.startLine - 1 + rule.lineIndex];
  if (!line) return { unknown: "git blame does not match the line" };
  if ("unknown" in line) return line;
  const started = sessionTime(session);
  if (started === void 0) return { unknown: "the session has no timestamps" };
  return started < line.at ? "later" : { since: new Date(line.at).toISOString() };
}

// src/signals/memory-refs.ts
var KNOWN_PROGRAMS = /* @__PURE__ */ new Set([
  // Every program whose subcommands the command shape keeps, and the single-word tools memory names.
  ...MULTI_WORD,
  "pytest",
  "jest",
  "vitest",
  "tsc",
  "eslint",
  "prettier",
  "node",
  "python",
  "python3",
  "ruff",
  "mypy",
  "black",
  "tox",
  "mocha",
  "rspec",
  "iex"
]);
function isCommandLike(shape) {
  return shape.env.length > 0 || KNOWN_PROGRAMS.has(shape.program);
}
function fencedLines(text) {
  const out = [];
  let inFence = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*```/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      const cmd = line.replace(/\s+#.*$/, "").replace(/^\s*\$\s*/, "").trim();
      if (cmd) out.push(cmd);
    }
  }
  return out;
}
function commandMentions(memory) {
  const out = [];
  for (const file of memory) {
    for (const entry of file.entries) {
      if (entry.kind === "heading") continue;
      for (const text of [...codeSpans(entry.text), ...fencedLines(entry.text)]) {
        const shape = parseCommand(text);
        if (shape && isCommandLike(shape)) out.push({ entry, text, shape });
      }
    }
  }
  return out;
}
function mentionRelation(mention, failed) {
  if (mention.program !== failed.program) return null;
  if (mention.sub.join(" ") !== failed.sub.join(" ")) return null;
  const path4 = invoked(mention);
  if (path4.includes("/") && path4 !== invoked(failed)) return "ignored";
  const ft = new Set(structuralTokens(failed));
  const extra = structuralTokens(mention).filter((t) => !ft.has(t));
  return extra.length === 0 ? "same" : "ignored";
}
function invoked(shape) {
  return shellWords(shape.segment).find((w) => basename(w) === shape.program) ?? shape.program;
}
function scriptOf(shape) {
  const [s0, s1] = shape.sub;
  if (shape.program === "make") return s0 ? { kind: "make", name: s0 } : void 0;
  if (!["npm", "pnpm", "yarn", "bun"].includes(shape.program) || !s0) return void 0;
  if (s0 === "run" || s0 === "run-script") return s1 ? { kind: "script", name: s1 } : void 0;
  if (["test", "start", "stop", "restart"].includes(s0)) return { kind: "script", name: s0 };
  if (shape.program !== "npm" && !RUNNER_BUILTINS.test(s0)) return { kind: "script", name: s0 };
  return void 0;
}
function pathMentions(entry) {
  return codeSpans(entry.text).filter(
    (s) => /^[\w@.-]+(?:\/[\w@.-]+)+\/?$/.test(s) && !s.includes("://") && !s.startsWith(".") && !s.startsWith("@") && !/[*?{}<>$]/.test(s) && !/\/\d+$/.test(s)
  );
}
function claudeReadsShared(memory) {
  const c = memory.find((f) => f.path === "CLAUDE.md") ?? memory.find((f) => f.path === ".claude/CLAUDE.md");
  if (!c) return false;
  return c.redirectTo === "AGENTS.md" || /^@(\.\/)?AGENTS\.md\s*$/m.test(c.text);
}
function memoryReadBy(agent, memory) {
  const shared = isClaudeAgent(agent) && claudeReadsShared(memory);
  return memory.filter((f) => f.readBy.includes(agent) || shared && f.path === "AGENTS.md");
}

// src/signals/command-display.ts
function optionOwners(shape) {
  return [shape.program, ...shape.via.map((v) => basename(v.slice(0, v.indexOf(" ") >>> 0)))];
}
function shownValue(segment, value) {
  if (value.includes("`")) return void 0;
  if (value !== "" && !/[\s"']/.test(value) && segment.includes(value)) return value;
  for (const q of ['"', "'"]) if (!value.includes(q) && segment.includes(`${q}${value}${q}`)) return `${q}${value}${q}`;
  return void 0;
}
var VERB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
function valueBeforeVerb(shown, next, positional) {
  const last = shown[shown.length - 1] ?? "";
  return !positional && shown.length > 1 && last.startsWith("-") && !last.includes("=") && next !== void 0 && VERB.test(next);
}
function commandDisplay(shape, script) {
  if (script !== void 0) return displayOf(shape, script);
  let shown = displays.get(shape);
  if (shown === void 0) displays.set(shape, shown = displayOf(shape, void 0));
  return shown;
}
var displays = /* @__PURE__ */ new WeakMap();
function displayOf(shape, script) {
  const out = [];
  const owners = optionOwners(shape);
  let program = false;
  let valueOf = false;
  let positional = false;
  const words3 = shellWords(shape.segment);
  const prose2 = { program: shape.program, verb: shape.sub[0] ?? shape.args[0] };
  const message = argumentsAreProse(shape.program, shape.sub) ? shape.args[0] : void 0;
  for (const [k, w] of words3.entries()) {
    if (REDIRECT.test(w) || w === "/dev/null") break;
    if (valueOf && w.startsWith("-") && w.length > 1) valueOf = false;
    if (valueOf) {
      const shown = shownValue(shape.segment, w);
      valueOf = false;
      if (shown === void 0) {
        out.pop();
        break;
      }
      out.push(shown);
      continue;
    }
    const assignment = ENV_ASSIGN.test(w) || /^--?[\w-]+=/.test(w);
    const runsIt = basename(w) === shape.program || shape.via.length > 0 && shape.via.some((v) => v === PYTHON_M || v === `${w} -m`) && isInterpreterWord(w);
    const isProgram = !program && !assignment && runsIt && !/[\s"'`]/.test(w);
    if (!assignment) program = true;
    if (isProgram || script !== void 0 && w === script) {
      out.push(w);
      continue;
    }
    if (startsFreeText(prose2, w) || message !== void 0 && w === message && out.length > shape.sub.length) break;
    const file = /\.\w{1,5}$/.test(w) && !/^-?\d+(?:\.\d+)+$/.test(w);
    if (!assignment && (/[/\\]/.test(w) || file || /\s|["'`]/.test(w))) {
      if (!valueBeforeVerb(out, words3[k + 1], positional) || shownValue(shape.segment, w) === void 0) break;
      out.push(w);
      continue;
    }
    if (/[\s"'`]/.test(w)) break;
    out.push(w);
    if (program && !w.startsWith("-") && out.length > 1) positional = true;
    valueOf = takesValue(owners, w);
  }
  if (valueOf) out.pop();
  return out.length > 0 ? out.join(" ") : commandCore(shape);
}
function endsInsideValue(words3) {
  const text = words3.join(" ");
  let quote = "";
  for (const c of text) if (c === '"' || c === "'") quote = quote === "" ? c : quote === c ? "" : quote;
  if (quote !== "") return true;
  const shape = parseCommand(text);
  return !!shape && takesValue(optionOwners(shape), words3[words3.length - 1] ?? "");
}
var OUTPUT_ONLY_LONG = /^(--verbose|--quiet|--silent|--tb(=.*)?|--no-header|--colou?r(=.*)?|--maxfail(=.*)?|--trace|--debug|--reporter(=.*)?)$/;
var OUTPUT_ONLY_SHORT = /* @__PURE__ */ new Map([
  ["pytest", /^(-v+|-q+|-x|-s|-rA)$/],
  ["py.test", /^(-v+|-q+|-x|-s|-rA)$/],
  ["go", /^(-v|-x)$/],
  ["cargo", /^(-v+|-q)$/],
  ["pip", /^(-v+|-q+)$/],
  ["pip3", /^(-v+|-q+)$/],
  ["uv", /^(-v+|-q+)$/],
  ["npm", /^(-s|-q)$/],
  ["pnpm", /^(-s)$/],
  ["yarn", /^(-s)$/],
  ["make", /^(-s)$/],
  ["curl", /^(-s|-S|-sS|-v)$/],
  ["tox", /^(-v+|-q+)$/]
]);
function outputOnlyFlag(program, flag) {
  return OUTPUT_ONLY_LONG.test(flag) || OUTPUT_ONLY_SHORT.get(program)?.test(flag) === true;
}
function lessonCommand(shape, keepPythonM = false, script) {
  const words3 = commandDisplay(shape, script).split(" ");
  const owners = optionOwners(shape);
  const out = [];
  for (let i = 0; i < words3.length; i++) {
    const w = words3[i] ?? "";
    if (!keepPythonM && PYTHON.test(w) && words3[i + 1] === "-m" && words3[i + 2] === shape.program) {
      i++;
      continue;
    }
    if (w.startsWith("-") && outputOnlyFlag(shape.program, w)) {
      if (takesValue(owners, w)) i++;
      continue;
    }
    out.push(w);
  }
  while (out.length > 1 && out[out.length - 1] === "--") out.pop();
  return [...shape.setup, out.join(" ")].join(" && ");
}

// src/signals/corrections-swap.ts
var LOOKAHEAD = 12;
var HEDGE = /\b(?:maybe|perhaps|might|could you|can you|what about|how about|what if|is it|should we|do we|does)\b|[¿？]/i;
var INTERCHANGEABLE = [
  /* @__PURE__ */ new Set(["npm", "pnpm", "yarn", "bun"]),
  /* @__PURE__ */ new Set(["pip", "pip3", "uv", "poetry", "pipenv", "conda"])
];
var SAME_JOB = [
  /* @__PURE__ */ new Set(["jest", "vitest", "mocha", "ava"]),
  /* @__PURE__ */ new Set(["flake8", "ruff", "pylint", "pyflakes", "pycodestyle"]),
  /* @__PURE__ */ new Set(["black", "autopep8", "yapf"]),
  /* @__PURE__ */ new Set(["eslint", "biome", "oxlint"]),
  /* @__PURE__ */ new Set(["prettier", "dprint"])
];
function toolGroup(program) {
  const g = INTERCHANGEABLE.find((x) => x.has(program)) ?? SAME_JOB.find((x) => x.has(program));
  return g ? [...g] : [];
}
var OBJECTION = /\b(?:no|nope|not|don'?t|never|stop|wrong|why|again|told you|i said|instead|rather|come on|ugh|seriously|really)\b|\?!|!\?|!!/i;
var OBJECTION_ELSEWHERE = /(?<![\p{L}])(?:kein(?:e[nmrs]?)?|nicht|nein|pas|non(?!-)|jamais|nunca|não|nao|не|нет|нельзя)(?![\p{L}])|不|别|別|没|ない|하지\s*마|말고/iu;
var rest = (s) => [...s.sub, ...s.args].join(" ");
var named = (text, word3) => new RegExp(`(^|[^\\w-])${escapeRegExp(word3)}($|[^\\w-])`, "i").test(text);
function nextCommand(events10, from) {
  for (let j = from + 1; j < events10.length && j <= from + LOOKAHEAD; j++) {
    const e = events10[j];
    if (!e || e.kind === "user_prompt" || e.kind === "interrupt" || e.kind === "permission_denial") return void 0;
    if (e.kind !== "tool_call" || !e.command) continue;
    const result = events10.slice(j + 1, j + 1 + LOOKAHEAD).find((r) => r.kind === "tool_result" && (r.callId === void 0 || r.callId === e.callId));
    return { call: e, ok: result?.kind === "tool_result" && result.ok };
  }
  return void 0;
}
function swappedProgram(events10, at, turn) {
  const e = events10[at];
  const lastCall = turn.lastCall;
  if (e?.kind !== "user_prompt" || !lastCall?.command || e.text.length > MAX_MESSAGE) return void 0;
  const said = turn.own().replace(/\u2019/g, "'");
  if (!shortOwnText(said) || HEDGE.test(said) || TRANSIENT.test(said) || saysThisConversation(said)) return void 0;
  if (!turn.correction && !OBJECTION.test(said) && !OBJECTION_ELSEWHERE.test(said) && !standingScope(said)) return void 0;
  const before = parseCommand(lastCall.command);
  const next = nextCommand(events10, at);
  const after = next?.ok ? parseCommand(next.call.command ?? "") : void 0;
  if (!before || !after || before.program === after.program) return void 0;
  if (!named(said, after.program)) return void 0;
  if (SAME_JOB.some((g) => g.has(before.program) && g.has(after.program))) return { use: after.program, not: before.program };
  if (rest(before) === "" || rest(before) !== rest(after)) return void 0;
  if (INTERCHANGEABLE.some((g) => g.has(before.program) && g.has(after.program))) return { use: after.program, not: before.program };
  return { use: commandCore(after), not: commandCore(before) };
}

// src/signals/memory-use.ts
import path3 from "node:path";

// src/signals/tool-files.ts
var PATH_FIELD = /^(?:file_?path|path|notebook_path|filename|target_file|absolute_path|relative_workspace_path)$/i;
var EDIT_TOOL = /^(?:edit|create|multiedit|write|notebookedit|str_replace_editor|str_replace_based_edit_tool|str_replace|apply_patch|create_file|write_file|write_to_file|edit_file|replace|search_replace|insert|patch)$/i;
var PATCH_FILE = /^\*\*\* (Update|Add|Delete) File: (.+)$/gm;
function holdsText(value, needle, depth = 0) {
  if (typeof value === "string") return value.includes(needle);
  if (depth > 64) return JSON.stringify(value)?.includes(needle) ?? false;
  if (Array.isArray(value)) return value.some((v) => holdsText(v, needle, depth + 1));
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) if (k.includes(needle) || holdsText(v, needle, depth + 1)) return true;
  }
  return false;
}
function patchedFiles(input) {
  if (!holdsText(input ?? "", "*** ")) return [];
  const text = typeof input === "string" ? input : JSON.stringify(input ?? "");
  return [...text.replace(/\\n/g, "\n").matchAll(PATCH_FILE)].map((m) => ({
    op: m[1],
    path: (m[2] ?? "").trim()
  }));
}

// src/signals/memory-use.ts
var MAX_MISSING_EVIDENCE = 5;
var TOUCHING_PROGRAMS = /* @__PURE__ */ new Set([
  "cat",
  "head",
  "tail",
  "less",
  "more",
  "bat",
  "nl",
  "wc",
  "ls",
  "stat",
  "file",
  "tree",
  "du",
  "sed",
  "awk",
  "grep",
  "rg",
  "ag",
  "find",
  "fd",
  "diff",
  "cp",
  "touch",
  "tee",
  "code",
  "vim",
  "vi",
  "nano",
  "emacs"
]);
var MISSING = /\b(?:missing|unknown|no\s+such|no|couldn['\u2019]?t\s+find|could\s+not\s+find|can['\u2019]?t\s+find|cannot\s+find)\s+(?:a\s+)?(?:script|command|target|task|rule)\b|\b(?:script|command|target|task)\b[^\n]{0,60}?\b(?:not\s+found|missing|does\s+not\s+exist|doesn['\u2019]t\s+exist|unknown)\b/i;
function missingScriptLine(text, name) {
  const named2 = new RegExp(`(?:["'\`\u2018\u201C]${escapeRegExp(name)}["'\`\u2019\u201D]|:\\s*${escapeRegExp(name)}(?=$|[\\s.,;]))`);
  return text.split(/\r?\n/).find((l) => MISSING.test(l) && named2.test(l))?.trim();
}
var emptyMemoryUse = () => ({ touched: /* @__PURE__ */ new Map(), missing: /* @__PURE__ */ new Map(), ran: /* @__PURE__ */ new Set() });
var runnableKey = (kind, name) => `${kind}:${name}`;
var trimSlash = (p) => p.replace(/\/+$/, "");
var names = /* @__PURE__ */ new WeakMap();
function memoryNames(memory) {
  let found = names.get(memory);
  if (found) return found;
  const paths = /* @__PURE__ */ new Set();
  for (const f of memory) for (const e of f.entries) for (const p of pathMentions(e)) paths.add(trimSlash(p));
  const runnables = /* @__PURE__ */ new Set();
  for (const m of commandMentions(memory)) {
    const s = scriptOf(m.shape);
    if (s) runnables.add(runnableKey(s.kind, s.name));
  }
  found = { paths: [...paths], runnables };
  names.set(memory, found);
  return found;
}
var MemoryUseTracker = class {
  paths;
  runnables;
  touched = /* @__PURE__ */ new Map();
  missing = /* @__PURE__ */ new Map();
  ran = /* @__PURE__ */ new Set();
  constructor(memory) {
    ({ paths: this.paths, runnables: this.runnables } = memoryNames(memory));
  }
  observe(session) {
    if (this.paths.length === 0 && this.runnables.size === 0) return;
    const calls = /* @__PURE__ */ new Map();
    let last;
    for (const e of session.events) {
      if (e.kind === "tool_call") {
        if (e.callId) calls.set(e.callId, e);
        last = e;
        continue;
      }
      if (e.kind !== "tool_result" || e.cascade) continue;
      const call = e.callId ? calls.get(e.callId) : last;
      if (!call) continue;
      if (e.ok) {
        for (const p of this.pathsTouchedBy(call, session.cwd)) if (!this.touched.has(p)) this.touched.set(p, evidenceFor(session, call));
      }
      if (this.runnables.size === 0) continue;
      const shape = call.command ? parseCommand(call.command) : void 0;
      const s = shape ? scriptOf(shape) : void 0;
      const key = s && runnableKey(s.kind, s.name);
      if (!s || !key || !this.runnables.has(key)) continue;
      if (e.ok) {
        this.ran.add(key);
        continue;
      }
      const line = missingScriptLine(e.text, s.name);
      const list = this.missing.get(key) ?? [];
      if (!line || list.length >= MAX_MISSING_EVIDENCE || list.some((x) => x.session === session.id)) continue;
      list.push(evidenceFor(session, e, line));
      this.missing.set(key, list);
    }
  }
  /**
   * Adds what another tracker saw in sessions read after this one's (a worker's file, a shard's):
   * the same as observing those sessions here, in that order.
   */
  merge(u) {
    for (const [p, ev] of u.touched) if (!this.touched.has(p)) this.touched.set(p, ev);
    for (const k of u.ran) this.ran.add(k);
    for (const [key, evs] of u.missing) {
      const list = this.missing.get(key) ?? [];
      for (const ev of evs) if (list.length < MAX_MISSING_EVIDENCE && !list.some((x) => x.session === ev.session)) list.push(ev);
      if (list.length) this.missing.set(key, list);
    }
  }
  result() {
    return { touched: new Map(this.touched), missing: new Map(this.missing), ran: new Set(this.ran) };
  }
  pathsTouchedBy(call, cwd) {
    if (this.paths.length === 0) return [];
    const named2 = [];
    if (call.command) {
      for (const segment of call.command.split(/&&|\|\||[;|\n]/)) {
        const words3 = shellWords(segment.trim());
        if (TOUCHING_PROGRAMS.has(path3.posix.basename(words3[0] ?? ""))) named2.push(...words3.slice(1).filter((w) => !w.startsWith("-")));
      }
    } else if (call.input && typeof call.input === "object") {
      for (const [k, v] of Object.entries(call.input))
        if (typeof v === "string" && PATH_FIELD.test(k)) named2.push(v);
    }
    for (const f of patchedFiles(call.input)) if (f.op !== "Delete") named2.push(f.path);
    if (named2.length === 0) return [];
    const root = cwd ? trimSlash(cwd.replace(/\\/g, "/")) : void 0;
    const out = [];
    for (const raw of named2) {
      let t = trimSlash(raw.replace(/\\/g, "/").replace(/^\.\//, ""));
      if (root && t.startsWith(`${root}/`)) t = t.slice(root.length + 1);
      for (const p of this.paths) {
        if (t === p || t.startsWith(`${p}/`) || t.endsWith(`/${p}`) || t.includes(`/${p}/`)) out.push(p);
      }
    }
    return out;
  }
};

// src/signals/repo-history.ts
var HISTORY_WINDOW = 2e3;
var CHUNK = 200;
var trimSlash2 = (p) => p.replace(/\/+$/, "");
var chunks = (xs) => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));
async function openRepoHistory(repoDir) {
  let git;
  let answers;
  try {
    git = wo(repoDir);
    answers = (await git.raw(["rev-parse", "--is-inside-work-tree", "--is-shallow-repository", "--verify", "--quiet", "HEAD"])).split("\n");
  } catch {
    return void 0;
  }
  if (answers[0]?.trim() !== "true") return void 0;
  const shallow = answers[1]?.trim() === "true";
  return {
    shallow,
    async ignored(paths) {
      const out = /* @__PURE__ */ new Set();
      for (const chunk of chunks(paths)) {
        const asked = chunk.flatMap((p) => [trimSlash2(p), `${trimSlash2(p)}/`]);
        const hits = new Set((await git.checkIgnore(asked)).map(trimSlash2));
        for (const p of chunk) if (hits.has(trimSlash2(p))) out.add(p);
      }
      return out;
    },
    async writtenAt(path4, text) {
      const blame = await git.raw(["blame", "--porcelain", "-w", "-M", "--", path4]).catch(() => void 0);
      if (blame === void 0) return [];
      return parseBlame(blame, text.split("\n"), shallow, "author-time").map((d) => d && "at" in d ? d.at : void 0);
    },
    async removals(paths) {
      const out = /* @__PURE__ */ new Map();
      for (const chunk of chunks(paths)) {
        const log = await git.raw([
          "log",
          "-M",
          "--diff-filter=D",
          "--relative",
          "--name-only",
          `--max-count=${HISTORY_WINDOW}`,
          "--format=%x00%H%x00%cI%x00%s",
          "HEAD",
          "--",
          ...chunk.map(trimSlash2)
        ]);
        parseRemovals(log, chunk, out);
      }
      const deletedBy = /* @__PURE__ */ new Map();
      for (const [p, r] of out) {
        let deleted = deletedBy.get(r.sha);
        if (!deleted) deletedBy.set(r.sha, deleted = await deletedFiles(git, r.sha));
        if (!deleted.has(r.file)) out.delete(p);
      }
      return out;
    }
  };
}
async function deletedFiles(git, sha) {
  const names2 = await git.raw(["diff-tree", "-r", "-M", "--root", "--no-commit-id", "--relative", "--diff-filter=D", "--name-only", sha]);
  return new Set(
    names2.split("\n").map((f) => f.trim()).filter(Boolean)
  );
}
function parseRemovals(log, paths, out) {
  const records = log.split("\0").slice(1);
  for (let i = 0; i + 2 < records.length; i += 3) {
    const sha = records[i] ?? "";
    const date = records[i + 1] ?? "";
    const [subject = "", ...files] = (records[i + 2] ?? "").split("\n");
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      for (const p of paths) {
        const want = trimSlash2(p);
        if (out.has(p) || file !== want && !file.startsWith(`${want}/`)) continue;
        out.set(p, { path: p, file, sha, subject: subject.trim(), date });
      }
    }
  }
}

// src/signals/lingua/negation.ts
var EN_FORBIDDING = String.raw`never|(?:do|must|should|shall|may|can|need)\s*not|(?:do|must|should|need)n['\u2019]?t|can['\u2019]?t`;
var EN_NEGATING = String.raw`${EN_FORBIDDING}|does\s*not|doesn['\u2019]?t`;
var NEVER = {
  de: "nie|niemals",
  es: "nunca|jam\xE1s",
  fr: "jamais",
  it: "mai",
  pt: "nunca|jamais",
  ru: "\u043D\u0438\u043A\u043E\u0433\u0434\u0430"
};
var ZH_DONT = "(?:\u4E0D\u8981|\u4E0D\u6E96|\u4E0D\u51C6|\u4E0D\u8BB8|\u4E0D\u8A31|\u522B|\u5225|\u7981\u6B62|\u8BF7\u52FF|\u8ACB\u52FF|\u52FF)(?:\u518D)?";

// src/signals/prohibition.ts
var MARKERS = [
  // Negated imperatives and modals: never, do not, don't, must not, should not, may not, cannot... (lingua/negation.ts)
  EN_FORBIDDING,
  String.raw`no\s+(?:one|body)\b`,
  String.raw`nobody`,
  // Forbidding words.
  String.raw`forbid(?:s|den)?`,
  String.raw`prohibit(?:s|ed)?`,
  String.raw`not\s+(?:allowed|permitted|to\s+be)`,
  String.raw`off[-\s]limits`,
  String.raw`hands\s+off`,
  String.raw`refrain`,
  String.raw`avoid(?:s|ing)?`,
  String.raw`under\s+no\s+circumstances?`,
  String.raw`read[-\s]only`,
  String.raw`untouched`,
  String.raw`leave\s+[^.;:]{0,80}?\b(?:alone|as\s+(?:it\s+)?is|unchanged|untouched)`,
  String.raw`(?:keep|stay)\s+(?:out|away|clear|off)`,
  // Keeping a thing out of an action: "leave `dist/` out of commits", "keep secrets out of the logs".
  String.raw`(?:leave|keep)\s+[^.;:]{1,80}?\bout\s+of`
].join("|");
var PROHIBITION = new RegExp(`(?:^|[^\\w])(?:${MARKERS})(?=$|[^\\w])`, "i");
var prose = (text) => text.replace(/`[^`\n]*`/g, " ");
function isProhibition(text) {
  return PROHIBITION.test(prose(text));
}

// src/signals/generated.ts
var OUTPUT_DIRS = /* @__PURE__ */ new Set([
  "gen",
  "generated",
  "__generated__",
  "codegen",
  "autogen",
  "dist",
  "build",
  "builds",
  "target",
  "out",
  "output",
  "bin",
  "obj",
  "lib-cov",
  "coverage",
  "htmlcov",
  "node_modules",
  "bower_components",
  "jspm_packages",
  "vendor",
  "third_party",
  "__pycache__",
  ".pytest_cache",
  ".mypy_cache",
  ".ruff_cache",
  ".tox",
  ".nox",
  ".venv",
  "venv",
  ".next",
  ".nuxt",
  ".svelte-kit",
  ".astro",
  ".output",
  ".vercel",
  ".turbo",
  ".parcel-cache",
  ".cache",
  ".gradle",
  ".dart_tool",
  "_build",
  "deps",
  "tmp",
  "temp",
  "storybook-static",
  "_site"
]);
var GENERATED_NAME = /(?:^|[._-])(?:gen|generated|autogen|codegen|pb2?|pb2_grpc|grpc|g|min|bundle)(?:[._-]|$)/i;
function looksGenerated(relPath) {
  const parts = relPath.replace(/\/+$/, "").split("/").filter(Boolean);
  if (parts.some((p) => OUTPUT_DIRS.has(p.toLowerCase()) || /generated|^gen[-_]|[-_]gen$/i.test(p))) return true;
  const name = parts[parts.length - 1] ?? "";
  const stem3 = name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "";
  return stem3 !== "" && GENERATED_NAME.test(stem3);
}

// src/signals/lesson-text.ts
var NAMED = /\b([A-Z]\w*(?:Error|Exception))\b/;
function failurePhrase(err) {
  const named2 = NAMED.exec(err)?.[1];
  if (named2) return named2;
  const line = err.trim();
  if (!line || /[/\\]/.test(line)) return "";
  return `"${clip(line.replace(/`/g, "'").replace(/"/g, "'"), 80).replace(/[.:;,\s]+$/, "")}"`;
}
function missingWords(a, b) {
  const have = new Set(shellWords(b));
  return shellWords(a).filter((w) => !have.has(w));
}
function why(fixed, err) {
  const env = /\bPYTHONPATH=([\w./-]+)/.exec(fixed)?.[1];
  if (env && env !== "." && /ModuleNotFoundError|ImportError|No module named/.test(err))
    return ` (the package lives in ${env.replace(/\/$/, "")}/)`;
  return "";
}
function fixLesson(fixed, failed, err, argNoun) {
  const shape = parseCommand(fixed);
  const what = shape && isTestCommand(shape) ? "the tests with " : "";
  const cmd = `\`${fixed}\`${argNoun ? ` followed by ${argNoun}` : ""}`;
  const via = shellWords(failed)[0];
  if (via?.startsWith("/") && !shellWords(fixed).includes(via))
    return `Run ${what}${cmd}, not through \`${via}\`: it fails${why(fixed, err)}.`;
  if (failed && missingWords(failed, fixed).length === 0) {
    return `Run ${what}${cmd}: plain \`${failed}\` fails${why(fixed, err)}.`;
  }
  return `Run ${what}${cmd}, not \`${failed}\`: it fails${why(fixed, err)}.`;
}

// src/signals/override.ts
var OVERRIDE_LONG = new RegExp(
  "^--?(?:" + [
    "force(?!-colou?r|-exclude)[\\w-]*",
    "no-verify",
    "no-gpg-sign",
    "yes",
    "assume-yes",
    "no-?confirm",
    "auto-approve",
    "allow-[\\w-]+",
    "break-system-packages",
    "legacy-peer-deps",
    "unsafe-perm",
    "ignore-engines",
    "ignore-platform-reqs?",
    "ignore-installed",
    "ignore-scripts",
    "skip-?(?:checks?|hooks?|verify|verification|validation|tests?|lint|lib-?check)",
    "no-check-certificates?",
    "insecure",
    "trusted-host",
    "dangerously-[\\w-]+",
    "exit-zero",
    "pass-?with-?no-?tests",
    "continue-on-collection-errors",
    "no-sandbox",
    "privileged",
    "lock=false"
  ].join("|") + ")(?:=.*)?$",
  "i"
);
var OVERRIDE_SHORT = new Map(
  Object.entries({
    "git push": "f",
    "git add": "f",
    "git commit": "n",
    "git clean": "f",
    "git checkout": "f",
    "git switch": "f",
    "git branch": "DMCf",
    "git tag": "f",
    "git rm": "f",
    "git mv": "f",
    "git fetch": "f",
    "git pull": "f",
    "git worktree": "f",
    "docker rm": "f",
    "docker rmi": "f",
    "docker system": "f",
    "docker container": "f",
    "docker image": "f",
    "docker volume": "f",
    "docker network": "f",
    "docker builder": "f",
    rm: "f",
    cp: "f",
    mv: "f",
    ln: "f",
    npm: "f",
    pnpm: "f",
    yarn: "f",
    bun: "f",
    "pip uninstall": "y",
    "pip3 uninstall": "y",
    apt: "y",
    "apt-get": "y",
    yum: "y",
    dnf: "y",
    zypper: "y",
    conda: "y",
    mamba: "y",
    micromamba: "y",
    ffmpeg: "y",
    curl: "k",
    make: "i"
  })
);
var WORD_OPTIONS = /* @__PURE__ */ new Set(["ffmpeg"]);
var SKIP_PROPERTY = /^-D[\w.-]*skip[\w.-]*(?:=true)?$/i;
var OVERRIDE_ENV = /^(?:SKIP|HUSKY=0|HUSKY_SKIP_HOOKS|PRE_COMMIT_ALLOW_NO_CONFIG|NODE_TLS_REJECT_UNAUTHORIZED=0|GIT_SSL_NO_VERIFY|PYTHONHTTPSVERIFY=0|PIP_BREAK_SYSTEM_PACKAGES|CURL_INSECURE)(?:=|$)/;
var ROOT_TOKEN = "as:root";
var ROOT_WRAPPER = /^(sudo|doas)$/;
function shortLetters(family) {
  const words3 = family.split(" ");
  for (let n = words3.length; n > 0; n--) {
    const letters = OVERRIDE_SHORT.get(words3.slice(0, n).join(" "));
    if (letters !== void 0) return letters;
  }
  return void 0;
}
var OVERRIDE_SETTING = /^-c=(?:core\.hookspath=|(?:commit|tag|push)\.gpgsign=(?:false|0|no|off)|http\.sslverify=(?:false|0|no|off))/i;
function isOverrideFlag(family, flag) {
  if (OVERRIDE_LONG.test(flag)) return true;
  if (family.startsWith("git ") && OVERRIDE_SETTING.test(flag)) return true;
  const program = family.split(" ")[0] ?? "";
  if (program === "mvn" && SKIP_PROPERTY.test(flag)) return true;
  const letters = shortLetters(family);
  if (!letters || !/^-[A-Za-z]+$/.test(flag)) return false;
  if (WORD_OPTIONS.has(program)) return flag.length === 2 && letters.includes(flag[1] ?? "");
  return [...flag.slice(1)].some((c) => letters.includes(c));
}
function isOverrideEnv(assignment) {
  return OVERRIDE_ENV.test(assignment);
}
function runsAsRoot(shape) {
  for (const w of shellWords(shape.segment, 8)) {
    if (ROOT_WRAPPER.test(w)) return true;
    if (w === shape.program || w.endsWith(`/${shape.program}`)) return false;
  }
  return false;
}
function isOverrideToken(family, token) {
  if (token === ROOT_TOKEN) return true;
  if (token.startsWith("flag:")) return isOverrideFlag(family, token.slice(5));
  if (token.startsWith("env:")) return isOverrideEnv(token.slice(4));
  return false;
}
function overrideOf(shape, family) {
  return shape.flags.find((f) => isOverrideFlag(family, f)) ?? shape.env.find(isOverrideEnv) ?? (runsAsRoot(shape) ? shellWords(shape.segment, 1)[0] ?? "sudo" : void 0);
}
function overrideText(token) {
  return token === ROOT_TOKEN ? "sudo" : token.slice(token.indexOf(":") + 1);
}
function overrideFixToken(signature) {
  if (!signature.startsWith("fix|")) return void 0;
  const family = signature.split("|")[1] ?? "";
  const added = signature.slice(signature.lastIndexOf("|+") + 2).split(",");
  return added.find((t) => isOverrideToken(family, t));
}

// src/signals/finishing-steps.ts
var NOTES_FILE = String.raw`@?\`?(?:[\w.-]+\/)*[\w.-]+\.(?:md|mdx|markdown|rst|txt)\`?`;
var NOTES_SET = String.raw`(?:(?:other|progress|plan|planning|status)\s+)?(?:md|markdown|\.md)(?:\s+(?:files?|docs?|notes?))?|docs|documentation|notes|changelog|progress (?:files?|notes)`;
var LEAD = /^(?:(?:ok(?:ay)?|yes|yep|good|great|thanks|and|so|now|then|also|please|before (?:you )?(?:stop|finish)(?:ing)?)[,.!]?\s+)*/i;
var NEXT = /\bnext\s+(?:sessions?|iterations?|agents?|time)\b/i;
var CHECK = new RegExp(
  String.raw`^(?:did|have)\s+you\s+(?:also\s+|already\s+)?(?:(?:remember|forget|forgot|forgotten)\s+to\s+)?(update|updated|run|ran)\s+(?:the\s+|your\s+)?(.+?)(?:\s+(?:too|as well))?\s*\?+$`,
  "i"
);
var UPDATE = new RegExp(
  String.raw`^(?:update|refresh|bring up to date)\s+(?:all\s+)?(?:the\s+|your\s+)?(${NOTES_FILE}|${NOTES_SET})(?:\s+files?)?([,;:]?\s+\S.*)?$`,
  "i"
);
var WRITE = /\b(?:writ(?:e|ing)|put(?:ting)?|record(?:ing)?|not(?:e|ing)|document(?:ing)?|summari[sz](?:e|ing)|updat(?:e|ing))\b/i;
var IN_NOTES = new RegExp(String.raw`\b(?:md|markdown)\b|${NOTES_FILE}`, "i");
var RUN_TESTS = { signature: "ask|finish|tests", lesson: "Before finishing, run the tests." };
var ADD_TESTS = { signature: "ask|finish|add-tests", lesson: "Before finishing, add tests for the change." };
var TESTS = /^(?:(?:unit|integration|whole|full)\s+)?(?:tests?|test suite|specs?)$/i;
var A_FILE = new RegExp(String.raw`^${NOTES_FILE}$`, "i");
var A_SET = new RegExp(String.raw`^(?:${NOTES_SET})(?:\s+files?)?$`, "i");
var isFile = (s) => A_FILE.test(s);
var isSet = (s) => A_SET.test(s);
function notesName(object) {
  if (isFile(object)) return `\`${object.replace(/^@|`/g, "")}\``;
  if (/\b(?:md|markdown)\b/i.test(object)) return "the md files";
  if (/\bchangelog\b/i.test(object)) return "the changelog";
  if (/^readme$/i.test(object)) return "the README";
  return /\b(?:docs|documentation)\b/i.test(object) ? "the docs" : "the notes";
}
var FILES = new RegExp(String.raw`(?<![\w./-])${NOTES_FILE}(?![\w/-])`, "gi");
var filesIn = (sentence) => [...new Set([...sentence.matchAll(FILES)].map((m) => m[0].replace(/^@|`/g, "")))];
var docs = (sentence, name) => {
  const files = filesIn(sentence);
  return { signature: "ask|finish|notes", lesson: `Before finishing, update ${name}.`, sentence, ...files.length ? { files } : {} };
};
var NAMED_BY = 2;
function notesLesson(signals) {
  const sets = /* @__PURE__ */ new Map();
  for (const s of signals) if (s.lesson && !s.lesson.includes("`")) sets.set(s.lesson, (sets.get(s.lesson) ?? 0) + 1);
  const base = [...sets].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "Before finishing, update the notes.";
  const by = /* @__PURE__ */ new Map();
  for (const s of signals)
    for (const f of s.named ?? []) {
      const entry = by.get(f.toLowerCase()) ?? { name: f, sessions: /* @__PURE__ */ new Set() };
      entry.sessions.add(s.rootSessionId ?? s.sessionId);
      by.set(f.toLowerCase(), entry);
    }
  const names2 = [...by.values()].filter((e) => e.sessions.size >= NAMED_BY).map((e) => e.name).sort().slice(0, 4);
  return names2.length ? base.replace(/\.$/, ` (${names2.map((n) => `\`${n}\``).join(", ")}).`) : base;
}
function createdFiles(call) {
  const added = patchedFiles(call.input).filter((f) => f.op === "Add").map((f) => f.path);
  const input = call.input && typeof call.input === "object" ? call.input : {};
  const creates = /^(?:write|create_file|write_file|write_to_file)$/i.test(call.name) || input.command === "create";
  const paths = creates ? Object.entries(input).filter(([k, v]) => typeof v === "string" && PATH_FIELD.test(k)) : [];
  return [...added, ...paths.map(([, v]) => v)].map((p) => p.split("/").pop().toLowerCase());
}
function finishingStepIn(sentence) {
  const raw = sentence.trim();
  if (raw.length > 200 || TRANSIENT.test(raw)) return void 0;
  const s = mendFrameTypos(raw.replace(/\u2019/g, "'").replace(LEAD, ""));
  const check = CHECK.exec(s);
  if (check) {
    const verb = check[1].toLowerCase();
    const object = check[2].trim();
    if (/^up/.test(verb) && (isFile(object) || isSet(object))) return docs(raw, notesName(object));
    if (/^r/.test(verb) && TESTS.test(object)) return { ...RUN_TESTS, sentence: raw };
    return framedStep(raw, s);
  }
  if (s.endsWith("?")) return framedStep(raw, s);
  const kept = s.replace(/^keep\s+(\S.*?)\s+(?:up[ -]to[ -]date|updated|current)\b/i, "update $1");
  const update = UPDATE.exec(kept.replace(/[.!]+$/, ""));
  if (update) {
    const object = update[1];
    const tail = update[2]?.trim() ?? "";
    if (tail === "" ? isSet(object) : NEXT.test(tail) && !/\bor\b/i.test(tail)) return docs(raw, notesName(object));
    return void 0;
  }
  if (WRITE.test(s) && IN_NOTES.test(s) && NEXT.test(s)) return docs(raw, "the md files");
  return framedStep(raw, s);
}
var REPROACH = /^(?:(?:did|have)\s+(?:you|u)\s+(?:also\s+|already\s+|even\s+)?(?:(?:remember|forget|forgot|forgotten)\s+to\s+)?|you\s+(?:(?:also\s+)?forgot\s+(?:to\s+)?|did\s*n[o']?t\s+|have\s*n[o']?t\s+|never\s+))/i;
var REMIND = /^(?:(?:pls|please)\s+)?(?:(?:do\s*n[o']?t|do not|dont)\s+forget\s+(?:to\s+)?|remember\s+to\s+|(?:make|be)\s+sure\s+(?:to\s+|(?:that\s+)?you\s+)?)(?:also\s+)?/i;
var DONE = String.raw`(?:before\s+(?:you(?:'re|\s+are)?\s+)?(?:(?:are\s+)?(?:done|finish(?:ed)?|stop|wrap\s+up)|finishing|wrapping\s+up)|once\s+(?:you(?:'re|\s+are)\s+)?(?:done|finished)|when\s+(?:you(?:'re|\s+are|'ve|\s+have)\s+)?(?:done|finished)|at\s+the\s+end)`;
var DONE_LEAD = new RegExp(String.raw`^${DONE}[,:]?\s+`, "i");
var DONE_TAIL = new RegExp(String.raw`[,;]?\s+${DONE}$`, "i");
var TAIL = /(?:[,;]?\s+(?:too|as well|also|again|please|pls|for (?:it|this|that|the (?:change|fix|feature))))+$/i;
var KEEP = /^keep\s+(\S.*?)\s+(?:up[ -]to[ -]date|updated|current)$/i;
var NOTES_OBJECT = new RegExp(String.raw`^(?:${NOTES_FILE}|${NOTES_SET}|readme)(?:\s+files?)?$`, "i");
var PASSIVE2 = /^(?:the\s+)?(.+?)\s+(?:is|are|gets?)\s+(?:also\s+)?(?:updated|up[ -]to[ -]date)$/i;
function framedStep(raw, s) {
  const whole = raw.replace(/[.!?]+$/, "").replace(/^(?:(?:ok(?:ay)?|and|so|now|then|also|please|pls)[,.!]?\s+)*/i, "");
  let rest2 = s.replace(/[.!?]+$/, "").trim();
  const kept = KEEP.exec(rest2);
  const framed = DONE_LEAD.test(whole) || DONE_TAIL.test(whole) || kept !== null;
  rest2 = (kept ? `update ${kept[1]}` : rest2).replace(DONE_LEAD, "").replace(DONE_TAIL, "").replace(LEAD, "");
  const lead = REPROACH.exec(rest2) ?? REMIND.exec(rest2);
  if (!lead && !framed) return void 0;
  rest2 = rest2.slice(lead?.[0].length ?? 0).replace(TAIL, "").replace(DONE_TAIL, "").trim();
  const passive = PASSIVE2.exec(rest2);
  if (passive) return NOTES_OBJECT.test(passive[1]) ? docs(raw, notesName(passive[1])) : void 0;
  const m = /^(\w+)\s+(?:(?:all|any)\s+)?(?:the\s+|your\s+|some\s+)?(.+)$/i.exec(rest2);
  if (!m) return void 0;
  const verb = m[1].toLowerCase();
  const object = m[2];
  const notes = object.split(/\s*(?:,|\band\b)\s*(?:the\s+)?/i).every((part) => NOTES_OBJECT.test(part));
  if (/^(?:update|updated|updating|refresh)$/.test(verb) && notes) return docs(raw, notesName(object));
  if (/^(?:run|ran|running)$/.test(verb)) {
    if (TESTS.test(object)) return { ...RUN_TESTS, sentence: raw };
    if (LINT.test(object)) return { signature: "ask|finish|lint", lesson: "Before finishing, run the linter.", sentence: raw };
  }
  if (/^(?:add|added|adding|write|wrote|written|writing)$/.test(verb) && TESTS.test(object)) return { ...ADD_TESTS, sentence: raw };
  return void 0;
}
var LINT = /^(?:lint(?:ers?)?|linting)(?:\s+and\s+fix\s+(?:any\s+|all\s+|the\s+)?(?:warnings|errors|issues|problems))?$/i;
var BARE_TESTS = /^(?:(?:you|u)\s+(?:also\s+)?forgot(?:ten)?\s+(?:about\s+)?|(?:and|what about|how about|where are|where're|wheres)\s+|(?:you|u)\s+did\s*n[o']?t\s+do\s+|forgot(?:ten)?\s+(?:about\s+)?)?(?:the\s+)?tests(?:\s+again)?\s*(?:[.!?…]+|\s+again\s*[.!?…]*)?$/i;
var TESTS_FRAME = /^(?:(?:you|u)\s|forgot|and\s|what about|how about|where|tests\s*\?)/i;
function bareTestsReproach(sentence) {
  const s = sentence.trim().replace(/\u2019/g, "'");
  return s.length <= 60 && BARE_TESTS.test(s) && TESTS_FRAME.test(s);
}
var ANSWER_WITHIN = 12;
var TEST_FILE = /(?:^|[._-])(?:test|spec)s?\.[a-z]+$|^test_|_(?:test|spec)\.|Tests?\.[a-z]+$/;
function testsStepDone(events10, at) {
  for (let j = at + 1; j < events10.length && j <= at + ANSWER_WITHIN; j++) {
    const e = events10[j];
    if (e.kind === "user_prompt" || e.kind === "interrupt" || e.kind === "permission_denial") return void 0;
    if (e.kind !== "tool_call") continue;
    if (e.command && parseCommands(e.command).some(isTestCommand)) return { ...RUN_TESTS, sentence: "" };
    if (createdFiles(e).some((f) => TEST_FILE.test(f))) return { ...ADD_TESTS, sentence: "" };
  }
  return void 0;
}

// src/signals/turn-text.ts
var REASON = /^(?:the|this|our|it)\b[^?]{3,100}\b(?:is|are|uses?|has|lives?|needs?)\b[^?]*[.!]$/i;
var REASON_TOPIC = /\b[\w-]+\.(?:json|ya?ml|toml|lock|lockb|txt|cfg|ini)\b|\b(?:lockfile|dependenc(?:y|ies)|installed|config(?:ured)?|budget|deprecated|supported|requires?|version)\b/i;
var INTERJECTION = /^(?:no|nope|ok(?:ay)?|also|and|actually)[,!]?\s+(?=\S)/i;
var BOILERPLATE = /^(<|\[Request interrupted|Caveat:|This session is being continued)/;
function usablePrompt(text) {
  const t = text.trim();
  if (!t || t.length > MAX_MESSAGE) return false;
  if (t.startsWith("#") && shortOwnText(t)) return false;
  return !BOILERPLATE.test(t) && !/AGENTS\.md instructions|<command-|<environment_context>/.test(t);
}
function sentences(text) {
  return text.split(/(?<=[.!?])(?<!\b(?:vs|e\.g|i\.e|cf)\.)\s+|(?<=[。！？])\s*|\r?\n+/i).map((s) => s.trim().replace(/^[-*]\s+/, "")).filter((s) => s.length > 0);
}
function cleanLesson(sentence) {
  let s = sentence.replace(/^(?:please|also|and|ok(?:ay)?|no)[,!]?\s+/i, "").replace(/^from now on,?\s+/i, "").replace(/^(?:please)\s+/i, "");
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!]$/.test(s) ? s.replace(/!$/, ".") : `${s}.`;
}
var words = (s) => contentWords(s).sort().join(" ");
var ruleKey2 = (s) => meaningStems(withoutFrames(s.replace(/(?:[,;:]|\s+-+)\s+(?:it|they|that|this|since|because|as|so|otherwise|which)\b.*$|:\s+.*$/i, ""))).filter((stem3) => !INTENSIFIER_STEMS.has(stem3)).sort().join(" ");
function span(text, first, last) {
  const a = text.indexOf(first);
  const b = a >= 0 ? text.indexOf(last, a) : -1;
  return a >= 0 && b >= 0 ? text.slice(a, b + last.length) : first;
}
var lowerFirst = (s) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;

// src/signals/legacy-signatures.ts
var FAMILY_FIELDS = /* @__PURE__ */ new Map([
  ["fix", [1]],
  ["repeat", [1]],
  ["sandbox", [1]],
  ["refuse", [1]],
  ["prereq", [2]],
  ["mem", [2]]
]);
var TOOL_TOKEN = /(^|,|[-+])tool:([^,|]+)/g;
function preGroupSignature(signature) {
  const fields = signature.split("|");
  const at = FAMILY_FIELDS.get(fields[0] ?? "");
  if (!at) return signature;
  for (const i of at) if (fields[i] !== void 0) fields[i] = preGroupFamily(fields[i]);
  if (fields[0] === "fix")
    for (let i = 2; i < fields.length; i++)
      fields[i] = fields[i].replace(TOOL_TOKEN, (_, lead, fam) => `${lead}tool:${preGroupFamily(fam)}`);
  return fields.join("|");
}
function mayPredateGroups(signature) {
  const fields = signature.split("|");
  return (FAMILY_FIELDS.get(fields[0] ?? "") ?? []).some((i) => fields[i] !== void 0 && isBareGroup(fields[i]));
}
var STEM_KEY = /^((?:mem\|[^|]+\|)?(?:pos|neg)\|)(?!said\||path:|cmd:)([^|]*)$/;
function onlyFramed(stem3, quotes) {
  return quotes.length > 0 && quotes.every((q) => {
    const read = sentences(q).map(mendFrameTypos);
    return meaningStems(read.join(" ")).includes(stem3) && !meaningStems(read.map(withoutFrames).join(" ")).includes(stem3);
  });
}
function reframedSignature(signature, quotes) {
  const m = STEM_KEY.exec(signature);
  if (!m) return signature;
  const stems = m[2].split(" ");
  const kept = stems.filter((s) => !INTENSIFIER_STEMS.has(s) && !(FRAME_STEMS.has(s) && onlyFramed(s, quotes)));
  return kept.length === stems.length ? signature : `${m[1]}${kept.join(" ")}`;
}
var word2 = (stem3) => String.raw`(?=(?:[^|]* )?${stem3}(?: |$))`;
var FRAMED = new RegExp(
  `^(?:${[...[...INTENSIFIER_STEMS].map((s) => [s]), ...FRAME_STEM_GROUPS].map((group) => group.map(word2).join("")).join("|")})`
);
function mayHoldFrameWords(signature) {
  const m = STEM_KEY.exec(signature);
  return !!m && FRAMED.test(m[2]);
}

// src/signals/chosen-option.ts
var TAIL2 = 600;
var ALTERNATIVES = /\bor\b|\s\/\s|\bvs\.?\s|\bversus\b/i;
var WORD = /[\p{L}\p{N}][\p{L}\p{N}@.+_-]*/gu;
var stem = (w) => w.toLowerCase().replace(/[.]+$/, "").replace(/s$/, "");
function offeredOptions(agentText) {
  const tail = agentText.slice(-TAIL2);
  const out = /* @__PURE__ */ new Set();
  for (const question of tail.split(/(?<=[.!?])\s+|\n+/)) {
    if (!question.trimEnd().endsWith("?") || !ALTERNATIVES.test(question)) continue;
    for (const w of question.match(WORD) ?? []) out.add(stem(w));
  }
  return out;
}
var RanPrograms = class _RanPrograms {
  names = /* @__PURE__ */ new Set();
  /**
   * Commands not yet split into words. Most sessions never answer a question of options, so the words are read on
   * the first ask rather than on every tool call of every session (the same commands in the same order: the same set).
   */
  pending = [];
  static MAX = 4096;
  add(command2) {
    if (command2 && this.names.size < _RanPrograms.MAX) this.pending.push(command2);
  }
  has(word3) {
    this.drain();
    return this.names.has(stem(word3));
  }
  drain() {
    const pending = this.pending;
    this.pending = [];
    for (const command2 of pending)
      for (const w of command2.slice(0, 400).match(WORD) ?? []) {
        if (this.names.size >= _RanPrograms.MAX) return;
        this.names.add(stem(w));
      }
  }
};
var asCode = (side, said) => said.toLowerCase().includes(`\`${side.toLowerCase()}`);
function picksOfferedOption(sides, context) {
  const { offered, ran, said } = context;
  if (offered.size === 0) return false;
  const all = [sides.use, ...sides.nots];
  const words3 = all.flatMap((s) => s.match(WORD) ?? []);
  if (words3.length === 0 || !words3.every((w) => offered.has(stem(w)))) return false;
  return !all.some((s) => asCode(s, said) || (s.match(WORD) ?? []).some((w) => ran.has(w)));
}

// src/signals/hands-back.ts
var KEEPS = /^(?:(?:ok(?:ay)?|no|nope|actually)[,!]?\s+)?(?:i'?ll|i\s+will|i'?d\s+rather|i\s+prefer\s+to|let\s+me)\s+(?:run|do|handle|execute|type|deploy)\b(.*?)\b(?:myself|by hand|manually)\b/i;
var REPLY_REQUEST = /^(?:please\s+)?(?:just\s+|only\s+|first\s+)?(?:(?:tell|show|give|walk|send|let)\s+(?:me|us)\b|(?:explain|describe|summari[sz]e|answer)\b)/i;
var replyRequest = (sentence) => REPLY_REQUEST.test(sentence.trim());
function programsOf(calls) {
  const out = /* @__PURE__ */ new Set();
  for (const c of calls) if (c.command) for (const shape of parseCommands(c.command)) out.add(shape.program.toLowerCase());
  return out;
}
function handsBackProgram(sentence, rejected) {
  const m = KEEPS.exec(sentence.trim());
  if (!m) return void 0;
  const named2 = new Set((m[1] ?? "").toLowerCase().match(/[\w@.+-]+/g) ?? []);
  for (const p of programsOf(rejected)) if (named2.has(p)) return p;
  return void 0;
}

// src/signals/lingua/zh.ts
var USE = "(?:\u6539\u7528|\u6362\u7528|\u4F7F\u7528|\u7528)";
var RUN = "(?:\u8FD0\u884C|\u57F7\u884C|\u6267\u884C|\u904B\u884C|\u8DD1|\u542F\u52A8|\u555F\u52D5|\u8C03\u7528|\u8ABF\u7528)";
var events = [
  [/提交|commit/, "committing"],
  [/推送|push/, "pushing"],
  [/部署|deploy/, "deploying"],
  [/合并|合併|merge/, "merging"],
  [/(?:提交?|创建|建立|开|開)\s*pr|pull\s*request/, "opening a pull request"]
];
var zh = {
  lang: "zh",
  cue: /[用跑运執执運启啟调調]/,
  swap: [
    clause(`${USE}~{A}~(?:\u800C\u4E0D\u662F|\u800C\u975E|\u4E0D\u8981\u7528|\u522B\u7528|\u5225\u7528|\u4EE3\u66FF|\u66FF\u4EE3|\u53D6\u4EE3)~{B}`),
    clause(`{A}~\u800C\u4E0D\u662F~{B}`),
    clause(`${ZH_DONT}${USE}~{B}~(?:,~)?(?:\u8981|\u8BF7|\u8ACB)?${USE}~{A}`)
  ],
  reject: [clause(`${ZH_DONT}${USE}~{B}~(?:\u4E86)?`)],
  ask: [clause(`(?:\u8981)?${USE}~{A}`)],
  dontRun: [clause(`${ZH_DONT}${RUN}~{X}~(?:\u4E86|\u547D\u4EE4)?`)],
  before: [
    clause(`(?:\u5728)?~{E}~(?:\u4E4B\u524D|\u4EE5\u524D|\u524D)~(?:,~)?(?:\u90FD|\u8981|\u5148)*~${RUN}~(?:\u4E00\u4E0B|\u4E00\u904D)?~{X}`, events),
    clause(`(?:\u5148)?${RUN}~{X}~(?:,~)?(?:\u7136\u540E|\u4E4B\u540E)?\u518D~{E}`, events)
  ],
  events,
  always: /每次都|每次|总是|總是|始终|始終|一直|务必|務必|一定要|必须|必須/g,
  never: /永远|永遠|绝对|絕對|绝不|絕不|从不|從不/,
  hold: /[?？]|吗|嗎|呢$|为什么|為什麼|为何|怎么|怎麼|是否|暂时|暫時|这次|這次|这一次|先不|目前|现在先|現在先|这个(?:文件|脚本|函数|测试|目录)|這個(?:文件|腳本|函數|測試|目錄)|但是?|除了|只在|比如|例如|把.*(?:换成|改成|替换|換成|替換)/,
  filler: "\u8BF7|\u8ACB|\u9EBB\u70E6|\u9EBB\u7169|\u8BB0\u4F4F|\u8A18\u4F4F|\u6CE8\u610F|\u5728\u8FD9\u4E2A(?:\u9879\u76EE|\u4ED3\u5E93|repo)(?:\u91CC|\u4E2D)?|\u5728\u672C(?:\u9879\u76EE|\u4ED3\u5E93)(?:\u91CC|\u4E2D)?|\u8FD9\u4E2A(?:\u9879\u76EE|\u4ED3\u5E93)(?:\u91CC|\u4E2D)?|\u672C\u9879\u76EE(?:\u91CC|\u4E2D)?|\u5728\u8FD9\u91CC|\u54E6|\u5427|\u554A|\u3002",
  later: "\u4ECE\u73B0\u5728\u5F00\u59CB|\u5F9E\u73FE\u5728\u958B\u59CB|\u4ECE\u4ECA\u4EE5\u540E|\u5F9E\u4ECA\u4EE5\u5F8C|\u4EE5\u540E|\u4EE5\u5F8C|\u4ECA\u540E|\u4ECA\u5F8C",
  remind: "(?:\u8BF7|\u8ACB)?(?:\u4E00\u5B9A\u8981?|\u5343\u4E07|\u5343\u842C)?(?:\u8BB0\u5F97|\u8A18\u5F97|\u8BB0\u4F4F|\u8A18\u4F4F|\u522B\u5FD8\u4E86|\u5225\u5FD8\u4E86|\u4E0D\u8981\u5FD8\u4E86|\u4E0D\u8981\u5FD8\u8BB0|\u4E0D\u8981\u5FD8\u8A18)",
  forgot: "\u4F60?(?:\u53C8|\u518D\u6B21)?(?:\u5FD8\u4E86|\u5FD8\u8BB0\u4E86|\u5FD8\u8A18\u4E86|\u5FD8\u8BB0|\u5FD8\u8A18)",
  again: "",
  spaced: false,
  interjection: /^(?:不对|不對|错了|錯了|不是这样|不是這樣|不行|不|no)$/i
};

// src/signals/lingua/ja.ts
var PLEASE = "(?:\u304F\u3060\u3055\u3044|\u4E0B\u3055\u3044|\u304F\u308C|\u306D|\u3088)?";
var USE2 = `(?:\u4F7F\u3063\u3066|\u4F7F\u7528\u3057\u3066|\u4F7F\u3046|\u4F7F\u3048|\u4F7F\u3046\u3053\u3068|\u4F7F\u7528\u3059\u308B\u3053\u3068|\u4F7F\u7528\u3059\u308B|\u4F7F\u7528)${PLEASE}`;
var NOT_USE = `(?:\u4F7F\u308F\u306A\u3044\u3067|\u4F7F\u7528\u3057\u306A\u3044\u3067|\u4F7F\u3046\u306A|\u4F7F\u308F\u306A\u3044\u3053\u3068|\u4F7F\u7528\u3057\u306A\u3044\u3053\u3068)${PLEASE}`;
var RUN2 = `(?:\u5B9F\u884C\u3057\u3066|\u8D70\u3089\u305B\u3066|\u5B9F\u884C\u3059\u308B\u3053\u3068|\u6D41\u3057\u3066|\u56DE\u3057\u3066|\u53E9\u3044\u3066)${PLEASE}`;
var NOT_RUN = `(?:\u5B9F\u884C\u3057\u306A\u3044\u3067|\u8D70\u3089\u305B\u306A\u3044\u3067|\u5B9F\u884C\u3059\u308B\u306A|\u6D41\u3055\u306A\u3044\u3067|\u56DE\u3055\u306A\u3044\u3067|\u53E9\u304B\u306A\u3044\u3067|\u5B9F\u884C\u3057\u306A\u3044\u3053\u3068)${PLEASE}`;
var INSTEAD = "(?:\u3067\u306F\u306A\u304F|\u3058\u3083\u306A\u304F\u3066|\u3058\u3083\u306A\u304F|\u3067\u306A\u304F|\u306E\u4EE3\u308F\u308A\u306B|\u306E\u304B\u308F\u308A\u306B)";
var events2 = [
  [/コミット|commit/, "committing"],
  [/プッシュ|push/, "pushing"],
  [/デプロイ|deploy/, "deploying"],
  [/マージ|merge/, "merging"],
  [/pr(?:を)?(?:作成|出す|作る)|プルリク(?:エスト)?(?:を)?(?:作成|出す|作る)?/, "opening a pull request"]
];
var ja = {
  lang: "ja",
  cue: /使|実行|走らせ|流|回|叩/,
  swap: [clause(`{B}~${INSTEAD}~(?:,~)?{A}~(?:\u3092|\u3067)?~${USE2}`), clause(`{A}~(?:\u3092|\u3067)~${USE2}~(?:,~)?{B}~(?:\u306F|\u3092)~${NOT_USE}`)],
  reject: [clause(`{B}~(?:\u306F|\u3092)~${NOT_USE}`)],
  ask: [clause(`{A}~(?:\u3092|\u3067)~${USE2}`)],
  dontRun: [clause(`{X}~(?:\u306F|\u3092)?~${NOT_RUN}`)],
  before: [clause(`{E}~(?:\u3059\u308B)?~(?:\u306E)?(?:\u524D\u306B|\u307E\u3048\u306B|\u524D\u306F)~(?:,~)?{X}~(?:\u3092)?~${RUN2}`, events2)],
  events: events2,
  always: /必ず|かならず|常に|いつも|毎回/g,
  never: /絶対に|絶対|決して/,
  hold: /[?？]|か[。.]?$|かな|ですか|ますか|なぜ|どうして|なんで|今回|とりあえず|一旦|ひとまず|まだ|今は|このファイル|このスクリプト|この関数|このテスト|だけ|ただし|けど|けれど|でも|以外/,
  filler: "\u3053\u306E\u30D7\u30ED\u30B8\u30A7\u30AF\u30C8\u3067\u306F|\u3053\u306E\u30EA\u30DD\u30B8\u30C8\u30EA\u3067\u306F|\u3053\u306E\u30EA\u30DD\u3067\u306F|\u3053\u3053\u3067\u306F|\u304A\u9858\u3044\u3057\u307E\u3059|\u304A\u9858\u3044|\u3002",
  later: "\u4ECA\u5F8C\u306F?|\u3053\u308C\u304B\u3089\u306F",
  remind: "\u5FD8\u308C\u305A\u306B",
  forgot: "",
  closingReminder: { frame: /(?:の|こと)を忘れないで(?:ください|下さい|ね)?$|を覚えておいて(?:ください)?$/u, verb: "\u3059\u308B", order: "\u3057\u3066" },
  again: "",
  spaced: false,
  interjection: /^(?:違う|ちがう|いいえ|いや|だめ|ダメ|違います)$/
};

// src/signals/lingua/ko.ts
var OBJ = "(?:\uB97C|\uC744|\uB294|\uC740|\uB85C|\uC73C\uB85C)?";
var USE3 = "(?:\uC0AC\uC6A9\uD574|\uC0AC\uC6A9\uD558\uC138\uC694|\uC0AC\uC6A9\uD574\uC918|\uC0AC\uC6A9\uD574~\uC8FC\uC138\uC694|\uC0AC\uC6A9\uD560 \uAC83|\uC368|\uC368\uC918|\uC4F0\uC138\uC694|\uC368~\uC8FC\uC138\uC694)";
var NOT_USE2 = "(?:\uC0AC\uC6A9\uD558\uC9C0~\uB9C8|\uC0AC\uC6A9\uD558\uC9C0~\uB9C8\uC138\uC694|\uC0AC\uC6A9\uD558\uC9C0~\uB9D0 \uAC83|\uC4F0\uC9C0~\uB9C8|\uC4F0\uC9C0~\uB9C8\uC138\uC694)";
var RUN3 = "(?:\uC2E4\uD589\uD574|\uC2E4\uD589\uD558\uC138\uC694|\uC2E4\uD589\uD574\uC918|\uC2E4\uD589\uD574~\uC8FC\uC138\uC694|\uB3CC\uB824|\uB3CC\uB824\uC918|\uB3CC\uB9AC\uC138\uC694|\uB3CC\uB824~\uC8FC\uC138\uC694)";
var NOT_RUN2 = "(?:\uC2E4\uD589\uD558\uC9C0~\uB9C8|\uC2E4\uD589\uD558\uC9C0~\uB9C8\uC138\uC694|\uC2E4\uD589\uD558\uC9C0~\uB9D0 \uAC83|\uB3CC\uB9AC\uC9C0~\uB9C8|\uB3CC\uB9AC\uC9C0~\uB9C8\uC138\uC694)";
var events3 = [
  [/커밋|commit/, "committing"],
  [/푸시|push/, "pushing"],
  [/배포|deploy/, "deploying"],
  [/머지|병합|merge/, "merging"],
  [/pr\s*(?:을|를)?\s*(?:올리기|만들기|생성)?|풀\s*리퀘스트/, "opening a pull request"]
];
var ko = {
  lang: "ko",
  cue: /사용|쓰|써|실행|돌리|돌려/,
  swap: [clause(`{B}~(?:\uB9D0\uACE0|\uB300\uC2E0\uC5D0?|\uAC00 \uC544\uB2C8\uB77C|\uC774 \uC544\uB2C8\uB77C)~(?:,~)?{A}~${OBJ}~${USE3}`)],
  reject: [clause(`{B}~${OBJ}~${NOT_USE2}`)],
  ask: [clause(`{A}~${OBJ}~${USE3}`)],
  dontRun: [clause(`{X}~${OBJ}~${NOT_RUN2}`)],
  before: [clause(`{E}~(?:\uD558\uAE30)?~\uC804\uC5D0?~(?:,~)?{X}~${OBJ}~${RUN3}`, events3)],
  events: events3,
  always: /항상|반드시|꼭|매번|언제나/g,
  never: /절대로?/,
  hold: /[?？]|까[.]?$|나요|니[.]?$|왜|이번에는|이번만|일단|아직|지금은|오늘은?|내일은?|당분간|잠깐|잠시|이 ?파일|이 ?스크립트|이 ?함수|하지만|그런데|다만|빼고|제외/,
  filler: "\uC774 ?\uD504\uB85C\uC81D\uD2B8\uC5D0\uC11C\uB294|\uC774 ?\uC800\uC7A5\uC18C\uC5D0\uC11C\uB294|\uC774 ?\uB808\uD3EC\uC5D0\uC11C\uB294|\uC5EC\uAE30\uC11C\uB294|\uC81C\uBC1C",
  later: "\uC55E\uC73C\uB85C\uB294?|\uC774\uC81C\uBD80\uD130\uB294?",
  remind: "\uC78A\uC9C0 \uB9D0\uACE0|\uAF2D \uAE30\uC5B5\uD574|\uAE30\uC5B5\uD574 \uB46C",
  forgot: "",
  closingReminder: { frame: /(?:것을|거) 잊지 마(?:세요|요)?$/u, verb: "\uD558\uB294 ", order: "\uD574" },
  again: "",
  spaced: false,
  interjection: /^(?:아니|아니요|아니야|아뇨|틀렸어)$/
};

// src/signals/lingua/es.ts
var USE4 = "(?:usa|us\xE1|use|usen|utiliza|utiliz\xE1|utilice|utilicen|emplea|ocupa)";
var NOT_USE3 = "(?:no|nunca|jam\xE1s) (?:uses|use|usen|utilices|utilice|utilicen|emplees|ocupes)";
var RUN4 = "(?:ejecuta|ejecut\xE1|ejecute|ejecuten|corre|corr\xE9|corra|lanza|lance|correr|ejecutar)";
var NOT_RUN3 = "(?:no|nunca|jam\xE1s) (?:ejecutes|ejecute|ejecuten|corras|corra|corran|lances|lance)";
var events4 = [
  [/(?:hacer\s+(?:el\s+|un\s+)?)?commit|commitear|(?:cada|el|un)\s+commit|confirmar(?:\s+cambios)?/, "committing"],
  [/(?:hacer\s+(?:el\s+|un\s+)?)?push|pushear|subir(?:\s+(?:los\s+)?cambios)?|(?:cada|el|un)\s+push/, "pushing"],
  [/desplegar|(?:hacer\s+(?:el\s+|un\s+)?)?deploy|(?:cada|el|un)\s+deploy|cada\s+despliegue/, "deploying"],
  [/(?:hacer\s+(?:el\s+|un\s+)?)?merge|mergear|fusionar/, "merging"],
  [/(?:abrir|crear|hacer)\s+(?:un\s+|el\s+)?(?:pr|pull\s+request)/, "opening a pull request"]
];
var es = {
  lang: "es",
  cue: new RegExp(
    "\\b(?:usa|us\xE1|use|usen|uses|utiliza|utiliz\xE1|utilice|utilicen|utilices|emplea|emplees|ocupa|ocupes|ejecuta|ejecut\xE1|ejecute|ejecuten|ejecutes|corre|corr\xE9|corra|corras|corran|lanza|lance|lances|antes|nada)",
    "i"
  ),
  swap: [
    clause(`${USE4} {A} (?:en lugar de|en vez de|y no|no)~(?:el |la )?{B}`),
    clause(`${USE4} {A}~,~no {B}`),
    clause(`${NOT_USE3} {B}~,~(?:sino|usa|use|utiliza|utilice) {A}`)
  ],
  reject: [clause(`${NOT_USE3} {B}`), clause(`nada de {B}`)],
  ask: [clause(`${USE4} {A}`)],
  dontRun: [clause(`${NOT_RUN3} {X}`)],
  before: [clause(`antes de {E}~,?~${RUN4} {X}`, events4), clause(`${RUN4} {X} antes de {E}`, events4)],
  events: events4,
  always: new RegExp(word("siempre|cada vez|cada"), "giu"),
  never: new RegExp(word(NEVER.es), "iu"),
  hold: new RegExp(
    `[?\xBF]|${word("por qu\xE9|por ahora|esta vez|de momento|por el momento|todav\xEDa|a\xFAn|ahora mismo|pero|excepto|salvo|solo|s\xF3lo|cambia|reemplaza|sustituye")}|${word("en (?:este|ese|esta|esa) (?:archivo|fichero|script|test|funci\xF3n|funcion|carpeta)")}`,
    "iu"
  ),
  filler: "por favor|porfa|ojo|en este (?:proyecto|repo|repositorio)|aqu\xED|ac\xE1",
  later: "de ahora en adelante|a partir de ahora|desde ahora",
  remind: "recuerda|recuerde|acu\xE9rdate de|no olvides|no te olvides de|no olvide",
  // Before an infinitive: "se te olvidó el punto y coma" forgot a thing, once.
  forgot: "(?:otra vez |de nuevo )?(?:te |se te )?(?:olvidaste|olvid\xF3|volviste a olvidar|volvi\xF3 a olvidar)(?: de)?(?= \\p{L}+(?:ar|er|ir|arlo|erlo|irlo|arla|erla|irla)(?![\\p{L}]))",
  again: "otra vez|de nuevo",
  spaced: true,
  interjection: /^(?:no|mal|así no|eso no|incorrecto)$/i
};

// src/signals/lingua/pt.ts
var USE5 = "(?:use|usa|usem|utilize|utiliza|utilizem|prefira)";
var NOT_USE4 = "(?:n\xE3o|nao|nunca|jamais) (?:use|usa|usar|usem|utilize|utiliza|utilizar)";
var RUN5 = "(?:execute|executa|executem|rode|roda|rodar|executar)";
var NOT_RUN4 = "(?:n\xE3o|nao|nunca|jamais) (?:execute|executa|executar|executem|rode|roda|rodar|rodem)";
var events5 = [
  [/(?:fazer\s+(?:o\s+|um\s+)?)?commit|commitar|(?:cada|o|um)\s+commit/, "committing"],
  [/(?:fazer\s+(?:o\s+|um\s+)?|dar\s+(?:o\s+|um\s+)?)?push|(?:cada|o|um)\s+push|subir\s+(?:as\s+)?(?:alterações|mudanças)/, "pushing"],
  [/(?:fazer\s+(?:o\s+|um\s+)?)?deploy|(?:cada|o|um)\s+deploy|implantar/, "deploying"],
  [/(?:fazer\s+(?:o\s+|um\s+)?)?merge|mergear/, "merging"],
  [/(?:abrir|criar)\s+(?:um\s+|o\s+)?(?:pr|pull\s+request)/, "opening a pull request"]
];
var pt = {
  lang: "pt",
  cue: new RegExp(
    "\\b(?:use|usa|usem|usar|utilize|utiliza|utilizem|utilizar|prefira|execute|executa|executem|executar|rode|roda|rodar|rodem|antes)",
    "i"
  ),
  swap: [
    clause(`${USE5} {A} (?:em vez de|ao inv\xE9s de|ao inves de|no lugar de|em lugar de|e n\xE3o|e nao)~(?:o |a )?{B}`),
    clause(`${USE5} {A}~,~(?:n\xE3o|nao) {B}`),
    clause(`${NOT_USE4} {B}~,~(?:use|usa|utilize|utiliza) {A}`)
  ],
  reject: [clause(`${NOT_USE4} {B}`)],
  ask: [clause(`${USE5} {A}`)],
  dontRun: [clause(`${NOT_RUN4} {X}`)],
  before: [clause(`antes de {E}~,?~${RUN5} {X}`, events5), clause(`${RUN5} {X} antes de {E}`, events5)],
  events: events5,
  always: new RegExp(word("sempre|toda vez|cada"), "giu"),
  never: new RegExp(word(NEVER.pt), "iu"),
  hold: new RegExp(
    `[?]|${word("por que|por qu\xEA|porque n\xE3o|por enquanto|desta vez|dessa vez|por agora|agora|ainda|mas|exceto|s\xF3|somente|apenas|troque|substitua|mude")}|${word("n(?:este|esse|esta|essa) (?:arquivo|ficheiro|script|teste|fun\xE7\xE3o|pasta)")}`,
    "iu"
  ),
  filler: "por favor|neste (?:projeto|repo|reposit\xF3rio)|nesse (?:projeto|repo|reposit\xF3rio)|aqui",
  later: "daqui (?:pra|para|para a) frente|a partir de agora|de agora em diante",
  remind: "lembre-se de|lembre de|lembra de|n\xE3o esque\xE7a de|n\xE3o se esque\xE7a de|n\xE3o esquece de",
  // Before an infinitive: "esqueceu de novo o ponto e vírgula" forgot a thing, once.
  forgot: "(?:voc\xEA |vc )?(?:de novo |outra vez )?(?:se )?esqueceu(?:-se)?(?: de novo| outra vez)? de(?= \\p{L}+(?:ar|er|ir|or)(?![\\p{L}]))",
  again: "de novo|outra vez|novamente",
  spaced: true,
  interjection: /^(?:não|nao|errado|assim não)$/i
};

// src/signals/lingua/de.ts
var USE6 = "(?:nimm|nehmt|nehmen sie|verwende|verwendet|verwenden sie|benutze|benutz|benutzt|benutzen sie|nutze|nutz|nutzt|nutzen sie)";
var NEVER_AGAIN = "(?:niemals|nie)(?: wieder)?";
var NOT = `(?:nicht(?: mehr)?|${NEVER_AGAIN})`;
var events6 = [
  [/(?:dem|einem)\s+commit|commit|dem\s+committen|committen|commiten/, "committing"],
  [/(?:dem|einem)\s+push|push|dem\s+pushen|pushen/, "pushing"],
  [/(?:dem|einem)\s+deploy(?:ment)?|deploy(?:ment)?|dem\s+deployen|deployen/, "deploying"],
  [/(?:dem|einem)\s+merge|merge|dem\s+mergen|mergen/, "merging"],
  [/(?:dem|einem)\s+(?:pr|pull\s+request)|pr|pull\s+request/, "opening a pull request"]
];
var de = {
  lang: "de",
  cue: new RegExp(
    "\\b(?:nimm|nehmt|nehmen|verwende|verwendet|verwenden|benutze|benutz|benutzt|benutzen|nutze|nutz|nutzt|nutzen|f\xFChre|f\xFChrt|f\xFChren|starte|startet|starten|lass|lasse|lasst|nicht|kein|keinen|keine|vor)",
    "i"
  ),
  swap: [
    clause(`${USE6} {A} (?:statt|anstatt|anstelle von|an stelle von)~(?:von )?{B}`),
    clause(`${USE6} {A}~,~nicht {B}`),
    clause(`${USE6} nicht {B}~,~sondern {A}`),
    clause(`nicht {B}~,~sondern {A}`),
    clause(`{A} statt {B}`)
  ],
  reject: [
    clause(`${USE6} (?:niemals|nie|kein|keinen|keine) {B}`),
    clause(`${USE6} {B} nicht(?: mehr)?`),
    clause(`(?:kein|keinen|keine) {B}(?: mehr)?`)
  ],
  ask: [clause(`${USE6} {A}`)],
  dontRun: [
    clause(`(?:f\xFChre|f\xFChrt|f\xFChren sie) {X} ${NOT} aus`),
    clause(`(?:f\xFChre|f\xFChrt|f\xFChren sie) ${NEVER_AGAIN} {X} aus`),
    clause(`(?:starte|startet|starten sie) {X} ${NOT}`),
    clause(`(?:starte|startet|starten sie) ${NEVER_AGAIN} {X}`),
    clause(`(?:lass|lasse|lasst) {X} ${NOT} laufen`),
    clause(`{X} ${NOT} (?:ausf\xFChren|starten|laufen lassen)`)
  ],
  before: [
    clause(`vor {E}~,?~(?:f\xFChre|f\xFChrt|f\xFChren sie) {X} aus`, events6),
    clause(`vor {E}~,?~(?:starte|startet|starten sie) {X}`, events6),
    clause(`vor {E}~,?~(?:lass|lasse|lasst) {X} laufen`, events6),
    clause(`(?:f\xFChre|f\xFChrt|f\xFChren sie) vor {E} {X} aus`, events6),
    clause(`(?:f\xFChre|f\xFChrt|f\xFChren sie) {X} vor {E} aus`, events6),
    clause(`(?:starte|startet|starten sie) vor {E} {X}`, events6),
    clause(`(?:starte|startet|starten sie) {X} vor {E}`, events6),
    clause(`(?:lass|lasse|lasst) vor {E} {X} laufen`, events6),
    clause(`(?:lass|lasse|lasst) {X} vor {E} laufen`, events6),
    clause(`vor {E} {X} (?:ausf\xFChren|auszuf\xFChren|starten|zu starten|laufen lassen|laufen zu lassen)`, events6),
    clause(`{X} vor {E} (?:ausf\xFChren|auszuf\xFChren|starten|zu starten|laufen lassen|laufen zu lassen)`, events6)
  ],
  events: events6,
  always: new RegExp(word("immer|stets|jedes mal|jedesmal|jedem|jeden|jeder"), "giu"),
  never: new RegExp(word(NEVER.de), "iu"),
  hold: new RegExp(
    `[?]|${word("warum|wieso|weshalb|erstmal|erst mal|vorerst|diesmal|dieses mal|noch nicht|gerade|jetzt|aber|au\xDFer|ausser|nur|ersetze|tausche|\xE4ndere")}|${word("in (?:dieser|diesem) (?:datei|skript|script|funktion|test|ordner)")}`,
    "iu"
  ),
  filler: "bitte|in diesem (?:projekt|repo|repository)|hier",
  later: "ab jetzt|von nun an|ab sofort|k\xFCnftig|zuk\xFCnftig|in zukunft",
  remind: "denk daran|denke daran|denken sie daran|vergiss nicht|vergessen sie nicht",
  // "Du hast vergessen, dass …" reports what was forgotten.
  forgot: "(?:du hast|sie haben) (?:schon )?(?:wieder |erneut )?vergessen(?!\\s*,?\\s*dass(?![\\p{L}]))",
  again: "schon wieder|wieder|erneut",
  spaced: true,
  interjection: /^(?:nein|nee|falsch|so nicht)$/i
};

// src/signals/lingua/fr.ts
var USE7 = "(?:utilise|utilisez|prends|prenez|emploie|employez|passe par|passez par)";
var NOT_USE5 = "(?:n'utilise|n'utilisez|ne prends|ne prenez|n'emploie|n'employez) (?:pas|jamais|plus)";
var RUN6 = "(?:lance|lancez|ex\xE9cute|ex\xE9cutez|execute|executez|fais tourner|faites tourner|lancer|ex\xE9cuter|executer|faire tourner)";
var NOT_RUN5 = "(?:ne lance|ne lancez|n'ex\xE9cute|n'ex\xE9cutez|n'execute|n'executez|ne fais tourner|ne faites tourner) (?:pas|jamais|plus)";
var events7 = [
  [/(?:de\s+|chaque\s+|le\s+|un\s+|tout\s+)?commit(?:er|ter)?|(?:de\s+)?committer/, "committing"],
  [/(?:de\s+)?pousser|(?:de\s+|chaque\s+|le\s+|un\s+|tout\s+)?push(?:er)?/, "pushing"],
  [/(?:de\s+)?déployer|(?:de\s+)?deployer|(?:chaque\s+|le\s+|un\s+|tout\s+)?(?:déploiement|deploy)/, "deploying"],
  [/(?:de\s+)?merger|(?:de\s+)?fusionner|(?:chaque\s+|le\s+|un\s+|tout\s+)?merge/, "merging"],
  [
    /(?:d'|de\s+)?ouvrir\s+(?:une\s+|la\s+)?(?:pr|pull\s+request)|(?:chaque\s+|la\s+|une\s+|toute\s+)?(?:pr|pull\s+request)/,
    "opening a pull request"
  ]
];
var fr = {
  lang: "fr",
  cue: new RegExp(
    "\\b(?:utilise|utilisez|prends|prenez|emploie|employez|passe|passez|lance|lancez|ex\xE9cute|ex\xE9cutez|execute|executez|fais|faites|avant|pas|n'utilise|n'utilisez|n'ex\xE9cute|n'ex\xE9cutez|n'execute|n'executez|n'emploie|n'employez)",
    "i"
  ),
  swap: [
    clause(`${USE7} {A} (?:au lieu de|plut\xF4t que|plutot que|\xE0 la place de|a la place de|et non|et pas)~(?:d')?{B}`),
    clause(`${USE7} {A}~,~(?:pas|non) {B}`),
    clause(`${NOT_USE5} {B}~,~(?:utilise|utilisez|prends|prenez) {A}`)
  ],
  reject: [clause(`${NOT_USE5} {B}`), clause(`pas de {B}`)],
  ask: [clause(`${USE7} {A}`)],
  dontRun: [clause(`${NOT_RUN5} {X}`)],
  before: [clause(`avant {E}~,?~${RUN6} {X}`, events7), clause(`${RUN6} {X} avant {E}`, events7)],
  events: events7,
  always: new RegExp(word("toujours|\xE0 chaque fois|a chaque fois|syst\xE9matiquement|chaque"), "giu"),
  never: new RegExp(word(NEVER.fr), "iu"),
  hold: new RegExp(
    `[?]|${word("pourquoi|pour l'instant|pour le moment|cette fois|pas encore|maintenant|mais|sauf|seulement|uniquement|remplace|remplacez|change|changez")}|${word("dans (?:ce|cette) (?:fichier|script|test|fonction|dossier)")}`,
    "iu"
  ),
  filler: "s'il te pla\xEEt|s'il te plait|s'il vous pla\xEEt|s'il vous plait|stp|svp|dans ce (?:projet|d\xE9p\xF4t|depot|repo)|ici",
  later: "d\xE9sormais|dor\xE9navant|\xE0 partir de maintenant|a partir de maintenant|\xE0 l'avenir",
  remind: "n'oublie pas d(?:e|')|n'oubliez pas d(?:e|')|pense \xE0|pensez \xE0|rappelle-toi d(?:e|')|souviens-toi d(?:e|')",
  // Before an infinitive: "tu as oublié de la virgule" is no rule.
  forgot: "(?:tu as|t'as|vous avez) (?:encore |de nouveau |\xE0 nouveau )?oubli\xE9 (?:de(?= \\p{L}+(?:er|ir|re)(?![\\p{L}]))|d'(?=\\p{L}+(?:er|ir|re)(?![\\p{L}])))",
  again: "encore|de nouveau|\xE0 nouveau",
  spaced: true,
  interjection: /^(?:non|faux|pas comme ça|pas comme ca)$/i
};

// src/signals/lingua/ru.ts
var USE8 = "(?:\u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439|\u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435|\u044E\u0437\u0430\u0439|\u044E\u0437\u0430\u0439\u0442\u0435|\u0431\u0435\u0440\u0438|\u0431\u0435\u0440\u0438\u0442\u0435|\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0441\u044F|\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435\u0441\u044C|\u043F\u0440\u0438\u043C\u0435\u043D\u044F\u0439|\u043F\u0440\u0438\u043C\u0435\u043D\u044F\u0439\u0442\u0435)";
var RUN7 = "(?:\u0437\u0430\u043F\u0443\u0441\u043A\u0430\u0439|\u0437\u0430\u043F\u0443\u0441\u043A\u0430\u0439\u0442\u0435|\u0437\u0430\u043F\u0443\u0441\u0442\u0438|\u0437\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u0435|\u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0439|\u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0439\u0442\u0435|\u0432\u044B\u043F\u043E\u043B\u043D\u0438|\u0432\u044B\u043F\u043E\u043B\u043D\u0438\u0442\u0435|\u043F\u0440\u043E\u0433\u043E\u043D\u044F\u0439|\u043F\u0440\u043E\u0433\u043E\u043D\u0438|\u0433\u043E\u043D\u044F\u0439|\u0437\u0430\u043F\u0443\u0441\u043A\u0430\u0442\u044C|\u0437\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u044C|\u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0442\u044C|\u0432\u044B\u043F\u043E\u043B\u043D\u0438\u0442\u044C|\u043F\u0440\u043E\u0433\u043E\u043D\u044F\u0442\u044C|\u043F\u0440\u043E\u0433\u043D\u0430\u0442\u044C)";
var NOT_RUN6 = "(?:\u043D\u0435|\u043D\u0438\u043A\u043E\u0433\u0434\u0430 \u043D\u0435) (?:\u0437\u0430\u043F\u0443\u0441\u043A\u0430\u0439|\u0437\u0430\u043F\u0443\u0441\u043A\u0430\u0439\u0442\u0435|\u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0439|\u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0439\u0442\u0435|\u0432\u044B\u0437\u044B\u0432\u0430\u0439|\u0432\u044B\u0437\u044B\u0432\u0430\u0439\u0442\u0435|\u0433\u043E\u043D\u044F\u0439|\u0433\u043E\u043D\u044F\u0439\u0442\u0435)";
var events8 = [
  [/(?:каждым\s+)?(?:коммитом|commit(?:ом)?)/, "committing"],
  [/(?:каждым\s+)?(?:пушем|push(?:ем)?)/, "pushing"],
  [/(?:каждым\s+)?(?:деплоем|деплоем|развертыванием|развёртыванием|deploy(?:ем)?)/, "deploying"],
  [/(?:каждым\s+)?(?:мержем|слиянием|merge(?:м)?)/, "merging"],
  [/(?:каждым\s+|открытием\s+)?(?:pr|пр|пулл?\s*реквестом)/, "opening a pull request"]
];
var ru = {
  lang: "ru",
  // Case-insensitive: a capital opens a sentence ("Запускай всегда `make lint` перед коммитом.").
  cue: /использ|юза|бер|польз|примен|запуск|запуст|выполн|прогон|гоня|вызыва|вместо|не/iu,
  swap: [
    clause(`${USE8} {A}~,?~(?:\u0432\u043C\u0435\u0441\u0442\u043E|\u0430 \u043D\u0435|\u043D\u043E \u043D\u0435|, \u043D\u0435) {B}`),
    clause(`${USE8} {A}~,~\u043D\u0435 {B}`),
    clause(`\u043D\u0435 {B}~,~\u0430 {A}`),
    clause(`\u0432\u043C\u0435\u0441\u0442\u043E {B}~,?~${USE8} {A}`),
    clause(`(?:\u043D\u0435|\u043D\u0438\u043A\u043E\u0433\u0434\u0430 \u043D\u0435) ${USE8} {B}~,~${USE8} {A}`)
  ],
  reject: [clause(`(?:\u043D\u0435|\u043D\u0438\u043A\u043E\u0433\u0434\u0430 \u043D\u0435) ${USE8} {B}`)],
  ask: [clause(`${USE8} {A}`)],
  dontRun: [clause(`${NOT_RUN6} {X}`)],
  before: [clause(`\u043F\u0435\u0440\u0435\u0434 {E}~,?~${RUN7} {X}`, events8), clause(`${RUN7} {X} \u043F\u0435\u0440\u0435\u0434 {E}`, events8)],
  events: events8,
  always: new RegExp(word("\u0432\u0441\u0435\u0433\u0434\u0430|\u043A\u0430\u0436\u0434\u044B\u0439 \u0440\u0430\u0437|\u043A\u0430\u0436\u0434\u044B\u043C|\u043A\u0430\u0436\u0434\u044B\u0439"), "giu"),
  never: new RegExp(word(NEVER.ru), "iu"),
  hold: new RegExp(
    `[?]|${word("\u043F\u043E\u0447\u0435\u043C\u0443|\u0437\u0430\u0447\u0435\u043C|\u043F\u043E\u043A\u0430|\u043F\u043E\u043A\u0430 \u0447\u0442\u043E|\u0441\u0435\u0439\u0447\u0430\u0441|\u0432 \u044D\u0442\u043E\u0442 \u0440\u0430\u0437|\u043D\u0430 \u044D\u0442\u043E\u0442 \u0440\u0430\u0437|\u0435\u0449\u0451 \u043D\u0435|\u0435\u0449\u0435 \u043D\u0435|\u043D\u043E|\u043A\u0440\u043E\u043C\u0435|\u0442\u043E\u043B\u044C\u043A\u043E|\u0437\u0430\u043C\u0435\u043D\u0438|\u043F\u043E\u043C\u0435\u043D\u044F\u0439|\u0437\u0430\u043C\u0435\u043D\u0438\u0442\u044C")}|${word("\u0432 (?:\u044D\u0442\u043E\u043C|\u044D\u0442\u043E\u0439) (?:\u0444\u0430\u0439\u043B\u0435|\u0441\u043A\u0440\u0438\u043F\u0442\u0435|\u0442\u0435\u0441\u0442\u0435|\u0444\u0443\u043D\u043A\u0446\u0438\u0438|\u043F\u0430\u043F\u043A\u0435)")}`,
    "iu"
  ),
  filler: "\u043F\u043E\u0436\u0430\u043B\u0443\u0439\u0441\u0442\u0430|\u0432 \u044D\u0442\u043E\u043C (?:\u043F\u0440\u043E\u0435\u043A\u0442\u0435|\u0440\u0435\u043F\u043E\u0437\u0438\u0442\u043E\u0440\u0438\u0438|\u0440\u0435\u043F\u043E)|\u0437\u0434\u0435\u0441\u044C|\u0442\u0443\u0442|\u0434\u0430\u043B\u044C\u0448\u0435",
  later: "\u0432\u043F\u0440\u0435\u0434\u044C|\u043E\u0442\u043D\u044B\u043D\u0435|\u0441 \u044D\u0442\u043E\u0433\u043E \u043C\u043E\u043C\u0435\u043D\u0442\u0430|\u0441 \u0441\u0435\u0433\u043E\u0434\u043D\u044F\u0448\u043D\u0435\u0433\u043E \u0434\u043D\u044F",
  remind: "\u043D\u0435 \u0437\u0430\u0431\u0443\u0434\u044C|\u043D\u0435 \u0437\u0430\u0431\u044B\u0432\u0430\u0439|\u043D\u0435 \u0437\u0430\u0431\u0443\u0434\u044C\u0442\u0435|\u043F\u043E\u043C\u043D\u0438|\u0437\u0430\u043F\u043E\u043C\u043D\u0438",
  // Before an infinitive: "ты забыл точку с запятой" forgot a thing, once.
  forgot: "(?:\u0442\u044B |\u0432\u044B )?(?:\u043E\u043F\u044F\u0442\u044C |\u0441\u043D\u043E\u0432\u0430 )?(?:\u0437\u0430\u0431\u044B\u043B|\u0437\u0430\u0431\u044B\u043B\u0430|\u0437\u0430\u0431\u044B\u043B\u0438)(?= \\p{L}+(?:\u0442\u044C|\u0442\u0438|\u0447\u044C|\u0442\u044C\u0441\u044F|\u0442\u0438\u0441\u044C)(?![\\p{L}]))",
  again: "\u043E\u043F\u044F\u0442\u044C|\u0441\u043D\u043E\u0432\u0430",
  spaced: true,
  interjection: /^(?:нет|не так|неправильно|не то)$/i
};

// src/signals/lingua/it.ts
var USE9 = "(?:usa|usate|utilizza|utilizzate|adopera)";
var NOT_USE6 = "(?:non|mai) (?:usare|utilizzare|adoperare)";
var RUN8 = "(?:esegui|eseguite|lancia|lanciate|avvia|avviate|eseguire|lanciare)";
var NOT_RUN7 = "(?:non|mai) (?:eseguire|lanciare|avviare)";
var events9 = [
  [/(?:fare\s+(?:il\s+|un\s+)?)?commit|committare|(?:ogni|un)\s+commit/, "committing"],
  [/(?:fare\s+(?:il\s+|un\s+)?)?push|pushare|(?:ogni|il|un)\s+push/, "pushing"],
  [/(?:fare\s+(?:il\s+|un\s+)?)?deploy|(?:ogni|il|un)\s+deploy|rilasciare/, "deploying"],
  [/(?:fare\s+(?:il\s+|un\s+)?)?merge|mergiare/, "merging"],
  [/(?:aprire|creare)\s+(?:una\s+|la\s+)?(?:pr|pull\s+request)/, "opening a pull request"]
];
var it = {
  lang: "it",
  cue: /\b(?:usa|usate|usare|utilizza|utilizzate|utilizzare|adopera|adoperare|esegui|eseguite|eseguire|lancia|lanciate|lanciare|avvia|avviate|avviare|prima)/i,
  swap: [
    clause(`${USE9} {A} (?:invece di|al posto di|e non)~(?:il |lo |la )?{B}`),
    clause(`${USE9} {A}~,~non {B}`),
    clause(`${NOT_USE6} {B}~,~(?:usa|usate|utilizza|utilizzate) {A}`)
  ],
  reject: [clause(`${NOT_USE6} {B}`), clause(`niente {B}`)],
  ask: [clause(`${USE9} {A}`)],
  dontRun: [clause(`${NOT_RUN7} {X}`)],
  // "Prima del commit": Italian joins "di" to the article.
  before: [clause(`prima (?:di|del|dello|della) {E}~,?~${RUN8} {X}`, events9), clause(`${RUN8} {X} prima (?:di|del|dello|della) {E}`, events9)],
  events: events9,
  always: new RegExp(word("sempre|ogni volta|ogni"), "giu"),
  never: new RegExp(word(NEVER.it), "iu"),
  // "ora" only as a word of its own: "d'ora in poi" is "from now on". "Così" (this way) and
  // "questo"/"quello" alone point at what was just done or shown.
  hold: new RegExp(
    `[?]|(?<![\\p{L}'])(?:cos\xEC|cosi|questo|questa|quello|quella|perch\xE9|perche|per ora|per adesso|questa volta|stavolta|per il momento|ancora|adesso|ora|subito|oggi|domani|ma|tranne|eccetto|solo|soltanto|sostituisci|cambia)(?![\\p{L}])|${word("in (?:questo|quel) (?:file|script|test|cartella|funzione)|in questa (?:cartella|funzione)")}`,
    "iu"
  ),
  filler: "per favore|per piacere|in questo (?:progetto|repo|repository)|qui",
  later: "d'ora in poi|d'ora in avanti|da ora in poi|da adesso in poi|da qui in avanti",
  remind: "ricorda di|ricordati di|ricordatevi di|non dimenticare di|non dimenticarti di|non scordarti di",
  // Before an infinitive: "hai dimenticato il punto e virgola" forgot a thing, once.
  forgot: "(?:hai |ti sei )?(?:di nuovo |ancora )?(?:dimenticato|scordato) di(?= \\p{L}+(?:are|ere|ire)(?![\\p{L}]))",
  again: "di nuovo|ancora una volta",
  spaced: true,
  interjection: /^(?:no|sbagliato|così no)$/i
};

// src/signals/lingua/this-thing.ts
var THINGS_EN = String.raw`files?|folders?|director(?:y|ies)|dirs?|modules?|functions?|methods?|class(?:es)?|components?|tests?|specs?|scripts?|lines?|blocks?|snippets?|sections?|endpoints?|tables?|branch(?:es)?|commits?|documents?|docs?|pages?|code`;
var ENGLISH = String.raw`\b(?:this|these|(?:^|\b(?:in|on|from|to|into|of|for|at|with|about|inside|under|edit|change|touch|modify|delete|remove|rename|move|commit|push|run|format|rewrite|overwrite)\s+)(?:that|those))\s+(?:${THINGS_EN})\b`;
var OTHER_LANGUAGES = [
  word(
    "(?:diese|dieser|dieses|diesem|diesen) (?:datei|dateien|ordner|verzeichnis|funktion|funktionen|methode|klasse|komponente|tests?|skript|zeilen?|abschnitt|branch|code)"
  ),
  word(
    "(?:este|esta|estos|estas|ese|esa|esos|esas) (?:archivos?|ficheros?|carpetas?|directorios?|funci[o\xF3]n|funciones|m[e\xE9]todos?|clases?|componentes?|pruebas?|tests?|scripts?|l[i\xED]neas?|secci[o\xF3]n|rama|c[o\xF3]digo)"
  ),
  word(
    "(?:n|d)?(?:este|esta|estes|estas|esse|essa|esses|essas) (?:arquivos?|ficheiros?|pastas?|diret[o\xF3]rios?|fun[c\xE7][a\xE3]o|fun[c\xE7][o\xF5]es|m[e\xE9]todos?|classes?|componentes?|testes?|scripts?|linhas?|se[c\xE7][a\xE3]o|branch|c[o\xF3]digo)"
  ),
  word(
    "(?:ce|cet|cette|ces) (?:fichiers?|dossiers?|r[\xE9e]pertoires?|fonctions?|m[\xE9e]thodes?|classes?|composants?|tests?|scripts?|lignes?|sections?|branches?|code)"
  ),
  word(
    "(?:\u044D\u0442\u043E\u0442|\u044D\u0442\u043E\u0433\u043E|\u044D\u0442\u043E\u043C|\u044D\u0442\u0438\u043C|\u044D\u0442\u0443|\u044D\u0442\u0430|\u044D\u0442\u0438|\u044D\u0442\u0438\u0445|\u044D\u0442\u0438\u043C\u0438|\u044D\u0442\u0438) (?:\u0444\u0430\u0439\u043B\\p{L}*|\u043F\u0430\u043F\u043A\\p{L}*|\u0434\u0438\u0440\u0435\u043A\u0442\u043E\u0440\u0438\\p{L}*|\u0444\u0443\u043D\u043A\u0446\u0438\\p{L}*|\u043C\u0435\u0442\u043E\u0434\\p{L}*|\u043A\u043B\u0430\u0441\u0441\\p{L}*|\u043A\u043E\u043C\u043F\u043E\u043D\u0435\u043D\u0442\\p{L}*|\u0442\u0435\u0441\u0442\\p{L}*|\u0441\u043A\u0440\u0438\u043F\u0442\\p{L}*|\u0441\u0442\u0440\u043E\u043A\\p{L}*|\u0432\u0435\u0442\u043A\\p{L}*|\u043A\u043E\u0434\\p{L}*)"
  ),
  word(
    "(?:questo|questa|questi|queste|quest'|quel|quello|quella|quei|quegli|quelle|quell') ?(?:file|cartell[ae]|directory|funzion[ei]|metod[oi]|class[ei]|component[ei]|test|script|rig[ah]e?|sezion[ei]|branch|codice)"
  ),
  "(?:\u8FD9\u4E2A|\u9019\u500B|\u8FD9\u4E9B|\u9019\u4E9B|\u8FD9\u4EFD|\u9019\u4EFD|\u8BE5|\u8A72|\u6B64)(?:\u6587\u4EF6|\u6A94\u6848|\u6587\u4EF6\u5939|\u8CC7\u6599\u593E|\u76EE\u5F55|\u76EE\u9304|\u51FD\u6570|\u51FD\u6578|\u65B9\u6CD5|\u7C7B|\u985E|\u7EC4\u4EF6|\u7D44\u4EF6|\u6D4B\u8BD5|\u6E2C\u8A66|\u811A\u672C|\u8173\u672C|\u5206\u652F|\u4EE3\u7801|\u4EE3\u78BC)",
  "(?:\u3053\u306E|\u305D\u306E|\u3053\u308C\u3089\u306E)(?:\u30D5\u30A1\u30A4\u30EB|\u30D5\u30A9\u30EB\u30C0|\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA|\u95A2\u6570|\u30E1\u30BD\u30C3\u30C9|\u30AF\u30E9\u30B9|\u30B3\u30F3\u30DD\u30FC\u30CD\u30F3\u30C8|\u30C6\u30B9\u30C8|\u30B9\u30AF\u30EA\u30D7\u30C8|\u884C|\u30D6\u30E9\u30F3\u30C1|\u30B3\u30FC\u30C9)",
  "(?:^|\\s)(?:\uC774|\uADF8|\uC774\uB7F0) ?(?:\uD30C\uC77C|\uD3F4\uB354|\uB514\uB809\uD130\uB9AC|\uB514\uB809\uD1A0\uB9AC|\uD568\uC218|\uBA54\uC11C\uB4DC|\uD074\uB798\uC2A4|\uCEF4\uD3EC\uB10C\uD2B8|\uD14C\uC2A4\uD2B8|\uC2A4\uD06C\uB9BD\uD2B8|\uC904|\uBE0C\uB79C\uCE58|\uCF54\uB4DC)"
];
var POINTS = new RegExp(`${ENGLISH}|${OTHER_LANGUAGES.join("|")}`, "iu");
var NAMES_IT = /`[^`\n]+`|(?:^|[\s(])[\w.-]*[/\\][\w./\\-]+|(?:^|[\s(])[\w-]+\.[A-Za-z]{1,5}\b/;
var NAMES_BRANCH = /\bth(?:is|at) branch\b(?:\s*\(\s*(?:the\s+)?(?:main|master|trunk|develop|default branch)\s*\)|\s*[,;:—–-]+\s*(?:it'?s|it is|which is|that'?s)\s+(?:the\s+)?(?:main|master|trunk|develop|default)\b)/i;
function pointsAtUnnamedThing(sentence) {
  return POINTS.test(sentence) && !NAMES_IT.test(sentence) && !NAMES_BRANCH.test(sentence);
}

// src/signals/lingua/gloss.ts
var LEXICONS = [zh, ja, ko, es, pt, de, fr, ru, it];
var MAX_SENTENCE = 220;
var NON_LATIN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}]/u;
var ENGLISH2 = /\b(?:the|an|not|but|only|instead|of|and|for|with|this|that|it|is|are|was|were|be|don'?t|please|always|never|before|after|when|we|you|than|rather|such|like|to|some|any|here|just|our|your|my|which|should|must|can|will|would|could|has|have|also)\b/i;
var inText = (alternation, spaced) => spaced ? String.raw`(?<![\p{L}\p{N}'])(?:${alternation})(?![\p{L}\p{N}])` : `(?:${alternation})`;
var strippers = /* @__PURE__ */ new WeakMap();
function fillerOf(lex) {
  let s = strippers.get(lex);
  if (!s) {
    s = new RegExp(String.raw`\s*,?\s*${inText(`${lex.filler}|${lex.later}`, lex.spaced)}\s*,?`, "giu");
    strippers.set(lex, s);
  }
  return s;
}
var laters = /* @__PURE__ */ new WeakMap();
function laterOf(lex) {
  let s = laters.get(lex);
  if (!s) {
    s = new RegExp(inText(lex.later, lex.spaced), "giu");
    laters.set(lex, s);
  }
  return s;
}
var SPACED_LATER = new RegExp(
  inText(
    LEXICONS.filter((l) => l.spaced).map((l) => l.later).join("|"),
    true
  ),
  "giu"
);
function normalise(sentence) {
  return sentence.normalize("NFKC").replace(/[’‘ʼ]/g, "'").replace(/[「『]([\x20-\x7e]{1,80})[」』]/g, "`$1`").replace(/\s+/g, " ").trim();
}
function stripFiller(c, lex) {
  return c.replace(fillerOf(lex), " ").replace(/\s+/g, " ").replace(/^[\s,]+|[\s,.!。]+$/gu, "").trim();
}
var unquote = (t) => t.replace(/^`|`$/g, "").trim();
function codeish(raw, actions) {
  if (raw.startsWith("`")) return true;
  const t = raw.trim();
  const first = t.split(" ")[0] ?? "";
  if (/[-./_:@=+~]/.test(first) || MULTI_WORD.has(first.toLowerCase()) || NAMED_PROGRAMS.has(first.toLowerCase())) return true;
  const re = new RegExp(`(^|[^\\w-])${escapeRegExp(first)}($|[^\\w-])`, "i");
  return actions.some((a) => re.test(a));
}
function swapCode(a, b, actions, nonLatin) {
  const name = (t) => nonLatin && /^[a-z][a-z0-9+-]*$/.test(unquote(t));
  const [ca, cb] = [codeish(a, actions), codeish(b, actions)];
  return ca && cb || ca && name(b) || name(a) && cb;
}
function eventOf(lex, said) {
  return lex.events.find(([re]) => new RegExp(`^(?:${re.source})$`, "iu").test(said.trim()))?.[1];
}
function readClause(c, lex) {
  const g = (patterns) => {
    for (const p of patterns) {
      const m2 = p.exec(c);
      if (m2?.groups) return m2.groups;
    }
    return void 0;
  };
  let m = g(lex.swap);
  if (m?.a && m.b) return { kind: "swap", a: m.a, b: m.b };
  m = g(lex.dontRun);
  if (m?.x) return { kind: "dontRun", x: m.x };
  m = g(lex.before);
  const e = m?.e ? eventOf(lex, m.e) : void 0;
  if (m?.x && e) return { kind: "before", x: m.x, e };
  m = g(lex.reject);
  if (m?.b) return { kind: "reject", b: m.b };
  m = g(lex.ask);
  if (m?.a) return { kind: "ask", a: m.a };
  return void 0;
}
function readSentence(s, lex) {
  const whole = readClause(stripFiller(s, lex), lex);
  if (whole) return whole;
  const found = [];
  for (const raw of s.split(/\s*[,;:、]\s*|\s+[-–—]\s+/)) {
    const c = stripFiller(raw, lex);
    if (!c || lex.interjection.test(c)) continue;
    const r = readClause(c, lex);
    if (r) found.push(r);
    else if (found.length === 0) return void 0;
  }
  if (found.length === 1) return found[0];
  const asks = found.filter((r) => r.kind === "ask");
  const rejects = found.filter((r) => r.kind === "reject");
  if (asks.length === 1 && rejects.length === 1 && asks.length + rejects.length === found.length)
    return { kind: "swap", a: asks[0].a, b: rejects[0].b };
  return void 0;
}
var code = (t) => `\`${unquote(t)}\``;
var LATIN_FUNCTION_WORD = /^(?:para|por|con|sin|de|del|en|el|la|los|las|un|una|y|o|que|cuando|antes|despu[eé]s|pra|com|sem|em|na|no|nos|nas|do|da|dos|das|um|uma|e|ou|quando|pour|avec|sans|dans|le|les|des|du|et|quand|avant|apr[eè]s|zum|zur|f[uü]r|mit|ohne|und|oder|die|der|das|den|dem|ein|eine|wenn|vor|nach|um|per|senza|di|del|della|il|lo|gli|nel|nella|o|che|prima|dopo)$/i;
function proseInPayload(t) {
  if (t.startsWith("`")) return false;
  return t.trim().split(/\s+/).slice(1).some((w) => LATIN_FUNCTION_WORD.test(w));
}
function glossRule(sentence, actions) {
  if (sentence.length > MAX_SENTENCE) return void 0;
  const ascii = !/[^ -~]/.test(sentence);
  const codeless = sentence.includes("`") ? sentence.replace(/`[^`]*`/g, " ") : sentence;
  const first = ENGLISH2.exec(codeless)?.[0];
  const english = first !== void 0 && (first.toLowerCase() !== "an" || ENGLISH2.test(codeless.replace(SPACED_LATER, " ")));
  if (ascii && english) return void 0;
  const norm = ascii ? sentence.trim() : normalise(sentence);
  if (!/[A-Za-z]/.test(norm)) return void 0;
  const nonLatin = !ascii && NON_LATIN.test(norm);
  for (const lex of LEXICONS) {
    if (english && lex.spaced || !lex.cue.test(norm)) continue;
    const unreminded = withoutReminder(norm, lex);
    const framed = unreminded ?? norm;
    const at = framed.search(laterOf(lex));
    const later = lex.spaced ? at >= 0 : at === 0;
    const always = unreminded !== void 0 || later || new RegExp(lex.always.source, lex.always.flags.replace("g", "")).test(framed);
    const never = lex.never.test(framed);
    const bare2 = lex.spaced ? framed : framed.replace(new RegExp(lex.never.source, "gu"), "");
    const text = bare2.replace(lex.always, " ").replace(/\s+/g, " ").trim();
    const r = readSentence(text, lex);
    if (!r) continue;
    const held = later ? framed.replace(laterOf(lex), " ") : framed;
    if (lex.hold.test(held) || saysThisConversation(norm) || pointsAtUnnamedThing(norm)) return void 0;
    if (r.kind === "ask" && /^(?:use|run)$/i.test(text.replace(r.a, "").replace(/[\s.!]+/g, ""))) return void 0;
    const payloads = ["a" in r ? r.a : "", "b" in r ? r.b : "", "x" in r ? r.x : ""];
    if (!nonLatin && payloads.some(proseInPayload)) return void 0;
    const ok = (t) => codeish(t, actions);
    switch (r.kind) {
      case "swap":
        return swapCode(r.a, r.b, actions, nonLatin) && unquote(r.a).toLowerCase() !== unquote(r.b).toLowerCase() ? `Use ${code(r.a)}, not ${code(r.b)}.` : void 0;
      case "reject":
        return ok(r.b) ? `${never ? "Never" : "Don't"} use ${code(r.b)}.` : void 0;
      case "ask":
        return ok(r.a) ? `${always ? "Always use" : "Use"} ${code(r.a)}.` : void 0;
      case "dontRun":
        return ok(r.x) ? `${never ? "Never" : "Don't"} run ${code(r.x)}.` : void 0;
      case "before":
        return ok(r.x) ? `${always ? "Always run" : "Run"} ${code(r.x)} before ${r.e}.` : void 0;
    }
  }
  return void 0;
}

// src/signals/lingua/system-subject.ts
var ARTICLE = { es: "el|la|los|las", pt: "o|a|os|as" };
var CONNECTIVE = /^(?:luego|después|despues|también|tambien|además|ademas|entonces|primero|incluso|depois|também|tambem|então|entao|primeiro|logo|inclusive|solo|sólo|só|a|al|ante|antes|bajo|con|contra|de|del|desde|durante|en|entre|hacia|hasta|para|por|según|sin|sobre|tras|y|e|o|u|ni|ao|à|às|aos|com|do|da|dos|das|em|no|na|nos|nas|num|numa|pelo|pela|pelos|pelas|até|após|sem|ou|nem|como|que|cuando|cuándo|donde|mientras|si|quando|onde|enquanto|se|porque|aunque|embora|mas|pero)$/iu;
var SUBORDINATE = /(?<![\p{L}])(?:que|cuando|donde|mientras|si|quando|onde|enquanto|se|porque|aunque|embora)(?![\p{L}])/iu;
var NONFINITE = /(?:ar|er|ir|ír|ndo)$/iu;
var TIME = /^(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|día|dia|días|dias|mes|mês|año|ano|semana|final|fim|fin|principio|início|inicio|primera|primero|primeira|primeiro|último|última|ultimo|ultima|mismo|misma|mesmo|mesma|resto|momento|vez|veces|vezes)$/iu;
var SERVER_ANSWER = /^(?:con|com)\s+(?:(?:un|una|um|uma|el|la|o|a)\s+)?(?:(?:error|erro|código|codigo|status|estado)\s+)?(?:http\s+)?(?:[1-5]\d\d|timeout|json|xml|html|yaml|csv)(?![\p{L}\d])/iu;
var REPLIES = /^(?:responde|contesta|devuelve|retorna|regresa|devolve)$/iu;
function postposedSubject(lang, next) {
  const clause3 = next.replace(/[\s.!]+$/u, "");
  const m = new RegExp(
    String.raw`(?:^|\s)(\S+)\s+(?:${ARTICLE[lang]})\s+(\p{L}[\p{L}\d._-]*)(?:\s+(?:de|del|do|da|dos|das)\s+[\p{L}\d._-]+|\s+[\p{L}\d._-]+)?$`,
    "iu"
  ).exec(clause3);
  if (!m) return false;
  const before = m[1].replace(/^[`'"]+|[`'",;:]+$/gu, "");
  if (/[,;:]$/u.test(m[1]) || CONNECTIVE.test(before) || NONFINITE.test(before) || TIME.test(m[2])) return false;
  return !SUBORDINATE.test(clause3.slice(0, m.index));
}
function statedOfSystem(lang, verb, next) {
  return REPLIES.test(verb) && SERVER_ANSWER.test(next) || postposedSubject(lang, next);
}

// src/signals/lingua/romance-verbs.ts
var ES_VERBS = "usa|us\xE1|use|usen|utiliza|utiliz\xE1|utilice|utilicen|ejecuta|ejecut\xE1|ejecute|ejecuten|corre|corr\xE9|corra|haz|hac\xE9|haga|hagan|escribe|escrib\xED|escriba|a\xF1ade|a\xF1ad\xED|a\xF1ada|agrega|agreg\xE1|agregue|revisa|revis\xE1|revise|verifica|verific\xE1|verifique|comprueba|compruebe|prueba|prob\xE1|pruebe|pregunta|pregunt\xE1|pregunte|pon|pon\xE9|ponga|mant\xE9n|manten\xE9|mantenga|crea|cre\xE1|cree|lee|le\xE9|lea|responde|respond\xE9|responda|contesta|contest\xE1|conteste|explica|explic\xE1|explique|di|dec\xED|diga|documenta|documente|actualiza|actualice|formatea|formatee|incluye|inclu\xED|incluya|empieza|empez\xE1|empiece|comienza|comience|muestra|mostr\xE1|muestre|sigue|segu\xED|siga|trabaja|trabaj\xE1|trabaje";
var PT_VERBS = "usa|use|usem|utiliza|utilize|utilizem|roda|rode|rodem|executa|execute|executem|faz|fa\xE7a|faca|fa\xE7am|escreve|escreva|adiciona|adicione|verifica|verifique|testa|teste|pergunta|pergunte|coloca|coloque|p\xF5e|poe|ponha|mant\xE9m|mantem|mantenha|cria|crie|l\xEA|le|leia|responde|responda|explica|explique|diz|diga|documenta|documente|atualiza|atualize|formata|formate|inclui|inclua|come\xE7a|comece|mostra|mostre|segue|siga|trabalha|trabalhe|confirma|confirme";
var ES_MORE = "instala|guarda|limpia|regenera|borra|elimina|compila|valida|comenta|nombra|renombra|copia|reinicia|avisa|consulta|evita|respeta|lanza|deja|quita|arregla|genera|exporta|sincroniza|etiqueta|firma|commitea|pushea|mergea|testea|despliega|descarga|edita|modifica|manda|env\xEDa|notifica|marca|cierra|lista|ordena|traduce|corrige|sube|abre|pide|elige|define";
var PT_MORE = "instala|salva|limpa|regenera|apaga|remove|compila|valida|comenta|renomeia|copia|reinicia|avisa|consulta|evita|respeita|deixa|tira|conserta|gera|exporta|sincroniza|assina|commita|envia|marca|fecha|lista|ordena|traduz|corrige|sobe|abre|pede|escolhe|define|move|devolve|edita|modifica|manda";
var ES_ER_IR = [
  ["hac", "hag"],
  ["deshac", "deshag"],
  ["corr", "corr"],
  ["le", "le"],
  ["escrib", "escrib"],
  ["sobrescrib", "sobrescrib"],
  ["reescrib", "reescrib"],
  ["describ", "describ"],
  ["pon", "pong"],
  ["propon", "propong"],
  ["sub", "sub"],
  ["abr", "abr"],
  ["romp", "romp"],
  ["muev", "muev"],
  ["vuelv", "vuelv"],
  ["devuelv", "devuelv"],
  ["resuelv", "resuelv"],
  ["respond", "respond"],
  ["incluy", "incluy"],
  ["a\xF1ad", "a\xF1ad"],
  ["dic", "dig"],
  ["tien", "teng"],
  ["mantien", "manteng"],
  ["contien", "conteng"],
  ["sal", "salg"],
  ["met", "met"],
  ["comet", "comet"],
  ["com", "com"],
  ["imprim", "imprim"],
  ["omit", "omit"],
  ["permit", "permit"],
  ["admit", "admit"],
  ["compart", "compart"],
  ["recib", "recib"],
  ["elig", "elij"],
  ["corrig", "corrij"],
  ["dirig", "dirij"],
  ["exig", "exij"],
  ["construy", "construy"],
  ["destruy", "destruy"],
  ["distribuy", "distribuy"],
  ["defin", "defin"],
  ["cumpl", "cumpl"],
  ["depend", "depend"],
  ["aprend", "aprend"],
  ["entiend", "entiend"],
  ["pierd", "pierd"],
  ["enciend", "enciend"],
  ["extiend", "extiend"],
  ["atiend", "atiend"],
  ["prend", "prend"],
  ["conoc", "conozc"],
  ["parec", "parezc"],
  ["aparec", "aparezc"],
  ["desaparec", "desaparezc"],
  ["crec", "crezc"],
  ["tra", "traig"],
  ["ca", "caig"],
  ["pued", "pued"],
  ["quier", "quier"],
  ["sab", "sep"],
  ["sigu", "sig"],
  ["pid", "pid"],
  ["repit", "repit"],
  ["sirv", "sirv"],
  ["viv", "viv"],
  ["exist", "exist"],
  ["ocurr", "ocurr"],
  ["insist", "insist"],
  ["asum", "asum"],
  ["interrump", "interrump"],
  ["divid", "divid"],
  ["decid", "decid"],
  ["discut", "discut"],
  ["un", "un"],
  ["reduc", "reduzc"],
  ["produc", "produzc"],
  ["traduc", "traduzc"],
  ["introduc", "introduzc"],
  ["conduc", "conduzc"],
  ["v", "ve"],
  ["suced", "suced"],
  ["bat", "bat"],
  ["mov", "mov"],
  ["escog", "escoj"],
  ["recog", "recoj"]
];
var PT_ER_IR = [
  ["faz", "fa\xE7"],
  ["desfaz", "desfa\xE7"],
  ["escrev", "escrev"],
  ["reescrev", "reescrev"],
  ["sobrescrev", "sobrescrev"],
  ["corr", "corr"],
  ["l\xEA", "lei"],
  ["le", "lei"],
  ["p\xF5e", "ponh"],
  ["abr", "abr"],
  ["sob", "sub"],
  ["inclu", "inclu"],
  ["mant\xE9m", "mantenh"],
  ["diz", "dig"],
  ["tem", "tenh"],
  ["sa", "sai"],
  ["mex", "mex"],
  ["met", "met"],
  ["com", "com"],
  ["romp", "romp"],
  ["mov", "mov"],
  ["devolv", "devolv"],
  ["resolv", "resolv"],
  ["respond", "respond"],
  ["atend", "atend"],
  ["entend", "entend"],
  ["perd", "perc"],
  ["vend", "vend"],
  ["aprend", "aprend"],
  ["bat", "bat"],
  ["depend", "depend"],
  ["receb", "receb"],
  ["escolh", "escolh"],
  ["corrig", "corrij"],
  ["constr\xF3", "constru"],
  ["defin", "defin"],
  ["permit", "permit"],
  ["imprim", "imprim"],
  ["omit", "omit"],
  ["divid", "divid"],
  ["decid", "decid"],
  ["assum", "assum"],
  ["segu", "sig"],
  ["ped", "pe\xE7"],
  ["repet", "repit"],
  ["serv", "sirv"],
  ["v\xEA", "vej"],
  ["ve", "vej"],
  ["pod", "poss"],
  ["quer", "queir"],
  ["sab", "saib"],
  ["traz", "trag"],
  ["ca", "cai"],
  ["cab", "caib"],
  ["explod", "explod"],
  ["acontec", "acontec"],
  ["ocorr", "ocorr"],
  ["exist", "exist"],
  ["cresc", "cres\xE7"],
  ["aparec", "apare\xE7"],
  ["desaparec", "desapare\xE7"]
];
var forms2 = (table, endings, at) => new Set(table.flatMap((row) => endings.map((e) => `${row[at]}${e}`)));
var words2 = (...lists) => new Set(lists.flatMap((l) => l.split("|")));
var ES = {
  code: "es",
  frame: /^(nunca|jamás|siempre)\s+/iu,
  verbFirst: new RegExp("^(\\p{L}+)\\s+siempre\\s+", "iu"),
  between: /^(?:(?:ya|todavía|aún|me|te|se|nos|os|lo|la|los|las|le|les)\s+)*/iu,
  ruleVerbs: words2(ES_VERBS, ES_MORE),
  casualNever: /* @__PURE__ */ new Set(),
  indicative: forms2(ES_ER_IR, ["e", "es", "en"], 0),
  subjunctive: forms2(ES_ER_IR, ["a", "as", "an"], 1),
  states: /^(?:es|son|era|eran|fue|fueron|está|están|estaba|estaban|hay|había|va|van|iba|iban|da|dan|sale|salen|tiene|tienen|hace|hacen|puede|pueden|parece|parecen|queda|quedan|el|un|una|unos|unas|mi|mis|tu|tus|su|sus|nuestro|nuestra|este|esta|estos|estas|ese|esa|esos|esas|mismo|misma)$/iu,
  notFirstPerson: /^(?:primero|solo|sólo|luego|pronto|cuidado|ojo|claro|cero|todo|nunca)$/iu,
  infinitive: /(?:ar|er|ir|ír)(?:me|te|se|lo|la|los|las|le|les|nos)?$/iu
};
var PT = {
  code: "pt",
  frame: /^(nunca|jamais|sempre)\s+/iu,
  verbFirst: new RegExp("^(\\p{L}+)\\s+sempre\\s+", "iu"),
  between: /^(?:(?:já|ainda|me|te|se|nos|o|a|os|as|lhe|lhes)\s+)*/iu,
  ruleVerbs: words2(PT_VERBS, PT_MORE),
  casualNever: words2(PT_VERBS),
  indicative: forms2(PT_ER_IR, ["e", "es", "em", ""], 0),
  subjunctive: forms2(PT_ER_IR, ["a", "as", "am"], 1),
  states: /^(?:é|são|era|eram|foi|foram|está|estão|estava|estavam|há|havia|vai|vão|ia|iam|dá|dão|fica|ficam|pode|podem|parece|parecem|tem|têm|um|uma|uns|umas|meu|minha|meus|minhas|seu|sua|nosso|nossa|este|esta|esse|essa|isso|isto|mesmo|mesma)$/iu,
  notFirstPerson: /^(?:primeiro|só|sozinho|logo|cuidado|olho|claro|zero|todo)$/iu,
  infinitive: /(?:ar|er|ir|or)(?:-(?:me|te|se|o|a|os|as|lo|la|los|las|lhe))?$/iu
};
var KEEPS2 = /^(?:sigue|siguen|segue|seguem|continúa|continúan|continua|continuam)$/u;
var FAILING = /^(?:fallando|falhando|rompiendo|quebrando|petando|crasheando|colgándose|colgando|travando|tardando|demorando|dando|igual|mal|roto|rota|rotos|quebrado|quebrada|parado|parada|colgado|travado|sin|sem)$/u;
var RUNS = /^(?:corre|roda|ejecuta|executa|compila|funciona|carga|carrega|arranca|anda)$/u;
var MANNER = /^(?:lento|lenta|rápido|rápida|rapido|devagar|bien|mal|bem|direito|igual|sozinho|solo)$/u;
var PLACE_OR_END = /^(?:\s+(?:en|em|no|na|con|com|sobre|sin|sem|al|ao)\s[^,;]*)?[\s.!]*$/iu;
var NO_OBJECT = /^(?:no|na|nos|nas|em|com|de|do|da|dos|das|pelo|pela|direito|bem|mal|aqui|lá|localmente|sozinho|devagar|rápido|certo)$/u;
function verbStates({ w, next, never }, lang) {
  if (/^(?:hay|há|tiene|tienen|tienes|tenés|tem|têm|tens)$/u.test(w) && /^que\b/iu.test(next)) return void 0;
  const after = /^[\p{L}-]+/u.exec(next)?.[0]?.toLowerCase() ?? "";
  if (KEEPS2.test(w) && FAILING.test(after)) return true;
  if (RUNS.test(w) && MANNER.test(after) && PLACE_OR_END.test(next.slice(after.length))) return true;
  if (lang.states.test(w)) return true;
  if (lang.infinitive.test(w)) return false;
  if (lang === ES && /é$/u.test(w)) return !(lang.ruleVerbs.has(w) || lang.indicative.has(`${w.slice(0, -1)}e`));
  if (lang === ES && /[áí]$/u.test(w)) return false;
  if (lang === PT && w.length > 3 && /(?:ei|ou|eu|iu)$/u.test(w)) return true;
  if (lang === PT && new RegExp("^\\p{Ll}+(?:ai|\xF3i)$", "u").test(w)) return true;
  if (new RegExp("[\xE1\xE9\xED\xF3\xFA]\\p{L}*(?:me|te|lo|la|los|las|le|les|nos)$", "u").test(w) && w.length > 5) return false;
  if (w.length < 2 || !new RegExp("^\\p{Ll}+$", "u").test(w)) return void 0;
  if (w.length > 2 && /o$/u.test(w) && !lang.notFirstPerson.test(w)) return true;
  if (lang.subjunctive.has(w)) return false;
  if (lang.indicative.has(w)) return !(!never && lang.ruleVerbs.has(w)) || statedOfSystem(lang.code, w, next);
  if (never) {
    if (/(?:a|as|an|am)$/u.test(w)) return !lang.casualNever.has(w) || /^[\s.!]*$/u.test(next) || NO_OBJECT.test(after);
    return void 0;
  }
  if (/(?:as|es)$/u.test(w)) return !/^(?:antes|después|depois|além|mientras|jamás)$/u.test(w);
  if (/(?:a|e|an|en|am|em)$/u.test(w)) {
    const tu = w.replace(/(?<=[ae])[nm]$/u, "");
    if (lang.ruleVerbs.has(w) || lang.ruleVerbs.has(tu)) return /[ae]$/u.test(w) && statedOfSystem(lang.code, w, next);
    return !/e[nm]?$/u.test(w);
  }
  return void 0;
}
function romanceStatement(sentence) {
  let states = false;
  for (const lang of [ES, PT]) {
    const verbFirst = lang.verbFirst.exec(sentence);
    const v = verbFirst?.[1]?.toLowerCase() ?? "";
    if (verbFirst && lang.ruleVerbs.has(v) && !lang.subjunctive.has(v) && statedOfSystem(lang.code, v, sentence.slice(verbFirst[0].length)))
      return true;
    const m = lang.frame.exec(sentence);
    if (!m) continue;
    const rest2 = sentence.slice(m[0].length).replace(lang.between, "");
    const w = /^[\p{L}-]+/u.exec(rest2)?.[0]?.toLowerCase();
    if (!w) continue;
    const verdict = verbStates({ w, next: rest2.slice(w.length).trim(), never: !/^(?:siempre|sempre)$/iu.test(m[1] ?? "") }, lang);
    if (verdict === false) return false;
    states ||= verdict === true;
  }
  return states;
}
var IRREGULAR_MOOD = {
  es: {
    subjunctive: /^(?:sea|seas|sean|pueda|puedas|puedan|haya|hayas|hayan|tenga|tengas|tengan|vaya|vayas|vayan|quiera|quieras|quieran|sepa|sepas|esté|estés|estén|dé|des|den)$/u,
    indicative: /^(?:es|eres|son|está|estás|están|hay|va|vas|van|puede|puedes|pueden|tiene|tienes|tienen|quiere|quieres|quieren|sale|sales|salen|hace|haces|hacen|da|das|dan)$/u
  },
  pt: {
    subjunctive: /^(?:seja|sejas|sejam|possa|possas|possam|tenha|tenhas|tenham|esteja|estejas|estejam|faça|façam|queira|queiram|vá|vão)$/u,
    indicative: /^(?:é|és|são|está|estás|estão|há|vai|vais|pode|podes|podem|tem|tens|têm|faz|fazes|fazem|dá|dás|dão|quer|queres|querem)$/u
  }
};
function conditionMood(word3, code2) {
  const lang = code2 === "es" ? ES : PT;
  const w = word3.toLowerCase();
  if (IRREGULAR_MOOD[code2].subjunctive.test(w) || lang.subjunctive.has(w)) return "subjunctive";
  if (IRREGULAR_MOOD[code2].indicative.test(w) || lang.indicative.has(w)) return "indicative";
  if (w.length < 3 || !new RegExp("^\\p{Ll}+$", "u").test(w)) return void 0;
  if (code2 === "pt" && /(?:ar|er|ir|or)$/u.test(w)) return "subjunctive";
  if (code2 === "pt" && /(?:ai|ói)$/u.test(w)) return "indicative";
  if (/o$/u.test(w) && !lang.notFirstPerson.test(w)) return "indicative";
  if (/(?:a|as|an|am)$/u.test(w)) return "indicative";
  if (/(?:e|es|en|em)$/u.test(w)) return "subjunctive";
  return void 0;
}
function clauseOrders(clause3, code2) {
  const lang = code2 === "es" ? ES : PT;
  const words3 = clause3.trim().toLowerCase().split(/[\s.!]+/u);
  if (words3[0] === "se") return false;
  if (words3[0] === "no" || words3[0] === "n\xE3o" || words3[0] === "nunca") {
    const w2 = words3.slice(1).find((x) => !/^(?:lo|la|los|las|le|les|me|te|nos|o|a|os|as|lhe|se)$/u.test(x)) ?? "";
    return conditionMood(w2, code2) === "subjunctive";
  }
  const at = code2 === "pt" && /^(?:me|te|lhe|nos)$/u.test(words3[0] ?? "") ? 1 : 0;
  const w = words3[at] ?? "";
  return !!w && verbStates({ w, next: words3.slice(at + 1).join(" "), never: false }, lang) === false;
}

// src/signals/lingua/own-subject.ts
var NOT_A_VERB_ES = "(?!(?:primero|solo|s\xF3lo|cuidado|luego|pronto|claro|ojo|cero|nunca|no)(?![\\p{L}]))";
var NOT_A_VERB_PT = "(?!(?:primeiro|s\xF3|sozinho|cuidado|logo|claro|olho|zero|nunca|n\xE3o|nao)(?![\\p{L}]))";
var DE_NOT_VERB = String.raw`(?!(?:erst|zuerst|direkt|selbst|jetzt|oft|meist|sonst|nicht|mit|bitte|sofort|komplett|explizit|exakt|strikt|zuletzt|stets|erneut|separat|zunächst|bereits|gut|korrekt|halt|oben|unten|hinten|vorne|innen|außen|eben|neben|zusammen|selten|den|einen|keinen|meinen|deinen|seinen|ihren|unseren|euren|diesen|jenen|allen|jeden|anderen|beiden|vielen|eigenen|neuen)(?![\p{L}]))`;
var DE_SUBJECT = String.raw`(?:es|sie|der|die|das|ein|eine|kein|keine|mein|meine|unser|unsere|dieser|diese|dieses|alle|alles|nichts|irgendwas|irgendwer|jemand|niemand)(?![\p{L}])`;
var SUBJECT = {
  zh: /^(?:我(?![们們])|他|她|它|这|這|那)/u,
  ja: /^(?:私|僕|俺|わたし|ぼく|自分|これ|それ)(?:が|は|も)/u,
  ko: /^(?:제가|내가|저는|나는|저도|나도|이게|그게|이건|그건)/u,
  es: new RegExp(
    `^(?:(?:yo|\xE9l|ella|ellos|ellas|ello|el|la|los|las|lo|le|les|me|un|una|unos|unas|mi|mis|su|sus|nuestro|nuestra|nuestros|nuestras|esto|eso|este|esta|estos|estas|ese|esa|todo|nada|nadie|alguien|voy|va|van|ser\xE1|ser\xE1n)(?![\\p{L}])|${NOT_A_VERB_ES}\\p{L}+(?:r\xE9|r\xE1|r\xE1n)(?![\\p{L}])|${NOT_A_VERB_ES}\\p{L}{2,}o(?![\\p{L}]))`,
    "iu"
  ),
  pt: new RegExp(
    `^(?:(?:eu|ele|ela|eles|elas|o|a|os|as|um|uma|meu|minha|meus|minhas|seu|sua|nosso|nossa|isso|isto|este|esta|esse|essa|tudo|nada|ningu\xE9m|algu\xE9m|vou|vai|v\xE3o|ser\xE1|ser\xE3o)(?![\\p{L}])|${NOT_A_VERB_PT}\\p{L}+(?:rei|r\xE1|r\xE3o)(?![\\p{L}])|${NOT_A_VERB_PT}\\p{L}{2,}o(?![\\p{L}]))`,
    "iu"
  ),
  // "ich", "er", "man" are subjects after any verb ("mache ich"); "es", "sie" and an article may be an order's object
  // ("führe sie aus"), so only after a verb whose form no singular order has ("läuft der Build", "wird es", "laufen die
  // Tests"), and a plural's -en only where no infinitive closes the clause ("oben die Imports sortieren" orders).
  // Matched with their case: "verwenden Sie pnpm" is the polite order.
  de: new RegExp(
    String.raw`^(?:[Ii]ch|[Ee]r|[Mm]an)(?![\p{L}])|^\p{L}+\s+(?:ich|er|man)(?![\p{L}])|^(?:${DE_NOT_VERB}\p{L}+t|wird|ist|hat|kann|soll|muss|darf|will|war|mag|sind|werden|haben|können|sollen|müssen|dürfen|wollen|waren|wurden|hatten|konnten)\s+${DE_SUBJECT}|^${DE_NOT_VERB}\p{Ll}+(?:en|ern|eln)\s+(?:${DE_SUBJECT}|\p{Lu}(?!ie(?![\p{L}])))(?!.*\s\p{Ll}+(?:en|ern|eln)[\s.!]*$)`,
    "u"
  ),
  fr: /^(?:je|j'|il|elle|ils|elles|ce|c'|ça|cela|le|la|les|l'|un|une|des|mon|ma|mes|notre|nos|leur|leurs|tout|rien|personne|(?:tu|vous|nous|on)(?!\s+(?:dois|doit|devez|devons|devras|devrez|devrons|devra|vas|va|allez|allons|ne|n'|toujours|jamais)(?![\p{L}])))(?![\p{L}])/iu,
  ru: /^(?:я|он|она|оно|они|это|всё|все)(?![\p{L}])/iu,
  // Italian drops the subject as Spanish does: the first person's -o ("faccio", "controllo"), which no order ends in.
  it: new RegExp("^(?:(?:io|lui|lei|loro|noi|questo|quello|tutto|niente|il|lo|la|i|gli|le|un|uno|una|sar\xE0|saranno|va|vado)(?![\\p{L}])|\\p{L}{2,}o(?![\\p{L}]))", "iu")
};
function hasOwnSubject(lang, rest2) {
  return SUBJECT[lang]?.test(rest2.replace(/^[\s,，、:：]+/u, "")) === true;
}

// src/signals/lingua/cjk-statements.ts
var JA_FRAME = /^(?:必ず|常に|毎回|いつも|絶対に|絶対|決して)/u;
var JA_ORDER = /(?:[てで](?:ください|下さい|くれ|ね|よ|ほしい(?:です)?|もらえる|ちょうだい)?|ないで(?:ください|下さい|くれ|ね|よ)?|こと|[るうくすつぬむぶぐ]な|なさい|ましょう|ように|べき(?:だ|です)?|お願い(?:します)?|[えけせへめれげべ]|しろ|せよ)$/u;
var JA_STATES = /(?:ます|ません|ました|ませんでした|です|でした|だ|だった|た|だろう|でしょう|ている|てる|ちゃう|ちゃった|[^なけ]い|[くに]なる|[くに]ならない)$/u;
var JA_FAILS = /失敗|落ち|エラー|クラッシュ|タイムアウト|止ま|固ま|動か|成功し|通ら|遅|重い|おかし|壊れ|バグ|ハング|フリーズ|直ら|再現/u;
var JA_SUBJECT = new RegExp("\\p{L}\u304C(?![\u3001,])", "u");
var KO_FRAME = /^(?:항상|반드시|꼭|매번|언제나|늘|절대로?)(?=\s|$)/u;
var KO_ORDER = /(?:세요|십시오|시오|주세요|줘|줘요|마|마요|마세요|말아요|것|자|라|해|바랍니다|하기)$/u;
var KO_STATES = /(?:니다|다|요)$/u;
var KO_MARKED = new RegExp("(?:^|\\s)(?:\uC548|\uBABB)\\s|\uC9C0\\s*(?:\uC54A|\uBABB)|\\p{Script=Hangul}{2,}[\uC774\uAC00](?=\\s)", "u");
var KO_SAME = /^(?:똑\s*)?같은(?=\s)/u;
var ZH_FRAME = /^(?:每次都|每次|总是|總是|始终|始終|一直|从来|從來|从不|從不|永远|永遠|绝对|絕對|绝不|絕不)/u;
var ZH_ORDER = /请|請|不要|别|別|不准|禁止|千万|千萬|务必|務必|必须|必須|一定要|记得|記得/u;
var ZH_END = new RegExp("(?:\u5931\u8D25|\u5931\u6557|\u62A5\u9519|\u5831\u932F|\u51FA\u9519|\u51FA\u932F|\u9519\u8BEF|\u932F\u8AA4|\u9519|\u932F|\u5D29\u6E83|\u5D29\u6F70|\u5D29|\u6302|\u639B|\u6302\u6389|\u639B\u6389|\u8D85\u65F6|\u8D85\u6642|\u5361\u4F4F|\u5361\u6B7B|\u5361|\u6B7B\u673A|\u6B7B\u6A5F|\u95EA\u9000|\u9583\u9000|\u4E0D\u884C|\u4E0D\u5BF9|\u4E0D\u5C0D|\u6709\u95EE\u9898|\u6709\u554F\u984C|\u574F|\u58DE|\u4E00\u6837|\u4E00\u6A23|\u6162|\u5F88\u4E45|\u8FD9\u6837|\u9019\u6A23)(?:(?:\u5728|\u4E8E|\u65BC|\u5230)\\p{Script=Han}{1,8})?$", "u");
var ZH_MARKED = new RegExp("\\p{Script=Han}(?<![\u7EDD\u7D55\u4ECE\u5F9E\u51B3\u6C7A\u8FDC\u9060\u90FD\u4E5F\u5C31\u8FD8\u9084\u662F\u603B\u7E3D\u518D])\u4E0D(?:\u4E86|\u4E0A|\u8D77\u6765|\u8D77\u4F86|\u5230|\u52A8|\u52D5|\u5F00|\u958B|\u4E0B|\u8FC7|\u904E|\u597D|\u5B8C|\u901A|\u51FA\u6765|\u51FA\u4F86|\u8FDB\u53BB|\u9032\u53BB|\u61C2|\u4F4F)|\u6CA1|\u6C92|^(?:\u90FD|\u4E5F)?(?:\u51FA\u73B0|\u51FA\u73FE|\u6709|\u662F)|(?<![\u673A\u6A5F\u5B66\u5B78\u5F00\u958B\u793E\u805A\u5927\u534F\u5354\u5DE5\u4F53\u9AD4\u7EA6\u7D04\u5BB4\u5E74\u665A\u65E9\u4F8B])(?:\u4F1A|\u6703)(?![\u8BAE\u8B70\u8BDD\u8A71\u5458\u54E1\u8BA1\u8A08])|\u5FD8|(?:\u5F88|\u592A|\u597D|\u975E\u5E38|\u7279\u522B|\u7279\u5225|\u8D85|\u8FD9\u4E48|\u9019\u9EBC|\u90A3\u4E48|\u90A3\u9EBC)(?:\u6162|\u4E45|\u5361|\u70E6|\u7169|\u9EBB\u70E6|\u9EBB\u7169|\u957F|\u9577|\u96BE|\u96E3|\u590D\u6742|\u8907\u96DC|\u5947\u602A)", "u");
var trimmed = (s) => s.replace(/[\s。．.!！~～…]+$/u, "");
function japaneseStates(afterFrame) {
  const rest2 = trimmed(afterFrame);
  if (!rest2 || JA_ORDER.test(rest2)) return false;
  return JA_STATES.test(rest2) || JA_SUBJECT.test(rest2) || JA_FAILS.test(rest2) && !rest2.includes("\u3092");
}
var KO_OBJECT = /[\p{L}\d][을를](?=\s|$)/u;
var KO_FAILS = /에러|오류|문제|실패|경고|버그|예외|타임아웃|크래시|충돌|깨|느려|느리|멈|죽|터져|터지|터졌|많이|너무|자꾸|계속|오래/u;
var KO_TELLS = /(?:네요|군요|죠|지요|는데요|거든요|잖아요|대요|래요|나요)$/u;
var finalConsonant = (syllable) => (syllable.codePointAt(0) - 44032) % 28;
var KO_MUST = /야\s*(?:해|한다|합니다|돼|된다|됩니다)/u;
var KO_SOFT_ORDER = /먼저|전에|후에|다음에|[A-Za-z][\w.-]*[을를](?=\s|$)/u;
var KO_RULE_VERB = /실행|돌린|돌려|사용|작성|업데이트|갱신|확인|검사|적용|추가|커밋|푸시|설치|리뷰|포맷|기록|문서화|수행/u;
function koreanRulePresent(frame, rest2) {
  const words3 = rest2.split(/\s+/u);
  const verb = words3.at(-1) ?? "";
  if (!KO_RULE_VERB.test(words3.slice(-3).join(" "))) return false;
  if (!KO_OBJECT.test(rest2) || KO_FAILS.test(rest2) || KO_MUST.test(rest2) || KO_TELLS.test(verb) || /겠/u.test(verb)) return false;
  if ([...verb].some((c) => new RegExp("\\p{Script=Hangul}", "u").test(c) && finalConsonant(c) === 20)) return false;
  const before = [...verb].at(-2) ?? "";
  if (/다$/u.test(verb)) return /는$/u.test(before) || new RegExp("\\p{Script=Hangul}", "u").test(before) && finalConsonant(before) === 4;
  return /요$/u.test(verb) && (/^반드시/u.test(frame) || KO_SOFT_ORDER.test(rest2));
}
function koreanStates(afterFrame, frame = "") {
  const rest2 = trimmed(afterFrame).trim();
  if (!rest2 || KO_ORDER.test(rest2)) return false;
  if (KO_MARKED.test(` ${rest2}`) || KO_SAME.test(rest2)) return true;
  return KO_STATES.test(rest2) && !koreanRulePresent(frame, rest2);
}
function chineseStates(afterFrame) {
  if (ZH_ORDER.test(afterFrame)) return false;
  const said = trimmed(afterFrame);
  const rest2 = said.replace(/(?:了|啊|呀|吧|的|呢|嘛|哦|喔)+$/u, "");
  if (!rest2) return false;
  return ZH_END.test(rest2) || ZH_MARKED.test(said);
}
var STATES = { zh: chineseStates, ja: japaneseStates, ko: koreanStates };
var cjkStatesAfterFrame = (lang, afterFrame) => STATES[lang]?.(afterFrame.trim()) === true;
function cjkStatement(sentence) {
  const s = sentence.normalize("NFKC").trim();
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s)) return JA_FRAME.test(s) && japaneseStates(s.replace(JA_FRAME, ""));
  if (new RegExp("\\p{Script=Hangul}", "u").test(s)) return KO_FRAME.test(s) && koreanStates(s.replace(KO_FRAME, ""), KO_FRAME.exec(s)?.[0]);
  if (new RegExp("\\p{Script=Han}", "u").test(s)) return ZH_FRAME.test(s) && (/^(?:从不|從不|从来|從來)/u.test(s) || chineseStates(s.replace(ZH_FRAME, "")));
  return false;
}

// src/signals/lingua/past-reminder.ts
var PAST = {
  es: new RegExp("^,?\\s*que\\s+(?:.*\\s)?(?:ayer|anoche|la \xFAltima vez|\\p{L}+(?:\xF3|aron|ieron|aba|aban)(?![\\p{L}])|(?:ha|han|hab\xEDa|hab\xEDan|fue|fueron|era|eran|estaba|estaban)\\s)", "iu"),
  pt: new RegExp("^,?\\s*(?:de\\s+)?que\\s+(?:.*\\s)?(?:ontem|da \xFAltima vez|\\p{L}{2,}(?:ou|eu|iu|aram|eram|iram|ava|avam)(?![\\p{L}])|(?:foi|foram|era|eram|estava|estavam|tinha|tinham)\\s)", "iu"),
  de: new RegExp("^,?\\s*dass\\s+.*(?:gestern|letztes mal|neulich|(?:war|waren|wurde|wurden|hatte|hatten)(?![\\p{L}])|(?:ist|sind|hat|haben)\\s.*ge\\p{L}+(?:t|en)(?![\\p{L}]))", "iu"),
  ru: new RegExp("^,?\\s*\u0447\u0442\u043E\\s+.*(?:\u0432\u0447\u0435\u0440\u0430|\u0432 \u043F\u0440\u043E\u0448\u043B\u044B\u0439 \u0440\u0430\u0437|\\p{L}+(?:\u043B|\u043B\u0430|\u043B\u043E|\u043B\u0438)(?:\u0441\u044F|\u0441\u044C)?(?![\\p{L}]))", "iu"),
  zh: /^[,，]?\s*(?:上次|上回|昨天|前天|之前|那次|刚才|剛才|上周|上週)/u
};
var EN = /^(?:don'?t forget|do not forget|remember),?\s+(?!to\b)[^,;:—–]*?\b(?:yesterday|last (?:time|week|night|month|sprint|release)|the other day|this morning)\b/i;
var remindsOfPastInEnglish = (sentence) => EN.test(sentence);
var remindsOfPast = (lang, afterFrame) => PAST[lang]?.test(afterFrame.trim()) === true;

// src/signals/lingua/forbids.ts
var FORBIDS = {
  es: /^(?:no|nunca|jamás|jamas|nada de|ni)(?![\p{L}])/iu,
  pt: /^(?:não|nao|nunca|jamais|nada de|nem)(?![\p{L}])/iu,
  fr: new RegExp("^(?:(?:ne|n')\\s*(?:\\p{L}+\\s+)?\\p{L}+\\s+(?:pas|plus|jamais|rien|aucun|aucune)|(?:pas|jamais|plus jamais|aucun|aucune|pas de|plus de)(?![\\p{L}]))", "iu"),
  de: /(?<![\p{L}])(?:nicht(?!\s+nur(?![\p{L}]))|nie|niemals|kein|keine|keinen|keinem|keiner|keines)(?![\p{L}])/iu,
  ru: /^(?:не|никогда не|ни в коем случае не|ни за что не)(?![\p{L}])/iu,
  it: /^(?:non|mai|evita|evitate|niente)(?![\p{L}])/iu,
  zh: /^(?:请|請)?(?:不要|不準|不准|不许|不許|别|別|禁止|请勿|請勿|勿|不能|不可以|不得|千万别|千萬別|千万不要|千萬不要|永远不要|永遠不要|绝对不要|絕對不要|绝不|絕不|再也不要)/u,
  ja: /(?:ないで|ないこと|ないように|るな|禁止|てはいけない|てはだめ|てはダメ|ちゃだめ|ちゃダメ|じゃだめ|じゃダメ)(?:ください|下さい|ね|よ|です)?$/u,
  ko: /(?:지\s*(?:마|마세요|마요|마라|말아요|말아\s*주세요|말\s*것|말기)|금지)$/u
};
var DONT_FORGET = /(?<![\p{L}])(?:no (?:te )?olvides|no (?:se )?olvide|não (?:se )?esque[cç]|nao (?:se )?esque[cç]|n'oublie|vergiss nicht|vergesst nicht|vergessen sie nicht|non dimenticar|non scordar|не забу)|(?:不要|别|別)忘|忘れないで|忘れるな|잊지\s*마|잊지\s*말/iu;
function forbidsAfterFrame(lang, after) {
  const rest2 = after.replace(/^[\s,，、:：]+/u, "").replace(/[\s.!。！]+$/u, "");
  return FORBIDS[lang]?.test(rest2) === true && !DONT_FORGET.test(rest2);
}

// src/signals/lingua/key-stems.ts
var ENDINGS = {
  es: /(?:ar|er|ir|as|es|an|en|a|e|o|os)$/u,
  pt: /(?:ar|er|ir|am|em|as|es|os|a|e|o)$/u,
  fr: /(?:ent|ons|er|ez|es|e|s)$/u,
  de: /(?:en|st|e|n|t)$/u,
  ru: /(?:айте|яйте|ите|йте|ать|ять|ить|еть|ай|яй|ей|и|ь)$/u
};
var PLURAL = { es: /(?:es|s)$/u, pt: /(?:es|s)$/u, fr: /(?:s|x)$/u };
var BEFORE_VERB = /^(?:nunca|jamás|jamas|jamais|no|não|nao|ni|nem|ne|n|pas|plus)$/u;
var ORDER_WORD = /^(?:antes|después|despues|depois|avant|après|apres|vor|nach|bevor|nachdem|перед|после|прежде)$/u;
var ARTICLE2 = /^(?:de|del|al|do|da|dos|das|no|na|el|la|los|las|o|a|os|as|un|una|um|uma|le|les|l|du|des|d|au|aux|dem|den|der|die|das|einem|einen|einer|eines|ein|eine)$/u;
var DE_PARTICLE = /^(?:aus|an|ab|ein|zu|vor|nach|durch|um|hoch|weg|zurück|mit|auf|her|hin|los|hinzu|heraus|herein|hinaus|zusammen|weiter|fest|bereit)$/u;
function stemmedKey(lang, key) {
  const ending = ENDINGS[lang];
  if (!ending) return key;
  let words3 = key.split(" ").filter(Boolean);
  const last = words3[words3.length - 1];
  if (lang === "de" && words3.length >= 3 && last && DE_PARTICLE.test(last)) words3 = [`${last}${words3[0]}`, ...words3.slice(1, -1)];
  const verbAt = PLURAL[lang] ? words3.findIndex((w) => !BEFORE_VERB.test(w)) : -1;
  const stem3 = (w, k) => {
    if (!new RegExp("^\\p{L}+$", "u").test(w)) return w;
    const stripped = w.replace(k === verbAt || !PLURAL[lang] ? ending : PLURAL[lang], "");
    const spelt = lang === "es" ? stripped.replace(/qu$/u, "c").replace(/gu$/u, "g") : lang === "fr" && k === verbAt ? stripped.replace(/(?<=[aou])i$/u, "y") : stripped;
    return spelt.length >= 3 ? spelt : w;
  };
  const steps = words3.flatMap((w, k) => {
    if (!ORDER_WORD.test(w)) return [];
    const j = words3.findIndex((x, i) => i > k && !ARTICLE2.test(x));
    return j < 0 ? [] : [`${stem3(w, k)} ${stem3(words3[j], j)}`];
  });
  return [words3.map(stem3).sort().join(" "), ...steps].join(" ");
}

// src/signals/lingua/verbless.ts
var SHAPES = [
  {
    lang: "es",
    re: /^(?:siempre|nunca|jamás)\s+(?:con|sin|en|por|para|desde|mediante|vía|via|sobre|bajo|contra|a|de)\s+((?:\S+\s+){0,4}\S+?)[\s.!]*$/iu
  },
  {
    lang: "pt",
    re: /^(?:sempre|nunca|jamais)\s+(?:com|sem|em|no|na|nos|nas|num|numa|pelo|pela|pelos|pelas|por|para|via|sobre|de)\s+((?:\S+\s+){0,4}\S+?)[\s.!]*$/iu
  },
  { lang: "fr", re: /^(?:toujours|jamais)\s+(?:avec|sans|sur|en|dans|par|pour|via|sous|de)\s+((?:\S+\s+){0,4}\S+?)[\s.!]*$/iu },
  { lang: "ru", re: /^(?:всегда|никогда(?:\s+не)?)\s+(?:с|со|без|в|во|на|через|по|из|под)\s+((?:\S+\s+){0,4}\S+?)[\s.!]*$/iu },
  { lang: "de", re: /^(?:immer|nie|niemals)\s+(?:mit|ohne|auf|in|im|über|per|via|bei|unter)\s+((?:\S+\s+){0,4}\S+?)[\s.!]*$/iu }
];
var VERB_LIKE = {
  es: new RegExp(`^(?:${ES_VERBS}|\\p{L}+(?:ar|er|ir))$`, "iu"),
  pt: new RegExp(`^(?:${PT_VERBS}|\\p{L}+(?:ar|er|ir))$`, "iu"),
  fr: new RegExp("^\\p{L}+(?:er|ir|re|ez)$", "iu"),
  ru: new RegExp("^\\p{L}+(?:\u0439|\u0439\u0442\u0435|\u0438|\u0438\u0442\u0435|\u044C|\u044C\u0442\u0435|\u0442\u044C|\u0447\u044C)$", "iu"),
  de: new RegExp("^\\p{Ll}+(?:en|ern|eln)$", "u")
};
var LOOK_THROUGH = new RegExp("^(?:el|la|los|las|un|una|lo|o|a|os|as|um|uma|le|les|l'|une|des|du|de|d'|der|die|das|den|dem|ein|eine|einem|einen|einer|rama|ramas|branch|branche|branches|\u0432\u0435\u0442\u043A[\u0430\u0435\u0443\u0438]|flag|flags|opci\xF3n|op\xE7\xE3o|option|\u043E\u043F\u0446\u0438\\p{L}*|comando|commande|befehl|\u043A\u043E\u043C\u0430\u043D\u0434\\p{L}*|gestor|herramienta|ferramenta|outil|werkzeug|script|skript|\u0441\u043A\u0440\u0438\u043F\u0442\\p{L}*)$", "iu");
var KNOWN = /* @__PURE__ */ new Set([
  ...MULTI_WORD,
  "npx",
  "bunx",
  "pnpx",
  "main",
  "master",
  "develop",
  "trunk",
  "tests",
  "test",
  "testes",
  "\u0442\u0435\u0441\u0442\u044B",
  "\u0442\u0435\u0441\u0442\u043E\u0432",
  "\u0442\u0435\u0441\u0442\u0430\u043C\u0438"
]);
var CODE_SHAPED = new RegExp("^`|^--?\\p{L}|\\p{L}[./_-]\\p{L}|^[./~]|\\p{L}\\d|\\d\\p{L}", "u");
function usable(word3, lang) {
  const w = word3.replace(/^["'«“]+|["'»”,;:]+$/gu, "");
  if (CODE_SHAPED.test(w) || namesLanguage(w)) return true;
  if (lang === "de" && new RegExp("^\\p{Lu}", "u").test(w)) return false;
  return KNOWN.has(w.toLowerCase());
}
function verblessReading(sentence) {
  const s = sentence.normalize("NFKC").trim();
  for (const { lang, re } of SHAPES) {
    const m = re.exec(s);
    if (!m) continue;
    const words3 = m[1].split(/\s+/u).flatMap((w) => w.split(/(?<=^(?:l|d)')/u));
    const at = words3.findIndex((w) => !LOOK_THROUGH.test(w));
    if (at < 0 || words3.slice(at + 1).some((w) => VERB_LIKE[lang].test(w))) return void 0;
    if (usable(words3[at], lang)) return words3.slice(at + 1).every((w) => LOOK_THROUGH.test(w) || usable(w, lang)) ? "order" : void 0;
    return lang === "de" ? void 0 : "complaint";
  }
  return void 0;
}

// src/signals/lingua/standing.ts
var LATIN = /^(?=.*[A-Za-z])(?!.*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}])/su;
var SPACED_NOISE = (words3) => new RegExp(`(?<![\\p{L}])(?:${words3})(?![\\p{L}])`, "giu");
function afterVerb(verbs2, adverb) {
  const re = new RegExp(String.raw`^(${verbs2})\s+(?:${adverb})\s+`, "iu");
  AFTER_VERB.add(re);
  return re;
}
function afterVerbApart(verbs2, adverb) {
  const re = new RegExp(
    String.raw`^((?:${verbs2})(?:\s+(?!(?:${adverb})(?![\p{L}]))[^\s,;:]+){1,6})\s+(?:${adverb})(?!\s+(?:wieder|noch|mehr)(?![\p{L}]))(?:\s+|$)`,
    "iu"
  );
  AFTER_VERB.add(re);
  return re;
}
var AFTER_VERB = /* @__PURE__ */ new WeakSet();
var FR_VERBS = "utilise|utilisez|lance|lancez|ex\xE9cute|ex\xE9cutez|execute|executez|fais|faites|\xE9cris|\xE9crivez|ecris|ecrivez|ajoute|ajoutez|v\xE9rifie|v\xE9rifiez|verifie|verifiez|teste|testez|demande|demandez|commite|commitez|committe|committez|pousse|poussez|mets|mettez|garde|gardez|cr\xE9e|cr\xE9ez|cree|creez|lis|lisez|r\xE9ponds|r\xE9pondez|reponds|repondez|explique|expliquez|dis|dites|documente|documentez|formate|formatez|nomme|nommez|commence|commencez|montre|montrez|indique|indiquez|r\xE9dige|r\xE9digez|redige|redigez|relis|relisez|suis|suivez|travaille|travaillez";
var DE_VERBS = "verwende|verwend|verwenden sie|benutze|benutz|benutzen sie|nutze|nutz|nutzen sie|nimm|nehmen sie|f\xFChre|f\xFChr|f\xFChren sie|starte|start|starten sie|schreibe|schreib|schreiben sie|f\xFCge|f\xFCg|f\xFCgen sie|pr\xFCfe|pr\xFCf|pr\xFCfen sie|teste|test|testen sie|frage|frag|fragen sie|committe|committen sie|pushe|push|pushen sie|mache|mach|machen sie|erstelle|erstell|erstellen sie|lies|lesen sie|antworte|antwort|antworten sie|erkl\xE4re|erkl\xE4r|erkl\xE4ren sie|sage|sag|sagen sie|dokumentiere|dokumentieren sie|halte|halt|halten sie|aktualisiere|aktualisieren sie|formatiere|formatieren sie|beginne|beginn|beginnen sie|zeige|zeig|zeigen sie|nenne|nenn|nennen sie|folge|folg|folgen sie|arbeite|arbeiten sie|lade|lad|laden sie|schalte|schalt|schalten sie|probiere|probier|probieren sie|l\xF6sche|l\xF6sch|l\xF6schen sie|entferne|entfern|entfernen sie|\xE4ndere|\xE4nder|\xE4ndern sie|installiere|installier|installieren sie|aktiviere|aktivier|aktivieren sie|deaktiviere|deaktivier|deaktivieren sie|setze|setz|setzen sie|baue|bau|bauen sie|lege|leg|legen sie|lass|lasse|lassen sie|r\xE4ume|r\xE4um|r\xE4umen sie|trage|trag|tragen sie|gib|geben sie|rufe|ruf|rufen sie";
var RU_VERBS = "\u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439|\u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435|\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0441\u044F|\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435\u0441\u044C|\u0437\u0430\u043F\u0443\u0441\u043A\u0430\u0439|\u0437\u0430\u043F\u0443\u0441\u043A\u0430\u0439\u0442\u0435|\u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0439|\u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0439\u0442\u0435|\u0434\u0435\u043B\u0430\u0439|\u0434\u0435\u043B\u0430\u0439\u0442\u0435|\u043F\u0438\u0448\u0438|\u043F\u0438\u0448\u0438\u0442\u0435|\u0434\u043E\u0431\u0430\u0432\u043B\u044F\u0439|\u0434\u043E\u0431\u0430\u0432\u043B\u044F\u0439\u0442\u0435|\u043F\u0440\u043E\u0432\u0435\u0440\u044F\u0439|\u043F\u0440\u043E\u0432\u0435\u0440\u044F\u0439\u0442\u0435|\u0442\u0435\u0441\u0442\u0438\u0440\u0443\u0439|\u0442\u0435\u0441\u0442\u0438\u0440\u0443\u0439\u0442\u0435|\u0441\u043F\u0440\u0430\u0448\u0438\u0432\u0430\u0439|\u0441\u043F\u0440\u0430\u0448\u0438\u0432\u0430\u0439\u0442\u0435|\u043A\u043E\u043C\u043C\u0438\u0442\u044C|\u043A\u043E\u043C\u043C\u0438\u0442\u044C\u0442\u0435|\u043F\u0443\u0448\u044C|\u043F\u0443\u0448\u044C\u0442\u0435|\u0441\u0442\u0430\u0432\u044C|\u0441\u0442\u0430\u0432\u044C\u0442\u0435|\u0441\u043E\u0445\u0440\u0430\u043D\u044F\u0439|\u0441\u043E\u0445\u0440\u0430\u043D\u044F\u0439\u0442\u0435|\u0441\u043E\u0437\u0434\u0430\u0432\u0430\u0439|\u0441\u043E\u0437\u0434\u0430\u0432\u0430\u0439\u0442\u0435|\u0447\u0438\u0442\u0430\u0439|\u0447\u0438\u0442\u0430\u0439\u0442\u0435|\u043E\u0442\u0432\u0435\u0447\u0430\u0439|\u043E\u0442\u0432\u0435\u0447\u0430\u0439\u0442\u0435|\u043E\u0431\u044A\u044F\u0441\u043D\u044F\u0439|\u043E\u0431\u044A\u044F\u0441\u043D\u044F\u0439\u0442\u0435|\u0433\u043E\u0432\u043E\u0440\u0438|\u0433\u043E\u0432\u043E\u0440\u0438\u0442\u0435|\u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u0438\u0440\u0443\u0439|\u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u0438\u0440\u0443\u0439\u0442\u0435|\u043E\u0431\u043D\u043E\u0432\u043B\u044F\u0439|\u043E\u0431\u043D\u043E\u0432\u043B\u044F\u0439\u0442\u0435|\u0444\u043E\u0440\u043C\u0430\u0442\u0438\u0440\u0443\u0439|\u0444\u043E\u0440\u043C\u0430\u0442\u0438\u0440\u0443\u0439\u0442\u0435|\u043D\u0430\u0447\u0438\u043D\u0430\u0439|\u043D\u0430\u0447\u0438\u043D\u0430\u0439\u0442\u0435|\u043F\u043E\u043A\u0430\u0437\u044B\u0432\u0430\u0439|\u043F\u043E\u043A\u0430\u0437\u044B\u0432\u0430\u0439\u0442\u0435|\u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0439|\u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0439\u0442\u0435|\u0441\u043B\u0435\u0434\u0443\u0439|\u0441\u043B\u0435\u0434\u0443\u0439\u0442\u0435|\u0440\u0430\u0431\u043E\u0442\u0430\u0439|\u0440\u0430\u0431\u043E\u0442\u0430\u0439\u0442\u0435|\u0434\u0435\u0440\u0436\u0438|\u0434\u0435\u0440\u0436\u0438\u0442\u0435";
var IT_VERBS = "esegui|eseguite|scrivi|scrivete|aggiungi|aggiungete|metti|mettete|tieni|tenete|leggi|leggete|rileggi|rispondi|rispondete|segui|seguite|chiedi|chiedete|rimuovi|rimuovete|apri|aprite|includi|includete|scegli|scegliete|esegui|fai|fate";
var VERBLESS_ONLY = /* @__PURE__ */ new WeakSet();
function verblessOnly(re) {
  VERBLESS_ONLY.add(re);
  return re;
}
var KO_DONT = /^(?=.*(?:[\p{L}\d`](?:을|를|은|는|에|에서|에는|으로|로)|[A-Za-z0-9`])\s)(?!.*잊지\s*마).*지\s*(?:마|마세요|마요|마라|말아요|말아\s*주세요|말\s*것)$/u;
var laterFrame = (lex) => new RegExp(`^(?:${lex.later})${lex.spaced ? String.raw`(?![\p{L}])` : ""}`, "iu");
var ZH_LATER = laterFrame(zh);
var JA_LATER = laterFrame(ja);
var KO_LATER = laterFrame(ko);
var ES_LATER = laterFrame(es);
var PT_LATER = laterFrame(pt);
var DE_LATER = laterFrame(de);
var FR_LATER = laterFrame(fr);
var RU_LATER = laterFrame(ru);
var IT_LATER = laterFrame(it);
var LANGUAGES = [
  {
    lex: zh,
    fromNowOn: "\u4EE5\u540E",
    later: ZH_LATER,
    script: new RegExp("^(?=.*\\p{Script=Han})(?!.*[\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}])", "su"),
    frames: [
      [reminderFrame(zh), "pos"],
      [ZH_LATER, "pos"],
      [/^(?:请|請)?(?:每次都|总是|總是|始终|始終|务必|務必)/u, "pos"],
      [/^(?:请|請)?(?:永远不要|永遠不要|绝对不要|絕對不要|千万不要|千萬不要|永远别|永遠別|绝不|絕不)/u, "neg"]
    ],
    noise: /请|請|一下|一遍|先|都|要|吧|哦|啊|了|的/gu,
    objectless: /^(?:请|請)?(?:都|也|再)?(?:不要|别|別|不能|不准|禁止)?(?:再)?(?:删除|删掉|刪除|刪掉|删|刪|移除|覆盖|覆蓋|修改|改动|改動|更改|编辑|編輯|移动|移動|重命名|复制|複製|替换|替換)(?:它们|它們|它|这个|這個|那个|那個)?(?:了|吧|哦)?$/u
  },
  {
    lex: ja,
    fromNowOn: "\u4ECA\u5F8C\u306F",
    later: JA_LATER,
    script: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
    frames: [
      [reminderFrame(ja), "pos"],
      [ja.closingReminder.frame, "pos"],
      [JA_LATER, "pos"],
      [/^(?:必ず|常に|毎回)/u, "pos"],
      [/^(?:絶対に|決して)/u, "neg"]
    ],
    noise: /ください|下さい|お願いします|してね|して|する|の|こと|を|は|に|で|ね|よ|まず|先に/gu,
    objectless: /^(?:それを|これを)?(?:削除|上書き|変更|編集|移動|名前を変更|コピー|置換)(?:しないで|しない|するな|禁止)?(?:ください|下さい|ね)?$|^(?:それを|これを)?(?:消さないで|消すな)(?:ください|下さい|ね)?$/u
  },
  {
    lex: ko,
    fromNowOn: "\uC55E\uC73C\uB85C",
    later: KO_LATER,
    script: new RegExp("\\p{Script=Hangul}", "u"),
    frames: [
      [reminderFrame(ko), "pos"],
      [ko.closingReminder.frame, "pos"],
      [KO_LATER, "pos"],
      [/^(?:항상|반드시|매번)/u, "pos"],
      [/^절대(?:로)?/u, "neg"],
      [KO_DONT, "neg"]
    ],
    // A prohibition's ending at each level of politeness ("하지 마", "하지 마세요", "하지 말 것") is one.
    noise: /주세요|해요|하세요|해줘|한다|(?<=지\s*)(?:마세요|마요|마라|말아요|말아\s*주세요|말\s*것|마)$|을|를|은|는|이|가|먼저|\s+/gu,
    objectless: /^(?:그것을|그걸|그거)?\s*(?:삭제|덮어쓰기|수정|변경|편집|이동|이름 변경|복사)(?:하지 마(?:세요|요)?|하지 말아 ?주세요|하지 말 것|금지)?$|^(?:그것을|그걸|그거)?\s*지우지 마(?:세요|요)?$/u
  },
  {
    lex: es,
    fromNowOn: "de ahora en adelante",
    later: ES_LATER,
    script: LATIN,
    frames: [
      [reminderFrame(es), "pos"],
      [ES_LATER, "pos"],
      [/^siempre\s+/iu, "pos"],
      [afterVerb(ES_VERBS, "siempre"), "pos"],
      [/^nunca\s+/iu, "neg"]
    ],
    noise: SPACED_NOISE("por|favor|el|la|los|las|de|que|primero"),
    objectless: /^(?:por favor,?\s+)?(?:no\s+)?(?:lo\s+|los\s+|la\s+|las\s+)?(?:borres|borre|elimines|elimine|sobrescribas|sobrescriba|modifiques|modifique|cambies|cambie|edites|edite|muevas|mueva|renombres|renombre|copies|copie|reemplaces|reemplace)(?:\s+m[aá]s)?(?:,?\s+por favor)?$/iu
  },
  {
    lex: pt,
    fromNowOn: "de agora em diante",
    later: PT_LATER,
    script: LATIN,
    frames: [
      [reminderFrame(pt), "pos"],
      [PT_LATER, "pos"],
      [/^sempre\s+/iu, "pos"],
      [afterVerb(PT_VERBS, "sempre"), "pos"],
      [/^nunca\s+/iu, "neg"]
    ],
    noise: SPACED_NOISE("por|favor|o|a|os|as|de|que|primeiro"),
    objectless: /^(?:por favor,?\s+)?(?:não\s+)?(?:o\s+|os\s+|a\s+|as\s+)?(?:apague|apagues|exclua|delete|remova|sobrescreva|modifique|altere|mude|edite|mova|renomeie|copie|substitua)(?:\s+mais)?(?:,?\s+por favor)?$/iu
  },
  {
    lex: de,
    fromNowOn: "von nun an",
    later: DE_LATER,
    script: LATIN,
    frames: [
      [reminderFrame(de), "pos"],
      [DE_LATER, "pos"],
      [/^immer\s+/iu, "pos"],
      [afterVerb(DE_VERBS, "immer"), "pos"],
      [afterVerbApart(DE_VERBS, "immer"), "pos"],
      [/^(?:nie|niemals)\s+/iu, "neg"],
      [afterVerb(DE_VERBS, "nie|niemals"), "neg"],
      [afterVerbApart(DE_VERBS, "nie|niemals"), "neg"]
    ],
    noise: SPACED_NOISE("bitte|zuerst|erst|den|die|das|der|zu|du"),
    objectless: /^(?:bitte\s+)?(?:(?:nicht|nie|niemals)(?:\s+mehr)?\s+(?:löschen|entfernen|überschreiben|ändern|bearbeiten|verschieben|umbenennen|kopieren|ersetzen)|(?:lösche|entferne|überschreibe|ändere|bearbeite|verschiebe|kopiere|ersetze)(?:\s+es|\s+sie)?\s+(?:nicht|nie|niemals)(?:\s+mehr)?)(?:,?\s+bitte)?$/iu
  },
  {
    lex: fr,
    fromNowOn: "d\xE9sormais",
    later: FR_LATER,
    script: LATIN,
    frames: [
      [reminderFrame(fr), "pos"],
      [FR_LATER, "pos"],
      [/^toujours\s+/iu, "pos"],
      [afterVerb(FR_VERBS, "toujours"), "pos"],
      [new RegExp("^(?:ne|n')\\s*\\p{L}+\\s+jamais(?![\\p{L}])", "iu"), "neg"],
      // With the verb dropped, "never" before a place or a tool ("Jamais sur main"): read only where the phrase alone
      // names a thing the agent uses (verblessOnly).
      [verblessOnly(/^jamais\s+(?=(?:avec|sans|sur|en|dans|par|via)\s)/iu), "neg"],
      // The infinitive's "never", as rules lists write it ("Ne jamais supprimer les migrations"); not a state ("Ne
      // jamais avoir de tests, quelle idée": a complaint).
      [
        new RegExp("^ne\\s+jamais\\s+(?!(?:avoir|\xEAtre|etre|pouvoir|savoir|vouloir|devoir|falloir|voir)(?![\\p{L}]))\\p{L}+(?:er|ir|re)(?![\\p{L}])", "iu"),
        "neg"
      ]
    ],
    noise: SPACED_NOISE("s'il|te|pla\xEEt|vous|le|la|les|de|d'abord"),
    objectless: /^(?:ne\s+|n')?(?:le\s+|la\s+|les\s+|l')?(?:supprime|supprimez|efface|effacez|écrase|écrasez|modifie|modifiez|change|changez|déplace|déplacez|renomme|renommez|copie|copiez|remplace|remplacez)(?:\s+(?:pas|plus|jamais))?(?:,?\s+s'il (?:te|vous) plaît)?$/iu
  },
  {
    lex: ru,
    fromNowOn: "\u0432\u043F\u0440\u0435\u0434\u044C",
    later: RU_LATER,
    script: new RegExp("\\p{Script=Cyrillic}", "u"),
    frames: [
      [reminderFrame(ru), "pos"],
      [RU_LATER, "pos"],
      [/^всегда\s+/iu, "pos"],
      [afterVerb(RU_VERBS, "\u0432\u0441\u0435\u0433\u0434\u0430"), "pos"],
      [/^никогда\s+не\s+/iu, "neg"],
      // "Никогда в main": "never" with the verb dropped, as French "Jamais sur main" above.
      [verblessOnly(/^никогда\s+(?=(?:с|со|без|в|во|на|через|по|из)\s)/iu), "neg"]
    ],
    noise: SPACED_NOISE("\u043F\u043E\u0436\u0430\u043B\u0443\u0439\u0441\u0442\u0430|\u0441\u043D\u0430\u0447\u0430\u043B\u0430"),
    objectless: /^(?:пожалуйста,?\s+)?(?:не\s+)?(?:удаляй|удаляйте|удалять|перезаписывай|перезаписывайте|изменяй|изменяйте|меняй|меняйте|редактируй|редактируйте|перемещай|перемещайте|переименовывай|переименовывайте|копируй|копируйте|заменяй|заменяйте)(?:\s+(?:это|их|его|её|больше))?(?:,?\s+пожалуйста)?$/iu
  },
  {
    lex: it,
    fromNowOn: "d'ora in poi",
    later: IT_LATER,
    script: LATIN,
    frames: [
      [reminderFrame(it), "pos"],
      [IT_LATER, "pos"],
      [afterVerb(IT_VERBS, "sempre"), "pos"],
      // "Mai fare push su main", "Mai usare sudo": "never" with the infinitive and what it acts on.
      [new RegExp("^mai\\s+(?=\\p{L}+(?:are|ere|ire)\\s+\\S)", "iu"), "neg"],
      // The prohibition is "non" with the infinitive, "mai" before or after it ("Non usare npm", "Non fare mai push su
      // main"), with what it acts on: "Non preoccuparti" (don't worry), "Non avere fretta" (don't hurry) are kind words.
      [
        new RegExp("^non\\s+(?:mai\\s+)?(?!(?:avere|essere|stare|sapere|potere|volere|dovere)(?![\\p{L}]))\\p{L}+(?:are|ere|ire)(?:lo|la|li|le|ne)?\\s+(?:mai\\s+)?(?=\\S)", "iu"),
        "neg"
      ],
      // Not a reflexive verb's: "Evita di scusarti" (don't apologise) is kind, no rule.
      [new RegExp("^evit(?:a|ate)\\s+(?!(?:di\\s+)?\\p{L}+(?:rti|rsi|rvi|rci)(?![\\p{L}]))(?:di\\s+)?(?=\\S)", "iu"), "neg"]
    ],
    noise: SPACED_NOISE("per|favore|il|lo|la|i|gli|le|di|che|prima"),
    // And an infinitive alone after a reminder ("Non dimenticare di salvare"): what it acts on is unsaid; "Non fare il
    // furbo" (don't play smart) plays a part, it acts on nothing.
    objectless: new RegExp("^\\p{L}+(?:are|ere|ire)$|^non\\s+fare\\s+(?:il|lo|la)\\s+\\p{L}+[oa]$|^(?:per favore,?\\s+)?(?:non\\s+)?(?:mai\\s+)?(?:cancellare|eliminare|modificare|cambiare|spostare|rinominare|copiare|sostituire|toccare)(?:lo|la|li|le)?(?:\\s+(?:mai|pi\xF9))?(?:,?\\s+per favore)?$", "iu")
  }
];
var DE_NEVER = /(?<![\p{L}])(?:niemals|nie)(?:\s+wieder)?(?![\p{L}])/giu;
var MAX_SENTENCE2 = 160;
var MIN_KEY = { spaced: 4, unspaced: 3 };
function standingRule(sentence) {
  if (sentence.length > MAX_SENTENCE2) return void 0;
  const typed = sentence.normalize("NFKC").replace(/[’‘ʼ]/g, "'").trim().replace(/^[\s,.!。、]+|[\s,.!。!、]+$/gu, "");
  const passed = withoutPassedConversation(typed);
  const rest2 = passed.rest.replace(/\s{2,}/g, " ").replace(/^[\s,.!。、]+|[\s,.!。!、]+$/gu, "");
  for (const { lex, script, frames, later, noise, objectless, fromNowOn } of LANGUAGES) {
    if (!script.test(typed)) continue;
    const s = passed.passed ? `${fromNowOn}${lex.spaced ? " " : ""}${rest2}` : typed;
    const frame = frames.find(([re]) => re.test(s) && (!VERBLESS_ONLY.has(re) || verblessReading(s) === "order"));
    if (!lex.spaced && frame?.[0] === reminderFrame(lex) && reminderFrame(lex).exec(s)?.groups?.forgot !== void 0) continue;
    const held = frame?.[0] === later ? s.replace(later, " ") : s;
    if (!frame || lex.hold.test(held) || saysThisConversation(s) || pointsAtUnnamedThing(s)) continue;
    const after = s.replace(frame[0], "");
    if (frame[0] === later && (hasOwnSubject(lex.lang, after) || cjkStatesAfterFrame(lex.lang, after))) return void 0;
    if (frame[0] === reminderFrame(lex) && remindsOfPast(lex.lang, after)) return void 0;
    if (AFTER_VERB.has(frame[0]) && outputLanguageAsk(s)) return void 0;
    if (objectless.test(s.replace(frame[0], "").replace(/^[\s,，、]+/u, "")) || objectless.test(s)) return void 0;
    const body = frame[0] === reminderFrame(lex) ? ` ${withoutReminder(s, lex) ?? s}` : frame[1] === "pos" ? s.replace(frame[0], AFTER_VERB.has(frame[0]) ? "$1 " : " ") : s;
    const key = body.toLowerCase().replace(noise, " ").replace(/[\s\p{P}]+/gu, lex.spaced ? " " : "").trim();
    if (key.replace(/\s/g, "").length < MIN_KEY[lex.spaced ? "spaced" : "unspaced"]) return void 0;
    const polarity = frame[0] === later && forbidsAfterFrame(lex.lang, after) ? "neg" : frame[1];
    return {
      polarity,
      key: stemmedKey(lex.lang, polarity === "neg" && lex.lang === "de" ? key.replace(DE_NEVER, "nie") : key),
      lang: lex.lang
    };
  }
  return void 0;
}

// src/signals/lingua/bare-reproach.ts
var ES_PT_DE_ORDER = new RegExp(`^(?:${ES_VERBS}|${PT_VERBS}|${DE_VERBS})$`, "iu");
var JA_ORDER2 = /(?:[てで](?:ください|下さい|くれ|ね|よ)?|ないで(?:ください|下さい|ね)?)$/u;
var KO_ORDER2 = /(?:해|줘|줘요|세요|주세요|마|마세요|라)$/u;
var THIS_ONCE = /それ|これ|あれ|今すぐ|今は|^今|すぐ|그거|그것|이거|이것|지금|바로|당장|这|這|那|它|现在|現在|马上|馬上|(?<![\p{L}])(?:it|that|this|now|das|es|dies|jetzt|sofort|eso|esto|ahora|isso|isto|agora|lo)(?![\p{L}])/iu;
var WHEN = /先に|前に|の前|まず|てから|あとで|後で|먼저|전에|후에|다음에|하고 나서|先|之前|以前|(?<!名)前|之后|之後|以后|以後|(?<![\p{L}])(?:before|after|first|prior to|antes|después|despues|primero|depois|primeiro|zuerst|erst|vor|nach|bevor|nachdem|avant|après|apres|d'abord|перед|после|сначала|прежде)(?![\p{L}])/iu;
var REPROACHES = [
  [
    /^(?:また|まだ|またまた)?忘れ(?:てる|ている|た|ました|てます|てた|ちゃった|てしまった)(?:ね|よ|の|な|じゃん|ですね|よね)?$/u,
    (order) => `\u5FD8\u308C\u305A\u306B${order}`
  ],
  [
    /^(?:또|또다시|또 다시|다시)\s*(?:잊었|잊으셨|잊어버렸|까먹었|까먹으셨)(?:네요|네|어|어요|군요|구나|죠|지)?$/u,
    (order) => `\uC78A\uC9C0 \uB9D0\uACE0 ${order}`
  ],
  [/^你?(?:又|又一次|再次)(?:忘了|忘记了|忘記了)(?:吧|啊|呀|哦)?$/u, (order) => `\u8BB0\u5F97${order}`],
  [
    /^(?:you\s+)?forgot(?:\s+(?:it|that))?\s+again$|^(?:you\s+)?forgot\s+(?:it|that)\s+again$|^again,?\s+you\s+forgot(?:\s+(?:it|that))?$/iu,
    (order) => `Remember to ${order.charAt(0).toLowerCase()}${order.slice(1)}`
  ],
  [
    /^(?:otra vez|de nuevo)\s+(?:lo\s+|se te\s+)?(?:olvidaste|olvidó|olvidaste hacerlo)$|^(?:lo\s+|se te\s+)?(?:olvidaste|olvidó)\s+(?:otra vez|de nuevo)$/iu,
    (order) => `Recuerda, ${order}`
  ],
  [
    /^(?:você\s+)?(?:esqueceu|esqueceu-se)\s+(?:de novo|outra vez|novamente)$|^(?:de novo|outra vez)\s+(?:você\s+)?esqueceu$/iu,
    (order) => `Lembre-se de ${order}`
  ],
  [
    /^(?:schon\s+)?wieder\s+vergessen$|^(?:du\s+hast\s+(?:es|das)\s+)?(?:schon\s+)?wieder\s+vergessen$/iu,
    (order) => `Denk daran, ${order}`
  ]
];
function afterBareReproach(before, sentence) {
  if (!before) return void 0;
  const bare2 = (s) => s.normalize("NFKC").trim().replace(/[\s。.!！?？~～…]+$/u, "");
  const hit = REPROACHES.find(([re]) => re.test(bare2(before)));
  const order = bare2(sentence);
  if (!hit || THIS_ONCE.test(order) || !WHEN.test(order) || !ordersByForm(order)) return void 0;
  return hit[1](sentence.trim());
}
function ordersByForm(order) {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(order)) return JA_ORDER2.test(order);
  if (new RegExp("\\p{Script=Hangul}", "u").test(order)) return KO_ORDER2.test(order);
  if (new RegExp("\\p{Script=Han}", "u").test(order)) return !cjkStatesAfterFrame("zh", order);
  const first = /^[\p{L}-]+/u.exec(order)?.[0] ?? "";
  return RULE_VERB.test(first) || ES_PT_DE_ORDER.test(first);
}

// src/signals/loose-forms.ts
var SPAN2 = /^`([^`\n]{2,80})`/;
var TAG = /,?\s+(?:ok(?:ay)?|alright|all right|right|understood|got it|yeah|clear|capisce)\s*\?+$/i;
var OPENING = /^(?:(?:please|pls|plz|hey|ok(?:ay)?|and|also|so|again|remember|reminder|note|btw)[,:!]?\s+)*(?:(?:ok(?:ay)?,?\s+)?(?:that|it|this)\s+(?:worked|works|is fine|looks good)[,;]?\s+but\s+)?(?:(?:please|pls|plz)[,!]?\s+)?/i;
var CLOSING = /^(?:\s+(?:please|pls|plz|from you|ever|again|in this (?:repo|project)|here))*\s*(?:$|[.!,:;]|\s[-–—]\s)/i;
var END_TO = /^(?:no\s+more|enough\s+with|quit(?:\s+(?:running|using|calling|doing))?)\s+/i;
var TEXT_SPEAK = [
  [/\bb4\b/gi, "before"],
  [/\bprior\s+to\b/gi, "before"]
];
var EVENT = /^before\s+(?:you\s+|we\s+)?(?:each\s+|every\s+|any\s+|a\s+)?(commit|push)(?:ting|ing|ted|ed|es|s)?\b/i;
function command(text, actions) {
  const span2 = SPAN2.exec(text);
  if (span2) return { cmd: span2[1].trim(), rest: text.slice(span2[0].length) };
  for (const a of actions) {
    const line = a.split("\n")[0].trim();
    if (line.length < 3 || !text.toLowerCase().startsWith(line.toLowerCase())) continue;
    if (!/^\S+(?:\s+\S+){0,3}$/.test(line) || /[^\s\w./:=@+-]/.test(line)) continue;
    return { cmd: line, rest: text.slice(line.length) };
  }
  return void 0;
}
var eventOf2 = (m) => m[1].toLowerCase() === "push" ? "pushing" : "committing";
function looseRule(sentence, actions) {
  if (sentence.length > 220) return void 0;
  let s = sentence.trim().replace(/\u2019/g, "'").replace(TAG, ".");
  if (s.endsWith("?")) return void 0;
  const typed = s;
  for (const [re, to] of TEXT_SPEAK) s = s.replace(re, to);
  let loose = s !== typed;
  s = s.replace(OPENING, "");
  const end = END_TO.exec(s);
  if (end) {
    const c2 = command(s.slice(end[0].length), actions);
    return c2 && CLOSING.test(c2.rest) ? `Don't run \`${c2.cmd}\`.` : void 0;
  }
  const skipped = /^you\s+(commit|push)(?:ted|ed)\s+without\s+(?:running\s+|doing\s+)?/i.exec(s);
  if (skipped) {
    const c2 = command(s.slice(skipped[0].length), actions);
    if (!c2 || !/^(?:\s+(?:again|first))*\s*(?:$|[.!])/i.test(c2.rest)) return void 0;
    return `Run \`${c2.cmd}\` before ${skipped[1].toLowerCase() === "push" ? "pushing" : "committing"}.`;
  }
  const lead = /^(before\s+[^:,]{2,30}?)[:,]\s+/i.exec(s);
  if (lead) {
    const ev2 = EVENT.exec(lead[1]);
    const body = s.slice(lead[0].length);
    const verb2 = /^(?:always\s+)?(run|do)\s+/i.exec(body);
    if (!ev2 || !(loose || !verb2 || verb2[1].toLowerCase() === "do")) return void 0;
    const c2 = command(body.slice(verb2?.[0].length ?? 0), actions);
    return c2 && /^\s*(?:please|pls)?\s*[.!]*$/i.test(c2.rest) ? `Run \`${c2.cmd}\` before ${eventOf2(ev2)}.` : void 0;
  }
  const always = /^always\s+/i.test(s);
  const verb = /^(?:always\s+)?(run|do)\s+/i.exec(s);
  loose ||= !verb || verb[1].toLowerCase() === "do";
  const c = command(s.slice(verb?.[0].length ?? 0), actions);
  if (!c || !loose) return void 0;
  const ev = EVENT.exec(c.rest.trim());
  if (!ev) return void 0;
  const after = c.rest.trim().slice(ev[0].length);
  if (!/^(?:[,\s]+(?:always|please|pls|plz|thank you|thanks|anything))*\s*[.!]*$/i.test(after)) return void 0;
  return `${always ? "Always run" : "Run"} \`${c.cmd}\` before ${eventOf2(ev)}.`;
}

// src/signals/expletives.ts
var INTENSIFIER = /\b(?:fucking|fuckin'?|f\*+king|effing|freaking|freakin'?|frickin'?|friggin'?|bloody|goddamn(?:ed)?|damn(?:ed)?)\s+(?=\S)/gi;
var INTERJECTION2 = /,?\s*\b(?:god)?(?:damn\s+it|dammit)\b/gi;
function withoutSwearing(sentence) {
  const calm = sentence.replace(INTERJECTION2, "").replace(INTENSIFIER, "");
  return calm === sentence ? sentence : calm.replace(/^[\s,]+/, "");
}

// src/signals/jokes.ts
var CODE = /`[^`\n]*`/g;
var TEASING = /(?:^|\s)(?:[:;=]-?[pPþ]|;-?[)\]D]|[xX]D+)(?=\s|[.!,]*$|[.!,]+\s)|[\u{1F61B}-\u{1F61D}\u{1F609}\u{1F602}\u{1F923}\u{1F643}\u{1F92A}\u{1F60F}\u{1F606}]/u;
var FRIENDLY = /\s*(?<=^|\s)(?:[:=]-?[)\]D]|\(:|[\u{1F642}\u{1F60A}\u{1F600}\u{1F604}\u{1F601}])(?=\s|[.!,]*$)/gu;
var LAUGHTER = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}_])(?:a?(?:h[aeiu]){2,}h?|(?:j[aeiu]){2,}|k{3,}|(?:rs){2,}|lo+l|lmf?ao+|rofl|mdr+|ptdr+|а?(?:х[аеи]){2,}|лол)(?![\p{L}\p{N}_])`,
    "\u54C8{2,}|\u563F{2,}|\u5475{2,}|\u314B{2,}|\u314E{2,}|[(\uFF08]\u7B11[)\uFF09]",
    String.raw`(?<=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}])[wｗ]{2,}`
  ].join("|"),
  "iu"
);
var AMUSEMENT = /\b(?:(?:it(?:'?s|\s+is)|that(?:'?s|\s+is)|because|'?cause|since)\s+(?:(?:way|much|so|a\s+lot|just)\s+)?(?:funnier|more\s+fun|hilarious)|for\s+(?:the\s+)?(?:lulz|lols|laughs|giggles))\b/i;
var IRONY = /(?:,|\s[-–—])\s*(?:why\s+not|what\s+could\s+(?:possibly\s+)?go\s+wrong|(?:you\s+|real\s+)?genius|(?:great|brilliant|fantastic|wonderful|genius)\s+(?:idea|plan)|brilliant|smart\s+move|said\s+no\s+one\s+ever|yeah,?\s+right)\s*[.!?]*\s*$|\s\/s\s*$/im;
function marksAJoke(text) {
  const prose2 = text.replace(CODE, " ");
  return TEASING.test(prose2) || LAUGHTER.test(prose2) || AMUSEMENT.test(prose2) || IRONY.test(prose2);
}
function withoutSmileys(sentence) {
  if (!/[:=(]|[\u{1F600}-\u{1F64F}]/u.test(sentence)) return sentence;
  return sentence.split(/(`[^`\n]*`)/).map((part, i) => i % 2 ? part : part.replace(FRIENDLY, "")).join("").trim();
}

// src/signals/plans.ts
var CODE2 = /`[^`\n]*`/g;
var MARKER = /(?:^|\s)(\d{1,2})[.)](?=\s)/g;
var BULLET = /(?:^|\n)[ \t]*[-*+•][ \t]+/g;
var masked = (text) => text.replace(
  CODE2,
  (c) => c.replace(/\d/g, "0").replace(/\s/g, "_").replace(/[-*•+]/g, "_")
);
function numberedItems(flat, text) {
  const starts = [];
  for (const m of flat.matchAll(MARKER)) {
    if (Number(m[1]) !== starts.length + 1) continue;
    starts.push({ at: m.index, end: m.index + m[0].length });
  }
  return itemsAt(starts, text);
}
function itemsAt(starts, text, paragraph = false) {
  if (starts.length < 2) return [];
  return starts.map((s, k) => {
    const item = text.slice(s.end, starts[k + 1]?.at ?? text.length);
    return (paragraph ? item.split(/\n[ \t]*\n/)[0] ?? "" : item).trim();
  });
}
var bulletItems = (flat, text) => itemsAt(
  [...flat.matchAll(BULLET)].map((m) => ({ at: m.index, end: m.index + m[0].length })),
  text,
  true
);
function holdsPlan(text, reader) {
  const flat = masked(text);
  const numbered = numberedItems(flat, text);
  if (numbered.length >= 2 && numbered.some((item) => !reader.isRule(item))) return true;
  const bullets = bulletItems(flat, text);
  return bullets.length >= 2 && bullets.some(reader.asksHabit) && bullets.some((item) => !reader.isRule(item));
}

// src/signals/lingua/whenever.ts
var FRAME = /^(siempre|sempre)\s+que\s+/iu;
var OBLIGATION = {
  es: /(?<![\p{L}])(?:hay\s+que|tienes\s+que|tenés\s+que|tiene\s+que|tienen\s+que|debes|debés|debe|deben|deberás|deberías|recuerda|recordá|recuerde|no\s+olvides|no\s+te\s+olvides|asegúrate|asegurate|asegúrese|por\s+favor)(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:tem\s+que|tens\s+que|têm\s+que|tem\s+de|precisa|precisas|precisam|deve|deves|devem|lembre|lembra|não\s+esqueça|nao\s+esqueca|certifique-se|por\s+favor)(?![\p{L}])/iu
};
var PRONOUN = {
  es: /^(?:tú|tu|usted|ustedes|vos|él|ella|ellos|ellas|alguien|nadie|uno|se|me|te|lo|la|los|las|le|les|nos|os|no|ya)$/iu,
  pt: /^(?:você|vocês|voce|tu|ele|ela|eles|elas|alguém|ninguém|a\s+gente|se|me|te|lhe|lhes|nos|não|nao|já)$/iu
};
var ARTICLE3 = {
  es: /^(?:el|la|los|las|un|una|unos|unas|mi|mis|tu|tus|su|sus|este|esta|estos|estas|ese|esa|esos|esas|algún|alguna|cualquier|nuestro|nuestra)$/iu,
  pt: /^(?:o|a|os|as|um|uma|uns|umas|meu|minha|meus|minhas|seu|sua|seus|suas|este|esta|esse|essa|algum|alguma|qualquer|nosso|nossa)$/iu
};
function conditionVerb(condition, code2) {
  const words3 = condition.split(/\s+/u).filter(Boolean);
  for (let i = 0; i < words3.length && i < 6; i++) {
    const w = words3[i];
    if (PRONOUN[code2].test(w)) continue;
    if (ARTICLE3[code2].test(w)) {
      i++;
      continue;
    }
    if (new RegExp("^\\p{Lu}", "u").test(w) || /^`/u.test(w)) continue;
    return w.replace(/[^\p{L}]+$/u, "");
  }
  return void 0;
}
var DE = new RegExp("^(?:[Ii]mmer|[Jj]edes\\s+[Mm]al),?\\s+wenn\\s+[^,;]+[,;]\\s*(?:dann\\s+)?(\\p{Ll}+)(?![\\p{L}])", "u");
var DE_OBLIGES = /^(?:muss|musst|soll|sollst|sollte|solltest)$/u;
var FR = /^toujours,?\s+(?:quand|lorsque|dès\s+que|chaque\s+fois\s+que)\s+[^,;]+[,;]\s*(.+)$/iu;
var FR_OBLIGES = /^(?:il\s+faut|il\s+faudra|tu\s+dois|vous\s+devez|on\s+doit|n'oublie|n'oubliez|pense|pensez|merci\s+de)(?![\p{L}])/iu;
var FR_SUBJECT = /^(?:ça|ca|cela|il|elle|ils|elles|on|le|la|les|un|une|des|du|mon|ma|mes|ton|ta|tes|son|sa|ses|ce|cet|cette|ces|je|tout|rien)(?![\p{L}])|^(?:l|j)'/iu;
function wheneverStates(sentence) {
  const de2 = DE.exec(sentence);
  if (de2) return /t$/u.test(de2[1]) && !DE_OBLIGES.test(de2[1]);
  const fr2 = FR.exec(sentence);
  if (fr2) return !FR_OBLIGES.test(fr2[1]) && FR_SUBJECT.test(fr2[1]);
  const m = FRAME.exec(sentence);
  if (!m) return false;
  const code2 = m[1].toLowerCase() === "siempre" ? "es" : "pt";
  const rest2 = sentence.slice(m[0].length);
  if (OBLIGATION[code2].test(rest2)) return false;
  const cut = /[,;:]/u.exec(rest2);
  const verb = conditionVerb(cut ? rest2.slice(0, cut.index) : rest2, code2);
  if (!verb || conditionMood(verb, code2) !== "indicative") return false;
  return !(cut && clauseOrders(rest2.slice(cut.index + 1), code2));
}

// src/signals/lingua/fr-never.ts
var FORBIDDEN_DOINGS = new Set(
  "supprime|efface|modifie|touche|pousse|pushe|commite|committe|ajoute|change|installe|d\xE9sinstalle|utilise|lance|ex\xE9cute|execute|\xE9crase|ecrase|force|merge|mergee|fusionne|d\xE9ploie|deploie|publie|expose|logue|logge|hardcode|code|d\xE9sactive|desactive|ignore|contourne|saute|renomme|d\xE9place|deplace|copie|remplace|casse|rebase|cr\xE9e|cree|ouvre|ferme|laisse|m\xE9lange|melange|mocke|versionne|partage|\xE9dite|edite|refactore|refactorise|formate|reformate|appelle|importe|exporte|emploie|annule|abandonne|demande|r\xE9p\xE8te|repete|invente|devine|suppose|g\xE9n\xE8re|genere|commente|d\xE9commente|decommente|vide|purge|droppe|tronque|d\xE9marre|demarre|compile|teste|arr\xEAte|arrete|tue|red\xE9marre|redemarre|skippe|squashe|amende|tague|marque|valide|approuve|accepte|passe|r\xE9initialise|reinitialise|d\xE9sactive|upgrade|downgrade|commence|oublie|\xE9coute|ecoute|installe".split("|")
);
var BORROWED = /^(?:commit|submit|edit|build|rebuild|reset|split|add|fetch|push|merge|revert|squash|deploy|install|run)$/iu;
var NEVER2 = new RegExp("^(?:ne\\s+|n')(\\p{L}+)\\s+jamais(?![\\p{L}])", "iu");
var SECRET = /(?<![\p{L}])(?:secrets?|tokens?|jetons?|mots? de passe|clés?(?: d'api| api| privées?| ssh)?|cl[ée]s|identifiants?|credentials?|\.env)(?![\p{L}])/iu;
var IN_THE_WORK = /(?<![\p{L}])(?:dans|sur)\s+(?:le|les|la|l'|un|une|des|ton|ta|tes|votre|vos|notre|nos)?\s*(?:code|dépôt|depot|repo|git|commits?|historique|sources?|fichiers? sources?)(?![\p{L}])|(?<![\p{L}])en\s+(?:clair|dur)(?![\p{L}])/iu;
var FINDING = /^(?:trouve|retrouve|détecte|detecte|repère|repere|cherche|remarque|signale|masque|cache|chiffre|crypte|filtre|protège|protege|censure|redacte|anonymise)$/u;
function frenchNeverStates(sentence) {
  const w = NEVER2.exec(sentence.trim())?.[1]?.toLowerCase();
  if (!w || BORROWED.test(w) || /(?:ez|ons)$/u.test(w)) return false;
  if (/ent$/u.test(w) || /[td]$/u.test(w)) return true;
  if (!/e$/u.test(w) || FORBIDDEN_DOINGS.has(w)) return false;
  return FINDING.test(w) || !(SECRET.test(sentence) && IN_THE_WORK.test(sentence));
}

// src/signals/lingua/fronted.ts
var SHAPES2 = [
  {
    frame: "siempre|nunca|jam\xE1s",
    prep: "en|con|sin|por|para|desde|tras|durante|sobre|bajo|hacia|al|a|antes|despu\xE9s|despues",
    of: "de|del",
    subject: /^(?:eso|esto|ello|él|ella|ellos|ellas|todo|nada|yo)\s+\S/iu,
    order: new RegExp(`^(?:${ES_VERBS})(?![\\p{L}])`, "iu")
  },
  {
    frame: "sempre|nunca|jamais",
    prep: "em|no|na|nos|nas|num|numa|com|sem|por|pelo|pela|pelos|pelas|para|desde|ap\xF3s|apos|durante|sobre|ao|aos|\xE0|\xE0s|antes|depois|su|sul|sulla|nel|nella|in|con|senza|dopo|prima|al|alla|per",
    of: "de|do|da|dos|das|di|del|della",
    subject: /^(?:isso|isto|ele|ela|eles|elas|tudo|nada|eu|si|ci|tutto|niente|io)\s+\S/iu,
    order: new RegExp(`^(?:${PT_VERBS})(?![\\p{L}])`, "iu")
  },
  {
    frame: "toujours|jamais",
    prep: "sur|en|avec|sans|dans|par|pour|pendant|apr\xE8s|apres|avant|\xE0|au|aux|d\xE8s|des|sous|chez|lors",
    of: "de|du|des|d",
    subject: new RegExp("^(?:(?:\xE7a|ca|cela|ceci|il|elle|ils|elles|on|tout|rien|je|personne)\\s+\\S|(?:c|j|\xE7)'\\p{L})", "iu"),
    order: new RegExp(`^(?:${FR_VERBS})(?![\\p{L}])`, "iu")
  },
  {
    frame: "immer|nie|niemals",
    prep: "auf|in|im|mit|ohne|bei|beim|nach|vor|w\xE4hrend|unter|\xFCber|am|zum|zur|vom|durch|f\xFCr|zu|seit|bis|gegen",
    of: "von|vom",
    subject: /^(?:es|das|er|sie|man|alles|nichts)\s+\S/u,
    order: new RegExp(`^(?:${DE_VERBS})(?![\\p{L}])`, "iu")
  },
  {
    frame: "always|never",
    prep: "on|in|with|without|after|before|during|at|for|inside|under|from|via|through",
    of: "of",
    // Or a noun of the phrase left after its adjective ("on the first run it times out"), where the pronoun has a
    // verb in the third person after it: "run it twice" has none.
    subject: new RegExp("^(?:(?:it|it's|its|this|that|they|he|she|we|i|there|everything|nothing|something)\\s+\\S|(?:\\S+\\s+)?(?:does|did|is|was|will|would|can|could|has|had|do)\\s+(?:it|this|that|they|he|she|we|i|there)(?![\\p{L}])|\\S+\\s+(?:it|this|that|he|she|everything|nothing|something)\\s+(?:is|was|does|did|has|had|keeps|\\p{L}{2,}[^su\\s]s)(?![\\p{L}]))", "iu")
  },
  {
    frame: "\u0432\u0441\u0435\u0433\u0434\u0430|\u043D\u0438\u043A\u043E\u0433\u0434\u0430",
    prep: "\u043D\u0430|\u0432|\u0432\u043E|\u0441|\u0441\u043E|\u0431\u0435\u0437|\u0447\u0435\u0440\u0435\u0437|\u043F\u043E\u0441\u043B\u0435|\u043F\u0435\u0440\u0435\u0434|\u043F\u0440\u0438|\u043F\u043E|\u0438\u0437|\u043F\u043E\u0434",
    of: "",
    subject: /^(?:оно|это|всё|все|он|она|они|я)\s+\S/iu,
    order: new RegExp(`^(?:${RU_VERBS})(?![\\p{L}])`, "iu")
  }
];
var COMPILED = SHAPES2.map((shape) => ({
  shape,
  opens: new RegExp(`^(${shape.frame})(?:\\s+\u043D\u0435)?\\s+(?:${shape.prep})\\s+(.+)$`, "iu"),
  of: new RegExp(`^(?:${shape.of || "(?!)"})'?$`, "iu"),
  prepAtEnd: new RegExp(`\\s+(?:${shape.prep})\\s+$`, "iu")
}));
var EN_THROUGH = /^(?:the|a|an|every|each|my|our|your|this|that|these|those)$/iu;
function frontedPhrase(sentence) {
  const s = sentence.normalize("NFKC").trim();
  for (const { shape, opens, of, prepAtEnd } of COMPILED) {
    const m = opens.exec(s);
    if (!m) continue;
    const words3 = m[2].split(/\s+/u).flatMap((w) => w.split(/(?<=^(?:l|d)')/iu));
    let at = 0;
    while (at < words3.length && (LOOK_THROUGH.test(words3[at]) || EN_THROUGH.test(words3[at]) || of.test(words3[at]))) at++;
    at++;
    if (/^v?\d+(?:\.\d+)*$/u.test(words3[at] ?? "")) at++;
    if (of.test(words3[at] ?? "")) {
      at++;
      while (at < words3.length && LOOK_THROUGH.test(words3[at])) at++;
      at++;
    }
    const head = words3.slice(0, at).join(" ");
    const rest2 = words3.slice(at).join(" ").replace(/^,\s*/u, "");
    if (!rest2 || /[.!?]$/u.test(head) || /^[\s.!?]*$/u.test(rest2)) return void 0;
    const frame = m[0].slice(0, m[0].length - m[2].length).replace(prepAtEnd, "");
    return { reduced: `${frame} ${rest2}`, ownSubject: shape.subject.test(rest2), orders: shape.order?.test(rest2) === true };
  }
  return void 0;
}

// src/signals/statements.ts
var EN_FRAME = /^(?:(?:and|but|so|also|lol|honestly),?\s+)?(always|never|don'?t|do not)\s+(?:(?:ever|really|just|actually|even|truly|literally|basically)\s+)*([a-z']+)\b/i;
var HEDGE2 = /^(?:kinda|sorta|once|twice|quite|pretty|so|too|sometimes|somehow)$/;
var IRREGULAR = /^(?:seen|been|had|heard|done|gone|known|thought|got|gotten|made|taken|given|written|said|told|felt|found|lost|met|meant|bought|brought|caught|taught|kept|built|sent|spent|understood|forgotten|broken|chosen|driven|fallen|shown|grown|thrown|begun|won|worn|hidden|stolen|spoken)$/;
var PLAIN_ED = /(?:eed|^embed|^shed|^shred|^bed|^wed)$/;
var DETERMINER = /^(?:the|a|an|this|that|these|those|my|our|your|his|her|their|its|same)$/;
var ADJECTIVE = /^(?:happy|glad|nice|fun|funny|busy|late|weird|strange|annoying|painful|flaky|available|welcome|grateful|curious|true|false|possible|impossible|fine|okay|ok|surprised|amazed|confused|hard|easy)$/;
var PLAIN_ING = /^(?:bring|ping|sing|ring|sting|swing|wring|cling|fling|sling|spring|string|wing|ding)$/;
var INVERSION = /^(?:(?:and|but|so),?\s+)?(?:always|never)\s+(?:(?:again|before|once|ever)\s+)?(?:(?:will|would|has|had|did|was|were|is|am|are|can|could|shall|should|may|might|must)\s+(?:i|we|you|he|she|they|it)|have\s+(?:i|we|you|he|she|they))\b/i;
var MENTAL = /^(?:know|think|remember|recall|understand|believe|see|care|like|love|hate|feel|agree)$/;
function englishStatement(sentence) {
  if (INVERSION.test(sentence)) return true;
  const m = EN_FRAME.exec(sentence);
  if (!m) return false;
  const frame = m[1].toLowerCase();
  const word3 = m[2].toLowerCase();
  if (HEDGE2.test(word3)) return true;
  if (frame !== "always" && frame !== "never") return MENTAL.test(word3);
  if (DETERMINER.test(word3) || IRREGULAR.test(word3) || ADJECTIVE.test(word3)) return true;
  if (/ing$/.test(word3) && word3.length > 4 && !PLAIN_ING.test(word3)) return true;
  if (/ed$/.test(word3) && !PLAIN_ED.test(word3)) return true;
  return /^(?:has|does|goes|is|was|were|are)$/.test(word3) || word3.length >= 4 && /[^suia]s$/.test(word3);
}
var RU_BETWEEN = String.raw`(?:(?:раньше|прежде|ещё|еще|до этого|уже|вообще|толком|так|тут|здесь|у меня|мне|меня|же|ни разу)\s+)*`;
var ES_BETWEEN = String.raw`(?:(?:antes|jamás|nunca|ya|aquí|todavía|me|te|nos|le|les|se|lo|la|realmente)\s+)*`;
var DE_BETWEEN = String.raw`(?:(?:zuvor|vorher|so|schon|bisher|noch|wirklich|je|jemals|mal|hier|bei mir)\s+)*`;
var OTHER = [
  // A past, reflexive too ("Всегда сломалась"); not "сначала" (first), an adverb that ends like one: "Всегда сначала
  // запускай линтер" is an order.
  new RegExp(
    String.raw`^(?:никогда\s+${RU_BETWEEN}не|всегда)\s+${RU_BETWEEN}(?!(?:сначала|мало)(?![\p{L}]))\p{L}+(?:л|ла|ло|ли)(?:ся|сь)?(?=[\s,.!]|$)`,
    "iu"
  ),
  new RegExp(
    String.raw`^(?:nunca|siempre|jamás)\s+${ES_BETWEEN}(?:he|has|ha|hemos|habéis|han|había|habías|habíamos|habían)\s+\p{L}+`,
    "iu"
  ),
  // The simple past's third person ("Siempre funcionó", "Nunca falló"): no order ends in a stressed "-ó".
  new RegExp(String.raw`^(?:nunca|siempre|jamás)\s+${ES_BETWEEN}\p{L}+ó(?=[\s,.!]|$)`, "iu"),
  // The participle ends its clause, or chat leaves a preposition after it ("Immer schon gesehen mit …").
  new RegExp(
    String.raw`^(?:nie|niemals|immer)\s+${DE_BETWEEN}ge\p{L}{3,}(?:en|t)(?=\s*(?:[,.!]|$)|\s+(?:mit|bei|in|auf|unter|nach|seit|vor|so)\s)`,
    "iu"
  ),
  // Russian present third person ("Всегда падает сборка", "Никогда не работает make"): every imperative ends in
  // -й/-и/-ь(-те), none in -т; and a noun phrase ("Всегда одна и та же ошибка").
  new RegExp(
    String.raw`^(?:никогда\s+${RU_BETWEEN}не|всегда)\s+${RU_BETWEEN}(?:\p{L}+(?:ет|ёт|ит|ут|ют|ат|ят)|одна|один|одно|одни|та|тот|те|эта|этот|эти|такая|такой|такие)(?=[\s,.!]|$)`,
    "iu"
  ),
  // German: a noun phrase ("Immer der gleiche Fehler"), "immer noch/wieder/mehr" (still, again and again), or a verb
  // in the third person before its subject ("Nie funktioniert make"): a singular order ends in no -t. Case-sensitive
  // after the frame: a noun ("Immer Geduld") is no verb. Not a noun phrase that an infinitive closes: "Nie die Datenbank
  // löschen" is an order.
  new RegExp(
    String.raw`^(?:[Ii]mmer|[Nn]ie|[Nn]iemals)\s+(?:(?!.*\s\p{Ll}+(?:en|ern|eln)[.!]?$)(?:der|die|das|den|dem|des|ein|eine|einen|dasselbe|derselbe|dieselbe|gleiche|gleichen)|noch|wieder|mehr|öfter|(?!(?:erst|zuerst|direkt|selbst|jetzt|oft|meist|sonst|nicht|mit|bitte)(?![\p{L}]))\p{Ll}{2,}t)(?![\p{L}])`,
    "u"
  ),
  // Russian present third person of a reflexive verb ("Никогда не получается", "Всегда ломается сборка").
  new RegExp(String.raw`^(?:никогда\s+${RU_BETWEEN}не|всегда)\s+${RU_BETWEEN}\p{L}+(?:ет|ёт|ит|ут|ют|ат|ят)ся(?=[\s,.!]|$)`, "iu"),
  // French "ne … jamais" after what a thing does, not the agent: a compound past ("N'a jamais marché"), a verb of
  // working or failing ("Ne marche jamais", "Ne fonctionne jamais en CI"), a third person no order has ("Ne répond
  // jamais": the order is "réponds"); a verb of building or starting only with nothing it acts on after it ("Ne compile
  // jamais du premier coup", "Ne démarre jamais.": "Ne démarre jamais le serveur en prod" is an order).
  /^(?:ne\s+|n')(?:a|as|ont|avait|avaient|est|sont|était|étaient)\s+jamais(?![\p{L}])/iu,
  /^ne\s+(?:marche|marchent|fonctionne|fonctionnent|plante|plantent|crashe|crashent|bugue|buguent|foire|foirent|échoue|échouent|rame|rament|répond|répondent|réussit|réussissent|aboutit|aboutissent)\s+jamais(?![\p{L}])/iu,
  /^ne\s+(?:se\s+lance|compile|compilent|démarre|démarrent|passe|passent|tourne|tournent|charge|chargent|build|buildent)\s+jamais(?:\s+(?:du premier coup|à la première|au premier (?:coup|essai)|en (?:ci|local)|sur (?:la |ma |le )?(?:ci|machine)|correctement|bien|ici|chez moi))?\s*[.!]*$/iu,
  // "Whenever I …" (siempre que, immer wenn, toujours quand, всегда когда + the first person): what happens to the
  // speaker. "Siempre que hagas push, corre los tests" addresses the agent and stays a rule.
  new RegExp("^(?:siempre|sempre)\\s+que\\s+(?:yo\\s+|eu\\s+)?(?:(?:lo|la|los|las|me|se|o|a|os|as)\\s+)?(?:\\p{L}{2,}o|fa\xE7o|estoy|estou|soy|sou|voy|vou|puedo|posso)(?![\\p{L}])", "iu"),
  new RegExp("^(?:immer|jedes\\s+mal),?\\s+wenn\\s+(?:\\p{L}+\\s+)?ich(?![\\p{L}])|^toujours\\s+(?:quand|lorsque)\\s+(?:je\\s|j')|^\u0432\u0441\u0435\u0433\u0434\u0430,?\\s+\u043A\u043E\u0433\u0434\u0430\\s+\u044F(?![\\p{L}])", "iu"),
  // The frame word as what is said ("Nunca digas nunca", "Никогда не говори никогда"): a proverb that mentions it.
  /^(nunca|jamás|jamais|nie|niemals|никогда|never)\s+(?:не\s+)?(?:digas|diga|diz|fale|dis|sag|sage|говори|скажи|say)\s+\1[\s.!]*$/iu,
  // Spanish and Portuguese with no verb after the frame, a place or "more" ("Nunca más", "Siempre a la orden",
  // "Sempre às ordens"): a set phrase. Code in it ("Siempre con `pnpm`") may be an order's payload and is left.
  new RegExp("^(?:siempre|nunca|jam\xE1s|sempre|jamais)\\s+(?:m\xE1s|mais|jam\xE1s|jamais|(?:a|\xE0|\xE0s|al|ao)(?:\\s+\\p{L}+){1,2})[\\s.!]*$", "iu"),
  // With no verb, a preposition before a noun phrase ("Toujours avec des bugs", "Siempre con los mismos errores",
  // "Sempre com uns avisos estranhos"): what keeps coming with it, the user's complaint. An order without its verb names
  // what to use or where ("Siempre con pnpm", "Toujours avec `pnpm`", "Nunca en main"), with no article.
  // German, the same: "Immer mit dem gleichen Fehler" (no infinitive closes it, a noun does).
  new RegExp("^(?:[Ii]mmer|[Nn]ie|[Nn]iemals)\\s+(?:mit|ohne|bei|in|im|auf|nach)\\s+(?:dem|der|den|des|einem|einer|einen|eines|meinem|meiner|diesem|dieser|demselben|derselben)\\s+(?:\\p{Ll}+\\s+)?\\p{Lu}\\p{L}*[.!]*$", "u"),
  /^(?:siempre|nunca|jamás|sempre|jamais|toujours)\s+(?:con|com|sin|sem|en|em|avec|sans|de|para|pour|por|dans|sur)\s+(?:el|la|los|las|un|una|unos|unas|mis|tus|sus|o|a|os|as|um|uma|uns|umas|meus|minhas|le|les|l'|une|des|du|mes|ces|ce|cette)(?![\p{L}])/iu,
  // Italian chat reaches the Portuguese reader through "sempre" (lingua/standing.ts): an article no Portuguese has ("Sempre
  // lo stesso errore", "Sempre il solito problema") or "più"/"meno" ("Sempre più lento") opens a complaint, not an order.
  /^sempre\s+(?:lo|il|gli|i|le|più|piu|meno|peggio|meglio)(?![\p{L}])/iu,
  // After a verb, what comes back the same or too much ("Mostra sempre lo stesso errore", "Usa sempre troppa memoria").
  new RegExp("^\\p{L}+\\s+sempre\\s+(?:(?:lo|la|gli|le)\\s+stess[oaie]|il\\s+solito|la\\s+solita|i\\s+soliti|le\\s+solite|tropp[oaie])(?![\\p{L}])", "iu"),
  // Russian: the speaker's mood ("Всегда рад помочь"), as English "Always happy to help".
  /^всегда\s+(?:рад|рада|рады|готов|готова|готовы|счастлив|счастлива)(?![\p{L}])/iu,
  // French: a noun phrase ("Toujours la même erreur"), "toujours aussi/pas/pareil" (as … as ever, still not), or a past
  // participle ("Toujours planté au démarrage"), which no order ends in.
  new RegExp(
    String.raw`^toujours\s+(?:la|le|les|l'|un|une|des|du|ce|cette|ces|mon|ma|mes|même|aussi|pas|pareil|rien|encore|\p{L}+(?:é|ée|és|ées|u|ue|us|ues))(?![\p{L}])`,
    "iu"
  )
];
var DE_VERBLESS = new RegExp("^(?:[Ii]mmer|[Nn]ie|[Nn]iemals)\\s+(?:(?:mit|ohne|im|in|auf|f\xFCr|bei|nach|zum|zur|um)(?!\\s+[a-z][a-z\\d._-]*[.!]?$)(?:\\s+(?!(?!(?:den|einen|keinen|meinen|deinen|seinen|ihren|unseren|euren|diesen|allen)(?![\\p{L}]))\\p{Ll}+(?:en|ern|eln)(?![\\p{L}]))[\\p{L}\\d-]+){1,3}|\\p{Lu}\\p{L}*(?:\\s+(?!\\p{Ll}+(?:en|ern|eln)(?![\\p{L}]))[\\p{L}\\d-]+)*|(?:(?:so|zu|ganz|richtig|wirklich)\\s+)?\\p{Ll}+(?<!e|en|ern|eln)(?:\\s+genug)?)[.!]?$", "u");
var RU_FRAME = /^(?:никогда\s+не|всегда)\s+/iu;
var RU_VERB_FORM = /(?:(?<![ыи])й|йте|(?<![кгх])и|ите|ь|ьте|ть|чь|сти|зти|йти)(?:ся|сь)?$/u;
var RU_ADVERB = /^(?:очень|опять|теперь|здесь|вообще-то|совсем|почти)$/u;
function verbless(s) {
  if (DE_VERBLESS.test(s)) return true;
  const m = RU_FRAME.exec(s);
  if (!m) return false;
  const words3 = s.slice(m[0].length).toLowerCase().match(new RegExp("\\p{L}+", "gu")) ?? [];
  return words3.length > 0 && !words3.some((w) => new RegExp("\\p{Script=Cyrillic}", "u").test(w) && RU_VERB_FORM.test(w) && !RU_ADVERB.test(w));
}
var DE_FRAME = /^(?:[Ii]mmer|[Nn]ie|[Nn]iemals)\s+(?!(?:muss|müssen|soll|sollen|darf|dürfen)(?![\p{L}]))/u;
function germanVerbSecond(s) {
  const m = DE_FRAME.exec(s);
  return m !== null && hasOwnSubject("de", s.slice(m[0].length));
}
function statesNotAsks(sentence) {
  const s = withoutSwearing(sentence.trim().replace(/[’‘ʼ]/g, "'"));
  const fronted = frontedPhrase(s);
  if (fronted && (fronted.ownSubject || statesNotAsks(fronted.reduced))) return true;
  if (fronted?.orders) return false;
  const noVerb = verblessReading(s);
  if (noVerb) return noVerb === "complaint";
  return englishStatement(s) || remindsOfPastInEnglish(s) || OTHER.some((re) => re.test(s)) || verbless(s) || germanVerbSecond(s) || romanceStatement(s) || wheneverStates(s) || frenchNeverStates(s) || cjkStatement(s);
}

// src/signals/declined-offer.ts
var TAIL3 = 600;
var OFFER = /\b(?:(?:do\s+you\s+)?want\s+me\s+to|would\s+you\s+like\s+me\s+to|should\s+i|shall\s+i|can\s+i|may\s+i|i\s+(?:can|could)(?:\s+also)?)\s+(?:(?:go\s+ahead\s+and|also|just|now|first)\s+)?([a-z]+)/gi;
var DECLINE = /^(?:(?:no|nope|ok(?:ay)?|thanks|actually)[,!.]?\s+)?(?:please\s+)?(?:don[’']?t|do\s+not)\s+([a-z]+)\b/i;
var stem2 = (verb) => verb.toLowerCase().replace(/(?:ing|ed|es|s|e)$/, "");
function offeredVerbs(agentText) {
  const tail = agentText.slice(-TAIL3);
  if (!tail.includes("?")) return /* @__PURE__ */ new Set();
  const out = /* @__PURE__ */ new Set();
  for (const m of tail.matchAll(OFFER)) out.add(stem2(m[1]));
  return out;
}
var ALTERNATIVE = /\b(?:use|using|instead|rather than|prefer|switch to)\b/i;
var AFTER_CLAUSE = /^[^,;:]*?(?:[,;:]|\s[-–—]\s)\s*(.+)$/;
var givesReason = (sentence, next) => reasonSentence(AFTER_CLAUSE.exec(sentence.trim())?.[1]) !== void 0 || reasonSentence(next) !== void 0;
function declinesOffer(sentence, offered, next = "") {
  if (offered.size === 0) return false;
  const m = DECLINE.exec(sentence.trim());
  if (m === null || !offered.has(stem2(m[1]))) return false;
  return !ALTERNATIVE.test(`${sentence} ${next}`) && !givesReason(sentence, next);
}

// src/signals/objectless.ts
var NEEDS_OBJECT = new RegExp(
  String.raw`^(?:${[
    "delet(?:e|ing)",
    "remov(?:e|ing)",
    "eras(?:e|ing)",
    "wip(?:e|ing)",
    "purg(?:e|ing)",
    "truncat(?:e|ing)",
    "drop(?:ping)?",
    "chang(?:e|ing)",
    "modif(?:y|ying)",
    "edit(?:ing)?",
    "alter(?:ing)?",
    "touch(?:ing)?",
    "renam(?:e|ing)",
    "mov(?:e|ing)",
    "cop(?:y|ying)",
    "overwrit(?:e|ing)",
    "replac(?:e|ing)",
    "rewrit(?:e|ing)",
    "creat(?:e|ing)",
    "add(?:ing)?",
    "us(?:e|ing)",
    "upload(?:ing)?",
    "send(?:ing)?",
    "includ(?:e|ing)",
    "mock(?:ing)?",
    "hardcod(?:e|ing)",
    // "Don't do that": what is done is only ever named by the object.
    "do(?:ing)?",
    "print(?:ing)?",
    "log(?:ging)?",
    "disabl(?:e|ing)",
    "enabl(?:e|ing)",
    "skip(?:ping)?",
    "ignor(?:e|ing)",
    "hid(?:e|ing)",
    "expos(?:e|ing)"
  ].join("|")})$`,
  "i"
);
var LEAD2 = /^(?:(?:and\s+)?(?:from now on|from here on(?: out)?|going forward|moving forward|henceforth|in (?:the )?future|next time),?\s+)?(?:(?:please|pls|and|also|so)\s+)*(?:don'?t|do not|never|(stop|avoid)|always|just)\s+/i;
var TIME_FRAME = /^(?:and\s+)?(?:from now on|from here on(?: out)?|going forward|moving forward|henceforth|in (?:the )?future|next time),?\s+(?:(?:please|pls|and|also|so)\s+)*/i;
var PRONOUN2 = /^(?:it|that|this|them|those|these|one)$/i;
var EMPTY_TAIL = /^(?:by default|per default|as (?:a )?default|anymore|any more|again|here|there|now|then|either|too|please|ever|in (?:the )?future|from now on|going forward|moving forward|at all costs|whenever possible|if possible)\b\s*/i;
var AFTER_OBJECT = /^(?:before|after|when|whenever|once|each|every|on|in|at|from|to|with|without|unless|if|again|first|then|now|anymore|ever|automatically|by|for|during|while|as|please|too|either|until)\b/i;
function pronounObject(afterVerb2) {
  const word3 = /^[A-Za-z]+/.exec(afterVerb2)?.[0];
  if (!word3 || !PRONOUN2.test(word3) || /^one$/i.test(word3)) return false;
  const next = afterVerb2.slice(word3.length).trim();
  return next === "" || AFTER_OBJECT.test(next);
}
function namesNoObject(sentence) {
  const framed = LEAD2.exec(sentence.trim());
  const lead = framed ?? TIME_FRAME.exec(sentence.trim());
  if (!lead) return false;
  let rest2 = sentence.trim().slice(lead[0].length).replace(/\s*(?:[,;:(]|\s[-–—]\s).*$/, "").replace(/[.!\s]+$/, "");
  const verb = /^[A-Za-z]+/.exec(rest2)?.[0] ?? "";
  if (pronounObject(rest2.slice(verb.length).trim())) return true;
  const framesObject = framed?.[1] !== void 0 && PRONOUN2.test(verb);
  if (!framesObject && (!framed || !NEEDS_OBJECT.test(verb))) return false;
  if (!framesObject) rest2 = rest2.slice(verb.length).trim();
  const pronoun = /^[A-Za-z]+/.exec(rest2)?.[0];
  if (pronoun && PRONOUN2.test(pronoun)) rest2 = rest2.slice(pronoun.length).trim();
  for (let m = EMPTY_TAIL.exec(rest2); m && m[0].length > 0; m = EMPTY_TAIL.exec(rest2)) rest2 = rest2.slice(m[0].length);
  return rest2.replace(/[.\s]+/g, "") === "";
}
var MANNER_POINTER = /\b(?:like\s+(?:that|this)|(?:in\s+)?(?:this|that)\s+(?:way|manner|fashion)|the\s+(?:same\s+)?way\s+(?:you|we)\s+did(?:\s+(?:it|that|this|before))?|the\s+same\s+way(?!\s+as\s+(?!before\b|last\s+time\b)))\b(?!\s*:)/i;
function pointsAtAManner(sentence) {
  const first = sentence.trim().replace(/\s*(?:[,;(]|\s[-–—]\s).*$/, "");
  return MANNER_POINTER.test(first);
}

// src/signals/remember-request.ts
var WHERE = String.raw`(?:your\s+|the\s+|my\s+)?(?:memory|memories|long[- ]term memory|claude\.md|agents\.md|gemini\.md|memory file|rules(?:\s+file)?)`;
var LATER = String.raw`(?:next time|the future|later|future sessions|later sessions|all (?:future )?(?:sessions|projects)|good)`;
var EN_FRAMES = [
  new RegExp(
    String.raw`^(?:please\s+)?(?:remember|note|memori[sz]e)(?:\s+(?:this|that))?(?:\s+for\s+${LATER})?\s*(?:[:,–—-]\s*|\s+that\s+)`,
    "i"
  ),
  new RegExp(
    String.raw`^(?:please\s+)?(?:save|store|put|add|write|record|keep|note)(?:\s+(?:this|it|that))?\s+(?:in|to|into)\s+${WHERE}(?:\s+for\s+${LATER})?\s*(?:[:,–—-]\s*|\s+that\s+|\s+)`,
    "i"
  ),
  new RegExp(String.raw`^(?:a\s+)?note\s+for\s+${LATER}\s*[:,–—-]\s*`, "i"),
  new RegExp(String.raw`^(?:please\s+)?keep\s+in\s+mind\s+for\s+${LATER}\s*(?:[:,–—-]\s*|\s+that\s+)`, "i"),
  new RegExp(String.raw`^for\s+${LATER},?\s+(?:please\s+)?(?:remember|note|keep in mind)(?:\s+that)?\s*[:,]?\s+`, "i")
];
var BACK = new RegExp(
  String.raw`^(?:please\s+)?(?:(?:remember|note|memori[sz]e|save|store|add|write|record)\s+(?:this|that|it)(?:\s+(?:in|to|into)\s+${WHERE})?|keep\s+(?:this|that|it)\s+in\s+mind)(?:\s+for\s+${LATER})?(?:,?\s+please)?[.!]*$`,
  "i"
);
var TRAILING = /\s*(?:\(\s*([^()]{6,80}?)\s*\)|\s[–—-]\s+([^–—-]{6,80}?))[.!]*$/;
var OTHER_FRAMES = [
  /^(?:请|請)?(?:帮我)?(?:保存|存|写|寫|记|記|加|添加)(?:到|进|進|入|在)(?:你的)?(?:记忆|記憶|长期记忆|memory|claude\.md|agents\.md)(?:里|裡|中)?(?:一下)?[:：,，]\s*/iu,
  /^(?:记住|記住)(?:这个|這個|这点|這點)?[:：]\s*/u,
  /^(?:メモリ|記憶|claude\.md|agents\.md)に(?:保存|追加|記録|書いて)(?:して)?(?:ください|下さい|おいて)?[:：、,]\s*/iu,
  /^(?:これを)?覚えておいて(?:ください|下さい)?[:：、,]\s*/u,
  /^기억해\s*(?:둬|줘|두세요|주세요)?[:：,]\s*/u,
  /^(?:메모리|기억|claude\.md|agents\.md)에\s*(?:저장|추가|기록)(?:해|해줘|해 줘|해주세요|해 주세요|하세요)?[:：,]\s*/iu,
  /^(?:guarda|guarde|añade|agrega|anota|apunta)(?:\s+esto)?\s+(?:en|a)\s+(?:la\s+|tu\s+)?memoria(?:\s+que)?\s*[:,]?\s+/iu,
  /^(?:recuerda|recuerde)(?:\s+esto)?(?:\s+para\s+(?:la\s+próxima(?:\s+vez)?|el\s+futuro))?\s*[:,]\s*(?:que\s+)?/iu,
  /^(?:salve|salva|guarde|adicione|anote)(?:\s+isso)?\s+(?:na|à|em)\s+(?:sua\s+)?memória(?:\s+que)?\s*[:,]?\s+/iu,
  /^(?:lembre(?:-se)?|lembra)(?:\s+disso)?(?:\s+para\s+(?:a\s+próxima(?:\s+vez)?|o\s+futuro))?\s*[:,]\s*(?:que\s+)?/iu,
  /^(?:speicher(?:e)?|merk|merke|notier|notiere|schreib|schreibe)(?:\s+dir)?(?:\s+(?:das|dies|folgendes))?(?:\s+(?:im|ins|in\s+dein(?:em)?|in\s+die)\s+(?:gedächtnis|memory|speicher|claude\.md|agents\.md))?(?:\s+für\s+die\s+zukunft)?\s*[:,]\s*(?:dass\s+)?/iu,
  /^(?:retiens|retenez|mémorise|mémorisez|enregistre|enregistrez|note|notez|ajoute|ajoutez)(?:-le)?(?:\s+(?:ça|cela|ceci))?(?:\s+(?:dans|à)\s+(?:ta\s+|la\s+|votre\s+)?mémoire)?(?:\s+pour\s+(?:la\s+suite|l'avenir|la\s+prochaine\s+fois))?\s*[:,]\s*(?:que\s+)?/iu,
  /^(?:запомни|запомните|сохрани|сохраните|добавь|добавьте|запиши|запишите)(?:\s+(?:это|себе))?(?:\s+(?:в|на)\s+(?:память|памяти|claude\.md|agents\.md))?(?:\s+на\s+будущее)?\s*[:,]\s*(?:что\s+)?/iu
];
var SECRET2 = /\b(?:password|passwd|passphrase|token|api[ _-]?key|secret|credentials?|private key)\b|пароль|токен|密码|密碼|パスワード|비밀번호|contraseña|senha|passwort|mot de passe/iu;
var WHEN_DONE = /\b(?:when|once|after)\s+(?:you(?:'re| are)\s+|it'?s\s+|we(?:'re| are)\s+)?(?:done|finished|through)\b/i;
var WE = /^we\s+(always\s+|never\s+|don'?t\s+|do not\s+)?([a-z-]+)\s+(.{2,140})$/i;
var PLAIN_HABIT = /^(?:use|run|write|keep|put)$/i;
var ENGLISH_RULE = /^(?:please\s+)?(?:always|never|don'?t|do not|avoid|from now on)\b/i;
function englishRule(object) {
  const o = object.replace(/,?\s+please[.!]*$/i, "").trim();
  if (!o || o.endsWith("?") || SECRET2.test(o) || WHEN_DONE.test(o) || ENDS_ON_THIS_WORK.test(o)) return void 0;
  if (ENGLISH_RULE.test(o)) return { object: o, order: false };
  const we = WE.exec(o);
  const adverb = (we?.[1] ?? "").trim().toLowerCase();
  const verb = (we?.[2] ?? "").toLowerCase();
  if (we && (adverb ? RULE_VERB : PLAIN_HABIT).test(verb)) {
    const lead = adverb === "always" ? `Always ${verb}` : adverb === "never" ? `Never ${verb}` : adverb ? `Don't ${verb}` : `${verb[0].toUpperCase()}${verb.slice(1)}`;
    return { object: `${lead} ${we[3]}`, order: !adverb };
  }
  const first = /^[A-Za-z-]+/.exec(o)?.[0];
  if (first && RULE_VERB.test(first) && first.toLowerCase() !== "remember")
    return { object: `${first[0].toUpperCase()}${o.slice(1)}`, order: true };
  return void 0;
}
function rememberRequest(sentence, next = "") {
  const s = sentence.trim();
  if (BACK.test(next.trim())) return englishRule(s.replace(/[.!]+$/, ""));
  for (const frame of EN_FRAMES) {
    const m = frame.exec(s);
    if (m) return englishRule(s.slice(m[0].length));
  }
  for (const frame of OTHER_FRAMES) {
    const m = frame.exec(s);
    const object = m ? s.slice(m[0].length).trim() : "";
    if (m) return object && !SECRET2.test(object) && !object.endsWith("?") ? { object, order: true } : void 0;
  }
  const t = TRAILING.exec(s);
  const inner = t?.[1] ?? t?.[2];
  if (t && inner && BACK.test(inner)) return englishRule(s.slice(0, t.index));
  return void 0;
}

// src/signals/dont-use-use.ts
var DONT_USE_USE = /^(?:(?:please|pls)\s+)?(?:don'?t|do not|never)\s+use\s+(?:(.+?)[,;]\s*(?:but\s+|just\s+|always\s+|instead\s+)?use\s+(.+?)|(\x60?[\w@.:/+-]+\x60?)\s+use\s+(\x60?[\w@.:/+-]+\x60?))[.!]?$/i;
var DONT_USE = /^(?:please\s+)?(?:don'?t|do not|never)\s+use\s+(.+?)[.!]?$/i;
var USE_NEXT = /^(?:please\s+)?(?:always\s+|just\s+|instead,?\s+)?use\s+([^:,.;!]+?)(?:\s*[:,.;!].*)?$/i;
var LOCATIVE = /\s+(?:in|for|on)\s+(?:this|the|our)\s+(?:repo(?:sitory)?|project|codebase|workspace)$|\s+(?:here|anymore|please)$/i;
var bare = (s) => s.replace(/[`'"]/g, "").trim().replace(LOCATIVE, "").replace(/[\s,;]+$/, "");
var short = (t) => t.length > 0 && t.split(/\s+/).length <= 3 && !/^(it|that|this|them|those|these)$/i.test(t);
function namedAlternative(phrase) {
  const spans = [...phrase.matchAll(/`([^`\s]+)`/g)];
  if (spans.length !== 1) return void 0;
  const name = spans[0][1];
  if (!/^[a-z][\w+-]*$/i.test(name)) return void 0;
  const before = phrase.slice(0, spans[0].index).trim();
  const after = phrase.slice(spans[0].index + spans[0][0].length).trim().replace(/^[.!]$/, "");
  const example = /\b(?:like|such as|e\.g\.?|for example)$/i.test(before);
  const first = before === "" && (after === "" || /^(?:so|to|for|because|since|which)\b/i.test(after));
  return example || first ? name : void 0;
}
function dontUseUse(list, i) {
  const s = (list[i] ?? "").replace(INTERJECTION, "");
  let use;
  let not;
  let used = [i];
  const one = DONT_USE_USE.exec(s);
  let phrase;
  let example;
  if (one) {
    not = bare(one[1] ?? one[3] ?? "");
    phrase = one[2] ?? one[4] ?? "";
  } else {
    const neg = DONT_USE.exec(s);
    const next = list[i + 1] ?? "";
    const pos = neg ? USE_NEXT.exec(next) : null;
    if (!neg || !pos || TRANSIENT_INSTRUCTION.test(next)) return void 0;
    not = bare(neg[1] ?? "");
    phrase = pos[1] ?? "";
    example = next.slice(next.search(/\buse\s/i) + 4);
    used = [i, i + 1];
  }
  use = bare(phrase);
  if (!short(use) || /^(?:a|an|some|any|the)\s/i.test(use)) use = namedAlternative(example ?? phrase) ?? use;
  if (!short(use) || !short(not) || use.toLowerCase() === not.toLowerCase()) return void 0;
  const after = list[(used[used.length - 1] ?? i) + 1];
  const reason = after && REASON.test(after) && REASON_TOPIC.test(after) && !TRANSIENT_INSTRUCTION.test(after) ? after : void 0;
  return { used: reason ? [...used, used.length + i] : used, use, not, ...reason ? { reason } : {} };
}

// src/signals/turn-instructions.ts
var MAX_SENTENCE3 = 220;
var NEG = /^(?:please\s+)?(?:don'?t|do not|never|avoid|stop(?=\s+(?:\w+ing|and|at|after|before|when|whenever|if|once|on|as|until|unless|to)\b))\s+\w+/i;
var POS = /^(?:please\s+)?always\s+\w+/i;
var FROM_NOW_ON = /^(?:and\s+)?from now on,?\s+(?=\w)/i;
var OWN_SUBJECT = /^(?:i|it|he|she|they|this|that|these|those|there|things|everything|nothing|everyone|everybody|nobody|someone|the|a|an|my|our|your|their|his|her|its|you|we)\b/i;
var ADDRESSED = /^(?:you|we)(?:'ll|\s+(?:should|must|shall|will|need\s+to|have\s+to|ought\s+to|are\s+to|always|never|only)\b)/i;
function timeFramed(sentence) {
  const frame = FROM_NOW_ON.exec(sentence);
  if (!frame) return trailingFramed(sentence);
  const rest2 = sentence.slice(frame[0].length);
  if (OWN_SUBJECT.test(rest2) && !ADDRESSED.test(rest2)) return void 0;
  return { neg: NEG.test(asNegative(rest2)), rest: rest2 };
}
var FROM_NOW_ON_LAST = /,?\s+from now on\s*[.!]*$/i;
function trailingFramed(sentence) {
  const frame = FROM_NOW_ON_LAST.exec(sentence);
  if (!frame) return void 0;
  const rest2 = `${sentence.slice(0, frame.index)}.`;
  const neg = NEG.test(asNegative(rest2));
  return neg || RULE_VERB.test(/^(?:please\s+)?([a-z-]+)/i.exec(rest2)?.[1] ?? "") ? { neg, rest: rest2 } : void 0;
}
var FRONTED = /^(?:please\s+)?(always|never|don'?t ever|do not ever),\s+[^,]{3,60},\s+\w+/i;
var PREFER = /^(?:please\s+)?(?:use|run|call|prefer)\s+(.+?),?\s+(?:not|instead of|rather than|in place of)\s+(.+?)[.!]?$/i;
var AFTER_REJECTION = /^(?:please\s+)?(?:use|run|keep|put|call|only|just|first)\s+`?\w+/i;
var RECURRING = /\b(?:before|after|when(?:ever)?|each time|every time)\s+(?:\w+ing\b|(?:each|every|any|you|we)\b)/i;
var HABIT = /\b(?:before|after|whenever|each time|every time)\s+(?:you\s+|we\s+)?(?:each\s+|every\s+|any\s+)?(commit|push)/i;
var TRANSIENT2 = TRANSIENT_INSTRUCTION;
var PATH_TOKEN = /`([^`\s]*\/[^`\s]*)`|(?:^|\s)((?:\.{0,2}\/)?[\w@.-]+(?:\/[\w@.-]+)+\/?|[\w@.-]+\/(?=[\s?!.,]|$))/;
function negSignature(sentence) {
  const m = PATH_TOKEN.exec(sentence);
  const p = m?.[1] ?? m?.[2];
  return p ? `neg|path:${pathTopic(p)}` : `neg|${ruleKey2(sentence)}`;
}
var codeSpanHolds = (sentence, word3) => [...sentence.matchAll(/`([^`\n]+)`/g)].some((m) => words(m[1] ?? "") === word3);
var usesProgram = (sentence, program) => new RegExp(String.raw`\b(?:use|using|run|running|call|calling|invoke|with)\s+${program}\b`, "i").test(sentence);
var CLAUSES = /^(?:[^`]|`[^`]*`)*?(?:[,;:、，；：]|\s[-–—]\s)/u;
function reasonAfter(next) {
  if (!next) return void 0;
  const r = reasonSentence(next);
  if (r) return r;
  return REASON.test(next) && REASON_TOPIC.test(next) && !TRANSIENT2.test(next) ? next.replace(/[.!]+$/, "") : void 0;
}
function colonReason(sentence) {
  const tail = /:\s+([^:]+)$/.exec(sentence)?.[1]?.trim();
  if (!tail || tail.endsWith("?") || TRANSIENT2.test(tail) || tail.split(/\s+/).length < 3) return void 0;
  if (/^(?:use|run|call|always|never|don'?t|do not|\S+\s+(?:install|add|run|exec)\b)/i.test(tail) || tail.includes("`")) return void 0;
  return tail.replace(/[.!]+$/, "");
}
var ALTERNATIVE2 = /^(?:just\s+)?[a-z]+\b[^?]{2,120}\b(?:instead|rather)\b[^?]*[.!]?$/i;
function isRuleItem(item, actions) {
  const s = item.replace(/[.;,]+$/, "");
  return [NEG, POS, PREFER].some((re) => re.test(s)) || !!timeFramed(s) || !!standingRule(s) || !!glossRule(s, actions);
}
var planReader = (actions) => ({
  isRule: (item) => isRuleItem(item, actions),
  asksHabit: (item) => isRuleItem(item, actions) || RECURRING.test(item) || HABIT.test(item)
});
function readableTurn(own, agentWrote) {
  const readable = readableOwnText(own, agentWrote);
  return { readable, sentences: sentences(readable.text) };
}
function extractInstructions(text, event, turn) {
  const { afterRejection, correction, recent } = turn;
  if (!usablePrompt(text)) return [];
  const out = [];
  const { readable, sentences: own } = turn.readable?.() ?? readableTurn(turn.own(), turn.agentWrote);
  if (own.some(scopesTheMessage)) return [];
  if (marksAJoke(readable.text)) return [];
  const actions = recent.calls.map((c) => actionText(c).slice(0, 2e3));
  if (!readable.rules.trim() && holdsPlan(readable.text, planReader(actions))) return [];
  const said = /* @__PURE__ */ new Map();
  const typed = /* @__PURE__ */ new Map();
  const keptOrders = /* @__PURE__ */ new Set();
  const reproached = /* @__PURE__ */ new Map();
  const list = own.map((s, k) => {
    const calm = withoutSmileys(withoutSwearing(s));
    const request = rememberRequest(calm, own[k + 1]);
    if (request?.order) keptOrders.add(k);
    const asked = request?.object ?? calm;
    const g = glossRule(asked, actions) ?? looseRule(asked, actions);
    if (g) said.set(g, s);
    const reminded = g ? void 0 : afterBareReproach(own[k - 1], asked);
    if (reminded) {
      reproached.set(reminded, { quote: span(text, own[k - 1] ?? s, s), order: s });
      return reminded;
    }
    const read = g ?? mendFrameTypos(asked) ?? asked;
    if (!g && read !== s) typed.set(read, s);
    return read;
  });
  const quoted = (s) => reproached.get(s)?.quote ?? said.get(s) ?? typed.get(s) ?? s;
  const ruled = new Set(sentences(readable.rules));
  const consumed = /* @__PURE__ */ new Set();
  const tools = recent.calls.map((c) => c.name);
  const pref = turnPreference(list, actions);
  const picked = (use, nots, said2) => picksOfferedOption({ use, nots }, { offered: turn.options, ran: turn.ran, said: said2 });
  if (pref && picked(pref.use, pref.not, pref.used.map((k) => quoted(list[k] ?? "")).join(" "))) pref.used.forEach((k) => consumed.add(k));
  else if (pref) {
    const first = pref.used[0] ?? 0;
    const last = pref.used[pref.used.length - 1] ?? first;
    const reason = reasonAfter(list[last + 1]) ?? colonReason(list[last] ?? "");
    for (let k = first; k <= last + (reason ? 1 : 0); k++) consumed.add(k);
    const not = pref.not.join(" or ");
    out.push({
      event,
      sentence: span(text, quoted(list[first] ?? ""), quoted(list[last + (reason ? 1 : 0)] ?? "")),
      lesson: `Use ${pref.use}, not ${not}${reason ? `: ${lowerFirst(reason)}` : ""}.`,
      signature: `prefer|${words(pref.use)}`,
      prefer: { use: pref.use, not, nots: pref.not }
    });
  }
  for (let i = 0; i < list.length; i++) {
    if (consumed.has(i)) continue;
    const raw = list[i] ?? "";
    const quote1 = quoted(raw);
    const kept = afterRejection ? handsBackProgram(raw, recent.calls) : void 0;
    if (kept) {
      out.push({ event, sentence: quote1, lesson: objectionLesson(kept, false, tools), signature: `neg|cmd:${kept}` });
      continue;
    }
    const objection = objectionTarget(raw, actions);
    if (objection) {
      const { target, isPath } = objection;
      out.push({
        event,
        sentence: quote1,
        lesson: objectionLesson(target, isPath, tools),
        signature: isPath ? `neg|path:${pathTopic(target)}` : `neg|cmd:${target.toLowerCase()}`
      });
      continue;
    }
    if (statesNotAsks(raw) || quote1 !== raw && statesNotAsks(quote1)) continue;
    const reminder = reminderRule(raw);
    const cw1 = reminder ? words(reminder) : "";
    if (reminder && (cw1.split(" ").length >= 2 || /\byou forgot\b/i.test(raw) && codeSpanHolds(reminder, cw1))) {
      out.push({ event, sentence: quote1, lesson: reminder, signature: `pos|${ruleKey2(reminder)}` });
      continue;
    }
    const standing = said.has(raw) ? void 0 : standingRule(raw);
    if (standing) {
      const typedRule = reproached.get(raw);
      out.push({
        event,
        sentence: typedRule?.quote ?? raw,
        lesson: `${(typedRule?.order ?? raw).replace(/[\s.!。！]+$/u, "")}.`,
        signature: `${standing.polarity}|said|${standing.key}`
      });
      continue;
    }
    if (raw.length > MAX_SENTENCE3 || isAsked(raw) || TRANSIENT2.test(raw)) continue;
    const core = dontUseUse(list, i);
    if (core) {
      core.used.forEach((k) => consumed.add(k));
      if (picked(core.use, [core.not], core.used.map((k) => quoted(list[k] ?? "")).join(" "))) continue;
      const reason2 = core.reason ? `: ${core.reason.charAt(0).toLowerCase()}${core.reason.slice(1).replace(/[.!]$/, "")}` : "";
      out.push({
        event,
        sentence: span(text, quote1, quoted(list[core.used[core.used.length - 1] ?? i] ?? raw)),
        lesson: `Use ${core.use}, not ${core.not}${reason2}.`,
        signature: `prefer|${words(core.use)}`,
        prefer: { use: core.use, not: core.not }
      });
      continue;
    }
    const stated = asProhibition(withoutScopeLead(asNoProgram(raw).replace(INTERJECTION, "")));
    const sentence = asOrder(asNegative(stated));
    const worded = sentence === stated ? sentence : stated.replace(/,?\s+please([.!]*)$/i, "$1");
    const p2 = PREFER.exec(sentence);
    const pr = p2 ? { use: bare(p2[1] ?? ""), not: bare(p2[2] ?? "") } : void 0;
    if (pr && pr.use && pr.not && pr.use.split(/\s+/).length <= 6 && pr.not.split(/\s+/).length <= 6) {
      if (picked(pr.use, [pr.not], quote1)) continue;
      out.push({
        event,
        sentence: quote1,
        lesson: cleanLesson(sentence),
        signature: `prefer|${words(pr.use)}`,
        prefer: pr
      });
      continue;
    }
    const fronted = FRONTED.exec(sentence)?.[1]?.toLowerCase();
    const framed = timeFramed(sentence);
    const neg = NEG.test(sentence) || fronted !== void 0 && fronted !== "always" || framed?.neg === true;
    if (neg && !standingScope(raw) && declinesOffer(sentence, turn.offered, list[i + 1])) continue;
    const answers = readable.whole && (afterRejection || correction && standingScope(raw));
    const listed = ruled.has(quote1) && (RECURRING.test(raw) || standingScope(raw));
    const habit = HABIT.exec(sentence);
    const answered = habit !== null && actions.some((a) => new RegExp(String.raw`\bgit\s+${habit[1].toLowerCase()}\b`).test(a));
    const plain = (answers || listed || answered) && AFTER_REJECTION.test(sentence) && !adverbRemark(sentence) && !replyRequest(sentence);
    const order = keptOrders.has(i) && RULE_VERB.test(/^[a-z-]+/i.exec(sentence)?.[0] ?? "") && !adverbRemark(sentence) && !replyRequest(sentence);
    const pos = POS.test(sentence) || framed !== void 0 || fronted === "always" || plain || order;
    if (!neg && !pos) continue;
    if (namesNoObject(sentence) || pointsAtUnnamedThing(sentence) || pointsAtAManner(sentence)) continue;
    const cw = words(sentence);
    const names2 = NAMED_PROGRAMS.has(cw) && usesProgram(sentence, cw) || codeSpanHolds(sentence, cw);
    if (cw.split(" ").length < 2 && !/[-:/._]/.test(cw) && !(names2 && !(said.has(raw) && CLAUSES.test(quote1)))) continue;
    const next = list[i + 1];
    const reason = said.has(raw) ? void 0 : reasonAfter(next);
    const alternative = !reason && !said.has(raw) && neg && next && ALTERNATIVE2.test(next) && !TRANSIENT2.test(next) ? next : void 0;
    const rule = cleanLesson(withVerb(worded)).replace(/\.$/, "");
    const lesson = reason ? `${rule}: ${lowerFirst(reason)}.` : alternative ? `${rule}; ${lowerFirst(alternative.replace(/[.!]+$/, ""))}.` : `${rule}.`;
    if (reason || alternative) consumed.add(i + 1);
    const quote = reason || alternative ? span(text, quote1, quoted(next ?? raw)) : quote1;
    out.push({
      event,
      sentence: quote,
      lesson,
      signature: neg ? negSignature(framed?.neg ? framed.rest : sentence) : `pos|${ruleKey2(sentence)}`
    });
  }
  return out;
}

// src/signals/reread-signature.ts
var MAY_READ_ANEW = /^(?:mem\|[^|]+\|)?(?:(?:pos|neg)\|said\|.*(?:`|[\p{Script=Latin}\p{Script=Cyrillic}])|pos\|said\|.*(?:不|别|別|禁止|勿|しない|ないで|するな|지마|말아|말것)|(?:pos|neg)\|(?![^|]*\|)(?:[^|]* )?ad(?: |$))/iu;
var mayReadAnew = (signature) => MAY_READ_ANEW.test(signature);
var quoteSignature = boundedMemo(4096, readQuote);
function readQuote(quote) {
  const event = { kind: "user_prompt", text: quote, seq: 0, origin: { file: "", line: 0 } };
  const found = extractInstructions(quote, event, {
    afterRejection: false,
    correction: false,
    recent: { calls: [] },
    own: () => quote,
    agentWrote: () => false,
    offered: /* @__PURE__ */ new Set(),
    options: /* @__PURE__ */ new Set(),
    ran: new RanPrograms()
  });
  const signatures = new Set(found.map((f) => f.signature));
  return signatures.size === 1 ? [...signatures][0] : "";
}
function rereadSignature(signature, quotes) {
  if (quotes.length === 0 || !mayReadAnew(signature)) return signature;
  const prefix = /^mem\|[^|]+\|/.exec(signature)?.[0] ?? "";
  const read = new Set(quotes.map(quoteSignature));
  const [now] = [...read];
  return read.size === 1 && now ? `${prefix}${now}` : signature;
}

export {
  EN_NEGATING,
  NEVER,
  ZH_DONT,
  collectRepoFacts,
  commandMentions,
  mentionRelation,
  scriptOf,
  pathMentions,
  claudeReadsShared,
  memoryReadBy,
  commandDisplay,
  endsInsideValue,
  outputOnlyFlag,
  lessonCommand,
  toolGroup,
  swappedProgram,
  PATH_FIELD,
  EDIT_TOOL,
  patchedFiles,
  missingScriptLine,
  emptyMemoryUse,
  runnableKey,
  MemoryUseTracker,
  parseProhibition,
  ruleKey,
  prohibitionRules,
  memoryRuleDates,
  timelineRuleDates,
  ruleAge,
  HISTORY_WINDOW,
  openRepoHistory,
  isProhibition,
  looksGenerated,
  failurePhrase,
  fixLesson,
  ROOT_TOKEN,
  runsAsRoot,
  isOverrideToken,
  overrideOf,
  overrideText,
  overrideFixToken,
  notesLesson,
  createdFiles,
  finishingStepIn,
  bareTestsReproach,
  testsStepDone,
  usablePrompt,
  sentences,
  words,
  preGroupSignature,
  mayPredateGroups,
  reframedSignature,
  mayHoldFrameWords,
  offeredOptions,
  RanPrograms,
  offeredVerbs,
  readableTurn,
  extractInstructions,
  mayReadAnew,
  rereadSignature
};
