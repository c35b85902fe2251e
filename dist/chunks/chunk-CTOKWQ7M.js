import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  FileEfficacy,
  mineSession
} from "./chunk-WCAN4TE2.js";
import {
  MAX_LISTED_FILES,
  MAX_LISTED_SESSIONS,
  compactLedger,
  fileKey,
  oidKey,
  statKey
} from "./chunk-YK2Z4U6E.js";
import {
  filterHas,
  isDreamed,
  recordSession
} from "./chunk-B5EED3GH.js";
import {
  outlineSessionTwice,
  readTranscriptFile,
  sessionCounts
} from "./chunk-GFMZHGGR.js";
import {
  glanceFile,
  judgeFile,
  markFile,
  statFile
} from "./chunk-ZOCEYECJ.js";
import {
  AT_EVENT,
  BY_FAILED_CALL,
  BY_USER,
  OTHER_EVENT,
  QUOTED,
  UNVERIFIED_TURN,
  authorOfEvent,
  eventTexts
} from "./chunk-DRR55QGK.js";
import {
  MemoryUseTracker
} from "./chunk-UIMAFZUT.js";
import {
  collapseWhitespace
} from "./chunk-7P7ERCKQ.js";
import {
  MIN_QUOTE_CHARS,
  normaliseQuote
} from "./chunk-S4URGW26.js";

// src/guards/evidence-facts.ts
function readFacts(session, o, evidence) {
  let byLine;
  const out = [];
  for (const e of evidence) {
    if (e.file !== o.file || e.session !== session.id) {
      out.push(-1);
      continue;
    }
    if (!byLine) {
      byLine = /* @__PURE__ */ new Map();
      for (const ev of session.events) {
        const at = byLine.get(ev.origin.line);
        if (at) at.push(ev);
        else byLine.set(ev.origin.line, [ev]);
      }
    }
    const q = normaliseQuote(String(e.quote ?? ""));
    let facts = 0;
    for (const ev of byLine.get(e.line) ?? []) {
      facts |= AT_EVENT;
      facts |= (ev.kind === "user_prompt" || ev.kind === "permission_denial") && ev.unverified ? UNVERIFIED_TURN : OTHER_EVENT;
      if (q.length < MIN_QUOTE_CHARS || !eventTexts(ev).some((t) => collapseWhitespace(t).includes(q))) continue;
      facts |= QUOTED;
      const author = authorOfEvent(o.read, ev);
      if (author === "user") facts |= BY_USER;
      else if (author === "failed call") facts |= BY_FAILED_CALL;
    }
    out.push(facts);
  }
  return out;
}
var EvidenceFacts = class {
  byEvidence = /* @__PURE__ */ new WeakMap();
  /** Binds each evidence of `signals` (in order) to its facts from readFacts; -1 binds nothing. */
  vouch(evidence, facts) {
    let k = 0;
    for (const e of evidence) {
      const f = facts[k++];
      if (f === void 0) return;
      if (f < 0) continue;
      this.byEvidence.set(e, { facts: f, file: e.file, session: e.session, line: e.line, quote: e.quote });
    }
  }
  /** The facts of `e`, when it is an object they were made for and still cites what it cited then. */
  of(e) {
    const v = this.byEvidence.get(e);
    return v && v.file === e.file && v.session === e.session && v.line === e.line && v.quote === e.quote ? v.facts : void 0;
  }
};

// src/pipeline/file-skip.ts
function planFile(ledger, display, abs, oid) {
  const prev = ledger.files?.[display];
  if (prev) {
    const verdict = judgeFile(abs, prev, oid);
    if (verdict.kind === "same") return { kind: "skip", sessions: prev.sessions ?? 1 };
    if (verdict.kind === "grown") return { kind: "read", from: { offset: verdict.offset, line: verdict.line } };
    return { kind: "read" };
  }
  const dreamed = ledger.dreamed;
  if (!dreamed?.segments.length) return { kind: "read" };
  const skip = { kind: "skip", sessions: 1, byFilter: true };
  if (oid) return filterHas(dreamed, oidKey(oid)) ? skip : { kind: "read" };
  const st = statFile(abs);
  if (st && filterHas(dreamed, statKey(display, st))) return skip;
  const seen = glanceFile(abs);
  return seen && filterHas(dreamed, fileKey(display, seen)) ? skip : { kind: "read" };
}
function markRead(abs, end, oid) {
  try {
    return { ...markFile(abs, end, oid), startOffset: end.startOffset };
  } catch {
    return void 0;
  }
}
function recordMark(ledger, display, read, sessions, at) {
  const { startOffset, ...mark } = read;
  ledger.files ??= {};
  const before = startOffset > 0 ? ledger.files[display]?.sessions ?? 0 : 0;
  ledger.files[display] = { ...mark, dreamedAt: at, sessions: before + sessions };
}
var PassRecorder = class {
  constructor(ledger, opts) {
    this.ledger = ledger;
    this.opts = opts;
    this.files = Object.keys(ledger.files ?? {}).length;
    this.sessions = Object.keys(ledger.sessions).length;
  }
  ledger;
  opts;
  keep = /* @__PURE__ */ new Set();
  files;
  sessions;
  /** Records where the pass stopped reading a file (see recordMark). */
  file(display, mark, sessions) {
    const known = this.ledger.files?.[display] !== void 0;
    recordMark(this.ledger, display, mark, sessions, this.opts.at);
    if (!known) this.files++;
    this.bound();
  }
  /** Lists a session the pass read (once: a copy of it in another file is then already dreamed). */
  session(s, opts = {}) {
    if (opts.keep) this.keep.add(s.id);
    if (!recordSession(this.ledger, s, this.opts.at)) return;
    this.sessions++;
    this.bound();
  }
  bound() {
    if (this.files <= 2 * MAX_LISTED_FILES && this.sessions <= 2 * MAX_LISTED_SESSIONS) return;
    compactLedger(this.ledger, { keep: this.keep, keepFiles: this.opts.keepFiles });
    this.files = Object.keys(this.ledger.files ?? {}).length;
    this.sessions = Object.keys(this.ledger.sessions).length;
  }
};

// src/pipeline/outlines.ts
var OUTLINE_BUDGET_CHARS = 8e6;
var FULL_OUTLINE_CHARS = 2e3;
var SHORT_OUTLINE_CHARS = 300;
var MAX_KEPT_OUTLINES = 1e4;
var PassOutlines = class {
  constructor(limits = {}) {
    this.limits = limits;
  }
  limits;
  /** Every session outlined, kept or not: the pass's count of sessions read. */
  count = 0;
  kept = [];
  chars = 0;
  /** The outline this pass uses for the session: full while the budget lasts, short after. */
  add(pair) {
    const full = this.chars < (this.limits.budgetChars ?? OUTLINE_BUDGET_CHARS);
    const outline = full ? pair.outline : { ...pair.outline, outline: pair.short };
    this.count++;
    this.chars += outline.outline.length;
    if (this.kept.length < (this.limits.maxKept ?? MAX_KEPT_OUTLINES)) this.kept.push(outline);
    else if (outline.parentId !== void 0) this.kept.push({ ...outline, outline: "" });
    return outline;
  }
};

// src/pipeline/mine-file.ts
async function mineFile(file, ctx) {
  const health = { format: null, unknownTypes: [], sessions: [] };
  const digest = {
    index: file.index,
    display: file.display,
    source: file.source,
    sessions: [],
    issues: [],
    alreadyDreamed: 0,
    health,
    memoryUse: { touched: [], missing: [], ran: [] },
    efficacy: []
  };
  const plan = ctx.ledger && !file.whole ? planFile(ctx.ledger, file.display, file.abs, file.oid) : { kind: "read" };
  if (plan.kind === "skip") return { ...digest, unchanged: plan.sessions, ...plan.byFilter ? { byFilter: true } : {} };
  if (plan.from) digest.resumed = true;
  const memoryUse = new MemoryUseTracker(ctx.memory);
  const efficacy = ctx.lessons.length ? new FileEfficacy(ctx.lessons) : void 0;
  let end;
  const read = readTranscriptFile(file.abs, {
    displayPath: file.display,
    onIssue: (i) => void digest.issues.push(i),
    onFormat: (f) => health.format = f,
    onUnknownTypes: (counts) => void health.unknownTypes.push(...counts),
    ...plan.from ? { from: plan.from } : {},
    onEnd: (e) => end = e,
    ...ctx.project ? { project: ctx.project } : {}
  });
  let first = true;
  const ids = /* @__PURE__ */ new Set();
  let factsHold = !plan.from;
  for await (const session of read) {
    const continued = first && !!plan.from;
    first = false;
    health.sessions.push(sessionCounts(session));
    if (ids.has(session.id)) factsHold = false;
    ids.add(session.id);
    if (ctx.ledger && isDreamed(ctx.ledger, session.contentHash)) {
      digest.alreadyDreamed++;
      continue;
    }
    const asRead = { parentId: session.parentId, trust: session.trust };
    if (file.trust) session.trust = file.trust;
    const signals = mineSession(session, {
      memory: ctx.memory,
      repoFacts: ctx.repoFacts,
      ...ctx.ruleDates ? { ruleDates: ctx.ruleDates } : {}
    });
    efficacy?.observe(session, signals, continued);
    ctx.provenance.observe(session);
    memoryUse.observe(session);
    digest.sessions.push({
      signals,
      trust: session.trust,
      ...outlineSessionTwice(session, FULL_OUTLINE_CHARS, SHORT_OUTLINE_CHARS),
      ...factsHold && signals.length ? {
        facts: readFacts(
          session,
          { file: file.display, read: asRead },
          signals.flatMap((s) => s.evidence)
        )
      } : {}
    });
  }
  if (!factsHold || digest.issues.some((i) => i.leftOut !== void 0)) for (const s of digest.sessions) delete s.facts;
  const used = memoryUse.result();
  digest.memoryUse = { touched: [...used.touched], missing: [...used.missing].map(([k, v]) => [k, [...v]]), ran: [...used.ran] };
  if (efficacy) digest.efficacy = efficacy.tallies();
  if (end) {
    const mark = markRead(file.abs, end, file.oid);
    if (mark) digest.mark = mark;
  }
  return digest;
}

export {
  EvidenceFacts,
  planFile,
  PassRecorder,
  PassOutlines,
  mineFile
};
