import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  parseMemoryFile
} from "./chunk-OOZKFMRS.js";
import {
  silentLogger
} from "./chunk-CHAIFBKO.js";
import {
  glob
} from "./chunk-WFGPWVF7.js";
import {
  CLAUDE_READERS,
  MEMORY_IGNORE,
  MEMORY_LOCATIONS,
  agentsBesideOverride,
  isCodexOverride,
  isPersonalMemory
} from "./chunk-ZMW6ZSA4.js";
import {
  require_picomatch
} from "./chunk-5R3Y3LQC.js";
import {
  __toESM
} from "./chunk-7OVR6L5L.js";

// src/memory/discover.ts
import { readdir } from "node:fs";
import { lstat, readFile, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";

// src/sources/crawl.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdirSync } from "node:fs";
import path from "node:path";
var MATCH_OPTIONS = { dot: true, nobrace: false, nocase: false, noextglob: false, noglobstar: false, posix: true };
function matcher(glob2) {
  const re = import_picomatch.default.makeRe(glob2, MATCH_OPTIONS);
  return (input) => input !== "" && (input === glob2 || re.test(input));
}
function anyOf(globs) {
  const tests = globs.map(matcher);
  return (input) => {
    for (const t of tests) if (t(input)) return true;
    return false;
  };
}
function splitPattern(glob2) {
  const parts = import_picomatch.default.scan(glob2, { parts: true }).parts;
  return parts?.length ? parts : [glob2];
}
var isDynamic = (part) => {
  const s = import_picomatch.default.scan(part);
  return s.isGlob || s.negated;
};
function normalise(glob2) {
  return path.posix.normalize(glob2.endsWith("/") ? glob2.slice(0, -1) : glob2);
}
function commonRoot(patterns) {
  let common;
  for (const glob2 of patterns) {
    const parts = splitPattern(glob2);
    common ??= parts;
    const next = [];
    for (let i = 0; i < Math.min(common.length, parts.length); i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        next.pop();
        break;
      }
      if (i === parts.length - 1 || part !== common[i] || isDynamic(part)) break;
      next.push(part);
    }
    common = next;
  }
  return common ?? [];
}
function partialMatcher(patterns) {
  const split = patterns.map((glob2) => {
    const parts = splitPattern(glob2);
    return { parts, tests: parts.map(matcher) };
  });
  return (dir) => {
    const segments = dir.split("/");
    for (const { parts, tests } of split) {
      const n = Math.min(segments.length, parts.length);
      let j = 0;
      while (j < n) {
        const part = parts[j];
        if (part.includes("/")) return true;
        if (!tests[j](segments[j])) break;
        if (part === "**") return true;
        j++;
      }
      if (j === segments.length) return true;
    }
    return false;
  };
}
function sortPatterns(patterns, ignore) {
  const out = { match: [], ignore: [] };
  const plain = (g, at) => g[at] !== "!" || g[at + 1] === "(";
  for (const g of ignore) if (g && plain(g, 0)) out.ignore.push(normalise(g));
  for (const g of patterns) {
    if (!g) continue;
    if (plain(g, 0)) out.match.push(normalise(g));
    else if (plain(g, 1)) out.ignore.push(normalise(g.slice(1)));
  }
  return out;
}
function crawl(o) {
  const { match: patterns, ignore } = sortPatterns(o.patterns, o.ignore);
  if (patterns.length === 0) return [];
  const matches = anyOf(patterns);
  const ignored = anyOf(ignore);
  const partial = partialMatcher(patterns);
  const list = o.list ?? ((dir) => readdirSync(dir, { withFileTypes: true }));
  const start = commonRoot(patterns).join("/").replace(/\\/g, "");
  const out = [];
  const walk = (rel) => {
    let entries;
    try {
      entries = list(rel ? path.join(o.cwd, rel) : o.cwd);
    } catch {
      return;
    }
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isFile()) {
        if (matches(p) && !ignored(p)) out.push(p);
      } else if (e.isDirectory() && partial(p) && !ignored(p)) walk(p);
    }
  };
  walk(start);
  return out;
}
var RICH_SEGMENT = /\*\*|[\\/(){}[\]!+@]/;
function nameFilter(patterns) {
  const { match } = sortPatterns(patterns, []);
  const last = match.map((g) => splitPattern(g).at(-1));
  if (last.length === 0 || last.some((s) => RICH_SEGMENT.test(s))) return void 0;
  return anyOf(last);
}

// src/sources/listings.ts
import { readdirSync as readdirSync2 } from "node:fs";
import path2 from "node:path";
var DirListings = class {
  constructor(keep) {
    this.keep = keep;
  }
  keep;
  byDir = /* @__PURE__ */ new Map();
  /** `dir` listed with file types, as readdirSync lists it; what `keep` keeps of it is remembered. */
  list(dir) {
    const entries = readdirSync2(dir, { withFileTypes: true });
    this.byDir.set(path2.resolve(dir), entries.filter(this.keep));
    return entries;
  }
  /** What `keep` kept of `dir`'s listing, once; undefined when it was not listed (or was taken already). */
  take(dir) {
    const key = path2.resolve(dir);
    const entries = this.byDir.get(key);
    if (entries) this.byDir.delete(key);
    return entries;
  }
};

// src/memory/text.ts
import { isUtf8 } from "node:buffer";
function memoryText(bytes) {
  const nul = bytes.indexOf(0);
  const utf16 = bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255);
  if (utf16 || nul >= 0) {
    const problem = utf16 || nul <= 1 ? "UTF-16 text (memory files are UTF-8)" : "NUL bytes (not text)";
    return { line: utf16 ? 1 : lineAt(bytes, nul), problem };
  }
  if (isUtf8(bytes)) return { text: bytes.toString("utf8") };
  return { line: firstInvalidLine(bytes), problem: "invalid UTF-8" };
}
function lineAt(bytes, at) {
  let line = 1;
  for (let nl = bytes.indexOf(10); nl >= 0 && nl < at; nl = bytes.indexOf(10, nl + 1)) line++;
  return line;
}
function firstInvalidLine(bytes) {
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    const nl = bytes.indexOf(10, start);
    const end = nl < 0 ? bytes.length : nl;
    if (!isUtf8(bytes.subarray(start, end))) return line;
    if (nl < 0) break;
    start = nl + 1;
  }
  return line;
}

// src/memory/discover.ts
var DEFAULT_MEMORY_GLOBS = MEMORY_LOCATIONS.flatMap((l) => l.globs);
var MAX_MEMORY_FILE_BYTES = 1024 * 1024;
var toPosix = (p) => p.split(sep).join("/");
async function canonicalPath(repoReal, abs) {
  let real;
  try {
    real = await realpath(abs);
  } catch {
    return void 0;
  }
  const rel = relative(repoReal, real);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? toPosix(rel) : void 0;
}
var insideRepo = async (repoReal, abs) => await canonicalPath(repoReal, abs) !== void 0;
async function readMemory(repoDir, repoReal, rel, logger) {
  const abs = join(repoDir, rel);
  try {
    const st = await lstat(abs);
    if (!await insideRepo(repoReal, abs)) {
      logger.warning(`skipping memory file ${rel}: ${st.isSymbolicLink() ? "symlink" : "path"} resolves outside the repository`, {
        file: rel
      });
      return void 0;
    }
    const target = await stat(abs);
    if (!target.isFile()) return void 0;
    if (target.size > MAX_MEMORY_FILE_BYTES) {
      logger.warning(`skipping memory file ${rel}: ${target.size} bytes is larger than ${MAX_MEMORY_FILE_BYTES}; no edit goes to it`, {
        file: rel
      });
      return void 0;
    }
    const read = memoryText(await readFile(abs));
    if ("text" in read) return read.text;
    logger.warning(`skipping memory file ${rel}: ${read.problem} at line ${read.line}; no edit goes to it, so none of its bytes is lost`, {
      file: rel,
      line: read.line
    });
    return void 0;
  } catch (err) {
    logger.warning(`skipping memory file ${rel}: ${err.message}`, { file: rel });
    return void 0;
  }
}
function importsBack(files, from, to) {
  let at = from;
  for (let steps = 0; at !== void 0 && steps <= files.size; steps++) {
    if (at === to) return true;
    at = files.get(at)?.redirectTo;
  }
  return false;
}
function listingFor(patterns, listings) {
  const keep = keepFor(patterns);
  if (!keep) return void 0;
  const filtered = ((dir, options, callback) => {
    const listed = listings?.take(dir);
    if (listed) return process.nextTick(callback, null, listed);
    readdir(dir, { withFileTypes: true }, (err, entries) => callback(err, err ? [] : entries.filter(keep)));
  });
  return { readdir: filtered };
}
function keepFor(patterns) {
  const named = nameFilter(patterns);
  return named && ((d) => !d.isFile() || named(d.name));
}
function memoryListings(globs = []) {
  const keep = keepFor([...DEFAULT_MEMORY_GLOBS, ...globs]);
  return keep && new DirListings(keep);
}
async function discoverMemoryFiles(repoDir, opts = {}) {
  const logger = opts.logger ?? silentLogger;
  const repoReal = await realpath(repoDir);
  const patterns = [...DEFAULT_MEMORY_GLOBS, ...opts.globs ?? []];
  const fs = listingFor(patterns, opts.listings);
  const found = await glob(patterns, {
    ...fs ? { fs } : {},
    cwd: repoDir,
    ignore: [...MEMORY_IGNORE],
    dot: true,
    onlyFiles: true,
    // Followed so that symlinks are seen and vetted (and refused with a warning) rather than silently missed.
    followSymbolicLinks: true,
    expandDirectories: false
  });
  const candidates = [...new Set(found.map(toPosix))].filter((p) => !isPersonalMemory(p)).sort();
  const paths = [];
  const seen = /* @__PURE__ */ new Set();
  const hiddenFromCodex = /* @__PURE__ */ new Set();
  for (const p of candidates) {
    const canonical = await canonicalPath(repoReal, join(repoDir, p));
    if (isCodexOverride(p) && canonical !== agentsBesideOverride(p)) hiddenFromCodex.add(agentsBesideOverride(p));
    if (canonical === void 0) {
      logger.warning(`skipping memory file ${p}: it resolves outside the repository`, { file: p });
      continue;
    }
    if (isPersonalMemory(canonical) || seen.has(canonical)) {
      if (canonical !== p) logger.debug(`memory file ${p} is an alias of ${canonical}`);
      continue;
    }
    seen.add(canonical);
    paths.push(canonical);
  }
  paths.sort();
  const files = /* @__PURE__ */ new Map();
  const load = async (rel) => {
    const have = files.get(rel);
    if (have) return have;
    const text = await readMemory(repoDir, repoReal, rel, logger);
    if (text === void 0) return void 0;
    const file = parseMemoryFile(rel, text);
    files.set(rel, file);
    return file;
  };
  for (const rel of paths) await load(rel);
  for (const rel of hiddenFromCodex) {
    const hidden = files.get(rel);
    if (hidden) hidden.readBy = hidden.readBy.filter((a) => a !== "codex");
  }
  for (const rel of paths) {
    const file = files.get(rel);
    if (!file?.redirectTo) continue;
    const target = file.redirectTo;
    const loaded = isPersonalMemory(target) ? void 0 : await load(target);
    if (loaded && importsBack(files, target, rel)) {
      logger.warning(`${rel} imports ${target}, whose imports lead back to ${rel}; edits stay in ${rel}`, { file: rel });
      delete file.redirectTo;
      continue;
    }
    if (!loaded) {
      logger.warning(`${rel} imports ${target}, which is not a readable memory file in the repository; edits stay in ${rel}`, {
        file: rel
      });
      delete file.redirectTo;
      continue;
    }
    if (file.kind === "claude" || rel.startsWith(".claude/")) {
      loaded.readBy = [.../* @__PURE__ */ new Set([...loaded.readBy, ...CLAUDE_READERS])];
    }
  }
  return [...files.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

export {
  crawl,
  DEFAULT_MEMORY_GLOBS,
  memoryListings,
  discoverMemoryFiles
};
