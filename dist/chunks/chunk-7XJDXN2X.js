import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  boundedMemo
} from "./chunk-B2YXOGSE.js";

// src/signals/command-groups.ts
var GROUPS = new Map(
  Object.entries({
    git: /* @__PURE__ */ new Set(["remote", "stash", "worktree", "submodule", "bisect", "lfs", "notes", "sparse-checkout", "maintenance", "reflog"]),
    docker: /* @__PURE__ */ new Set([
      "compose",
      "container",
      "image",
      "volume",
      "network",
      "context",
      "buildx",
      "builder",
      "system",
      "plugin",
      "swarm",
      "service",
      "stack",
      "secret",
      "config",
      "node",
      "trust",
      "manifest",
      "scout"
    ]),
    kubectl: /* @__PURE__ */ new Set(["config", "rollout", "auth", "top", "certificate", "set", "plugin"]),
    gh: /* @__PURE__ */ new Set([
      "pr",
      "issue",
      "repo",
      "run",
      "workflow",
      "release",
      "auth",
      "gist",
      "label",
      "secret",
      "variable",
      "cache",
      "codespace",
      "project",
      "extension",
      "ssh-key",
      "gpg-key",
      "ruleset",
      "org",
      "attestation",
      "alias",
      "search"
    ]),
    cargo: /* @__PURE__ */ new Set(["nextest", "llvm-cov", "make"]),
    uv: /* @__PURE__ */ new Set(["pip", "python", "tool", "cache", "self"]),
    poetry: /* @__PURE__ */ new Set(["env", "self", "cache", "source", "debug"]),
    pip: /* @__PURE__ */ new Set(["cache", "config"]),
    pip3: /* @__PURE__ */ new Set(["cache", "config"]),
    npm: /* @__PURE__ */ new Set(["cache", "config"]),
    go: /* @__PURE__ */ new Set(["mod", "work"]),
    dotnet: /* @__PURE__ */ new Set(["tool", "nuget", "workload", "sln", "dev-certs", "user-secrets"]),
    terraform: /* @__PURE__ */ new Set(["state", "workspace", "providers"])
  })
);
var COMMAND_RUNNERS = /* @__PURE__ */ new Map([["adb", /* @__PURE__ */ new Set(["shell", "exec-out"])]]);
var GROUP_PATHS = /* @__PURE__ */ new Map([
  ["aws", 2],
  ["gcloud", 3],
  ["az", 3]
]);
var TRACKS = /* @__PURE__ */ new Set(["alpha", "beta"]);
var VERB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
var NO_GROUP = Object.freeze({ words: Object.freeze([]), taken: 0 });
function groupWords(program, sub, rest) {
  const depth = GROUP_PATHS.get(program);
  if (depth !== void 0) {
    const words = [];
    let taken = 0;
    for (const w of rest) {
      if (words.length === depth || !VERB.test(w)) break;
      taken++;
      if (!TRACKS.has(w) || words.length > 0) words.push(w);
    }
    return { words, taken };
  }
  const group = sub.length === 1 ? sub[0] : void 0;
  if (group === void 0) return NO_GROUP;
  const next = rest[rest.indexOf(group) + 1] ?? "";
  const verb = COMMAND_RUNNERS.get(program)?.has(group) ? next.trim().split(/\s+/)[0] ?? "" : GROUPS.get(program)?.has(group) ? next : "";
  return VERB.test(verb) ? { words: [verb], taken: 1 } : NO_GROUP;
}
function preGroupFamily(family) {
  const words = family.split(" ");
  const program = words[0] ?? "";
  if (GROUP_PATHS.get(program) !== void 0) return program;
  return words.length > 2 && GROUPS.get(program)?.has(words[1] ?? "") ? `${program} ${words[1]}` : family;
}
function isBareGroup(family) {
  const words = family.split(" ");
  const program = words[0] ?? "";
  if (GROUP_PATHS.get(program) !== void 0) return words.length === 1;
  return words.length === 2 && !!GROUPS.get(program)?.has(words[1] ?? "");
}

// src/signals/value-flags.ts
var MVN = ["-f", "--file", "-pl", "--projects", "-P", "--activate-profiles", "-s", "--settings"];
var GRADLE = ["-p", "--project-dir", "-b", "--build-file"];
var PIP = ["-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url", "-t", "--target"];
var BY_PROGRAM = {
  pip: PIP,
  pip3: PIP,
  // -H/--host, -c/--context, -l/--log-level are docker's own options before its subcommand (`docker -H ssh://ci ps`).
  docker: [
    "-f",
    "--file",
    "-p",
    "--project-name",
    "--env-file",
    "--profile",
    "-w",
    "--workdir",
    "-e",
    "--env",
    "--network",
    "--name",
    "-H",
    "--host",
    "-c",
    "-l",
    "--log-level"
  ],
  "docker-compose": ["-f", "--file", "-p", "--project-name", "--env-file", "--profile"],
  npm: ["--prefix", "-w", "--workspace"],
  pnpm: ["-C", "--dir", "-F", "--filter"],
  yarn: ["--cwd"],
  cargo: ["-p", "--package", "--manifest-path", "--bin", "--features", "--target", "--target-dir"],
  make: ["-C", "--directory", "-f", "--file", "--makefile"],
  git: ["-C", "-c", "--git-dir", "--work-tree"],
  gh: ["-R", "--repo"],
  mvn: MVN,
  mvnw: MVN,
  gradle: GRADLE,
  gradlew: GRADLE,
  glab: ["-R", "--repo"],
  composer: ["-d", "--working-dir"],
  // The interpreter's own options before `-m` (`python -W ignore -m pytest`): warning filters and implementation options.
  python: ["-W", "-X"],
  pytest: [
    "-k",
    "-m",
    "-c",
    "-p",
    "--rootdir",
    "--confcutdir",
    "--tb",
    "--maxfail",
    "--color",
    "-o",
    "--override-ini",
    "--deselect",
    "--ignore",
    "--junitxml"
  ],
  // adb's own options before its subcommand: the device's serial or transport id, the server's host, port, socket.
  adb: ["-s", "-t", "-H", "-P", "-L"],
  kubectl: ["-n", "--namespace", "-f", "--filename", "--context", "--kubeconfig", "-l", "--selector", "-o", "--output"],
  uv: [
    "--python",
    "-p",
    "--with",
    "-w",
    "--with-editable",
    "--with-requirements",
    "--directory",
    "--project",
    "--package",
    "--extra",
    "--group",
    "--only-group",
    "--no-group",
    "--env-file",
    "--index",
    "--default-index",
    "--index-url",
    "--extra-index-url",
    "--find-links",
    "-f",
    "--python-preference",
    "--exclude-newer",
    "-r",
    "--requirement"
  ],
  poetry: ["-C", "--directory", "-P", "--project"],
  pdm: ["-p", "--project", "--venv"],
  bundle: ["--gemfile"],
  go: ["-C", "-run", "-tags", "-o", "-modfile"],
  tsc: ["-p", "--project"],
  jest: ["-c", "--config", "-t", "--testNamePattern", "--reporters", "--rootDir", "--selectProjects"],
  vitest: ["-c", "--config", "--project", "--root", "-r", "--dir", "-t", "--testNamePattern", "--reporter"],
  mocha: ["--config", "--reporter", "-R", "--require", "-g", "--grep"]
};
var ANY_PROGRAM = [
  "--config",
  "--config-file",
  "--file",
  "--project",
  "--prefix",
  "--manifest-path",
  "--rootdir",
  "--directory",
  "--dir",
  "--cwd",
  "--filter",
  "--context",
  "--namespace",
  "--env-file",
  "--workspace",
  "--settings"
];
var TABLE = new Map(Object.entries(BY_PROGRAM).map(([p, flags]) => [p, new Set(flags)]));
var ANY = new Set(ANY_PROGRAM);
function takesValue(programs, flag) {
  if (!flag.startsWith("-") || flag.includes("=")) return false;
  return ANY.has(flag) || programs.some((p) => TABLE.get(p)?.has(flag) === true);
}

// src/signals/command-runners.ts
var PYTHON_M = "python -m";
var PYTHON = /^(?:python|pypy)\d*(?:\.\d+)*(?:\.exe)?$/;
var PY_VERSION = /^-\d+(?:\.\d+)?(?:-(?:32|64))?$/;
var RUNNER_SUBCOMMAND = {
  uv: "run",
  poetry: "run",
  pipenv: "run",
  pdm: "run",
  hatch: "run",
  rye: "run",
  bundle: "exec",
  pnpm: "exec"
};
var RUNNER_WORDS = new Set(Object.values(RUNNER_SUBCOMMAND));
var basename = (p) => p.slice(p.lastIndexOf("/") + 1);
function runnerOf(words) {
  if (!RUNNER_WORDS.has(words[1] ?? "")) return void 0;
  const runner = words[0] ?? "";
  if (RUNNER_SUBCOMMAND[runner] === void 0 || words[1] !== RUNNER_SUBCOMMAND[runner]) return void 0;
  let i = 2;
  for (let w = words[i] ?? ""; w.startsWith("-") && w.length > 1; w = words[i] ?? "") {
    i += takesValue([runner], w) ? 2 : 1;
  }
  return words[i] ? { via: words.slice(0, i).join(" "), taken: i } : void 0;
}
function pythonModuleOf(words) {
  if (!(words[1] ?? "").startsWith("-")) return void 0;
  const first = words[0] ?? "";
  const name = basename(first);
  const launcher = name === "py" && first === name;
  if (!PYTHON.test(name) && !launcher) return void 0;
  let m = launcher && PY_VERSION.test(words[1] ?? "") ? 2 : 1;
  const options = [];
  for (let w = words[m] ?? ""; w.startsWith("-") && w.length > 1 && w !== "-m" && w !== "-c" && m < 8; w = words[m] ?? "") {
    options.push(w);
    m += takesValue(["python"], w) ? 2 : 1;
  }
  if (words[m] !== "-m" || !words[m + 1]) return void 0;
  return { via: first === name ? PYTHON_M : `${first} -m`, taken: m + 1, options };
}
var isInterpreterWord = (word) => PYTHON.test(basename(word)) || word === "py" || PY_VERSION.test(word);

// src/signals/free-text.ts
var MESSAGE = ["-m", "--message"];
var MESSAGE_OR_FILE = [...MESSAGE, "-F", "--file"];
var FORGE = ["-t", "--title", "-b", "--body", "-F", "--body-file", "-n", "--notes", "--notes-file", "--subject", "-d", "--description"];
var CURL = ["-d", "--data", "--data-raw", "--data-binary", "--data-ascii", "--data-urlencode", "--json", "-F", "--form"];
var CURL_MORE = [...CURL, "--form-string", "-H", "--header", "-u", "--user", "-b", "--cookie"];
var BY_COMMAND = {
  "git commit": MESSAGE_OR_FILE,
  "git tag": MESSAGE_OR_FILE,
  "git merge": MESSAGE_OR_FILE,
  "git notes": MESSAGE_OR_FILE,
  "git stash": MESSAGE,
  "hg commit": [...MESSAGE, "-l", "--logfile"],
  "hg ci": [...MESSAGE, "-l", "--logfile"],
  "sl commit": [...MESSAGE, "-l", "--logfile"],
  "svn commit": [...MESSAGE, "-F", "--file"],
  "svn ci": [...MESSAGE, "-F", "--file"],
  "jj describe": MESSAGE,
  "jj commit": MESSAGE,
  "jj new": MESSAGE,
  "docker commit": [...MESSAGE, "-a", "--author"],
  "podman commit": [...MESSAGE, "-a", "--author"],
  "npm version": MESSAGE,
  "yarn version": ["--message"],
  "gh pr": FORGE,
  "gh issue": FORGE,
  "gh release": FORGE,
  "glab mr": FORGE,
  "glab issue": FORGE,
  "glab release": FORGE,
  curl: CURL_MORE,
  wget: ["--post-data", "--body-data", "--header", "--user", "--password"],
  http: ["-a", "--auth"]
};
var ANY_COMMAND = /* @__PURE__ */ new Set(["--message", "--title", "--body", "--description", "--notes", "--comment", "--subject", "--commit-message"]);
var PRINTS = /* @__PURE__ */ new Set(["echo", "printf"]);
var TABLE2 = new Map(Object.entries(BY_COMMAND).map(([k, flags]) => [k, new Set(flags)]));
function optionsOf(c) {
  return (c.verb !== void 0 ? TABLE2.get(`${c.program} ${c.verb}`) : void 0) ?? TABLE2.get(c.program);
}
function freeTextOption(c, word) {
  if (!word.startsWith("-") || word === "-" || word === "--") return void 0;
  const eq = word.indexOf("=");
  const name = eq > 0 ? word.slice(0, eq) : word;
  const own = optionsOf(c);
  if (ANY_COMMAND.has(name) || own?.has(name)) return name;
  if (!own || name.startsWith("--") || !/^-[A-Za-z]{2,}/.test(name)) return void 0;
  for (const letter of name.slice(1)) if (own.has(`-${letter}`)) return `-${letter}`;
  return void 0;
}
function startsFreeText(c, word) {
  return freeTextOption(c, word) !== void 0 || PRINTS.has(c.program) && !word.startsWith("-");
}

// src/signals/command.ts
var WRAPPERS = /* @__PURE__ */ new Set(["sudo", "env", "time", "nohup", "command", "exec"]);
var RUNNERS = /* @__PURE__ */ new Set(["npx", "bunx", "pnpx"]);
var LEADING_KEYWORDS = /* @__PURE__ */ new Set(["do", "then", "else", "elif", "if", "while", "until", "!", "{"]);
var HEADER_KEYWORDS = /* @__PURE__ */ new Set(["for", "foreach", "case", "select", "function", "in", "done", "fi", "esac", "}"]);
var SKIP_SEGMENT = /^(cd|pushd|popd|source|\.|echo|printf|set|true|false|sleep|clear|ls|pwd|cat|head|tail|grep|wc|tee|sort)$/;
var MULTI_WORD = /* @__PURE__ */ new Set([
  "git",
  "npm",
  "pnpm",
  "yarn",
  "bun",
  "cargo",
  "go",
  "mix",
  "docker",
  "kubectl",
  "gh",
  "make",
  "bd",
  "uv",
  "pip",
  "pip3",
  "poetry",
  "deno",
  "dotnet",
  "bundle",
  "rake",
  "rails",
  "terraform",
  "composer",
  "gradle",
  "mvn",
  // The wrappers a project checks in run the same tool: `./gradlew test` is not `./gradlew assembleDebug`.
  "gradlew",
  "mvnw",
  "adb"
]);
var SCRIPT_RUNNERS = /* @__PURE__ */ new Set(["npm", "pnpm", "yarn", "bun"]);
var ASCII_SPACE = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (/\s/.test(String.fromCharCode(c))) ASCII_SPACE[c] = 1;
function isSpace(c) {
  return c < 128 ? ASCII_SPACE[c] === 1 : /\s/.test(String.fromCharCode(c));
}
function closingQuote(line, i) {
  const close = line.indexOf(line.charCodeAt(i) === 34 ? '"' : "'", i + 1);
  return close < 0 ? line.length : close;
}
function shellWords(line, limit = Infinity) {
  const out = [];
  const n = line.length;
  let cur = "";
  let has = false;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 34 || c === 39) {
      const close = closingQuote(line, i);
      cur += line.slice(i + 1, close);
      has = true;
      i = close + 1;
    } else if (isSpace(c)) {
      if ((has || cur) && out.push(cur) === limit) return out;
      cur = "";
      has = false;
      i++;
    } else {
      let j = i + 1;
      for (let d = line.charCodeAt(j); j < n && d !== 34 && d !== 39 && !isSpace(d); d = line.charCodeAt(++j)) ;
      cur += line.slice(i, j);
      i = j;
    }
  }
  if (has || cur) out.push(cur);
  return out;
}
function pushTrimmed(out, line, start, end) {
  while (start < end && isSpace(line.charCodeAt(start))) start++;
  while (end > start && isSpace(line.charCodeAt(end - 1))) end--;
  if (end > start) out.push(line.slice(start, end));
}
function segments(line) {
  const out = [];
  const n = line.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 34 || c === 39) {
      i = closingQuote(line, i) + 1;
    } else if (c === 59 || c === 10 || c === 124 || c === 38 && line.charCodeAt(i + 1) === 38) {
      pushTrimmed(out, line, start, i);
      if ((c === 38 || c === 124) && line.charCodeAt(i + 1) === c) i++;
      start = ++i;
    } else i++;
  }
  pushTrimmed(out, line, start, n);
  return out;
}
var ENV_ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*=/;
var REDIRECT = /^(\d?>>?|&>|<|\d?>&\d)/;
function basename2(p) {
  const i = p.lastIndexOf("/");
  return i >= 0 ? p.slice(i + 1) : p;
}
function setupOf(words) {
  const [program, target] = words;
  if (!target || words.length !== 2) return void 0;
  if ((program === "cd" || program === "pushd") && !/^([/~$]|\.\.?$)/.test(target)) return `cd ${target}`;
  if (program === "source" || program === ".") return `source ${target}`;
  return void 0;
}
function valuePositions(program, via, rest) {
  let values;
  let owners;
  for (let k = 0; k < rest.length - 1; k++) {
    const w = rest[k] ?? "";
    if (!w.startsWith("-") || w.length < 2) continue;
    owners ??= [program, ...via.map((v) => basename2(v.split(" ")[0] ?? ""))];
    if (!takesValue(owners, w)) continue;
    (values ??= /* @__PURE__ */ new Set()).add(k + 1);
    k++;
  }
  return values ?? NO_VALUES;
}
var NO_VALUES = /* @__PURE__ */ new Set();
var SETTING = /^[A-Za-z][\w.-]*=/;
function withoutProse(flags, c) {
  if (!flags.some((f) => f.includes("="))) return flags;
  return flags.map((f) => f.includes("=") ? freeTextOption(c, f) ?? f : f);
}
function parseWords(segment, words, context) {
  const { exported, setup } = context;
  const env = [...exported];
  while (words.length > 0 && ENV_ASSIGN.test(words[0] ?? "")) {
    env.push(words[0] ?? "");
    words = words.slice(1);
  }
  const via = [];
  while (words.length > 0 && (WRAPPERS.has(words[0] ?? "") || RUNNERS.has(words[0] ?? ""))) {
    if (RUNNERS.has(words[0] ?? "")) via.push(words[0] ?? "");
    words = words.slice(1);
    while (words.length > 0 && (ENV_ASSIGN.test(words[0] ?? "") || (words[0] ?? "").startsWith("-"))) {
      const w = words[0] ?? "";
      if (ENV_ASSIGN.test(w)) env.push(w);
      words = words.slice(1);
    }
  }
  if (words[0] === "timeout") words = words.slice(2);
  const runner = runnerOf(words);
  if (runner) {
    via.push(runner.via);
    words = words.slice(runner.taken);
  }
  const python = pythonModuleOf(words);
  if (python) {
    via.push(python.via);
    words = words.slice(python.taken);
  }
  const first = words[0];
  if (!first) return void 0;
  const program = basename2(first);
  const rest = words.slice(1);
  const flags = python ? [...python.options] : [];
  const values = valuePositions(program, via, rest);
  const at = [];
  rest.forEach((w, k) => {
    if (!(w.startsWith("-") && w.length > 1 && !values.has(k))) at.push(k);
    else flags.push(values.has(k + 1) && SETTING.test(rest[k + 1] ?? "") ? `${w}=${rest[k + 1] ?? ""}` : w);
  });
  const verbs = values.size === 0 ? at : at.filter((k) => !values.has(k));
  const taken = /* @__PURE__ */ new Set();
  if (MULTI_WORD.has(program) && verbs.length > 0) {
    taken.add(verbs[0] ?? 0);
    const s0 = rest[verbs[0] ?? 0];
    if (SCRIPT_RUNNERS.has(program) && (s0 === "run" || s0 === "run-script") && verbs.length > 1) taken.add(verbs[1] ?? 0);
  }
  const sub = [...taken].map((k) => rest[k] ?? "");
  const group = groupWords(program, sub, values.size === 0 ? rest : rest.filter((_, k) => !values.has(k) && !values.has(k + 1)));
  for (const k of verbs.filter((k2) => !taken.has(k2)).slice(0, group.taken)) taken.add(k);
  const positional = at.filter((k) => !taken.has(k)).map((k) => rest[k] ?? "");
  const grouped = group.taken > 0;
  const subs = grouped ? [...sub, ...group.words] : sub;
  return {
    segment,
    env,
    program,
    sub: subs,
    flags: withoutProse(flags, { program, verb: subs[0] ?? positional[0] }),
    args: positional,
    setup: [...setup],
    via
  };
}
var OPTION_AFTER_PROGRAM = /(?:^|[;&|\n])\s*(?:sudo\s+)?[\w./-]+\s+--?[A-Za-z]/;
function familiesBehindOptions(line) {
  if (!OPTION_AFTER_PROGRAM.test(line)) return [];
  return parseCommands(line).filter((shape) => shape.sub.length > 0).map((shape) => [shape.program, ...shape.sub].join(" ")).filter((family) => !line.includes(family));
}
function parseCommand(line) {
  return line.length <= MAX_REMEMBERED_LINE ? parsedLine(line)[0] : parseAll(line, true)[0];
}
function parseCommands(line) {
  return line.length <= MAX_REMEMBERED_LINE ? parsedLine(line) : parseAll(line, false);
}
var MAX_REMEMBERED_LINES = 2048;
var MAX_REMEMBERED_LINE = 1024;
var ownCopy = (line) => JSON.parse(JSON.stringify(line));
var parsedLine = boundedMemo(MAX_REMEMBERED_LINES, (line) => parseAll(line, false), ownCopy);
function withoutHeredocBodies(line) {
  if (!line.includes("<<") && !line.includes("end_of_edit")) return line;
  const out = [];
  let until;
  for (const l of line.split("\n")) {
    if (until !== void 0) {
      if (l.trim() === until) until = void 0;
      continue;
    }
    out.push(l);
    until = /^\s*edit\s+\d+(:\d+)?\s*$/.test(l) ? "end_of_edit" : /<<-?\s*['"]?(\w+)['"]?/.exec(l)?.[1];
  }
  return out.join("\n");
}
function parseAll(line, firstOnly) {
  const segs = segments(withoutHeredocBodies(line).replace(/\\\n/g, " "));
  let exported = [];
  const setup = [];
  const out = [];
  for (const segment of segs) {
    let words = shellWords(segment).filter((w) => !REDIRECT.test(w) && w !== "/dev/null");
    while (words.length > 0 && LEADING_KEYWORDS.has(words[0] ?? "")) words = words.slice(1);
    if (HEADER_KEYWORDS.has(words[0] ?? "")) continue;
    if (words[0] === "export") {
      exported = exported.concat(words.slice(1).filter((w) => ENV_ASSIGN.test(w)));
      continue;
    }
    if (SKIP_SEGMENT.test(basename2(words[0] ?? "")) && segs.length > 1) {
      const s = setupOf(words);
      if (s) setup.push(s);
      continue;
    }
    const shape = parseWords(segment, words, { exported, setup });
    if (!shape) continue;
    out.push(shape);
    if (firstOnly) break;
  }
  return out;
}
var RUNNER_BUILTINS = /^(install|i|add|remove|rm|ci|exec|dlx|x|create|init|publish|link|update|up|upgrade|outdated|why|list|ls|audit|pack|version|config|cache|login|logout|info|view|global|workspace|workspaces|setup|help|run|run-script|test|start|stop|restart)$/;
function commandFamily(shape) {
  if (shape.program === "make") return "make";
  const s0 = shape.sub[0];
  if (s0 && SCRIPT_RUNNERS.has(shape.program)) {
    if (s0 === "run" || s0 === "run-script") return `${shape.program} ${s0}`;
    if (shape.program !== "npm" && !RUNNER_BUILTINS.test(s0)) return `${shape.program} run`;
  }
  return shape.sub.length === 0 ? shape.program : `${shape.program} ${shape.sub.join(" ")}`;
}
var changesPythonM = (d) => !!d && [...d.added, ...d.removed].includes(`via:${PYTHON_M}`);
function structuralTokens(shape) {
  const out = [];
  for (const x of shape.setup) out.push(`setup:${x}`);
  for (const x of shape.via) out.push(`via:${x}`);
  for (const e of shape.env) out.push(`env:${e}`);
  for (const s of shape.sub) out.push(`sub:${s}`);
  for (const f of shape.flags) out.push(`flag:${f}`);
  return out;
}
var tokenSets = /* @__PURE__ */ new WeakMap();
function structuralTokenSet(shape) {
  let set = tokenSets.get(shape);
  if (!set) tokenSets.set(shape, set = new Set(structuralTokens(shape)));
  return set;
}
function structuralDiff(a, b) {
  const ta = structuralTokenSet(a);
  const tb = structuralTokenSet(b);
  return {
    added: [...tb].filter((t) => !ta.has(t)).sort(),
    removed: [...ta].filter((t) => !tb.has(t)).sort()
  };
}
function commandCore(shape) {
  return [...shape.env, shape.program, ...shape.sub, ...shape.flags].join(" ");
}
var TEST_PROGRAMS = /^(pytest|py\.test|jest|vitest|mocha|rspec|phpunit|tox|nox|ava|karma|playwright|cypress)$/;
function isTestCommand(shape) {
  if (TEST_PROGRAMS.test(shape.program)) return true;
  const s0 = shape.sub[0] ?? "";
  const s1 = shape.sub[1] ?? "";
  if (s0 === "test" || s0 === "t") return true;
  return (s0 === "run" || s0 === "run-script") && /^test/.test(s1);
}
function looksLikeTestFailure(output) {
  const envError = /(ModuleNotFoundError|ImportError|command not found|Missing script|No such file|not recognized|unknown (option|command|flag)|ENOENT|Cannot find module|no tests ran|unrecognized arguments)/i;
  if (envError.test(output)) return false;
  return /(\b\d+ (failed|failing|failures?)\b|AssertionError|assert(ion)? ?(failed|error)|\bexpected\b.*\b(received|got|to (be|equal))|✕|^FAIL\b|\b\d+\) test )/im.test(
    output
  );
}

export {
  preGroupFamily,
  isBareGroup,
  takesValue,
  PYTHON_M,
  PYTHON,
  isInterpreterWord,
  startsFreeText,
  MULTI_WORD,
  shellWords,
  segments,
  ENV_ASSIGN,
  REDIRECT,
  basename2 as basename,
  familiesBehindOptions,
  parseCommand,
  parseCommands,
  withoutHeredocBodies,
  RUNNER_BUILTINS,
  commandFamily,
  changesPythonM,
  structuralTokens,
  structuralTokenSet,
  structuralDiff,
  commandCore,
  isTestCommand,
  looksLikeTestFailure
};
