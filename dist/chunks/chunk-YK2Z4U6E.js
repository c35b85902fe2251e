import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  MAX_PATTERN_SAMPLES,
  MAX_PATTERN_SESSIONS,
  emptyFilter,
  filterAdd,
  filterCovers,
  filterUnion,
  isDreamed,
  prunePatterns,
  segmentBytes
} from "./chunk-B5EED3GH.js";
import {
  trusted
} from "./chunk-ZOCEYECJ.js";
import {
  mayHoldFrameWords,
  mayReadAnew,
  reframedSignature,
  rereadSignature
} from "./chunk-UIMAFZUT.js";
import {
  patternId
} from "./chunk-RAGNSPQK.js";
import {
  MAX_PATTERN_FOLDERS,
  REPO_FOLDER_RULE,
  isRepoFolder,
  joinFolders
} from "./chunk-S4URGW26.js";

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
    if (!mayHoldFrameWords(p.signature) && !mayReadAnew(p.signature)) continue;
    const quotes = (p.samples ?? []).flatMap((s) => s.evidence.map((e) => e.quote));
    const signature = rereadSignature(reframedSignature(p.signature, quotes), quotes);
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

// src/ledger/load.ts
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
  const names = Object.keys(fields);
  const ids = Object.keys(v);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const item = v[id];
    if (!isObj(item)) throw new LedgerError(file, `"${key}.${id}" must be an object`);
    for (let j = 0; j < names.length; j++) {
      const f = names[j];
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
var loaded = /* @__PURE__ */ new WeakMap();
var countsOf = (l) => [l.sessions, l.files, l.patterns, l.entries, l.edits, l.efficacy].map((r) => r ? Object.keys(r).length : -1).join() + `/${l.dreamed?.segments.length ?? -1}/${Object.keys(l).length}`;

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

// src/ledger/serialize.ts
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
  for (const [path2, f] of Object.entries(b.files ?? {})) {
    out.files ??= {};
    const mine = out.files[path2];
    if (!mine || f.bytes > mine.bytes || f.bytes === mine.bytes && later(f.dreamedAt, mine.dreamedAt))
      out.files[path2] = structuredClone(f);
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
import { readFile } from "node:fs/promises";
import path from "node:path";
async function readLedgerFile(repoDir, ledgerPath) {
  return readFile(path.join(repoDir, ledgerPath), "utf8").catch((e) => {
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
    const { conversations: _, ...rest } = e;
    l.efficacy[id] = kept.length ? { ...rest, conversations: Object.fromEntries(kept) } : rest;
  }
}

export {
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
