import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/model/session.ts
var TRUST_LEVELS = ["developer", "app-user", "public"];
function defaultTrust(format) {
  if (format === "claude-stream-json") return "public";
  if (format === "managed-agents-events") return "app-user";
  return "developer";
}
function promptAuthor(session, e) {
  if (session.parentId !== void 0) return "parent agent";
  if (e.sidechain) return "sidechain";
  if (e.task) return "task";
  if (e.unverified) return "unverified";
  return session.trust === "public" ? "public" : "user";
}
function userTurn(session, e) {
  return promptAuthor(session, e) === "user";
}
function usersOwnWords(session, e) {
  if (e.kind === "user_prompt") return userTurn(session, e);
  return e.kind === "permission_denial" && !e.unverified && session.trust !== "public";
}
function sessionTime(session) {
  const candidates = [session.startedAt, ...session.events.slice(0, 50).map((e) => e.timestamp)];
  for (const t of candidates) {
    const ms = t ? Date.parse(t) : NaN;
    if (!Number.isNaN(ms)) return ms;
  }
  return void 0;
}
var PLACE_MARK = "@";
var PLACED = /@[0-9a-f]{8}(?=[#/]|$)/;
function unplacedId(id) {
  return id.replace(PLACED, "");
}
function newSessions(known, ids, roots = /* @__PURE__ */ new Set()) {
  const claimed = /* @__PURE__ */ new Map();
  const present = new Set(ids);
  for (const id of [...ids].sort()) {
    const bare = unplacedId(id);
    if (bare !== id && !known.has(id) && known.has(bare) && !present.has(bare) && !roots.has(bare) && !claimed.has(bare))
      claimed.set(bare, id);
  }
  const claimants = new Set(claimed.values());
  return { fresh: ids.filter((id) => !known.has(id) && !claimants.has(id)), claimed };
}
function rootFileIds(sessions) {
  const out = /* @__PURE__ */ new Set();
  for (const s of sessions) if (!/[\\/]/.test(s.sourceFile)) out.add(s.id);
  return out;
}

// src/model/evidence.ts
var REPO_SESSION = "repo";
var GIT_SESSION = "git";
var HOSTED_DREAM_PREFIX = "anthropic-dreams:";
var MIN_QUOTE_CHARS = 4;
function normaliseQuote(q) {
  return q.replace(/\s+/g, " ").trim().replace(/^(?:\.\.\.|…|["'`“”‘’]|\s)+/u, "").replace(/(?:\.\.\.|…|["'`“”‘’]|\s)+$/u, "").trim();
}

// src/model/engine.ts
var PROVIDER_NAMES = ["anthropic", "bedrock", "vertex"];

// src/model/trailers.ts
var TRAILER_ENGINE = "Dream-Engine";
var TRAILER_SESSIONS = "Dreamed-From";
var TRAILER_EDIT = "Dreamed-Edit";
function dreamedEdits(message) {
  const out = [];
  for (const m of message.matchAll(new RegExp(`^[ \\t*-]*${TRAILER_EDIT}:[ \\t]+(\\S+)[ \\t]+(.+?)[ \\t]*$`, "gm"))) {
    out.push({ id: m[1], file: m[2] });
  }
  return out;
}
var hasDreamTrailers = (message) => new RegExp(`^[ \\t*-]*(${TRAILER_ENGINE}|${TRAILER_EDIT}):`, "m").test(message);

// src/model/text-chunks.ts
var TEXT_CHUNK_CHARS = 1 << 20;
function* textChunks(text, size = TEXT_CHUNK_CHARS) {
  const step = Math.max(2, Math.floor(size));
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + step, text.length);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    yield text.slice(start, end);
    start = end;
  }
}
var isHighSurrogate = (code) => code >= 55296 && code <= 56319;

// src/model/withheld.ts
var WITHHELD_WORDS = "words withheld: only turns the transcripts cannot attribute to the person said this";
var UNFOUND_QUOTE_WORDS = "quote withheld: not found in any session";
var UNFOUND_TEXT_WORDS = "text withheld: none of its quotes was found in any session";
var citesOnlyUnfound = (evidence) => evidence.length > 0 && evidence.every((e) => e.unfound === true);
var MODEL_WORDS_WITHHELD = "the model's words are withheld";

// src/model/report.ts
var MAX_PATTERN_SESSIONS = 200;
var MAX_REPORT_SESSION_IDS = 5e3;
function skippedInputs(s) {
  return s.skipped.length + (s.skippedOmitted ?? 0);
}
function oneOffCount(r) {
  return r.patterns.filter((p) => p.oneOff).length + (r.oneOffsOmitted ?? 0);
}

// src/model/bounded-memo.ts
function boundedMemo(limit, compute) {
  const memo = /* @__PURE__ */ new Map();
  return (key) => {
    let value = memo.get(key);
    if (value === void 0) {
      if (memo.size >= limit) memo.clear();
      value = compute(key);
      memo.set(key, value);
    }
    return value;
  };
}

// src/model/folders.ts
var MAX_FOLDER_CHARS = 512;
var MAX_PATTERN_FOLDERS = 8;
var REPO_FOLDER_RULE = `relative, "/"-separated, no "." or ".." part, no backslash or control character, at most ${MAX_FOLDER_CHARS} characters`;
function isRepoFolder(folder) {
  if (typeof folder !== "string" || folder.length === 0 || folder.length > MAX_FOLDER_CHARS) return false;
  if (/[\\\u0000-\u001f\u007f]/.test(folder)) return false;
  return folder.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
var folderSummary = (folder) => folder === void 0 ? void 0 : [folder];
function joinFolders(a, b) {
  if (a === void 0 || b === void 0) return void 0;
  if (b.every((f) => a.includes(f))) return [...a];
  const all = [.../* @__PURE__ */ new Set([...a, ...b])].sort();
  return all.length > MAX_PATTERN_FOLDERS ? void 0 : all;
}

export {
  TRUST_LEVELS,
  defaultTrust,
  promptAuthor,
  usersOwnWords,
  sessionTime,
  PLACE_MARK,
  unplacedId,
  newSessions,
  rootFileIds,
  REPO_SESSION,
  GIT_SESSION,
  HOSTED_DREAM_PREFIX,
  MIN_QUOTE_CHARS,
  normaliseQuote,
  MAX_PATTERN_SESSIONS,
  MAX_REPORT_SESSION_IDS,
  skippedInputs,
  oneOffCount,
  PROVIDER_NAMES,
  TRAILER_ENGINE,
  TRAILER_SESSIONS,
  TRAILER_EDIT,
  dreamedEdits,
  hasDreamTrailers,
  boundedMemo,
  MAX_PATTERN_FOLDERS,
  REPO_FOLDER_RULE,
  isRepoFolder,
  folderSummary,
  joinFolders,
  textChunks,
  WITHHELD_WORDS,
  UNFOUND_QUOTE_WORDS,
  UNFOUND_TEXT_WORDS,
  citesOnlyUnfound,
  MODEL_WORDS_WITHHELD
};
