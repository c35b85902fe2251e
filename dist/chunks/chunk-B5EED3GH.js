import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  supportSession,
  wordsUnverified
} from "./chunk-RAGNSPQK.js";
import {
  normaliseEntryText,
  sha256Hex
} from "./chunk-7P7ERCKQ.js";
import {
  redactSecrets
} from "./chunk-MEBIEL22.js";
import {
  joinFolders,
  newSessions,
  rootFileIds
} from "./chunk-S4URGW26.js";

// src/ledger/filter.ts
import { hash } from "node:crypto";
var SEGMENT_KEYS = 16384;
var BITS_PER_KEY = 45;
var LAST_TIGHTER = 12;
function segmentParams(i) {
  const bitsPerKey = BITS_PER_KEY + Math.ceil(1.44 * Math.min(i, LAST_TIGHTER));
  return { bitsPerKey, hashes: Math.round(bitsPerKey * Math.LN2) };
}
var emptyFilter = () => ({ ...segmentParams(0), segments: [] });
var bitsPerKeyOf = (f, s) => s.bitsPerKey ?? f.bitsPerKey;
var hashesOf = (f, s) => s.hashes ?? f.hashes;
var segmentBytes = (bitsPerKey) => SEGMENT_KEYS * bitsPerKey / 8;
function keyHash(key) {
  const d = hash("sha256", key, "binary");
  return { h1: uint32At(d, 0), h2: uint32At(d, 4) | 1 };
}
var uint32At = (d, at) => (d.charCodeAt(at) | d.charCodeAt(at + 1) << 8 | d.charCodeAt(at + 2) << 16 | d.charCodeAt(at + 3) << 24) >>> 0;
function hasAll(b, k, bits, hashes) {
  for (let i = 0; i < hashes; i++) {
    const p = (k.h1 + Math.imul(i, k.h2) >>> 0) % bits;
    if ((b[p >>> 3] & 1 << (p & 7)) === 0) return false;
  }
  return true;
}
function setAll(b, k, bits, hashes) {
  for (let i = 0; i < hashes; i++) {
    const p = (k.h1 + Math.imul(i, k.h2) >>> 0) % bits;
    b[p >>> 3] |= 1 << (p & 7);
  }
}
var decoded = /* @__PURE__ */ new WeakMap();
function bitsOf(s) {
  let b = decoded.get(s);
  if (!b) {
    b = Buffer.from(s.bits, "base64");
    decoded.set(s, b);
  }
  return b;
}
function filterHas(f, key) {
  return f !== void 0 && f.segments.length > 0 && holds(f, keyHash(key));
}
function holds(f, k) {
  for (let i = 0; i < f.segments.length; i++) {
    const s = f.segments[i];
    if (hasAll(bitsOf(s), k, SEGMENT_KEYS * bitsPerKeyOf(f, s), hashesOf(f, s))) return true;
  }
  return false;
}
function filterAdd(f, keys) {
  let last = f.segments[f.segments.length - 1];
  let buf = last ? Buffer.from(bitsOf(last)) : void 0;
  if (last && buf) decoded.set(last, buf);
  const flush = () => {
    if (last && buf) {
      last.bits = buf.toString("base64");
      decoded.set(last, buf);
    }
  };
  for (const key of keys) {
    const k = keyHash(key);
    if (holds(f, k)) continue;
    if (!last || !buf || last.keys >= SEGMENT_KEYS) {
      flush();
      const params = segmentParams(f.segments.length);
      const own = params.bitsPerKey === f.bitsPerKey && params.hashes === f.hashes;
      last = own ? { keys: 0, bits: "" } : { keys: 0, bits: "", ...params };
      buf = Buffer.alloc(segmentBytes(bitsPerKeyOf(f, last)));
      f.segments.push(last);
      decoded.set(last, buf);
    }
    setAll(buf, k, SEGMENT_KEYS * bitsPerKeyOf(f, last), hashesOf(f, last));
    last.keys++;
  }
  flush();
}
function filterUnion(a, b) {
  if (!a || a.segments.length === 0) return b && structuredClone(b);
  if (!b || b.segments.length === 0) return structuredClone(a);
  const out = structuredClone(a);
  const have = new Set(out.segments.map((s) => s.bits));
  for (const s of b.segments) {
    if (have.has(s.bits)) continue;
    const own = { bitsPerKey: bitsPerKeyOf(b, s), hashes: hashesOf(b, s) };
    const same = own.bitsPerKey === out.bitsPerKey && own.hashes === out.hashes;
    out.segments.push(same ? structuredClone(s) : { ...structuredClone(s), ...own });
  }
  return out;
}
function filterCovers(f, of) {
  if (!of || of.segments.length === 0) return true;
  const have = new Set((f?.segments ?? []).map((s) => s.bits));
  return of.segments.every((s) => have.has(s.bits));
}
function ledgerTextToScan(text) {
  return text.replace(/("bits":\s*")[A-Za-z0-9+/]*={0,2}"/g, '$1"');
}
function ledgerLineToScan(line) {
  return line.includes('"bits"') ? ledgerTextToScan(line) : line;
}
var LEDGER_SCAN = { view: ledgerLineToScan, linesStandAlone: true };

// src/ledger/same-proposal.ts
var TEACHING_OPS = /* @__PURE__ */ new Set(["add", "update"]);
function proposalKey(p) {
  if (!p.patternId) return void 0;
  if (TEACHING_OPS.has(p.op)) return `pattern:${p.patternId}|teach|${p.file}`;
  return `pattern:${p.patternId}|${p.op}|${p.file}|${p.toFile ?? ""}|${(p.entryIds ?? []).join(",")}`;
}
var proposalShape = (e) => ({
  ...e.patternId ? { patternId: e.patternId } : {},
  op: e.op,
  file: e.file,
  ...e.op === "move" && e.toFile ? { toFile: e.toFile } : {},
  entryIds: [e.entryId, ...e.mergedEntryIds ?? []].filter((x) => !!x)
});
function isSuppressed(e, suppressed, otherIds = []) {
  if (suppressed.has(e.id) || otherIds.some((id) => suppressed.has(id))) return true;
  const key = proposalKey(proposalShape(e));
  return key !== void 0 && suppressed.has(key);
}

// src/ledger/record.ts
var MAX_PATTERN_SESSIONS = 500;
function isDreamed(l, contentHash) {
  return Object.prototype.hasOwnProperty.call(l.sessions, contentHash) || filterHas(l.dreamed, contentHash);
}
function recordSession(l, s, at) {
  if (isDreamed(l, s.contentHash)) return false;
  l.sessions[s.contentHash] = { id: redactSecrets(s.id), sourceFile: redactSecrets(s.sourceFile), dreamedAt: at };
  return true;
}
var hostedSessionKey = (engine, sessionId) => `${engine}:${sessionId}`;
function recordHostedSessions(l, engine, sessionIds, at, createdAt = {}) {
  for (const id of sessionIds) {
    const key = hostedSessionKey(engine, id);
    if (isDreamed(l, key)) continue;
    const created = createdAt[id];
    l.sessions[key] = { id, sourceFile: engine, dreamedAt: at, ...created ? { createdAt: created } : {} };
  }
  return l;
}
function newSessions2(l, p, roots) {
  return newSessions(new Set(l.patterns[p.id]?.sessions ?? []), p.sessions, roots);
}
var MAX_PATTERN_SAMPLES = 3;
var MAX_LEDGER_PATTERNS = 5e3;
function rememberedRedaction() {
  const seen = /* @__PURE__ */ new Map();
  return (text) => {
    let out = seen.get(text);
    if (out === void 0) seen.set(text, out = redactSecrets(text));
    return out;
  };
}
function toSample(s, redact) {
  return {
    sessionId: s.sessionId,
    ...s.rootSessionId ? { rootSessionId: s.rootSessionId } : {},
    agent: s.agent,
    summary: s.summary,
    ...s.lesson ? { lesson: s.lesson } : {},
    ...s.failed ? { failed: s.failed } : {},
    ...s.fixed ? { fixed: s.fixed } : {},
    ...s.memoryEntryId ? { memoryEntryId: s.memoryEntryId } : {},
    ...s.asked !== void 0 ? { asked: s.asked } : {},
    ...s.named?.length ? { named: s.named.slice(0, 8).map(redact) } : {},
    evidence: s.evidence.slice(0, 1).map((e) => ({
      session: redact(e.session),
      file: redact(e.file),
      line: e.line,
      quote: redact(e.quote),
      // Kept so a pattern the ledger recalls still shows no words only unverified turns carried (Evidence.unverified),
      // and takes none of its wording from them (wordsUnverified): the one quote kept stands for the signal's, so it
      // is marked when any of them was such a turn (the quote is then withheld too, never shown by mistake).
      ...wordsUnverified(s) ? { unverified: true } : {}
    }))
  };
}
function recordPatterns(l, patterns, at) {
  const redact = rememberedRedaction();
  const roots = rootFileIds(Object.values(l.sessions));
  for (const p of patterns) {
    const { fresh, claimed } = newSessions2(l, p, roots);
    const prev = l.patterns[p.id];
    if (prev && fresh.length === 0 && claimed.size === 0) continue;
    const sessions = [.../* @__PURE__ */ new Set([...(prev?.sessions ?? []).map((s) => claimed.get(s) ?? s), ...fresh])];
    const samples = [...prev?.samples ?? []];
    const sampled = new Set(samples.map((x) => x.rootSessionId ?? x.sessionId));
    for (const s of p.signals) {
      if (samples.length >= MAX_PATTERN_SAMPLES) break;
      if (sampled.has(supportSession(s)) || s.evidence.length === 0) continue;
      sampled.add(supportSession(s));
      samples.push(toSample(s, redact));
    }
    const folders = prev ? joinFolders(prev.folders, p.folders) : p.folders;
    l.patterns[p.id] = {
      kind: p.kind,
      signature: p.signature,
      support: (prev?.support ?? 0) + fresh.length,
      agents: [.../* @__PURE__ */ new Set([...prev?.agents ?? [], ...p.agents])].sort(),
      firstSeen: prev?.firstSeen ?? at,
      lastSeen: at,
      sessions: sessions.slice(-MAX_PATTERN_SESSIONS),
      ...folders ? { folders } : {},
      ...samples.length ? { samples } : {}
    };
    const entryIds = new Set(p.signals.map((s) => s.memoryEntryId).filter((x) => !!x));
    for (const id of entryIds) {
      const e = l.entries[id] ?? { hurt: 0, helped: 0, lastSeen: at };
      l.entries[id] = { ...e, hurt: e.hurt + fresh.length, lastSeen: at };
    }
  }
  return l;
}
var MAX_LEDGER_PATTERN_IDS = 1e5;
function prunePatterns(l, max = MAX_LEDGER_PATTERNS) {
  const forgotten = forgetPatterns(l, max);
  capPatternSessions(l);
  return forgotten;
}
function capPatternSessions(l, maxIds = MAX_LEDGER_PATTERN_IDS) {
  const lengths = Object.values(l.patterns).map((p) => p.sessions.length).sort((a, b) => a - b);
  if (lengths.reduce((a, b) => a + b, 0) <= maxIds) return;
  let cut = 0;
  let below = 0;
  for (let i = 0; i < lengths.length; i++) {
    const rest = lengths.length - i;
    const fit = Math.floor((maxIds - below) / rest);
    if (fit < lengths[i]) {
      cut = fit;
      break;
    }
    below += lengths[i];
  }
  for (const p of Object.values(l.patterns)) if (p.sessions.length > cut) p.sessions = cut > 0 ? p.sessions.slice(-cut) : [];
}
function forgetPatterns(l, max) {
  const ids = Object.keys(l.patterns);
  if (ids.length <= max) return 0;
  const referenced = new Set(Object.values(l.edits).map((e) => e.patternId));
  const candidates = ids.filter((id) => !referenced.has(id)).sort((a, b) => {
    const x = l.patterns[a];
    const y = l.patterns[b];
    return x.support - y.support || (x.lastSeen < y.lastSeen ? -1 : x.lastSeen > y.lastSeen ? 1 : a < b ? -1 : 1);
  });
  const drop = candidates.slice(0, ids.length - max);
  for (const id of drop) delete l.patterns[id];
  return drop.length;
}

// src/ledger/record-edits.ts
function recordEntryOutcome(l, entryId, outcome, sessions, at) {
  const e = l.entries[entryId] ?? { hurt: 0, helped: 0, lastSeen: at };
  l.entries[entryId] = { ...e, [outcome]: Math.max(0, e[outcome] + sessions), lastSeen: at };
  return l;
}
var supportOf = (l, e) => (e.patternId ? l.patterns[e.patternId]?.support : void 0) ?? e.support?.sessions ?? 0;
var patternSessions = (l, patternId) => patternId ? l.patterns[patternId]?.sessions : void 0;
var sessionsCount = (l, patternId) => {
  const p = patternId ? l.patterns[patternId] : void 0;
  return p ? Math.max(p.support, p.sessions.length) : 0;
};
function recordProposed(l, edits, at) {
  for (const e of edits) {
    const prev = l.edits[e.id];
    const support = supportOf(l, e);
    if (prev && prev.status === "proposed" && prev.supportAtDecision === support) continue;
    const { entryIds = [] } = proposalShape(e);
    const sessions = patternSessions(l, e.patternId);
    l.edits[e.id] = {
      op: e.op,
      file: e.file,
      ...e.patternId ? { patternId: e.patternId } : {},
      ...entryIds.length ? { entryIds: [...entryIds] } : {},
      status: "proposed",
      proposedAt: at,
      supportAtDecision: support,
      ...sessions ? { sessions: [...sessions] } : {},
      ...sessions && sessionsCount(l, e.patternId) > sessions.length ? { sessionCount: sessionsCount(l, e.patternId) } : {},
      ...provenanceOf(e),
      ...prev?.pr ? { pr: prev.pr } : {}
    };
  }
  return l;
}
var MAX_EDIT_EVIDENCE = 3;
var MAX_EDIT_TEXT = 600;
var entryTextHash = (text) => sha256Hex(normaliseEntryText(text)).slice(0, 16);
var clip = (s, n) => s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
function provenanceOf(e) {
  const text = e.op === "delete" ? void 0 : e.after;
  return {
    ...text ? { entryHash: entryTextHash(text), entryText: clip(text, MAX_EDIT_TEXT) } : {},
    ...e.before ? { beforeHash: entryTextHash(e.before) } : {},
    ...e.op === "move" && e.toFile ? { toFile: e.toFile } : {},
    ...e.rationale ? { rationale: clip(e.rationale, MAX_EDIT_TEXT) } : {},
    ...e.evidence.length ? {
      evidence: e.evidence.slice(0, MAX_EDIT_EVIDENCE).map((v) => ({
        session: v.session,
        file: v.file,
        line: v.line,
        quote: clip(v.quote, 300),
        ...v.unverified ? { unverified: v.unverified } : {}
      }))
    } : {},
    ...e.support ? { support: { sessions: e.support.sessions, agents: e.support.agents } } : {}
  };
}
function recordPull(l, editIds, pr) {
  for (const id of editIds) {
    const e = l.edits[id];
    if (e && e.status === "proposed") l.edits[id] = { ...e, pr: { number: pr.number, ...pr.url ? { url: pr.url } : {} } };
  }
  return l;
}
function recordAdopted(l, a) {
  const e = l.edits[a.editId];
  if (!e || e.adopted?.sha === a.sha) return l;
  const reworded = a.how === "reworded" && a.text !== void 0;
  const adopted = {
    at: a.at,
    sha: a.sha,
    how: a.how,
    ...reworded ? { text: clip(a.text, MAX_EDIT_TEXT), hash: entryTextHash(a.text) } : {}
  };
  l.edits[a.editId] = { ...e, status: "proposed", adopted };
  return l;
}
var omittedOf = (listed, count) => Math.max(0, (count ?? listed) - listed);
function recordRejected(l, rejections, at) {
  for (const r of rejections) {
    const { id, patternId, sessions: seen = [], sessionCount } = typeof r === "string" ? { id: r } : r;
    const prev = l.edits[id];
    const seenSet = new Set(seen);
    const omitted = omittedOf(seenSet.size, sessionCount);
    if (prev?.status === "proposed" && seen.length > 0 && (prev.sessions ?? []).filter((s) => !seenSet.has(s)).length > omitted) continue;
    const pid = prev?.patternId ?? patternId;
    if (prev?.status === "rejected") {
      const before = prev.sessions ?? [];
      const widened = [.../* @__PURE__ */ new Set([...before, ...seen])].sort();
      const prevOmitted = omittedOf(before.length, prev.sessionCount);
      const nextOmitted = Math.max(prevOmitted, omitted);
      if (widened.length === before.length && nextOmitted === prevOmitted) continue;
      l.edits[id] = withSessions({ ...prev }, widened, widened.length + nextOmitted);
      continue;
    }
    const support = pid ? l.patterns[pid]?.support ?? prev?.supportAtDecision ?? seen.length : prev?.supportAtDecision ?? seen.length;
    const sessions = seen.length ? [...seenSet].sort() : prev?.sessions ?? patternSessions(l, pid);
    const edit = {
      op: prev?.op ?? "unknown",
      file: prev?.file ?? "",
      ...pid ? { patternId: pid } : {},
      ...prev?.entryIds ? { entryIds: prev.entryIds } : {},
      // Where a rejected move went is part of what was rejected (same-proposal.ts).
      ...prev?.toFile ? { toFile: prev.toFile } : {},
      status: "rejected",
      proposedAt: prev?.proposedAt ?? at,
      rejectedAt: at,
      supportAtDecision: support
    };
    const count = seen.length ? seenSet.size + omitted : prev?.sessions ? prev.sessionCount ?? prev.sessions.length : sessionsCount(l, pid);
    l.edits[id] = sessions ? withSessions(edit, sessions, count) : edit;
  }
  return l;
}
function withSessions(e, sessions, count) {
  const kept = sessions.slice(-MAX_PATTERN_SESSIONS);
  const { sessionCount: _dropped, ...rest } = e;
  return { ...rest, sessions: [...kept], ...count > kept.length ? { sessionCount: count } : {} };
}
var pendingEntryKey = (entryId) => `entry:${entryId}`;
function suppressedEditIds(l, patterns) {
  const byId = new Map(patterns.map((p) => [p.id, p]));
  let roots;
  const rootIds = () => roots ??= rootFileIds(Object.values(l.sessions));
  const out = /* @__PURE__ */ new Set();
  for (const [id, e] of Object.entries(l.edits)) {
    if (e.status === "proposed") for (const entry of e.entryIds ?? []) out.add(pendingEntryKey(entry));
    const p = e.patternId ? byId.get(e.patternId) : void 0;
    if (p && hasNewEvidence(l, e, p, rootIds)) continue;
    out.add(id);
    const key = proposalKey(e);
    if (key) out.add(key);
  }
  return out;
}
function hasNewEvidence(l, e, p, roots) {
  if (e.status === "rejected" && e.sessions && e.sessions.length > 0) {
    const seen = new Set(e.sessions);
    const outside = newSessions(seen, p.sessions, roots()).fresh.length;
    return outside > omittedOf(seen.size, e.sessionCount);
  }
  return newSessions2(l, p, roots()).fresh.length > 0;
}

export {
  emptyFilter,
  segmentBytes,
  filterHas,
  filterAdd,
  filterUnion,
  filterCovers,
  LEDGER_SCAN,
  MAX_PATTERN_SESSIONS,
  isDreamed,
  recordSession,
  recordHostedSessions,
  MAX_PATTERN_SAMPLES,
  recordPatterns,
  prunePatterns,
  isSuppressed,
  recordEntryOutcome,
  recordProposed,
  entryTextHash,
  recordPull,
  recordAdopted,
  recordRejected,
  pendingEntryKey,
  suppressedEditIds
};
