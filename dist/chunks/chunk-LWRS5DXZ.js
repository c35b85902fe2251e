import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  FileEfficacy,
  mineSession
} from "./chunk-PEOEV5BD.js";
import {
  MAX_LISTED_FILES,
  MAX_LISTED_SESSIONS,
  MemoryUseTracker,
  compactLedger,
  fileKey,
  oidKey,
  statKey
} from "./chunk-B3HG7FBJ.js";
import {
  filterHas,
  isDreamed,
  recordSession
} from "./chunk-7R4T5MSR.js";
import {
  outlineSessionTwice,
  readTranscriptFile,
  sessionCounts
} from "./chunk-QJWLRDHZ.js";
import {
  glanceFile,
  judgeFile,
  markFile,
  statFile
} from "./chunk-ZOCEYECJ.js";

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
  for await (const session of read) {
    const continued = first && !!plan.from;
    first = false;
    health.sessions.push(sessionCounts(session));
    if (ctx.ledger && isDreamed(ctx.ledger, session.contentHash)) {
      digest.alreadyDreamed++;
      continue;
    }
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
      ...outlineSessionTwice(session, FULL_OUTLINE_CHARS, SHORT_OUTLINE_CHARS)
    });
  }
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
  planFile,
  PassRecorder,
  PassOutlines,
  mineFile
};
