import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  glob
} from "./chunk-WFGPWVF7.js";
import {
  parseMemoryFile
} from "./chunk-X6SA5ZQO.js";
import {
  CLAUDE_READERS,
  isPersonalMemory
} from "./chunk-5D6QFWNO.js";
import {
  silentLogger
} from "./chunk-5PEHXLA4.js";

// src/memory/discover.ts
import { lstat, readFile, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
var DEFAULT_MEMORY_GLOBS = [
  "**/CLAUDE.md",
  "**/AGENTS.md",
  ".claude/rules/**/*.md",
  ".claude/skills/*/SKILL.md"
];
var IGNORE = ["**/node_modules/**", "**/.git/**", "**/dist/**"];
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
      logger.warning(`skipping memory file ${rel}: ${target.size} bytes is larger than ${MAX_MEMORY_FILE_BYTES}`, { file: rel });
      return void 0;
    }
    return await readFile(abs, "utf8");
  } catch (err) {
    logger.warning(`skipping memory file ${rel}: ${err.message}`, { file: rel });
    return void 0;
  }
}
async function discoverMemoryFiles(repoDir, opts = {}) {
  const logger = opts.logger ?? silentLogger;
  const repoReal = await realpath(repoDir);
  const patterns = [...DEFAULT_MEMORY_GLOBS, ...opts.globs ?? []];
  const found = await glob(patterns, {
    cwd: repoDir,
    ignore: IGNORE,
    dot: true,
    onlyFiles: true,
    // Followed so that symlinks are seen and vetted (and refused with a warning) rather than silently missed.
    followSymbolicLinks: true,
    expandDirectories: false
  });
  const candidates = [...new Set(found.map(toPosix))].filter((p) => !isPersonalMemory(p)).sort();
  const paths = [];
  const seen = /* @__PURE__ */ new Set();
  for (const p of candidates) {
    const canonical = await canonicalPath(repoReal, join(repoDir, p));
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
  for (const rel of paths) {
    const file = files.get(rel);
    if (!file?.redirectTo) continue;
    const target = file.redirectTo;
    const loaded = isPersonalMemory(target) ? void 0 : await load(target);
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
  DEFAULT_MEMORY_GLOBS,
  discoverMemoryFiles
};
