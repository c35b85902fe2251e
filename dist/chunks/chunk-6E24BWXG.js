import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  glob
} from "./chunk-WFGPWVF7.js";
import {
  MAX_MESSAGE,
  MAX_PATTERN_SAMPLES,
  MAX_PATTERN_SESSIONS,
  emptyFilter,
  evidenceFor,
  filterAdd,
  filterCovers,
  filterUnion,
  isDreamed,
  patternId,
  prunePatterns,
  segmentBytes,
  shortOwnText
} from "./chunk-6E7XZVMU.js";
import {
  wo
} from "./chunk-C56VTM35.js";
import {
  trusted
} from "./chunk-ZOCEYECJ.js";
import {
  EN_FORBIDDING
} from "./chunk-RCJQQU5X.js";
import {
  ENV_ASSIGN,
  FRAME_STEMS,
  FRAME_STEM_GROUPS,
  INTENSIFIER_STEMS,
  MULTI_WORD,
  PYTHON,
  PYTHON_M,
  REDIRECT,
  RUNNER_BUILTINS,
  TRANSIENT,
  argumentsAreProse,
  basename,
  clip,
  codeSpans,
  commandCore,
  contentWords,
  escapeRegExp,
  isBareGroup,
  isInterpreterWord,
  isTestCommand,
  meaningStems,
  mendFrameTypos,
  parseCommand,
  parseCommands,
  preGroupFamily,
  saysThisConversation,
  shellWords,
  standingScope,
  startsFreeText,
  structuralTokens,
  takesValue,
  withoutFrames
} from "./chunk-KEWPDFXH.js";
import {
  isClaudeAgent
} from "./chunk-ZMW6ZSA4.js";
import {
  MAX_PATTERN_FOLDERS,
  REPO_FOLDER_RULE,
  isRepoFolder,
  joinFolders
} from "./chunk-WIOEOUEH.js";

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
  const path5 = invoked(mention);
  if (path5.includes("/") && path5 !== invoked(failed)) return "ignored";
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
  const words2 = shellWords(shape.segment);
  const prose2 = { program: shape.program, verb: shape.sub[0] ?? shape.args[0] };
  const message = argumentsAreProse(shape.program, shape.sub) ? shape.args[0] : void 0;
  for (const [k, w] of words2.entries()) {
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
      if (!valueBeforeVerb(out, words2[k + 1], positional) || shownValue(shape.segment, w) === void 0) break;
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
function endsInsideValue(words2) {
  const text = words2.join(" ");
  let quote = "";
  for (const c of text) if (c === '"' || c === "'") quote = quote === "" ? c : quote === c ? "" : quote;
  if (quote !== "") return true;
  const shape = parseCommand(text);
  return !!shape && takesValue(optionOwners(shape), words2[words2.length - 1] ?? "");
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
  const words2 = commandDisplay(shape, script).split(" ");
  const owners = optionOwners(shape);
  const out = [];
  for (let i = 0; i < words2.length; i++) {
    const w = words2[i] ?? "";
    if (!keepPythonM && PYTHON.test(w) && words2[i + 1] === "-m" && words2[i + 2] === shape.program) {
      i++;
      continue;
    }
    if (w.startsWith("-") && outputOnlyFlag(shape.program, w)) {
      if (takesValue(owners, w)) i++;
      continue;
    }
    out.push(w);
  }
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
var named = (text, word2) => new RegExp(`(^|[^\\w-])${escapeRegExp(word2)}($|[^\\w-])`, "i").test(text);
function nextCommand(events, from) {
  for (let j = from + 1; j < events.length && j <= from + LOOKAHEAD; j++) {
    const e = events[j];
    if (!e || e.kind === "user_prompt" || e.kind === "interrupt" || e.kind === "permission_denial") return void 0;
    if (e.kind !== "tool_call" || !e.command) continue;
    const result = events.slice(j + 1, j + 1 + LOOKAHEAD).find((r) => r.kind === "tool_result" && (r.callId === void 0 || r.callId === e.callId));
    return { call: e, ok: result?.kind === "tool_result" && result.ok };
  }
  return void 0;
}
function swappedProgram(events, at, turn) {
  const e = events[at];
  const lastCall = turn.lastCall;
  if (e?.kind !== "user_prompt" || !lastCall?.command || e.text.length > MAX_MESSAGE) return void 0;
  const said = turn.own().replace(/\u2019/g, "'");
  if (!shortOwnText(said) || HEDGE.test(said) || TRANSIENT.test(said) || saysThisConversation(said)) return void 0;
  if (!turn.correction && !OBJECTION.test(said) && !OBJECTION_ELSEWHERE.test(said) && !standingScope(said)) return void 0;
  const before = parseCommand(lastCall.command);
  const next = nextCommand(events, at);
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
        const words2 = shellWords(segment.trim());
        if (TOUCHING_PROGRAMS.has(path3.posix.basename(words2[0] ?? ""))) named2.push(...words2.slice(1).filter((w) => !w.startsWith("-")));
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

// src/signals/rule-prohibitions.ts
function forms(base) {
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  return [base, `${base}s`, `${base}es`, `${stem}ed`, `${stem}ing`];
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
  const path5 = t.replace(/^\.\//, "").replace(/\/+$/, "");
  if (!/[*?]/.test(path5)) return { kind: "path", path: path5 };
  const re = path5.split(/(\*\*\/|\*\*|\*|\?)/).map(
    (part) => part === "**/" ? "(?:.*/)?" : part === "**" ? ".*" : part === "*" ? "[^/]*" : part === "?" ? "[^/]" : part.replace(/[.+^${}()|[\]\\]/g, "\\$&")
  ).join("");
  return { kind: "path", path: path5, glob: new RegExp(`^${re}$`) };
}
function commandTarget(raw) {
  const shape = parseCommand(raw);
  return shape && /^[\w.-]+$/.test(shape.program) ? { kind: "command", text: raw.trim(), shape } : void 0;
}
function clause(text) {
  const cut = /;|\s[-\u2013\u2014]\s|[.!?](?:\s|$)|\(|:\s/.exec(text);
  return (cut ? text.slice(0, cut.index) : text).trim();
}
function parseProhibition(line) {
  const bare = line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "").replace(/\*\*|__/g, "").replace(/^[^\w`~$.]*(?:(?:important|note|critical|warning)\s*:\s*)?/i, "").trim();
  const spans = [];
  const masked = bare.replace(SPAN, (_, s) => ` \uE000${spans.push(s) - 1}\uE000 `);
  if (CONDITIONAL.test(masked.replace(/\uE000\d+\uE000/g, " "))) return void 0;
  let words2 = clause(masked).split(/[\s,]+/).filter(Boolean);
  const neg = NEGATION.exec(words2.join(" "));
  if (neg) words2 = words2.slice(neg[0].split(/\s+/).length);
  else {
    const at = words2.findIndex((w) => /^(?:is|are|must|should|may|can)$/i.test(w));
    const m = at > 0 ? PASSIVE.exec(words2.slice(at).join(" ")) : null;
    if (!m) return void 0;
    const subject = words2.slice(0, at);
    words2 = [...words2.slice(at + m[0].split(/\s+/).length), ...subject];
  }
  while (words2.length && ADVERBS.has((words2[0] ?? "").toLowerCase())) words2 = words2.slice(1);
  const actions = /* @__PURE__ */ new Set();
  while (words2.length) {
    const w = words2[0] ?? "";
    const parts = w.split("/").map(verbActions);
    if (parts.every((a) => a)) parts.forEach((a) => a?.forEach((x) => actions.add(x)));
    else if (!/^(?:or|and|nor)$/i.test(w)) break;
    words2 = words2.slice(1);
  }
  if (actions.size === 0) return void 0;
  const targets = [];
  for (const w of words2) {
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
  const command = (s) => [s.program, ...s.sub, ...[...s.flags, ...s.args].sort()].join(" ");
  const targets = rule.targets.map((t) => t.kind === "path" ? t.path : command(t.shape)).sort();
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
  const stem = name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "";
  return stem !== "" && GENERATED_NAME.test(stem);
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
  const words2 = family.split(" ");
  for (let n = words2.length; n > 0; n--) {
    const letters = OVERRIDE_SHORT.get(words2.slice(0, n).join(" "));
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
function testsStepDone(events, at) {
  for (let j = at + 1; j < events.length && j <= at + ANSWER_WITHIN; j++) {
    const e = events[j];
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
var ruleKey2 = (s) => meaningStems(withoutFrames(s.replace(/(?:[,;:]|\s+-+)\s+(?:it|they|that|this|since|because|as|so|otherwise|which)\b.*$|:\s+.*$/i, ""))).filter((stem) => !INTENSIFIER_STEMS.has(stem)).sort().join(" ");
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
function onlyFramed(stem, quotes) {
  return quotes.length > 0 && quotes.every((q) => {
    const read = sentences(q).map(mendFrameTypos);
    return meaningStems(read.join(" ")).includes(stem) && !meaningStems(read.map(withoutFrames).join(" ")).includes(stem);
  });
}
function reframedSignature(signature, quotes) {
  const m = STEM_KEY.exec(signature);
  if (!m) return signature;
  const stems = m[2].split(" ");
  const kept = stems.filter((s) => !INTENSIFIER_STEMS.has(s) && !(FRAME_STEMS.has(s) && onlyFramed(s, quotes)));
  return kept.length === stems.length ? signature : `${m[1]}${kept.join(" ")}`;
}
var word = (stem) => String.raw`(?=(?:[^|]* )?${stem}(?: |$))`;
var FRAMED = new RegExp(
  `^(?:${[...[...INTENSIFIER_STEMS].map((s) => [s]), ...FRAME_STEM_GROUPS].map((group) => group.map(word).join("")).join("|")})`
);
function mayHoldFrameWords(signature) {
  const m = STEM_KEY.exec(signature);
  return !!m && FRAMED.test(m[2]);
}

// src/ledger/same-value.ts
function sameJsonValue(a, b) {
  if (a === b) return a !== void 0 && (typeof a !== "number" || Number.isFinite(a));
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const arr = Array.isArray(a);
  if (arr !== Array.isArray(b)) return false;
  if (arr) {
    const x2 = a;
    const y2 = b;
    if (x2.length !== y2.length) return false;
    for (let i = 0; i < x2.length; i++) if (!sameJsonValue(x2[i], y2[i])) return false;
    return true;
  }
  if (!plain(a) || !plain(b)) return false;
  const x = a;
  const y = b;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!Object.prototype.hasOwnProperty.call(y, k) || !sameJsonValue(x[k], y[k])) return false;
  }
  return true;
}
function plain(o) {
  const proto = Object.getPrototypeOf(o);
  return (proto === Object.prototype || proto === null) && typeof o.toJSON !== "function";
}

// src/ledger/legacy-patterns.ts
function joined(a, b) {
  const listedInA = new Set(a.sessions);
  const both = b.sessions.filter((s) => listedInA.has(s)).length;
  const sampled = new Set((a.samples ?? []).map((x) => x.rootSessionId ?? x.sessionId));
  const samples = [...a.samples ?? [], ...(b.samples ?? []).filter((x) => !sampled.has(x.rootSessionId ?? x.sessionId))];
  return {
    ...a,
    support: a.support + b.support - both,
    agents: [.../* @__PURE__ */ new Set([...a.agents, ...b.agents])].sort(),
    firstSeen: a.firstSeen < b.firstSeen ? a.firstSeen : b.firstSeen,
    lastSeen: a.lastSeen > b.lastSeen ? a.lastSeen : b.lastSeen,
    sessions: [.../* @__PURE__ */ new Set([...a.sessions, ...b.sessions])].slice(-MAX_PATTERN_SESSIONS),
    ...samples.length ? { samples: samples.slice(0, MAX_PATTERN_SAMPLES) } : {}
  };
}
function rekeyFramedPatterns(l) {
  const moved = /* @__PURE__ */ new Map();
  for (const id of Object.keys(l.patterns)) {
    const p = l.patterns[id];
    if (!mayHoldFrameWords(p.signature)) continue;
    const quotes = (p.samples ?? []).flatMap((s) => s.evidence.map((e) => e.quote));
    const signature = reframedSignature(p.signature, quotes);
    if (signature === p.signature) continue;
    const to = patternId(p.kind, signature);
    if (to === id) continue;
    const at = l.patterns[to];
    const renamed = { ...p, signature };
    l.patterns[to] = at ? joined(at, renamed) : renamed;
    delete l.patterns[id];
    moved.set(id, to);
  }
  if (moved.size === 0) return;
  for (const [id, e] of Object.entries(l.edits)) {
    const to = e.patternId && moved.get(e.patternId);
    if (to) l.edits[id] = { ...e, patternId: to };
  }
  for (const [id, e] of Object.entries(l.efficacy ?? {})) {
    const to = moved.get(e.patternId);
    if (to) l.efficacy[id] = { ...e, patternId: to };
  }
}

// src/ledger/ledger.ts
var emptyLedger = () => ({ version: 1, sessions: {}, patterns: {}, entries: {}, edits: {} });
function ledgerSnapshot(l) {
  return {
    ...l,
    sessions: copyRecord(l.sessions),
    ...l.files ? { files: copyRecord(l.files) } : {},
    ...l.dreamed ? { dreamed: { ...l.dreamed, segments: l.dreamed.segments.map((s) => ({ ...s })) } } : {}
  };
}
function copyRecord(r) {
  return Object.prototype.hasOwnProperty.call(r, "__proto__") ? { ...r } : Object.assign({}, r);
}
function readersLedgerText(l) {
  return JSON.stringify({ version: l.version, sessions: l.sessions, files: l.files, dreamed: l.dreamed });
}
var LedgerError = class extends Error {
  constructor(file, message) {
    super(`${file}: ${message}`);
    this.file = file;
    this.name = "LedgerError";
  }
  file;
};
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function checkRecord(file, root, key, fields) {
  const v = root[key];
  if (v === void 0) {
    root[key] = {};
    return;
  }
  if (!isObj(v)) throw new LedgerError(file, `"${key}" must be an object`);
  const names2 = Object.keys(fields);
  const ids = Object.keys(v);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const item = v[id];
    if (!isObj(item)) throw new LedgerError(file, `"${key}.${id}" must be an object`);
    for (let j = 0; j < names2.length; j++) {
      const f = names2[j];
      const type = fields[f];
      const value = item[f];
      if (typeof value === type ? type !== "object" || !Array.isArray(value) : type === "array" && Array.isArray(value)) continue;
      throw new LedgerError(file, `"${key}.${id}.${f}" must be ${type === "array" || type === "object" ? `an ${type}` : `a ${type}`}`);
    }
  }
}
function loadLedger(text, file) {
  if (text === null || text.trim() === "") return emptyLedger();
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new LedgerError(file, `invalid JSON: ${e.message}`);
  }
  if (!isObj(raw)) throw new LedgerError(file, "the ledger must be a JSON object");
  if (raw.version !== 1) throw new LedgerError(file, `unsupported ledger version ${JSON.stringify(raw.version)} (expected 1)`);
  checkRecord(file, raw, "sessions", { id: "string", sourceFile: "string", dreamedAt: "string" });
  checkRecord(file, raw, "patterns", {
    kind: "string",
    signature: "string",
    support: "number",
    sessions: "array",
    agents: "array",
    lastSeen: "string"
  });
  checkRecord(file, raw, "entries", { hurt: "number", helped: "number", lastSeen: "string" });
  checkRecord(file, raw, "edits", { op: "string", file: "string", status: "string", proposedAt: "string", supportAtDecision: "number" });
  if (raw.efficacy !== void 0) {
    checkRecord(file, raw, "efficacy", { patternId: "string", adoptedAt: "string", before: "object", after: "object", weeks: "object" });
  }
  if (raw.files !== void 0)
    checkRecord(file, raw, "files", {
      size: "number",
      mtimeMs: "number",
      bytes: "number",
      lines: "number",
      head: "string",
      mark: "string",
      dreamedAt: "string"
    });
  if (raw.files !== void 0) checkFileIdentities(file, raw.files);
  checkPatternFolders(file, raw.patterns);
  if (raw.dreamed !== void 0) checkFilter(file, raw.dreamed);
  for (const [id, e] of Object.entries(raw.edits)) {
    if (e.status !== "proposed" && e.status !== "rejected")
      throw new LedgerError(file, `"edits.${id}.status" must be "proposed" or "rejected"`);
  }
  const ledger = raw;
  rekeyFramedPatterns(ledger);
  loaded.set(ledger, { text, counts: countsOf(ledger) });
  return ledger;
}
function checkFileIdentities(file, files) {
  for (const id of Object.keys(files)) {
    const f = files[id];
    if (f.ctimeMs === void 0 && f.ino === void 0) continue;
    if (typeof f.ctimeMs !== "number" || typeof f.ino !== "number")
      throw new LedgerError(file, `"files.${id}" must hold both ctimeMs and ino as numbers, or neither`);
  }
}
function checkPatternFolders(file, patterns) {
  const ids = Object.keys(patterns);
  for (let i = 0; i < ids.length; i++) {
    const folders = patterns[ids[i]].folders;
    if (folders === void 0) continue;
    if (!Array.isArray(folders) || folders.length === 0 || folders.length > MAX_PATTERN_FOLDERS || !folders.every(isRepoFolder))
      throw new LedgerError(
        file,
        `"patterns.${ids[i]}.folders" must be 1 to ${MAX_PATTERN_FOLDERS} folders inside the repository (${REPO_FOLDER_RULE})`
      );
  }
}
function checkFilter(file, f) {
  if (!isObj(f) || !isCount(f.bitsPerKey) || !isCount(f.hashes) || !Array.isArray(f.segments))
    throw new LedgerError(file, '"dreamed" must be an object with bitsPerKey, hashes and segments');
  const filterBits = f.bitsPerKey;
  f.segments.forEach((s, i) => {
    const where = `"dreamed.segments[${i}]"`;
    if (!isObj(s)) throw new LedgerError(file, `${where} must be an object`);
    if (s.bitsPerKey === void 0 !== (s.hashes === void 0) || s.bitsPerKey !== void 0 && (!isCount(s.bitsPerKey) || !isCount(s.hashes)))
      throw new LedgerError(file, `${where} must hold both bitsPerKey and hashes as positive integers, or neither`);
    const bytes = segmentBytes(typeof s.bitsPerKey === "number" ? s.bitsPerKey : filterBits);
    if (typeof s.keys !== "number" || typeof s.bits !== "string" || Buffer.from(s.bits, "base64").length !== bytes)
      throw new LedgerError(file, `${where} must hold keys and ${bytes} bytes of base64 bits`);
  });
}
var isCount = (v) => typeof v === "number" && Number.isInteger(v) && v > 0;
function sortKeys(v) {
  if (Array.isArray(v)) {
    let out2;
    for (let i = 0; i < v.length; i++) {
      const y = v[i];
      if (typeof y !== "object" || y === null) continue;
      const x = sortKeys(y);
      if (x !== y) (out2 ??= v.slice())[i] = x;
    }
    return out2 ?? v;
  }
  if (!isObj(v)) return v;
  const keys = Object.keys(v);
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1] < keys[i];
  if (!sorted) {
    const out2 = {};
    for (const k of keys.sort()) out2[k] = sortKeys(v[k]);
    return out2;
  }
  let out;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const y = v[k];
    if (typeof y !== "object" || y === null) continue;
    const x = sortKeys(y);
    if (x !== y) (out ??= { ...v })[k] = x;
  }
  return out ?? v;
}
function serializeLedger(l) {
  return `${JSON.stringify(sortKeys(l), null, 2)}
`;
}
function reserializeLedger(l, previous, stamp) {
  if (previous !== null && !surelyChanged(l, previous, stamp) && sameJsonValue(l, parsedOrUndefined(previous))) return previous;
  const json = JSON.stringify(sortKeys(l), null, 2);
  const same = previous !== null && previous.length === json.length + 1 && previous.endsWith("\n") && previous.startsWith(json);
  return same ? previous : `${json}
`;
}
var loaded = /* @__PURE__ */ new WeakMap();
var countsOf = (l) => [l.sessions, l.files, l.patterns, l.entries, l.edits, l.efficacy].map((r) => r ? Object.keys(r).length : -1).join() + `/${l.dreamed?.segments.length ?? -1}/${Object.keys(l).length}`;
function surelyChanged(l, previous, stamp) {
  const at = loaded.get(l);
  if (at !== void 0 && at.text === previous && at.counts !== countsOf(l)) return true;
  return stamp !== void 0 && stampIsNew(l, previous, stamp);
}
var PLAIN = /^[0-9A-Za-z:.+-]+$/;
function stampIsNew(l, previous, stamp) {
  if (!PLAIN.test(stamp) || !stamped(l, stamp)) return false;
  return !previous.includes("\\u") && !previous.includes(`"${stamp}"`);
}
function stamped(l, stamp) {
  for (const records of [l.files, l.sessions]) {
    if (!records) continue;
    const keys = Object.keys(records);
    for (let i = keys.length - 1; i >= 0; i--) if (records[keys[i]].dreamedAt === stamp) return true;
  }
  return false;
}
function parsedOrUndefined(text) {
  try {
    return loadLedger(text, "");
  } catch {
    return void 0;
  }
}

// src/ledger/merge.ts
var later = (a, b) => (a ?? "") > (b ?? "");
var decidedAt = (e) => e.status === "rejected" ? e.rejectedAt ?? e.proposedAt : e.proposedAt;
function pickEdit(a, b) {
  const ta = decidedAt(a);
  const tb = decidedAt(b);
  if (ta !== tb) return ta > tb ? a : b;
  return b.status === "rejected" && a.status !== "rejected" ? b : a;
}
function mergeLedgers(a, b) {
  const out = structuredClone(a);
  for (const [key, s] of Object.entries(b.sessions)) {
    const mine = out.sessions[key];
    if (!mine || later(mine.dreamedAt, s.dreamedAt)) out.sessions[key] = structuredClone(s);
  }
  for (const [path5, f] of Object.entries(b.files ?? {})) {
    out.files ??= {};
    const mine = out.files[path5];
    if (!mine || f.bytes > mine.bytes || f.bytes === mine.bytes && later(f.dreamedAt, mine.dreamedAt))
      out.files[path5] = structuredClone(f);
  }
  const dreamed = filterUnion(a.dreamed, b.dreamed);
  if (dreamed) out.dreamed = dreamed;
  for (const [id, p] of Object.entries(b.patterns)) {
    const mine = out.patterns[id];
    if (!mine || p.support > mine.support || p.support === mine.support && later(p.lastSeen, mine.lastSeen)) {
      out.patterns[id] = structuredClone(p);
    }
    const kept = out.patterns[id];
    const folders = mine ? joinFolders(mine.folders, p.folders) : p.folders;
    if (folders) kept.folders = folders;
    else delete kept.folders;
  }
  for (const [id, e] of Object.entries(b.entries)) {
    const mine = out.entries[id];
    if (!mine || later(e.lastSeen, mine.lastSeen)) out.entries[id] = structuredClone(e);
  }
  for (const [id, e] of Object.entries(b.edits)) {
    const mine = out.edits[id];
    out.edits[id] = structuredClone(mine ? pickEdit(mine, e) : e);
  }
  prunePatterns(out);
  return out;
}
function hasAllSessions(l, of) {
  return Object.keys(of.sessions).every((k) => isDreamed(l, k)) && filterCovers(l.dreamed, of.dreamed);
}
function reconcileLedgers(state, checkout) {
  if (state.text === null) return { text: checkout.text };
  if (checkout.text === null) return { text: state.text };
  const s = loadLedger(state.text, state.file);
  const c = loadLedger(checkout.text, checkout.file);
  if (hasAllSessions(s, c)) return { text: state.text, ledger: s, checkout: c };
  const merged = mergeLedgers(s, c);
  return { text: serializeLedger(merged), checkout: c };
}
function withoutPending(l, pending) {
  const ids = new Set(pending.sessionIds);
  const edits = new Set(pending.editIds);
  if (ids.size === 0 && edits.size === 0) return l;
  const out = structuredClone(l);
  for (const [key, s] of Object.entries(out.sessions)) {
    if (!ids.has(s.id)) continue;
    delete out.sessions[key];
    delete out.files?.[s.sourceFile];
  }
  for (const [id, e] of Object.entries(out.edits)) if (edits.has(id) && e.status === "proposed") delete out.edits[id];
  return out;
}

// src/ledger/file.ts
import { readFile as readFile3 } from "node:fs/promises";
import path4 from "node:path";
async function readLedgerFile(repoDir, ledgerPath) {
  return readFile3(path4.join(repoDir, ledgerPath), "utf8").catch((e) => {
    if (e.code === "ENOENT") return null;
    throw e;
  });
}
async function lastDreamTime(repoDir, ledgerPath, ledgerText) {
  const text = ledgerText !== void 0 ? ledgerText : await readLedgerFile(repoDir, ledgerPath);
  const ledger = loadLedger(text, ledgerPath);
  const created = Object.values(ledger.sessions).flatMap(
    (s) => s.createdAt && !Number.isNaN(Date.parse(s.createdAt)) ? [Date.parse(s.createdAt)] : []
  );
  if (created.length) return new Date(Math.max(...created)).toISOString();
  let latest;
  const consider = (t) => {
    if (t && !Number.isNaN(Date.parse(t)) && (!latest || Date.parse(t) > Date.parse(latest))) latest = t;
  };
  for (const s of Object.values(ledger.sessions)) consider(s.dreamedAt);
  for (const e of Object.values(ledger.edits)) consider(e.proposedAt);
  return latest === void 0 ? void 0 : new Date(Date.parse(latest)).toISOString();
}

// src/ledger/compact.ts
var MAX_LISTED_SESSIONS = 2e3;
var MAX_LISTED_FILES = 2e3;
function fileKey(display, m) {
  return m.oid ? oidKey(m.oid) : `file:${display}\0${m.size}\0${m.mtimeMs}\0${m.head}\0${m.mark}`;
}
function statKey(display, m) {
  return `stat:${display}\0${m.size}\0${Math.round(m.mtimeMs)}\0${m.ctimeMs}\0${m.ino}`;
}
var oidKey = (oid) => `oid:${oid}`;
var isHosted = (key) => key.includes(":");
function oldest(rec, keys) {
  return keys.sort((a, b) => {
    const x = rec[a].dreamedAt;
    const y = rec[b].dreamedAt;
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
}
function compactLedger(l, opts = {}) {
  const keep = opts.keep ?? /* @__PURE__ */ new Set();
  const maxSessions = opts.maxSessions ?? MAX_LISTED_SESSIONS;
  const maxFiles = opts.maxFiles ?? MAX_LISTED_FILES;
  const keptFiles = new Set(opts.keepFiles ?? []);
  const compacted = [];
  const fileKeysCompacted = [];
  const sessionKeys = Object.keys(l.sessions).filter((k) => !isHosted(k));
  if (sessionKeys.length > maxSessions) {
    for (const k of oldest(l.sessions, sessionKeys)) {
      if (sessionKeys.length - compacted.length <= maxSessions) break;
      const s = l.sessions[k];
      if (keep.has(s.id)) continue;
      compacted.push(k);
    }
  }
  for (const s of Object.values(l.sessions)) if (keep.has(s.id)) keptFiles.add(s.sourceFile);
  const files = l.files ?? {};
  const fileKeys = Object.keys(files);
  let filesCompacted = 0;
  if (fileKeys.length > maxFiles) {
    for (const k of oldest(files, fileKeys)) {
      if (fileKeys.length - filesCompacted <= maxFiles) break;
      if (keptFiles.has(k)) continue;
      const f = files[k];
      if (f.bytes === f.size) {
        fileKeysCompacted.push(fileKey(k, f));
        if (trusted(f)) fileKeysCompacted.push(statKey(k, f));
      }
      delete files[k];
      filesCompacted++;
    }
  }
  if (compacted.length || filesCompacted) {
    l.dreamed ??= emptyFilter();
    filterAdd(l.dreamed, [...compacted, ...fileKeysCompacted]);
    for (const k of compacted) delete l.sessions[k];
  }
  forgetSettledConversations(l);
  return compacted.length + filesCompacted;
}
function forgetSettledConversations(l) {
  if (!l.efficacy) return;
  const listed = /* @__PURE__ */ new Set();
  for (const s of Object.values(l.sessions)) {
    for (let i = s.id.indexOf("/"); i > 0; i = s.id.indexOf("/", i + 1)) listed.add(s.id.slice(0, i));
    listed.add(s.id);
  }
  for (const [id, e] of Object.entries(l.efficacy)) {
    if (!e.conversations) continue;
    const kept = Object.entries(e.conversations).filter(([key]) => listed.has(key.slice(2)));
    if (kept.length === Object.keys(e.conversations).length) continue;
    const { conversations: _, ...rest2 } = e;
    l.efficacy[id] = kept.length ? { ...rest2, conversations: Object.fromEntries(kept) } : rest2;
  }
}

export {
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
  emptyMemoryUse,
  runnableKey,
  MemoryUseTracker,
  HISTORY_WINDOW,
  openRepoHistory,
  isProhibition,
  parseProhibition,
  ruleKey,
  prohibitionRules,
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
  REASON,
  REASON_TOPIC,
  INTERJECTION,
  usablePrompt,
  sentences,
  cleanLesson,
  words,
  ruleKey2,
  span,
  lowerFirst,
  preGroupSignature,
  mayPredateGroups,
  ledgerSnapshot,
  readersLedgerText,
  loadLedger,
  serializeLedger,
  reserializeLedger,
  mergeLedgers,
  reconcileLedgers,
  withoutPending,
  readLedgerFile,
  lastDreamTime,
  MAX_LISTED_SESSIONS,
  MAX_LISTED_FILES,
  fileKey,
  statKey,
  oidKey,
  compactLedger
};
