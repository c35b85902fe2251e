import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  collapseWhitespace
} from "./chunk-7P7ERCKQ.js";
import {
  COPILOT_FILE,
  MEMORY_LOCATIONS,
  isPersonalMemory,
  locationOf,
  matchesAnyGlob
} from "./chunk-ZMW6ZSA4.js";
import {
  GIT_SESSION,
  HOSTED_DREAM_PREFIX,
  MIN_QUOTE_CHARS,
  REPO_SESSION,
  normaliseQuote,
  unplacedId,
  usersOwnWords
} from "./chunk-S4URGW26.js";

// src/guards/paths.ts
import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative } from "node:path";
import { posix } from "node:path";
var NEW_FILE_GLOBS = MEMORY_LOCATIONS.filter((l) => l.write === "create").flatMap((l) => l.globs);
function unsafeRepoPath(path) {
  if (typeof path !== "string" || path === "") return "empty path";
  if (path.length > 1024) return "path longer than 1024 characters";
  if (/[\u0000-\u001f\u007f]/.test(path)) return `path ${JSON.stringify(path)} has control characters`;
  if (path.includes("\\")) return `path ${JSON.stringify(path)} has a backslash`;
  if (/%[0-9a-f]{2}/i.test(path)) return `path ${JSON.stringify(path)} is percent-encoded`;
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path) || path.startsWith("~")) return `absolute path ${path}`;
  const segments = path.split("/");
  if (segments.some((s) => s === "..")) return `path ${path} climbs out with ..`;
  if (segments.some((s) => s === "" || s === ".") || posix.normalize(path) !== path) return `path ${path} is not in canonical form`;
  if (segments.some((s) => /[. ]$/.test(s)) || path.includes(":")) return `path ${path} has a trailing dot, space or a colon`;
  if (segments.some((s) => s.toLowerCase() === ".git")) return `path ${path} is inside .git/`;
  return void 0;
}
function unsafePathReason(path) {
  const unsafe = unsafeRepoPath(path);
  if (unsafe || typeof path !== "string") return unsafe ?? "empty path";
  if (path !== COPILOT_FILE && path.split("/").some((s) => s.toLowerCase() === ".github")) return `path ${path} is under .github/`;
  if (isPersonalMemory(path)) return `${path} is personal memory (CLAUDE.local.md)`;
  if (!/\.md$/i.test(path)) return `${path} is not a markdown memory file`;
  return void 0;
}
function resolvesInside(repoDir, abs) {
  let probe = abs;
  for (let depth = 0; depth < 256 && !existsSync(probe); depth++) {
    const up = dirname(probe);
    if (up === probe) return false;
    probe = up;
  }
  try {
    const repoReal = realpathSync(repoDir);
    const real = realpathSync(probe);
    const rel = relative(repoReal, real);
    return !rel.startsWith("..") && !isAbsolute(rel);
  } catch {
    return false;
  }
}
function checkMemoryPath(path, ctx) {
  const unsafe = unsafePathReason(path);
  if (unsafe) return unsafe;
  const at = locationOf(path);
  if (at?.write === "read") return `${path} is ${at.agent}'s memory, read to know what it holds but never written`;
  if (!resolvesInside(ctx.repoDir, join(ctx.repoDir, path))) return `${path} resolves outside the repository (symlink)`;
  const known = ctx.memory.find((f) => f.path === path);
  if (known) {
    if (known.redirectTo !== void 0) return checkMemoryPath(known.redirectTo, { ...ctx, memory: ctx.memory.filter((f) => f !== known) });
    return void 0;
  }
  if (ctx.memory.some((f) => f.redirectTo === path)) return void 0;
  if (existsSync(join(ctx.repoDir, path))) return `${path} exists but is not a discovered memory file`;
  if (at?.write === "exists") return `${path} is ${at.agent}'s memory, edited where the repository keeps it but never created`;
  if (!matchesAnyGlob(path, [...NEW_FILE_GLOBS, ...ctx.memoryGlobs])) return `${path} is not under any memory glob`;
  return void 0;
}
var pathsGuard = (edit, ctx) => {
  const file = checkMemoryPath(edit.file, ctx);
  if (file) return file;
  if (edit.toFile !== void 0 || edit.op === "move") return checkMemoryPath(edit.toFile, ctx);
  return void 0;
};

// src/guards/evidence.ts
import { readFileSync, statSync } from "node:fs";
import { join as join2 } from "node:path";

// src/guards/commit-evidence.ts
import { execFileSync } from "node:child_process";
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function git(repoDir, args) {
  try {
    return execFileSync("git", args, {
      cwd: repoDir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 3e4,
      maxBuffer: 4 * 1024 * 1024
    });
  } catch {
    return void 0;
  }
}
function commitEvidenceReason(e, repoDir) {
  const sha = e.commit ?? "";
  if (!SHA.test(sha)) return `git evidence for ${e.file} names no full commit sha`;
  const unsafe = unsafeRepoPath(e.file);
  if (unsafe) return `git evidence ${e.file}: ${unsafe}`;
  if (git(repoDir, ["merge-base", "--is-ancestor", sha, "HEAD"]) === void 0)
    return `git evidence: ${sha.slice(0, 7)} is not a commit of the checked-out branch`;
  const deleted = git(repoDir, ["diff-tree", "-r", "-M", "--root", "--no-commit-id", "--relative", "--diff-filter=D", "--name-only", sha]);
  if (!deleted?.split("\n").some((f) => f.trim() === e.file)) return `git evidence: ${sha.slice(0, 7)} does not remove ${e.file}`;
  const subject = (git(repoDir, ["log", "-1", "--format=%s", sha]) ?? "").trim();
  if (e.quote !== `removed in ${sha.slice(0, 7)}: ${subject}`.slice(0, 200).trimEnd())
    return `git evidence quote is not the subject of ${sha.slice(0, 7)}`;
  return void 0;
}

// src/guards/evidence.ts
var MAX_REPO_FILE_BYTES = 2 * 1024 * 1024;
function stringLeaves(v, out, depth = 0) {
  if (depth > 8 || out.length > 256) return;
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringLeaves(x, out, depth + 1);
  else if (v && typeof v === "object") for (const x of Object.values(v)) stringLeaves(x, out, depth + 1);
}
function eventTexts(e) {
  switch (e.kind) {
    case "tool_call": {
      const out = [e.name, e.command ?? ""];
      let json = "";
      try {
        json = JSON.stringify(e.input) ?? "";
      } catch {
        json = "";
      }
      out.push(json);
      stringLeaves(e.input, out);
      return out;
    }
    case "compaction":
      return [e.summary];
    case "subagent_link":
      return [e.description ?? ""];
    default:
      return [e.text];
  }
}
var authorOfEvent = (session, ev) => usersOwnWords(session, ev) ? "user" : ev.kind === "tool_result" && !ev.ok && !ev.cascade ? "failed call" : "other";
var key = (file, session, line) => `${file}\0${session}\0${line}`;
var AT_EVENT = 1;
var UNVERIFIED_TURN = 2;
var OTHER_EVENT = 4;
var QUOTED = 8;
var BY_USER = 16;
var BY_FAILED_CALL = 32;
var EvidenceIndex = class {
  /** Cited (file, session, line) that exist, with the quotes verified there. */
  verified = /* @__PURE__ */ new Map();
  unreadable = /* @__PURE__ */ new Map();
  /** Cited places whose only event is a user turn the export cannot tell from text the agent printed. */
  unverifiedTurns = /* @__PURE__ */ new Set();
  otherEvents = /* @__PURE__ */ new Set();
  /** Who wrote each cited quote (key, then the quote) where it is the user or a failed call (QuoteAuthor). */
  authors = /* @__PURE__ */ new Map();
  /** @internal used by indexEvidence; `author`: who wrote the event the quote was found in. */
  record(at) {
    const k = key(at.file, at.session, at.line);
    let set = this.verified.get(k);
    if (!set) this.verified.set(k, set = /* @__PURE__ */ new Set());
    if (at.quote === void 0) return;
    set.add(at.quote);
    const q = `${k}\0${at.quote}`;
    if (at.author && at.author !== "other" && this.authors.get(q) !== "user") this.authors.set(q, at.author);
  }
  /**
   * Who wrote the words this evidence quotes: the user (a turn the guards trust, a rejection's feedback); a call
   * that failed (its result's text is a stranger's, the failure itself a fact of structure); or anyone else (a
   * tool's output, a reply, an unverified turn of an export, a subagent's brief).
   */
  quoteAuthor(e) {
    return this.authors.get(`${key(e.file, e.session, e.line)}\0${normaliseQuote(e.quote)}`) ?? "other";
  }
  /** @internal used by indexEvidence: what kind of event sits at a cited place. */
  recordEventKind(file, session, line, ev) {
    const k = key(file, session, line);
    if ((ev.kind === "user_prompt" || ev.kind === "permission_denial") && ev.unverified) this.unverifiedTurns.add(k);
    else this.otherEvents.add(k);
  }
  /** Whether this evidence resolves only to unverified user turns or refusal words (UserPromptEvent.unverified, PermissionDenialEvent.unverified). */
  unverifiedTurn(e) {
    const k = key(e.file, e.session, e.line);
    return this.unverifiedTurns.has(k) && !this.otherEvents.has(k);
  }
  /**
   * @internal used by indexEvidence: what re-reading would record for `quote` at a place, from its facts (the
   * bits above), as record and recordEventKind record it event by event.
   */
  recordFacts(at, facts) {
    if ((facts & AT_EVENT) === 0) return;
    const k = key(at.file, at.session, at.line);
    this.record({ file: at.file, session: at.session, line: at.line });
    if (facts & UNVERIFIED_TURN) this.unverifiedTurns.add(k);
    if (facts & OTHER_EVENT) this.otherEvents.add(k);
    if ((facts & QUOTED) === 0) return;
    const author = facts & BY_USER ? "user" : facts & BY_FAILED_CALL ? "failed call" : "other";
    this.record({ ...at, author });
  }
  /** @internal used by indexEvidence */
  markUnreadable(file, reason) {
    this.unreadable.set(file, reason);
  }
  /** Why this evidence does not resolve, or undefined when it does. */
  explain(e) {
    const where = `${e.file}:${e.line}`;
    const bad = this.unreadable.get(e.file);
    if (bad !== void 0) return `evidence ${where} cannot be read: ${bad}`;
    const quotes = this.verified.get(key(e.file, e.session, e.line));
    if (!quotes) return `evidence ${where} names no event of session ${e.session}`;
    if (!quotes.has(normaliseQuote(e.quote))) return `evidence quote does not occur in the event at ${where}`;
    return void 0;
  }
  verify(e) {
    return this.explain(e) === void 0;
  }
};
function namesOf(id, opts) {
  const bare = opts.bareNames ? unplacedId(id) : id;
  return bare === id ? [id] : [id, bare];
}
async function indexEvidence(edits, readSessions, opts = {}) {
  const wanted = /* @__PURE__ */ new Map();
  for (const edit of edits)
    for (const e of edit.evidence ?? []) {
      if (!e || e.session === REPO_SESSION || e.session === GIT_SESSION || typeof e.file !== "string" || isHostedDreamEvidence(e)) continue;
      const w = wanted.get(e.file) ?? { sessions: /* @__PURE__ */ new Map(), known: [] };
      wanted.set(e.file, w);
      const lines = w.sessions.get(e.session) ?? /* @__PURE__ */ new Map();
      w.sessions.set(e.session, lines);
      const quotes = lines.get(e.line) ?? /* @__PURE__ */ new Set();
      lines.set(e.line, quotes);
      const quote = normaliseQuote(String(e.quote ?? ""));
      quotes.add(quote);
      const facts = w.known ? opts.facts?.of(e) : void 0;
      if (facts === void 0) w.known = void 0;
      else w.known?.push({ at: { file: e.file, session: e.session, line: e.line, quote }, facts });
    }
  const index = new EvidenceIndex();
  for (const file of [...wanted.keys()].sort()) {
    const w = wanted.get(file);
    if (opts.files && !opts.files.has(file)) {
      index.markUnreadable(file, "not a transcript this pass read");
      continue;
    }
    if (w.known && !opts.bareNames) {
      for (const { at, facts } of w.known) index.recordFacts(at, facts);
      continue;
    }
    const cited = new Set([...w.sessions.values()].flatMap((lines) => [...lines.keys()]));
    try {
      for await (const session of readSessions(file, cited))
        for (const name of namesOf(session.id, opts)) {
          const lines = w.sessions.get(name);
          if (!lines) continue;
          for (const ev of session.events) {
            const quotes = lines.get(ev.origin.line);
            if (!quotes) continue;
            index.record({ file, session: name, line: ev.origin.line });
            index.recordEventKind(file, name, ev.origin.line, ev);
            const texts = eventTexts(ev).map(collapseWhitespace);
            const author = authorOfEvent(session, ev);
            for (const q of quotes)
              if (q.length >= MIN_QUOTE_CHARS && texts.some((t) => t.includes(q)))
                index.record({ file, session: name, line: ev.origin.line, quote: q, author });
          }
        }
    } catch (err) {
      index.markUnreadable(file, err.message);
    }
  }
  return index;
}
function repoEvidenceReason(e, repoDir) {
  const where = `${e.file}:${e.line}`;
  const abs = join2(repoDir, e.file);
  const unsafe = unsafeRepoPath(e.file) ?? (resolvesInside(repoDir, abs) ? void 0 : "resolves outside the repository");
  if (unsafe) return `repo evidence ${where}: ${unsafe}`;
  try {
    if (statSync(abs).size > MAX_REPO_FILE_BYTES) return `repo evidence ${where}: file too large to verify`;
    const text = collapseWhitespace(readFileSync(abs, "utf8"));
    const q = normaliseQuote(e.quote);
    if (q.length < MIN_QUOTE_CHARS || !text.includes(q)) return `repo evidence quote does not occur in ${e.file}`;
  } catch {
    return `repo evidence ${where}: file cannot be read`;
  }
  return void 0;
}
var API_ID = /^[A-Za-z0-9_-]{1,128}$/;
var isHostedDreamEvidence = (e) => !!e && typeof e.file === "string" && e.file.startsWith(HOSTED_DREAM_PREFIX) && API_ID.test(e.file.slice(HOSTED_DREAM_PREFIX.length)) && typeof e.session === "string" && API_ID.test(e.session) && e.line === 0 && e.quote === "";
var wellFormed = (e) => !!e && typeof e.session === "string" && e.session !== "" && typeof e.file === "string" && e.file !== "" && Number.isInteger(e.line) && e.line >= 1 && typeof e.quote === "string" && normaliseQuote(e.quote).length >= MIN_QUOTE_CHARS;
function malformedPart(e) {
  if (!e || typeof e !== "object") return "not an object";
  if (typeof e.session !== "string" || e.session === "") return "no session";
  if (typeof e.file !== "string" || e.file === "") return "no file";
  if (!Number.isInteger(e.line) || e.line < 1) return "no line";
  return `a quote shorter than ${MIN_QUOTE_CHARS} characters`;
}
var evidenceGuard = (edit, ctx) => {
  const items = Array.isArray(edit.evidence) ? edit.evidence : [];
  if (items.length === 0) return "edit has no evidence";
  const hosted = ctx.engine === "anthropic-dreams" ? items.filter(isHostedDreamEvidence) : [];
  if (hosted.length === items.length) return void 0;
  if (hosted.length > 0) return evidenceGuard({ ...edit, evidence: items.filter((e) => !isHostedDreamEvidence(e)) }, ctx);
  const malformed = items.find((e) => !wellFormed(e));
  if (malformed) return `malformed evidence: ${malformedPart(malformed)}`;
  const fromSessions = items.filter((e) => e.session !== REPO_SESSION && e.session !== GIT_SESSION);
  if (fromSessions.length === 0 && edit.op !== "delete" && edit.op !== "update")
    return `${edit.op} needs evidence from a session; repository evidence only supports removing or fixing stale entries`;
  const before = normaliseQuote(edit.before ?? "");
  const selfOnly = (e) => e.session === REPO_SESSION && e.file === edit.file && before.includes(normaliseQuote(e.quote));
  if (edit.op === "delete" && before && items.every(selfOnly))
    return "delete cites only the entry it deletes: no proof that it is stale or wrong";
  for (const e of items) {
    const reason = citationProblem(e, ctx);
    if (reason) return reason;
  }
  return void 0;
};
function citationProblem(e, ctx) {
  if (e.session === REPO_SESSION) return repoEvidenceReason(e, ctx.repoDir);
  if (e.session === GIT_SESSION) return commitEvidenceReason(e, ctx.repoDir);
  return ctx.evidence?.explain(e);
}
function markUnfoundQuotes(edit, ctx) {
  const evidence = (Array.isArray(edit.evidence) ? edit.evidence : []).map((e) => {
    if (!e || typeof e !== "object") return e;
    const { unfound: _, ...rest } = e;
    const shows = wellFormed(e) && !isHostedDreamEvidence(e);
    return shows && citationProblem(e, ctx) !== void 0 ? { ...rest, unfound: true } : rest;
  });
  return { ...edit, evidence };
}

export {
  unsafeRepoPath,
  unsafePathReason,
  resolvesInside,
  pathsGuard,
  eventTexts,
  authorOfEvent,
  AT_EVENT,
  UNVERIFIED_TURN,
  OTHER_EVENT,
  QUOTED,
  BY_USER,
  BY_FAILED_CALL,
  indexEvidence,
  isHostedDreamEvidence,
  evidenceGuard,
  markUnfoundQuotes
};
