import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  FileEfficacy,
  mineSession
} from "./chunk-V6SMZIWJ.js";
import {
  MAX_LISTED_FILES,
  MAX_LISTED_SESSIONS,
  compactLedger,
  fileKey,
  oidKey
} from "./chunk-W6YYLVGZ.js";
import {
  MemoryUseTracker
} from "./chunk-427OPDA3.js";
import {
  filterHas,
  isDreamed,
  recordSession
} from "./chunk-AVNBLGNS.js";
import {
  outlineSession,
  readTranscriptFile,
  sessionCounts
} from "./chunk-GFAOHSYZ.js";

// src/sources/fingerprint.ts
import { hash } from "node:crypto";
import { execFile } from "node:child_process";
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { promisify } from "node:util";
var FINGERPRINT_BLOCK = 1024;
var scratch = Buffer.allocUnsafe(2 * FINGERPRINT_BLOCK);
function readRange(fd, start, len) {
  let got = 0;
  while (got < len) {
    const bytesRead = readSync(fd, scratch, got, len - got, start + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got;
}
var digest = (bytes) => hash("sha1", bytes, "hex").slice(0, 20);
function hashBlocks(fd, bytes) {
  const block = FINGERPRINT_BLOCK;
  if (bytes <= 2 * block) {
    const got = readRange(fd, 0, bytes);
    const head2 = digest(scratch.subarray(0, Math.min(block, got)));
    return { head: head2, mark: bytes <= block ? head2 : digest(scratch.subarray(bytes - block, got)) };
  }
  const head = digest(scratch.subarray(0, readRange(fd, 0, block)));
  return { head, mark: digest(scratch.subarray(0, readRange(fd, bytes - block, block))) };
}
function withFile(file, look) {
  let fd;
  try {
    fd = openSync(file, "r");
    return look(fd, fstatSync(fd));
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function glanceFile(file) {
  return withFile(file, (fd, st) => ({ size: st.size, mtimeMs: Math.round(st.mtimeMs), ...hashBlocks(fd, st.size) }));
}
function judgeFile(file, prev, oid) {
  const byOid = oid !== void 0 && prev.oid !== void 0;
  if (byOid && oid === prev.oid) return statSync(file, { throwIfNoEntry: false }) ? { kind: "same" } : { kind: "changed" };
  const verdict = withFile(file, (fd, st) => {
    if (st.size < prev.bytes) return { kind: "changed" };
    const { head, mark } = hashBlocks(fd, prev.bytes);
    if (head !== prev.head || mark !== prev.mark) return { kind: "changed" };
    if (!byOid && st.size === prev.size && Math.round(st.mtimeMs) === prev.mtimeMs) return { kind: "same" };
    if (st.size !== prev.size) return { kind: "grown", offset: prev.bytes, line: prev.lines };
    return { kind: "changed" };
  });
  return verdict ?? { kind: "changed" };
}
function markFile(file, end, oid) {
  const mark = withFile(file, (fd, st) => ({
    // Whole milliseconds: what every file system and copy tool keeps.
    size: st.size,
    mtimeMs: Math.round(st.mtimeMs),
    ...oid ? { oid } : {},
    bytes: end.bytes,
    lines: end.lines,
    ...hashBlocks(fd, end.bytes)
  }));
  if (!mark) throw new Error(`${file}: cannot be opened to mark where its read stopped`);
  return mark;
}
var run = promisify(execFile);
async function gitObjectIds(repoDir) {
  const out = /* @__PURE__ */ new Map();
  try {
    const opts = { cwd: repoDir, maxBuffer: 1 << 30 };
    const staged = (await run("git", ["ls-files", "-s", "-z"], opts)).stdout;
    const modified = new Set((await run("git", ["ls-files", "-m", "-z"], opts)).stdout.split("\0").filter(Boolean));
    for (const rec of staged.split("\0")) {
      const tab = rec.indexOf("	");
      if (tab < 0) continue;
      const [, oid, stage] = rec.slice(0, tab).split(" ");
      const rel = rec.slice(tab + 1);
      if (!oid || stage !== "0" || modified.has(rel)) continue;
      out.set(rel, structuredClone(oid));
    }
  } catch {
    return /* @__PURE__ */ new Map();
  }
  return out;
}

// src/pipeline/file-skip.ts
function planFile(ledger, display, abs, oid) {
  const prev = ledger.files?.[display];
  if (prev) {
    const verdict = judgeFile(abs, prev, oid);
    if (verdict.kind === "same") return { kind: "skip", sessions: prev.sessions ?? 1 };
    if (verdict.kind === "grown") return { kind: "read", from: { offset: verdict.offset, line: verdict.line } };
    return { kind: "read" };
  }
  if (!ledger.dreamed?.segments.length) return { kind: "read" };
  const seen = oid ? void 0 : glanceFile(abs);
  const key = oid ? oidKey(oid) : seen && fileKey(display, seen);
  return key && filterHas(ledger.dreamed, key) ? { kind: "skip", sessions: 1 } : { kind: "read" };
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
  const digest2 = {
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
  if (plan.kind === "skip") return { ...digest2, unchanged: plan.sessions };
  if (plan.from) digest2.resumed = true;
  const memoryUse = new MemoryUseTracker(ctx.memory);
  const efficacy = ctx.lessons.length ? new FileEfficacy(ctx.lessons) : void 0;
  let end;
  const read = readTranscriptFile(file.abs, {
    displayPath: file.display,
    onIssue: (i) => void digest2.issues.push(i),
    onFormat: (f) => health.format = f,
    onUnknownTypes: (counts) => void health.unknownTypes.push(...counts),
    ...plan.from ? { from: plan.from } : {},
    onEnd: (e) => end = e
  });
  for await (const session of read) {
    health.sessions.push(sessionCounts(session));
    if (ctx.ledger && isDreamed(ctx.ledger, session.contentHash)) {
      digest2.alreadyDreamed++;
      continue;
    }
    if (file.trust) session.trust = file.trust;
    const signals = mineSession(session, { memory: ctx.memory, repoFacts: ctx.repoFacts });
    efficacy?.observe(session, signals);
    ctx.provenance.observe(session);
    memoryUse.observe(session);
    digest2.sessions.push({
      signals,
      trust: session.trust,
      outline: outlineSession(session, FULL_OUTLINE_CHARS),
      short: outlineSession(session, SHORT_OUTLINE_CHARS).outline
    });
  }
  const used = memoryUse.result();
  digest2.memoryUse = { touched: [...used.touched], missing: [...used.missing].map(([k, v]) => [k, [...v]]), ran: [...used.ran] };
  if (efficacy) digest2.efficacy = efficacy.tallies();
  if (end) {
    const mark = markRead(file.abs, end, file.oid);
    if (mark) digest2.mark = mark;
  }
  return digest2;
}

export {
  gitObjectIds,
  planFile,
  PassRecorder,
  PassOutlines,
  mineFile
};
