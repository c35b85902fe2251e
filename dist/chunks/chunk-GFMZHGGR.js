import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  silentLogger
} from "./chunk-CHAIFBKO.js";
import {
  BlockTap
} from "./chunk-ZOCEYECJ.js";
import {
  MIN_SECRET_TEXT,
  keySeesValue,
  redactJsonValue,
  redactKeyedString,
  redactSecrets
} from "./chunk-MEBIEL22.js";
import {
  PLACE_MARK,
  defaultTrust,
  isRepoFolder,
  promptAuthor
} from "./chunk-S4URGW26.js";

// src/transcripts/lines.ts
import { createHash, hash as hashOnce } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { isUtf8 } from "node:buffer";

// src/transcripts/utf16.ts
function utf16Mark(head) {
  if (head.length < 2) return void 0;
  if (head[0] === 255 && head[1] === 254) return "utf-16le";
  if (head[0] === 254 && head[1] === 255) return "utf-16be";
  return void 0;
}
var UTF16_HEAD_BYTES = 512;
function unmarkedUtf16(head) {
  const n = Math.min(head.length & ~1, UTF16_HEAD_BYTES);
  const firstNul = head.subarray(0, n).indexOf(0);
  if (n < 4 || firstNul < 0) return void 0;
  let even = 0;
  let odd = 0;
  for (let i = firstNul; i < n; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  if (even === odd || Math.min(even, odd) * 4 > Math.max(even, odd)) return void 0;
  const le = odd > even;
  let highSurrogate = false;
  let ascii = 0;
  for (let i = 0; i < n; i += 2) {
    const unit = le ? head[i] | head[i + 1] << 8 : head[i] << 8 | head[i + 1];
    if (unit < 32 && unit !== 9 && unit !== 10 && unit !== 13) return void 0;
    if (unit < 127) ascii++;
    const low = unit >= 56320 && unit <= 57343;
    if (low !== highSurrogate) return void 0;
    highSurrogate = unit >= 55296 && unit <= 56319;
  }
  return ascii * 2 > n / 2 ? le ? "utf-16le" : "utf-16be" : void 0;
}
function utf16Of(head) {
  return utf16Mark(head) ?? unmarkedUtf16(head);
}
var Utf16Stream = class {
  constructor(encoding) {
    this.encoding = encoding;
    this.decoder = new TextDecoder(encoding);
  }
  encoding;
  decoder;
  /** The UTF-8 bytes of `raw` (a fresh buffer: `raw` may be overwritten by the next read). */
  push(raw) {
    return Buffer.from(this.decoder.decode(raw, { stream: true }), "utf8");
  }
  /** What the last chunks left undecoded (a lone byte at the file's end becomes U+FFFD, as a bad UTF-8 byte would be reported). */
  end() {
    return Buffer.from(this.decoder.decode(), "utf8");
  }
  /**
   * The offset in `raw` of the last byte of the last newline's code unit, or -1 (so that, as for UTF-8's one byte,
   * the line after it starts one byte later). `at` is the chunk's offset in the file: code units sit at even offsets
   * of the file, and only those are searched. A newline's unit cut by the chunk's end counts in the next chunk.
   */
  lastNewline(raw, at) {
    const [first, second] = this.encoding === "utf-16le" ? [10, 0] : [0, 10];
    let i = raw.length - 2;
    if ((at + i) % 2 !== 0) i--;
    for (; i >= 0; i -= 2) if (raw[i] === first && raw[i + 1] === second) return i + 1;
    return -1;
  }
};
function sampleAsUtf8(sample, encoding, whole) {
  const stream = new Utf16Stream(encoding);
  const head = stream.push(sample);
  return whole ? Buffer.concat([head, stream.end()]) : head;
}

// src/transcripts/lines.ts
var MAX_LINE_BYTES = 32 * 1024 * 1024;
function decode(buf, lineNo, last) {
  let end = buf.length;
  if (end > 0 && buf[end - 1] === 13) end--;
  let start = 0;
  if (lineNo === 1 && end >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191) start = 3;
  const body = start === 0 && end === buf.length ? buf : buf.subarray(start, end);
  if (body.includes(0)) return { line: lineNo, problem: "binary", bytes: body.length };
  if (!isUtf8(body)) return { line: lineNo, problem: "invalid-utf8", bytes: body.length };
  return { line: lineNo, text: body.toString("utf8"), last };
}
var CHUNK_BYTES = 1 << 20;
var shared;
function readBuffer(bytes) {
  if (bytes > CHUNK_BYTES) return Buffer.allocUnsafeSlow(bytes);
  shared ??= Buffer.allocUnsafeSlow(CHUNK_BYTES);
  return shared.subarray(0, bytes);
}
var utf16Stream = (head) => {
  const encoding = utf16Of(head);
  return encoding ? new Utf16Stream(encoding) : void 0;
};
function utf16At(fd) {
  const head = Buffer.alloc(UTF16_HEAD_BYTES);
  return utf16Stream(head.subarray(0, readFully(fd, head, 0)));
}
function readFully(fd, buf, position) {
  let got = 0;
  while (got < buf.length) {
    const n = readSync(fd, buf, got, buf.length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}
function* readLines(file, opts = {}) {
  for (const batch of readLineBatches(file, opts)) yield* batch;
}
function* readLineBatches(file, opts = {}) {
  const max = opts.maxLineBytes ?? MAX_LINE_BYTES;
  const rawLine = opts.rawLine;
  const startOffset = opts.startOffset ?? 0;
  const already = startOffset === 0 ? opts.already : void 0;
  const hash2 = already || !opts.onHash ? void 0 : createHash("sha256");
  const hashedAlready = already && opts.onHash ? hashOnce("sha256", already.bytes, "hex") : void 0;
  const fd = already ? -1 : openSync(file, "r");
  let parts2 = [];
  let partBytes = 0;
  let oversize = false;
  let lineNo = opts.startLine ?? 0;
  let chunkStart = startOffset;
  let completeEnd = startOffset;
  let completeLines = lineNo;
  const tap = opts.onEnd && startOffset === 0 ? new BlockTap() : void 0;
  let seen;
  let utf16 = startOffset > 0 && !already ? utf16At(fd) : void 0;
  try {
    const buf = already ? already.bytes : readBuffer(opts.chunkBytes ?? CHUNK_BYTES);
    for (; ; ) {
      let chunk;
      if (already) {
        if (chunkStart >= buf.length) break;
        chunk = buf;
      } else {
        const got = readFully(fd, buf, chunkStart);
        if (got === 0) break;
        chunk = got === buf.length ? buf : buf.subarray(0, got);
      }
      if (chunkStart === 0) utf16 = utf16Stream(chunk);
      hash2?.update(chunk);
      const lastNewline = utf16 ? utf16.lastNewline(chunk, chunkStart) : chunk.lastIndexOf(10);
      if (lastNewline >= 0) completeEnd = chunkStart + lastNewline + 1;
      tap?.feed(chunk, lastNewline);
      chunkStart += chunk.length;
      if (utf16) chunk = utf16.push(chunk);
      const batch = [];
      let pos = 0;
      const lastNl = chunk.lastIndexOf(10);
      let fastUntil = -1;
      while (pos < chunk.length) {
        if (partBytes === 0 && pos <= lastNl) {
          if (fastUntil < 0) {
            const region = chunk.subarray(pos, lastNl + 1);
            fastUntil = region.length <= max && isUtf8(region) && region.indexOf(0) < 0 ? lastNl : 0;
          }
          if (pos < fastUntil || pos === fastUntil && fastUntil > 0) {
            const nl2 = chunk.indexOf(10, pos);
            let end2 = nl2;
            if (end2 > pos && chunk[end2 - 1] === 13) end2--;
            lineNo++;
            let start = pos;
            if (lineNo === 1 && end2 - start >= 3 && chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191) start += 3;
            const choice = rawLine === void 0 ? "whole" : rawLine(chunk, start, end2);
            if (choice === "whole") batch.push({ line: lineNo, text: chunk.toString("utf8", start, end2), last: false });
            else if (choice !== "drop") batch.push({ line: lineNo, text: choice.text, last: false, whole: chunk.subarray(start, end2) });
            pos = nl2 + 1;
            continue;
          }
        }
        const nl = chunk.indexOf(10, pos);
        const end = nl < 0 ? chunk.length : nl;
        if (!oversize) {
          if (partBytes + (end - pos) > max) {
            oversize = true;
            parts2 = [];
          } else if (end > pos) {
            parts2.push(chunk.subarray(pos, end));
          }
        }
        partBytes += end - pos;
        if (nl < 0) break;
        lineNo++;
        if (oversize) batch.push({ line: lineNo, problem: "too-long", bytes: partBytes });
        else batch.push(decode(parts2.length === 1 ? parts2[0] : Buffer.concat(parts2, partBytes), lineNo, false));
        parts2 = [];
        partBytes = 0;
        oversize = false;
        pos = nl + 1;
      }
      if (parts2.length > 0 && parts2[parts2.length - 1].buffer === chunk.buffer) {
        parts2[parts2.length - 1] = Buffer.from(parts2[parts2.length - 1]);
      }
      if (batch.length > 0) yield batch;
    }
    const undecoded = utf16?.end();
    if (undecoded?.length) {
      parts2.push(undecoded);
      partBytes += undecoded.length;
    }
    completeLines = lineNo;
    seen = tap?.sight(already ? already.stat : fstatSync(fd), completeEnd);
    if (partBytes > 0) {
      lineNo++;
      if (oversize) yield [{ line: lineNo, problem: "too-long", bytes: partBytes }];
      else yield [decode(Buffer.concat(parts2, partBytes), lineNo, true)];
    }
  } finally {
    if (!already) closeSync(fd);
  }
  opts.onHash?.(hash2 ? hash2.digest("hex") : hashedAlready);
  opts.onEnd?.(seen ? { bytes: completeEnd, lines: completeLines, seen } : { bytes: completeEnd, lines: completeLines });
}
function readWholeBytes(file, opts) {
  if (opts.rawLine || opts.startOffset || opts.startLine) return void 0;
  let bytes;
  let st;
  if (opts.already) {
    ({ bytes, stat: st } = opts.already);
    if (bytes.length > opts.maxBytes) return void 0;
  } else {
    const fd = openSync(file, "r");
    try {
      st = fstatSync(fd);
      const size = st.size;
      if (size > opts.maxBytes) return void 0;
      const buf = readBuffer(size + 1);
      const got2 = readFully(fd, buf, 0);
      if (got2 > size) return void 0;
      bytes = buf.subarray(0, got2);
    } finally {
      closeSync(fd);
    }
  }
  const got = bytes.length;
  if (bytes.indexOf(0) >= 0 || bytes.indexOf(13) >= 0 || !isUtf8(bytes)) return void 0;
  const lines = countNewlines(bytes, 0, got);
  const lastNewline = bytes.lastIndexOf(10);
  const start = got >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  const end = lastNewline === got - 1 && got > 0 ? got - 1 : got;
  opts.onHash?.(hashOnce("sha256", bytes, "hex"));
  if (opts.onEnd) {
    const tap = new BlockTap();
    tap.feed(bytes, lastNewline);
    const seen = tap.sight(st, lastNewline + 1);
    opts.onEnd(seen ? { bytes: lastNewline + 1, lines, seen } : { bytes: lastNewline + 1, lines });
  }
  return { bytes, start, end: Math.max(start, end) };
}
var COUNT_SLICE_BYTES = 64 * 1024;
function countNewlines(bytes, from, to) {
  let n = 0;
  for (let s = from; s < to; s += COUNT_SLICE_BYTES) {
    const text = bytes.toString("latin1", s, Math.min(to, s + COUNT_SLICE_BYTES));
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) n++;
  }
  return n;
}

// src/transcripts/builder.ts
import { createHash as createHash2 } from "node:crypto";
import { basename } from "node:path";

// src/transcripts/clean-text.ts
import { stripVTControlCharacters } from "node:util";
var MAX_TEXT_CHARS = 32 * 1024;
var HEAD = 24 * 1024;
var TAIL = 6 * 1024;
var MAX_DEPTH = 12;
var MARGIN = 1024;
var plainText = (text) => text.includes("\x1B") || text.includes("\x9B") ? stripVTControlCharacters(text) : text;
function cleanText(raw) {
  const text = plainText(raw);
  if (text.length <= MAX_TEXT_CHARS) return redactSecrets(text);
  const head = redactSecrets(text.slice(0, HEAD + MARGIN));
  const tail2 = redactSecrets(text.slice(text.length - TAIL - MARGIN));
  const omitted = text.length - HEAD - TAIL;
  return [head.slice(0, HEAD), `
\u2026[${omitted} chars omitted]\u2026
`, tail2.slice(tail2.length - TAIL)].join("");
}
function cleanValue(v, known) {
  return redactJsonValue(v, void 0, {
    maxDepth: MAX_DEPTH,
    tooDeep: () => "[nested too deep]",
    redact: (text, key) => {
      if (text.length <= MAX_TEXT_CHARS && keySeesValue(text, key)) return redactKeyedString(text, key);
      return text === known?.raw ? known.clean : cleanText(text);
    }
  });
}
var ISO_TIME = /^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?)?$/;
function cleanLabel(v, seen) {
  if (ISO_TIME.test(v)) return v;
  let clean = seen.get(v);
  if (clean === void 0) seen.set(v, clean = oneLine(redactSecrets(v)));
  return clean;
}
var MAX_LABEL_CHARS = 512;
var NOT_A_LABEL = /[\p{Cc}\p{Cf}\u2028\u2029]+/gu;
function oneLine(v) {
  const line = v.replace(NOT_A_LABEL, " ");
  return line.length > MAX_LABEL_CHARS ? line.slice(0, MAX_LABEL_CHARS) : line;
}
function cleanId(v, seen) {
  return cleanLabel(v, seen).replace(/\s+/g, "_");
}
function cleanLabels(e, seen) {
  if (e.timestamp !== void 0) e.timestamp = cleanLabel(e.timestamp, seen);
  switch (e.kind) {
    case "tool_call":
      e.name = cleanLabel(e.name, seen);
      if (e.callId !== void 0) e.callId = cleanLabel(e.callId, seen);
      return;
    case "tool_result":
    case "permission_denial":
    case "hook_block":
      if (e.callId !== void 0) e.callId = cleanLabel(e.callId, seen);
      if (e.toolName !== void 0) e.toolName = cleanLabel(e.toolName, seen);
      if (e.kind === "hook_block" && e.hook !== void 0) e.hook = cleanLabel(e.hook, seen);
      return;
    case "memory_injection":
      if (e.path !== void 0) e.path = cleanLabel(e.path, seen);
      return;
    case "subagent_link":
      e.sessionId = cleanId(e.sessionId, seen);
      return;
    default:
  }
}
function unscanned(raw) {
  if (raw.length === 0) return raw;
  const text = plainText(raw);
  return text.length < MIN_SECRET_TEXT ? text : "";
}
function emptyEvent(e) {
  switch (e.kind) {
    case "tool_call":
      e.input = {};
      if (e.command !== void 0) e.command = unscanned(e.command);
      return;
    case "compaction":
      e.summary = unscanned(e.summary);
      return;
    case "subagent_link":
      if (e.description !== void 0) e.description = unscanned(e.description);
      return;
    default:
      e.text = unscanned(e.text);
  }
}
function cleanEvent(e) {
  switch (e.kind) {
    case "tool_call": {
      if (e.command === void 0) {
        e.input = cleanValue(e.input);
        return;
      }
      const known = { raw: e.command, clean: cleanText(e.command) };
      e.input = cleanValue(e.input, known);
      e.command = known.clean;
      return;
    }
    case "compaction":
      e.summary = cleanText(e.summary);
      return;
    case "subagent_link":
      if (e.description !== void 0) e.description = cleanText(e.description);
      return;
    default:
      e.text = cleanText(e.text);
  }
}

// src/transcripts/builder.ts
var SessionBuilder = class {
  constructor(agent, format, ctx) {
    this.agent = agent;
    this.format = format;
    this.sourceFile = ctx.display;
    this.cited = ctx.cited;
  }
  agent;
  format;
  events = [];
  id;
  cwd;
  gitBranch;
  model;
  parentId;
  startedAt;
  endedAt;
  exitStatus;
  /** Flags copied onto every event pushed while set (a SpecStory sidechain turn; console text throughout). */
  marks = {};
  sourceFile;
  /** The lines whose events keep their texts (ReaderContext.cited); undefined: every line. */
  cited;
  /** Whether the event at `line` keeps its texts (redacted) or has them emptied unscanned. */
  keepsText(line) {
    return this.cited === void 0 || this.cited.has(line);
  }
  /** Labels already redacted in this session (cleanLabel). */
  labels = /* @__PURE__ */ new Map();
  /** Records a timestamp seen anywhere in the session (events or metadata lines). */
  seen(raw) {
    if (typeof raw !== "string" || raw.length === 0) return;
    const ts = cleanLabel(raw, this.labels);
    if (this.startedAt === void 0 || ts < this.startedAt) this.startedAt = ts;
    if (this.endedAt === void 0 || ts > this.endedAt) this.endedAt = ts;
  }
  /** Adds an event, taking ownership of `e` (its texts are redacted in place). */
  push(e) {
    if (this.keepsText(e.origin.line)) cleanEvent(e);
    else emptyEvent(e);
    cleanLabels(e, this.labels);
    if (this.marks.sidechain) e.sidechain = true;
    if (this.marks.lowFidelity) e.lowFidelity = true;
    const ev = e;
    ev.seq = this.events.length;
    if ("timestamp" in ev && ev.timestamp === void 0) delete ev.timestamp;
    this.seen(ev.timestamp);
    this.events.push(ev);
    return ev;
  }
  /** Updates a compaction's summary after the fact (Claude Code writes it on the next line). */
  setSummary(ev, summary) {
    if (ev.kind === "compaction") ev.summary = this.keepsText(ev.origin.line) ? cleanText(summary) : unscanned(summary);
  }
  /** Replaces a result's text after the fact (a running shell's later output: copilot-shells.ts), cleaned as push cleans. */
  setText(ev, text) {
    if (ev.kind === "tool_result") ev.text = this.keepsText(ev.origin.line) ? cleanText(text) : unscanned(text);
  }
  /** Names a subagent link's child after the fact (stream-json knows the child's id only at the end). */
  setLink(ev, sessionId, description) {
    if (ev.kind !== "subagent_link") return;
    ev.sessionId = cleanId(sessionId, this.labels);
    if (description !== void 0) ev.description = this.keepsText(ev.origin.line) ? cleanText(description) : unscanned(description);
  }
  get size() {
    return this.events.length;
  }
  build(contentHash, fallbackId) {
    const label = (v) => cleanLabel(v, this.labels);
    const s = {
      id: cleanId(this.id ?? fallbackId, this.labels),
      agent: this.agent,
      format: this.format,
      trust: defaultTrust(this.format),
      sourceFile: this.sourceFile,
      contentHash,
      events: this.events
    };
    if (this.cwd) s.cwd = label(this.cwd);
    if (this.gitBranch) s.gitBranch = label(this.gitBranch);
    if (this.model) s.model = label(this.model);
    if (this.startedAt) s.startedAt = this.startedAt;
    if (this.endedAt) s.endedAt = this.endedAt;
    if (this.parentId) s.parentId = cleanId(this.parentId, this.labels);
    if (this.exitStatus) s.exitStatus = label(this.exitStatus);
    return s;
  }
};
function blockText(content) {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  const parts2 = [];
  for (const b of content) {
    if (typeof b === "string") parts2.push(b);
    else if (b && typeof b === "object") {
      const o = b;
      if (typeof o.text === "string") parts2.push(o.text);
      else if (o.type === "image") parts2.push("[image]");
      else if (typeof o.content === "string" || Array.isArray(o.content)) parts2.push(blockText(o.content));
    }
  }
  return parts2.join("\n");
}
function asRecord(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function fileStem(file) {
  return basename(file).replace(/\.[^.]+$/, "");
}
var PLACE_FOLDERS = 2;
function fileSessionId(display) {
  return placedId(fileStem(display.replaceAll("\\", "/")), display);
}
function placedId(name, display) {
  const parts2 = display.replaceAll("\\", "/").split("/");
  const absolute = display.startsWith("/") || /^[A-Za-z]:[\\/]/.test(display);
  if (!absolute && parts2.length < 2) return name;
  const place = absolute ? parts2.slice(-(PLACE_FOLDERS + 1)).join("/") : parts2.join("/");
  return `${name}${PLACE_MARK}${createHash2("sha256").update(place).digest("hex").slice(0, 8)}`;
}
function parseJsonArguments(args) {
  if (typeof args !== "string") return args ?? {};
  try {
    return JSON.parse(args);
  } catch {
    return args;
  }
}
function toolCallEvent(c, place) {
  const command = "command" in c ? c.command : commandOf(c.name, c.input);
  return {
    kind: "tool_call",
    name: c.name,
    input: c.input,
    ...c.callId ? { callId: c.callId } : {},
    ...command !== void 0 ? { command } : {},
    ...escalates(c.input) ? { escalated: true } : {},
    ...place
  };
}
function escalates(input) {
  const o = asRecord(input);
  return !!o && (o.with_escalated_permissions === true || o.sandbox_permissions === "require_escalated");
}
function toolResultEvent(r, place) {
  return {
    kind: "tool_result",
    ok: r.ok,
    text: r.text,
    ...r.callId ? { callId: r.callId } : {},
    ...r.toolName ? { toolName: r.toolName } : {},
    ...r.exitCode !== void 0 ? { exitCode: r.exitCode } : {},
    ...place
  };
}
function settleResult(ev, exitCode) {
  if (ev.kind !== "tool_result") return;
  ev.ok = exitCode === 0;
  ev.exitCode = exitCode;
}
var EXIT_CODE = /(?:^|\n)\s*(?:Exit code:?|Process exited with code|exit status|exit code:?)\s*(-?\d{1,3})\b/i;
function exitCodeFrom(text) {
  const m = EXIT_CODE.exec(text.length > 4096 ? text.slice(0, 2048) + "\n" + text.slice(-2048) : text);
  return m ? Number(m[1]) : void 0;
}
function commandOf(name, input) {
  const o = asRecord(input);
  if (!o) return typeof input === "string" && /^(?:bash|shell|exec|run|terminal|execute)/i.test(name) ? input : void 0;
  const c = o.command ?? o.cmd;
  if (typeof c === "string") return c;
  if (Array.isArray(c) && c.every((x) => typeof x === "string")) {
    const arr = c;
    if (arr.length === 3 && /(?:^|\/)(?:ba|z)?sh$/.test(arr[0]) && /^-l?c$/.test(arr[1])) return arr[2];
    return arr.join(" ");
  }
  return void 0;
}

// src/transcripts/detect.ts
import { closeSync as closeSync6, fstatSync as fstatSync3, openSync as openSync6 } from "node:fs";
import { basename as basename5 } from "node:path";

// src/transcripts/detect-keys.ts
import { closeSync as closeSync3, openSync as openSync3 } from "node:fs";

// src/transcripts/json-bytes.ts
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var COMMA = 44;
var COLON = 58;
function isJsonSpace(c) {
  return c === 32 || c === 9 || c === 13 || c === 10;
}
function backslashesBefore(buf, at, floor) {
  let b = at - 1;
  while (b >= floor && buf[b] === BACKSLASH) b--;
  return at - 1 - b;
}
var SHORT_STRING = 64;
function closingQuote(buf, from, end) {
  const short = Math.min(end, from + SHORT_STRING);
  let j = from;
  while (j < short) {
    const d = buf[j];
    if (d === QUOTE) return j;
    j += d === BACKSLASH ? 2 : 1;
  }
  if (j >= end) return -1;
  for (let q = buf.indexOf(QUOTE, j); q >= 0 && q < end; q = buf.indexOf(QUOTE, q + 1))
    if (backslashesBefore(buf, q, from) % 2 === 0) return q;
  return -1;
}

// src/transcripts/readers/context.ts
var HEAD_BYTES = 64 * 1024;
var MAX_TYPE_CHARS = 80;
var IgnoredTypes = class {
  /** Types the reader skips on purpose (token counts, reasoning): logged, but not reported as unknown. */
  constructor(known = /* @__PURE__ */ new Set()) {
    this.known = known;
  }
  known;
  counts = /* @__PURE__ */ new Map();
  add(type) {
    const k = (typeof type === "string" ? type : String(type)).slice(0, MAX_TYPE_CHARS);
    this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }
  report(ctx) {
    if (this.counts.size === 0) return;
    const named = /* @__PURE__ */ new Map();
    const unknown = /* @__PURE__ */ new Map();
    for (const [raw, n] of this.counts) {
      const k = redactSecrets(raw);
      named.set(k, (named.get(k) ?? 0) + n);
      if (!this.known.has(raw)) unknown.set(k, (unknown.get(k) ?? 0) + n);
    }
    const list = [...named].map(([k, n]) => `${k}\xD7${n}`).join(", ");
    ctx.logger.debug(`${ctx.display}: ignored record types ${list}`);
    if (unknown.size > 0) ctx.onUnknownTypes?.(unknown);
  }
};
function unreadableLine(ctx, l) {
  if (!("problem" in l)) return false;
  ctx.issue(l.line, l.problem === "too-long" ? "line exceeds the line cap; skipped" : `${l.problem}; line skipped`);
  return true;
}

// src/transcripts/readers/gemini-content.ts
var REFERENCED_FILES = "--- Content from referenced files ---";
var EDITOR_CONTEXT = /^\s*Here is (?:the user's editor context|a summary of changes in the user's editor context)\b/;
function typedPart(text) {
  if (EDITOR_CONTEXT.test(text)) return "";
  const at = text.indexOf(REFERENCED_FILES);
  return at < 0 ? text : text.slice(0, at);
}
function geminiResult(name, response, recorded = {}) {
  const { status, resultDisplay } = recorded;
  const error = response?.error;
  if (status === "cancelled" || status === void 0 && typeof error === "string" && error.startsWith("[Operation Cancelled]"))
    return { cancelled: `${name} cancelled` };
  const output = response?.output;
  const text = typeof error === "string" ? error : typeof output === "string" ? output : typeof resultDisplay === "string" ? resultDisplay : JSON.stringify(response ?? {});
  const exitCode = exitCodeFrom(text);
  const ok2 = status !== "error" && error === void 0 && (exitCode === void 0 || exitCode === 0);
  return { ok: ok2, text, exitCode };
}
var ENVIRONMENT = /^\s*(?:<session_context>|This is the Gemini CLI\. We are setting up the context for our chat\.)/;
var SNAPSHOT = /^\s*<state_snapshot>/;
var ACKNOWLEDGED = /^Got it\. Thanks for the (?:additional )?context!$/;
var GeminiContent = class {
  constructor(b, file, forgeable, ignored) {
    this.b = b;
    this.file = file;
    this.forgeable = forgeable;
    this.ignored = ignored;
  }
  b;
  file;
  forgeable;
  ignored;
  items = 0;
  modelWrote = false;
  /** Calls not answered yet, oldest first: the next user item's responses answer them in order, by name. */
  pending = [];
  item(role, parts2, line) {
    const first = this.items++ === 0;
    const text = parts2.filter((p) => typeof p.value.text === "string" && p.value.thought !== true).map((p) => p.value.text).join("");
    const at = (l) => ({ origin: { file: this.file, line: l ?? line } });
    if (role === "user") {
      for (const p of parts2) {
        const r = asRecord(p.value.functionResponse);
        if (r) this.answer(r, at(p.line));
      }
      if (first && ENVIRONMENT.test(text)) {
        this.b.cwd ??= /^I'm currently working in the directory: (.+?)\s*$/m.exec(text)?.[1];
        return;
      }
      if (SNAPSHOT.test(text)) {
        this.modelWrote = true;
        return;
      }
      const typed = typedPart(text).trim();
      if (typed)
        this.b.push({
          kind: "user_prompt",
          text: typed,
          ...at(void 0),
          ...this.forgeable && this.modelWrote ? { unverified: true } : {}
        });
    } else if (role === "model") {
      const said = text.trim();
      if (said) {
        this.b.push({ kind: "assistant_text", text: said, ...at(void 0) });
        if (!ACKNOWLEDGED.test(said)) this.modelWrote = true;
      }
      parts2.forEach((p, k) => {
        const c = asRecord(p.value.functionCall);
        if (!c) return;
        const name = str(c.name) ?? "unknown";
        const callId = str(c.id) ?? `${p.line ?? line}.${k}`;
        this.pending.push({ name, callId });
        this.b.push(toolCallEvent({ name, input: c.args ?? {}, callId }, at(p.line)));
      });
    } else this.ignored.add(`role:${String(role)}`);
  }
  answer(r, place) {
    const name = str(r.name) ?? "unknown";
    const k = this.pending.findIndex((c) => c.name === name);
    const call = k >= 0 ? this.pending.splice(k, 1)[0] : this.pending.shift();
    const callId = call?.callId ?? str(r.id);
    const result = geminiResult(name, asRecord(r.response));
    if ("cancelled" in result) this.b.push({ kind: "interrupt", text: result.cancelled, ...place });
    else this.b.push(toolResultEvent({ ...result, callId, toolName: name }, place));
  }
};

// src/transcripts/readers/json-source.ts
import { closeSync as closeSync2, openSync as openSync2 } from "node:fs";

// src/transcripts/records.ts
import { statSync } from "node:fs";

// src/transcripts/json-pieces.ts
var PIECE_BYTES = 64 * 1024;
var MAX_WALK_DEPTH = 6;
var Invalid = class extends Error {
};
var INVALID = new Invalid();
var Dense = class extends Error {
};
var DENSE = new Dense();
var BYTES_PER_TOKEN = 16;
var SCALAR = 0;
var OPEN_OBJECT = OPEN_BRACE;
var OPEN_ARRAY = OPEN_BRACKET;
var isDelimiter = (c) => isJsonSpace(c) || c === COMMA || c === COLON || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === QUOTE;
function scan(buf, start, end) {
  const t = { start: [], end: [], kind: [], depth: [], after: [] };
  const limit = Math.floor((end - start) / BYTES_PER_TOKEN) + 64;
  const push = (kind, from, to, depth2) => {
    if (t.kind.length >= limit) throw DENSE;
    t.start.push(from);
    t.end.push(to);
    t.kind.push(kind);
    t.depth.push(depth2);
    t.after.push(0);
  };
  const open = [];
  let depth = 0;
  for (let i = start; i < end; ) {
    const c = buf[i];
    if (c === QUOTE) {
      const j = closingQuote(buf, i + 1, end);
      if (j < 0) throw INVALID;
      if (depth === 1 || depth === 2) push(QUOTE, i, j + 1, depth);
      i = j + 1;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (depth === 1 || depth === 2) {
        open.push(t.kind.length);
        push(c, i, -1, depth);
      }
      depth++;
      i++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) {
        if (i !== end - 1 || c - buf[start] !== 2) throw INVALID;
        return t;
      }
      if (depth === 1 || depth === 2) {
        const k = open.pop();
        if (c - t.kind[k] !== 2) throw INVALID;
        t.end[k] = i + 1;
        t.after[k] = t.kind.length;
      }
      i++;
    } else if (isJsonSpace(c)) i++;
    else if (c === COMMA || c === COLON) {
      if (depth === 1 || depth === 2) push(c, i, i + 1, depth);
      i++;
    } else {
      let j = i + 1;
      while (j < end && !isDelimiter(buf[j])) j++;
      if (depth === 1 || depth === 2) push(SCALAR, i, j, depth);
      i = j;
    }
  }
  throw INVALID;
}
var Walker = class {
  constructor(buf, pieceBytes) {
    this.buf = buf;
    this.pieceBytes = pieceBytes;
  }
  buf;
  pieceBytes;
  /** JSON.parse of buf[start, end), or with `wrap` (OPEN_ARRAY) of `[` + it + `]`. */
  parseSlice(start, end, wrap) {
    try {
      const text = this.buf.toString("utf8", start, end);
      return JSON.parse(wrap === void 0 ? text : `[${text}]`);
    } catch {
      throw INVALID;
    }
  }
  /**
   * The container at token `k` of `t` (whose children are in `t` when it is at depth 1), parsed whole
   * when small, else walked; `starts`, when given, collects where its elements start and forces a walk.
   */
  container(t, k, level, starts) {
    const from = t.start[k];
    const to = t.end[k];
    if (starts === void 0 && (to - from <= this.pieceBytes || level >= MAX_WALK_DEPTH)) return this.parseSlice(from, to);
    if (t.depth[k] === 1) return this.children(t, k + 1, t.after[k], 2, t.kind[k], level, starts);
    let inner;
    try {
      inner = scan(this.buf, from, to);
    } catch (err) {
      if (err instanceof Dense && starts === void 0) return this.parseSlice(from, to);
      throw err;
    }
    return this.children(inner, 0, inner.kind.length, 1, t.kind[k], level, starts);
  }
  value(t, k, level) {
    const kind = t.kind[k];
    if (kind === OPEN_OBJECT || kind === OPEN_ARRAY) return this.container(t, k, level);
    if (kind === QUOTE || kind === SCALAR) return this.parseSlice(t.start[k], t.end[k]);
    throw INVALID;
  }
  /**
   * The object or array whose children are the tokens of `t` in [from, to) at `depth`: its
   * punctuation checked here, its values parsed or walked.
   */
  children(t, from, to, depth, kind, level, starts, keyed) {
    const next = (k) => t.kind[k] === OPEN_OBJECT || t.kind[k] === OPEN_ARRAY ? t.after[k] : k + 1;
    if (kind === OPEN_ARRAY) {
      const out2 = [];
      let run = -1;
      let count = 0;
      const flush = (end) => {
        if (run < 0) return;
        const values = this.parseSlice(run, end, OPEN_ARRAY);
        if (values.length !== count) throw INVALID;
        for (const v of values) out2.push(v);
        run = -1;
        count = 0;
      };
      let last = -1;
      for (let k = from; k < to; ) {
        if (k > from) {
          if (t.kind[k] !== COMMA || k + 1 >= to) throw INVALID;
          k++;
        }
        starts?.push(t.start[k]);
        const c = t.kind[k];
        if (c === COMMA || c === COLON) throw INVALID;
        const small = t.end[k] - t.start[k] <= this.pieceBytes || c !== OPEN_OBJECT && c !== OPEN_ARRAY;
        if (small && run >= 0 && t.end[k] - run > this.pieceBytes) flush(last);
        if (small) {
          if (run < 0) run = t.start[k];
          count++;
        } else {
          flush(last);
          out2.push(this.container(t, k, level + 1));
        }
        last = t.end[k];
        k = next(k);
      }
      flush(last);
      return out2;
    }
    const out = {};
    for (let k = from, first = true; k < to; first = false) {
      if (!first) {
        if (t.kind[k] !== COMMA || k + 1 >= to) throw INVALID;
        k++;
      }
      if (t.kind[k] !== QUOTE || t.kind[k + 1] !== COLON || k + 2 >= to || t.depth[k + 2] !== depth) throw INVALID;
      const key = this.parseSlice(t.start[k], t.end[k]);
      const v = k + 2;
      let value;
      if (keyed && !keyed.found.target && t.kind[v] === OPEN_ARRAY && keyed.keys.includes(this.buf.toString("utf8", t.start[k] + 1, t.end[k] - 1))) {
        const elementStarts = [];
        value = this.container(t, v, level + 1, elementStarts);
        keyed.found.target = { starts: elementStarts, values: value };
      } else value = this.value(t, v, level + 1);
      Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
      k = next(v);
    }
    return out;
  }
};
function parseJsonPieces(buf, start, end, keys, pieceBytes = PIECE_BYTES) {
  let from = start;
  let to = end;
  while (from < to && isJsonSpace(buf[from])) from++;
  while (to > from && isJsonSpace(buf[to - 1])) to--;
  if (from >= to) return void 0;
  const w = new Walker(buf, pieceBytes);
  try {
    const c = buf[from];
    if (c !== OPEN_OBJECT && c !== OPEN_ARRAY) return { value: w.parseSlice(from, to) };
    const t = scan(buf, from, to);
    if (c === OPEN_ARRAY) {
      const starts = [];
      const values = w.children(t, 0, t.kind.length, 1, c, 0, starts);
      return { value: values, target: { starts, values } };
    }
    const found = { value: void 0 };
    found.value = w.children(t, 0, t.kind.length, 1, c, 0, void 0, { keys, found });
    return found;
  } catch (err) {
    if (err instanceof Invalid || err instanceof Dense) return void 0;
    throw err;
  }
}

// src/transcripts/records.ts
var MAX_ARRAY_FILE_BYTES = 256 * 1024 * 1024;
function problemText(p, bytes) {
  if (p === "too-long") return `line of ${bytes} bytes exceeds the line cap; skipped`;
  if (p === "invalid-utf8") return "invalid UTF-8; line skipped";
  return "binary data (NUL bytes); line skipped";
}
function parseError(e) {
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/, (?:\.\.\.)?"[^]*"(?:\.\.\.)? is not valid JSON$/, " is not valid JSON").slice(0, 200);
}
function parseFailure(last, e) {
  const why = parseError(e).replace(/ \(line 1 column (\d+)\)/, " (column $1)");
  return last ? `truncated or malformed last line: ${why}` : `malformed JSON: ${why}`;
}
function parseWhole(bytes, line, out, issue) {
  try {
    out.push({ line, value: JSON.parse(bytes.toString("utf8")) });
  } catch (e) {
    issue(line, parseFailure(false, e));
  }
}
function* jsonlRecords(file, issue, opts = {}) {
  for (const lines of readLineBatches(file, opts)) {
    const out = [];
    for (const l of lines) {
      if ("problem" in l) {
        issue(l.line, problemText(l.problem, l.bytes));
        continue;
      }
      const t = l.text;
      if (t.length === 0 || t.trim().length === 0) continue;
      if (opts.skipLine?.(t)) continue;
      try {
        out.push({ line: l.line, value: JSON.parse(t) });
      } catch (e) {
        if (l.whole === void 0) issue(l.line, parseFailure(l.last, e));
        else parseWhole(l.whole, l.line, out, issue);
      }
    }
    if (out.length > 0) yield out;
  }
}
function readJsonDocument(file, issue, opts, keys) {
  const size = opts.already?.bytes.length ?? statSync(file).size;
  if (size > MAX_ARRAY_FILE_BYTES) {
    issue(void 0, `JSON document of ${size} bytes exceeds the ${MAX_ARRAY_FILE_BYTES}-byte cap; skipped`);
    return void 0;
  }
  const whole = readWholeBytes(file, { ...opts, maxBytes: MAX_ARRAY_FILE_BYTES });
  if (whole) {
    const { bytes, start, end } = whole;
    const pieces = parseJsonPieces(bytes, start, end, keys);
    if (pieces) return { ok: true, value: pieces.value, target: pieces.target && recordsAt(bytes, pieces.target) };
    return { ok: false, text: end > start ? bytes.toString("utf8", start, end) : "" };
  }
  const lines = [];
  let bad = false;
  for (const batch of readLineBatches(file, { ...opts, maxLineBytes: MAX_ARRAY_FILE_BYTES })) {
    for (const l of batch) {
      if ("problem" in l) {
        issue(l.line, problemText(l.problem, l.bytes));
        bad = true;
        lines.push("");
        continue;
      }
      lines.push(l.text);
    }
  }
  if (bad && lines.every((x) => x === "")) return void 0;
  return { ok: false, text: lines.join("\n") };
}
function recordsAt(bytes, target) {
  const out = [];
  let line = 1;
  let counted = 0;
  target.starts.forEach((start, i) => {
    line += countNewlines(bytes, counted, start);
    counted = start;
    out.push({ line, value: target.values[i] });
  });
  return out;
}
function documentValue(doc) {
  return doc.ok ? doc.value : JSON.parse(doc.text);
}
function documentLines(doc, keys) {
  return doc.ok ? doc.target?.map((r) => r.line) ?? [] : elementLines(doc.text, keys);
}
function documentRecords(doc, keys, issue) {
  if (!doc.ok) return arrayRecords(doc.text, keys, issue);
  if (!doc.target) issue(1, "no JSON array found");
  return doc.target ?? [];
}
function closingQuote2(text, from) {
  for (let q = text.indexOf('"', from); q >= 0; q = text.indexOf('"', q + 1)) {
    let b = q - 1;
    while (b >= from && text.charCodeAt(b) === 92) b--;
    if ((q - 1 - b) % 2 === 0) return q;
  }
  return -1;
}
function scanArrayElements(text, keys = []) {
  const spans = [];
  let depth = 0;
  let target = -1;
  let stringStart = -1;
  let lastKey;
  let elemStart = -1;
  let expectKeyArray = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) continue;
    if (depth === target && elemStart < 0 && c !== 93 && c !== 44) elemStart = i;
    if (c === 34) {
      stringStart = i;
      const end = closingQuote2(text, i + 1);
      if (end < 0) break;
      i = end;
      if (depth === 1 && target < 0) lastKey = text.slice(stringStart + 1, i);
    } else if (c === 58) {
      expectKeyArray = depth === 1 && lastKey !== void 0 && keys.includes(lastKey);
    } else if (c === 123 || c === 91) {
      if (target < 0 && c === 91 && (depth === 0 || depth === 1 && expectKeyArray)) target = depth + 1;
      depth++;
      expectKeyArray = false;
    } else if (c === 125 || c === 93) {
      depth--;
      if (depth === target - 1 && target > 0) {
        if (elemStart >= 0) spans.push({ start: elemStart, end: i });
        return { spans, complete: true, found: true };
      }
      if (depth === target && elemStart >= 0) {
        spans.push({ start: elemStart, end: i + 1 });
        elemStart = -1;
      }
    } else if (c === 44) {
      if (depth === target && elemStart >= 0) {
        spans.push({ start: elemStart, end: i });
        elemStart = -1;
      }
    }
  }
  return { spans, complete: false, found: target > 0 };
}
var LineCounter = class {
  constructor(text) {
    this.text = text;
    this.nextNl = this.find(0);
  }
  text;
  line = 1;
  nextNl;
  /** Characters the counter has searched through, for tests that bound the work. */
  scanned = 0;
  find(from) {
    const i = this.text.indexOf("\n", from);
    this.scanned += (i < 0 ? this.text.length : i + 1) - from;
    return i < 0 ? Infinity : i;
  }
  /** The 1-based line of `offset`; offsets must not decrease between calls. */
  lineAt(offset) {
    while (this.nextNl < offset) {
      this.line++;
      this.nextNl = this.find(this.nextNl + 1);
    }
    return this.line;
  }
};
function* arrayRecords(text, keys, issue) {
  const { spans, complete, found } = scanArrayElements(text, keys);
  if (!found) {
    issue(1, "no JSON array found");
    return;
  }
  const lines = new LineCounter(text);
  let line = 1;
  for (const s of spans) {
    line = lines.lineAt(s.start);
    const slice = text.slice(s.start, s.end).trim();
    if (slice.length === 0) continue;
    try {
      yield { line, value: JSON.parse(slice) };
    } catch (e) {
      issue(line, `malformed array element: ${parseError(e)}`);
    }
  }
  if (!complete) issue(line, "JSON array is truncated (no closing bracket); kept the complete elements");
}
function elementLines(text, keys) {
  const { spans } = scanArrayElements(text, keys);
  const lines = [];
  let line = 1;
  let pos = 0;
  for (const s of spans) {
    for (let i = text.indexOf("\n", pos); i >= 0 && i < s.start; i = text.indexOf("\n", i + 1)) line++;
    pos = s.start;
    lines.push(line);
  }
  return lines;
}

// src/transcripts/readers/json-source.ts
function isDocument(ctx) {
  const head = ctx.head ?? readHead(ctx.file);
  const text = head.toString("utf8").replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("[")) return true;
  if (!text.startsWith("{")) return false;
  const nl = text.indexOf("\n");
  if (nl < 0) return head.length < HEAD_BYTES ? !looksLikeJsonlObject(text) : false;
  return !looksLikeJsonlObject(text.slice(0, nl));
}
function readHead(file) {
  const fd = openSync2(file, "r");
  try {
    const buf = Buffer.allocUnsafe(HEAD_BYTES);
    return buf.subarray(0, readFully(fd, buf, 0));
  } finally {
    closeSync2(fd);
  }
}
function looksLikeJsonlObject(line) {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
function* recordsOf(ctx, keys) {
  if (!isDocument(ctx)) {
    for (const batch of jsonlRecords(ctx.file, ctx.issue, ctx.lineOpts)) {
      const out = [];
      for (const rec of batch) {
        const inner = pageElements(rec.value, keys);
        if (inner) for (const value of inner) out.push({ line: rec.line, value });
        else out.push(rec);
      }
      yield out;
    }
    return;
  }
  const read = readJsonDocument(ctx.file, ctx.issue, ctx.lineOpts, keys);
  if (read === void 0) return;
  yield [...documentRecords(read, keys, ctx.issue)];
}
function pageElements(v, keys) {
  if (Array.isArray(v)) return v;
  if (v === null || typeof v !== "object") return void 0;
  for (const k of keys) {
    const inner = v[k];
    if (Array.isArray(inner)) return inner;
  }
  return void 0;
}
function documentObject(doc, ctx) {
  try {
    return { value: asRecord(documentValue(doc)) };
  } catch (e) {
    ctx.issue(void 0, `malformed JSON: ${parseError(e)}`);
    return void 0;
  }
}

// src/transcripts/readers/gemini-history.ts
function isGeminiContent(v) {
  const o = asRecord(v);
  return !!o && (o.role === "user" || o.role === "model") && Array.isArray(o.parts);
}
function isGeminiRestoreCheckpoint(keys) {
  return keys.includes("toolCall") && (keys.includes("clientHistory") || keys.includes("commitHash"));
}
var GEMINI_RESTORE_CHECKPOINT = "Gemini CLI's restore checkpoint, not a session: the chat up to one tool call, which the chat's own recording holds (read, it would count once per file edit)";
function readGeminiHistory(ctx) {
  const b = new SessionBuilder("gemini-cli", "gemini-cli-history", ctx);
  b.id = fileSessionId(ctx.display);
  const ignored = new IgnoredTypes();
  const content = new GeminiContent(b, ctx.display, false, ignored);
  for (const batch of recordsOf(ctx, ["history"]))
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, "not a JSON object");
        continue;
      }
      const parts2 = (Array.isArray(o.parts) ? o.parts : []).flatMap((p) => {
        const value = asRecord(p);
        return value ? [{ value }] : [];
      });
      content.item(o.role, parts2, rec.line);
    }
  ignored.report(ctx);
  return b.events.length > 0 ? [b] : [];
}

// src/transcripts/detect-keys.ts
var MAX_KEYS = 200;
var MAX_KEY_BYTES = 200;
function closingQuoteIn(buf, from, escaped) {
  const run = (end) => {
    const n = backslashesBefore(buf, end, from);
    return n + (n === end - from && escaped ? 1 : 0);
  };
  for (let q = buf.indexOf(QUOTE, from); q >= 0; q = buf.indexOf(QUOTE, q + 1)) {
    if (run(q) % 2 === 0) return { at: q, escaped: false };
  }
  return { at: -1, escaped: run(buf.length) % 2 === 1 };
}
function scanTopLevelKeys(file, chunkBytes = 1 << 20) {
  const out = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let expectKey = false;
  let collecting;
  let pendingKey;
  let afterColon = false;
  let started = false;
  const fd = openSync3(file, "r");
  const buf = Buffer.allocUnsafe(chunkBytes);
  try {
    for (let at = 0; ; ) {
      const got = readFully(fd, buf, at);
      if (got === 0) break;
      at += got;
      const chunk = buf.subarray(0, got);
      for (let i = 0; i < chunk.length; i++) {
        if (inString) {
          const end = closingQuoteIn(chunk, i, escaped);
          const stop = end.at < 0 ? chunk.length : end.at;
          if (collecting && collecting.length < MAX_KEY_BYTES)
            for (let k = i; k < stop && collecting.length < MAX_KEY_BYTES; k++) collecting.push(chunk[k]);
          if (end.at < 0) {
            escaped = end.escaped;
            break;
          }
          escaped = false;
          inString = false;
          i = end.at;
          if (collecting) {
            pendingKey = Buffer.from(collecting).toString("utf8");
            collecting = void 0;
          }
          continue;
        }
        const c = chunk[i];
        if (isJsonSpace(c)) continue;
        if (afterColon && depth === 1) {
          out.push({ key: pendingKey, value: String.fromCharCode(c) });
          pendingKey = void 0;
          afterColon = false;
          if (out.length >= MAX_KEYS) return out;
        }
        if (c === QUOTE) {
          inString = true;
          if (depth === 1 && expectKey) {
            collecting = [];
            expectKey = false;
          }
        } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          if (!started && c === OPEN_BRACKET) return out;
          started = true;
          depth++;
          if (depth === 1) expectKey = true;
        } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          depth--;
          if (depth === 0) return out;
        } else if (c === COMMA && depth === 1) expectKey = true;
        else if (c === COLON && depth === 1 && pendingKey !== void 0) afterColon = true;
      }
    }
  } finally {
    closeSync3(fd);
  }
  return out;
}
function classifyTopKeys(keys) {
  const has = (k) => keys.includes(k);
  if (has("trajectory_format") || has("info") && has("messages")) return "mini-swe-agent-traj";
  if (has("projectHash") && has("sessionId")) return "gemini-cli-chat";
  if (has("trajectory")) return "swe-agent-traj";
  if (has("history") && has("authType")) return "gemini-cli-history";
  return null;
}
function describeKeys(keys) {
  if (keys.length === 0) return "JSON document without a top-level object";
  if (isGeminiRestoreCheckpoint(keys.map((k) => k.key))) return GEMINI_RESTORE_CHECKPOINT;
  const names = keys.slice(0, 12).map((k) => redactSecrets(k.key.slice(0, 400)).slice(0, 80));
  const more = keys.length > 12 ? `, \u2026 (${keys.length} keys)` : "";
  const guess = classifyTopKeys(names);
  return `JSON object with keys ${names.join(", ")}${more}${guess ? `: looks like ${guess}, but its records did not parse` : ": no known transcript format has this shape"}`;
}

// src/transcripts/record-skeletons.ts
import { closeSync as closeSync4, openSync as openSync4 } from "node:fs";
var KEPT_STRING_BYTES = 1024;
var SKELETON_BYTES = 1 << 20;
var CHUNK_BYTES2 = 1 << 20;
var MAX_DEPTH2 = 64;
var BACKSLASH2 = 92;
var LINE_FEED = 10;
function safeCut(buf, start, end) {
  let cut = end;
  while (cut > start && (buf[cut] & 192) === 128) cut--;
  for (let i = start; i < cut; ) {
    if (buf[i] !== BACKSLASH2) {
      i++;
      continue;
    }
    const len = buf[i + 1] === 117 ? 6 : 2;
    if (i + len > cut) return i;
    i += len;
  }
  return cut;
}
var Skeleton = class {
  buf = Buffer.allocUnsafe(SKELETON_BYTES + KEPT_STRING_BYTES + 8);
  len = 0;
  /** The closers of the structures open now, innermost last. */
  closers = [];
  /** After the last complete value inside a structure: the length then and what closes it. */
  lastSafe;
  stringStart = -1;
  reset() {
    this.len = 0;
    this.closers = [];
    this.lastSafe = void 0;
  }
  put(c) {
    this.buf[this.len++] = c;
  }
  full() {
    return this.len >= SKELETON_BYTES;
  }
  /** The record, complete or cut at its last complete value; undefined when nothing of it can be read. */
  finish(complete) {
    let text;
    if (complete) text = this.buf.toString("utf8", 0, this.len);
    else if (this.lastSafe)
      text = this.buf.toString("utf8", 0, this.lastSafe.len) + String.fromCharCode(...[...this.lastSafe.closers].reverse());
    else return void 0;
    try {
      return { value: JSON.parse(text), complete };
    } catch {
      return void 0;
    }
  }
};
function* recordSkeletons(file, limitBytes) {
  const fd = openSync4(file, "r");
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES2);
  const sk = new Skeleton();
  let inString = false;
  let escaped = false;
  let ended;
  try {
    for (let at = 0; at < limitBytes; ) {
      const got = readFully(fd, chunk.subarray(0, Math.min(CHUNK_BYTES2, limitBytes - at)), at);
      if (got === 0) break;
      at += got;
      for (let i = 0; i < got; i++) {
        if (inString) {
          const end = closingQuoteIn(chunk.subarray(0, got), i, escaped);
          const stop = end.at < 0 ? got : end.at;
          const room = Math.max(0, Math.min(stop - i, sk.stringStart + KEPT_STRING_BYTES + 1 - sk.len));
          chunk.copy(sk.buf, sk.len, i, i + room);
          sk.len += room;
          if (end.at < 0) {
            escaped = end.escaped;
            break;
          }
          if (sk.len > sk.stringStart + KEPT_STRING_BYTES) sk.len = safeCut(sk.buf, sk.stringStart, sk.stringStart + KEPT_STRING_BYTES);
          sk.put(QUOTE);
          inString = false;
          escaped = false;
          i = end.at;
          continue;
        }
        const c = chunk[i];
        if (ended) {
          if (c === LINE_FEED) {
            yield ended;
            ended = void 0;
          } else if (!isJsonSpace(c)) return;
          continue;
        }
        if (isJsonSpace(c)) continue;
        if (sk.closers.length === 0 && c !== OPEN_BRACE && c !== OPEN_BRACKET) return;
        if (sk.full()) {
          const cut = sk.finish(false);
          if (cut) yield cut;
          return;
        }
        if (c === QUOTE) {
          sk.put(c);
          sk.stringStart = sk.len;
          inString = true;
          continue;
        }
        if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          if (sk.closers.length >= MAX_DEPTH2) return;
          sk.closers.push(c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET);
        } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) sk.closers.pop();
        else if (c === COMMA) sk.lastSafe = { len: sk.len, closers: [...sk.closers] };
        sk.put(c);
        if (sk.closers.length === 0) {
          ended = sk.finish(true);
          if (!ended) return;
          sk.reset();
        }
      }
    }
    if (ended) yield ended;
    else if (sk.closers.length > 0) {
      const cut = sk.finish(false);
      if (cut) yield cut;
    }
  } finally {
    closeSync4(fd);
  }
}

// src/transcripts/readers/prompt-logs.ts
import { hash } from "node:crypto";
function readPromptLog(ctx, agent, format, entryOf) {
  const sessions = /* @__PURE__ */ new Map();
  const ignored = new IgnoredTypes();
  for (const batch of recordsOf(ctx, []))
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, "not a JSON object");
        continue;
      }
      const entry = entryOf(o);
      if ("skip" in entry) {
        ignored.add(entry.skip);
        continue;
      }
      let b = sessions.get(entry.session);
      if (!b) {
        b = new SessionBuilder(agent, format, ctx);
        b.id = entry.session;
        sessions.set(entry.session, b);
      }
      if (entry.cwd) b.cwd ??= entry.cwd;
      b.seen(entry.timestamp);
      const text = entry.text.trim();
      const origin = { file: ctx.display, line: rec.line };
      if (text) b.push({ kind: "user_prompt", text, origin, ...entry.timestamp ? { timestamp: entry.timestamp } : {} });
    }
  ignored.report(ctx);
  return [...sessions.values()];
}
function isoOf(n, unit) {
  if (typeof n !== "number" || !Number.isFinite(n) || n <= 0) return void 0;
  const d = new Date(n * unit);
  return Number.isNaN(d.getTime()) ? void 0 : d.toISOString();
}
function isClaudeHistoryEntry(o) {
  return typeof o.display === "string" && typeof o.timestamp === "number" && asRecord(o.pastedContents) !== void 0 && !("type" in o);
}
function sessionlessHistoryId(project) {
  return `claude-history-${hash("sha256", project ?? "", "hex").slice(0, 16)}`;
}
function readClaudeHistory(ctx) {
  return readPromptLog(ctx, "claude-code", "claude-code-history", (o) => {
    if (!isClaudeHistoryEntry(o)) return { skip: str(o.type) ?? "untyped" };
    const cwd = str(o.project);
    const session = str(o.sessionId) || sessionlessHistoryId(cwd);
    const timestamp = isoOf(o.timestamp, 1);
    return { session, text: o.display, ...timestamp ? { timestamp } : {}, ...cwd ? { cwd } : {} };
  });
}
function isCodexHistoryEntry(o) {
  return typeof o.session_id === "string" && typeof o.ts === "number" && typeof o.text === "string" && !("type" in o);
}
function readCodexHistory(ctx) {
  return readPromptLog(ctx, "codex", "codex-history", (o) => {
    if (!isCodexHistoryEntry(o)) return { skip: str(o.type) ?? "untyped" };
    const timestamp = isoOf(o.ts, 1e3);
    return { session: o.session_id, text: o.text, ...timestamp ? { timestamp } : {} };
  });
}

// src/transcripts/readers/gemini-logs.ts
function isGeminiLogEntry(o) {
  return o.type === "user" && typeof o.messageId === "number" && typeof o.message === "string" && (typeof o.sessionId === "number" || typeof o.sessionId === "string");
}
function readGeminiLogs(ctx) {
  return readPromptLog(ctx, "gemini-cli", "gemini-cli-logs", (o) => {
    if (!isGeminiLogEntry(o)) return { skip: str(o.type) ?? "untyped" };
    const timestamp = str(o.timestamp);
    const session = typeof o.sessionId === "number" ? placedId(String(o.sessionId), ctx.display) : o.sessionId;
    return { session, text: o.message, ...timestamp ? { timestamp } : {} };
  });
}

// src/transcripts/readers/cursor-plan.ts
var OPENING = /^Implement the plan as specified(?:, it is attached for your reference)?\.(?=\s|$)/;
var PLAN_NAME = /^[^\n.!?:;`<>#*]{1,120}\n\s*\n(?=Implement the plan as specified\b)/;
var TEMPLATE = [
  /^Do NOT edit the plan file(?: itself)?\.(?=\s|$)/,
  /^To-do['’]s from the plan have already been created(?:, do not create them again)?\.(?=\s|$)/,
  /^Do not create them again\.(?=\s|$)/,
  /^Mark them as in_progress as you work, starting with the first one\.(?=\s|$)/,
  /^Don['’]t stop until you have completed all the to-dos\.(?=\s|$)/,
  // An early version listed the plan's to-do ids on a line of their own.
  /^To-do['’]s: [\w-]+(?:, [\w-]+)*[ \t]*(?=\r?\n|$)/
];
function withoutPlanHandoff(text) {
  let rest = text.trimStart();
  rest = rest.slice(PLAN_NAME.exec(rest)?.[0].length ?? 0);
  const opening = OPENING.exec(rest);
  if (!opening) return text;
  rest = rest.slice(opening[0].length).trimStart();
  for (; ; ) {
    const sentence = TEMPLATE.map((r) => r.exec(rest)).find((m) => m !== null);
    if (!sentence) return rest.trimEnd();
    rest = rest.slice(sentence[0].length).trimStart();
  }
}

// src/transcripts/readers/kept-lines.ts
var HEAD_CHARS = 64 * 1024;
var TAIL_CHARS = 16 * 1024;
var KeptRun = class {
  constructor(size, omission) {
    this.size = size;
    this.omission = omission;
  }
  size;
  omission;
  head = [];
  headChars = 0;
  tail = [];
  tailChars = 0;
  dropped = 0;
  firstDropped;
  /** Items pushed, the dropped ones included, less those taken back. */
  count = 0;
  push(item) {
    this.count++;
    if (this.headChars < HEAD_CHARS) {
      this.head.push(item);
      this.headChars += this.size(item);
      return;
    }
    this.tail.push(item);
    this.tailChars += this.size(item);
    while (this.tailChars > TAIL_CHARS && this.tail.length > 1) {
      const gone = this.tail.shift();
      this.tailChars -= this.size(gone);
      this.firstDropped ??= gone;
      this.dropped++;
    }
  }
  /** The last item, if it is kept (not when the tail was emptied back to the dropped middle). */
  last() {
    return this.tail.length > 0 ? this.tail.at(-1) : this.dropped > 0 ? void 0 : this.head.at(-1);
  }
  /**
   * Takes back every item from the `n`th pushed on (a fence that turned out to be a call leaves the prose). What of
   * them was dropped stays dropped: the items before `n` are kept as they were, the dropped ones among them still
   * stood for by the omission.
   */
  truncate(n) {
    if (n >= this.count) return;
    if (n <= this.head.length) {
      this.head.length = n;
      this.headChars = this.head.reduce((sum, item) => sum + this.size(item), 0);
      this.tail.length = 0;
      this.dropped = 0;
      this.firstDropped = void 0;
    } else if (n >= this.head.length + this.dropped) this.tail.length = n - this.head.length - this.dropped;
    else {
      this.dropped = n - this.head.length;
      this.tail.length = 0;
    }
    this.tailChars = this.tail.reduce((sum, item) => sum + this.size(item), 0);
    this.count = n;
  }
  /** Takes back the trailing items `test` accepts (the rule and blank lines that open what follows), while kept. */
  trimEnd(test) {
    for (let last = this.last(); last !== void 0 && test(last); last = this.last()) this.pop();
  }
  pop() {
    this.count--;
    if (this.tail.length > 0) {
      this.tailChars -= this.size(this.tail.pop());
      return;
    }
    this.headChars -= this.size(this.head.pop());
  }
  /** The items kept, in order, with the one that says how many were dropped in place of them. */
  items() {
    return this.dropped > 0 ? [...this.head, this.omission(this.dropped, this.firstDropped), ...this.tail] : [...this.head, ...this.tail];
  }
};
var omittedLines = (n) => `\u2026[${n} lines omitted]\u2026`;
var KeptLines = class extends KeptRun {
  constructor(first) {
    super((line) => line.length + 1, omittedLines);
    if (first !== void 0) this.push(first);
  }
  lines() {
    return this.items();
  }
  join(separator) {
    return this.items().join(separator);
  }
};
function keptNumberedLines() {
  return new KeptRun(
    (l) => l.text.length + 1,
    (n, first) => ({ line: first.line, text: omittedLines(n) })
  );
}

// src/transcripts/readers/cursor-export.ts
var CURSOR_EXPORT_STAMP = /^_Exported on .{1,80} from Cursor \([\d.]+\)_$/m;
var HEADER = /^\*\*(User|Cursor)\*\*$/;
var FENCE = /^\s*(`{3,}|~{3,})/;
function readCursorExport(ctx) {
  const b = new SessionBuilder("generic", "cursor-export", ctx);
  b.id = fileSessionId(ctx.display);
  let turn;
  let prev1 = "";
  let prev2 = "";
  let fence;
  let replied = false;
  const flush = () => {
    if (!turn) return;
    turn.text.trimEnd((l) => /^(?:---|\s*)$/.test(l));
    const said = turn.text.join("\n").trim();
    const text = turn.who === "User" ? withoutPlanHandoff(said) : said;
    const origin = { file: ctx.display, line: turn.line };
    if (text && turn.who === "Cursor") b.push({ kind: "assistant_text", text, origin });
    else if (text) b.push({ kind: "user_prompt", text, origin, ...replied ? { unverified: true } : {} });
    if (turn.who === "Cursor") replied = true;
    turn = void 0;
  };
  for (const l of readLines(ctx.file, ctx.lineOpts)) {
    if (unreadableLine(ctx, l)) continue;
    const line = l.text.trimEnd();
    const header2 = fence === void 0 ? HEADER.exec(line) : null;
    if (header2 && prev2 === "---" && prev1 === "") {
      flush();
      turn = { who: header2[1], line: l.line, text: new KeptLines() };
    } else if (turn) {
      turn.text.push(line);
      const f = FENCE.exec(line);
      if (f) fence = fence === void 0 ? f[1] : line.trim().startsWith(fence) ? void 0 : fence;
    }
    prev2 = prev1;
    prev1 = line;
  }
  flush();
  return b.events.length > 0 ? [b] : [];
}

// src/transcripts/readers/gemini-share.ts
var GEMINI_SHARE_HEADER = /^(?:## (USER|MODEL) (?:🧑\u200d?💻|✨)|(?:🧑\u200d?💻|✨) ## (USER|MODEL))$/u;
var MARKER = /\*\*Tool (Command|Response)\*\*:$/;
var OPEN = /^```json\s*$/;
function readGeminiShare(ctx) {
  const b = new SessionBuilder("gemini-cli", "gemini-cli-share", ctx);
  b.id = fileSessionId(ctx.display);
  const ignored = new IgnoredTypes();
  const content = new GeminiContent(b, ctx.display, true, ignored);
  let item;
  let block;
  let marker;
  let prev1 = "";
  let prev2 = "";
  let started = false;
  const textPart = (it) => {
    it.text.trimEnd((l) => /^(?:---|\s*)$/.test(l.text));
    const lines = it.text.items();
    const text = lines.map((l) => l.text).join("\n").trim();
    const first = lines.find((l) => l.text.trim() !== "");
    if (text) it.parts.push({ value: { text }, ...first ? { line: first.line } : {} });
    it.text = keptNumberedLines();
  };
  const flush = () => {
    if (!item) return;
    textPart(item);
    content.item(item.role.toLowerCase(), item.parts, item.parts[0]?.line ?? item.line);
    item = void 0;
  };
  const closeBlock = () => {
    const open = block;
    block = void 0;
    let value;
    try {
      value = JSON.parse(open.json.join("\n"));
    } catch {
      ctx.issue(open.line, `a **Tool ${open.kind}** block that is not JSON; skipped`);
      return;
    }
    const key = open.kind === "Command" ? "functionCall" : "functionResponse";
    item?.parts.push({ value: { [key]: value }, line: open.line });
  };
  const textLine = (line, n) => {
    if (!item) return;
    const at = { line: n, text: line };
    item.text.push(at);
    const m = MARKER.exec(line);
    marker = m ? { kind: m[1], at } : void 0;
  };
  for (const l of readLines(ctx.file, ctx.lineOpts)) {
    if (unreadableLine(ctx, l)) continue;
    const line = l.text.trimEnd();
    if (block) {
      if (line.startsWith("```")) {
        closeBlock();
        if (line.length > 3) textLine(line.slice(3), l.line);
      } else block.json.push(line);
    } else if (marker && item && OPEN.test(line)) {
      marker.at.text = marker.at.text.replace(MARKER, "");
      const kind = marker.kind;
      marker = void 0;
      textPart(item);
      block = { kind, line: l.line, json: [] };
    } else {
      const header2 = GEMINI_SHARE_HEADER.exec(line);
      if (header2 && (!started && prev1 === "" || prev2 === "---" && prev1 === "")) {
        flush();
        item = { role: header2[1] ?? header2[2], line: l.line, text: keptNumberedLines(), parts: [] };
        marker = void 0;
        started = true;
      } else textLine(line, l.line);
    }
    prev2 = prev1;
    prev1 = line;
  }
  if (block) ctx.issue(block.line, `a **Tool ${block.kind}** block with no closing fence: the lines after it were not read`);
  flush();
  ignored.report(ctx);
  return b.events.length > 0 ? [b] : [];
}

// src/transcripts/readers/copilot-shells.ts
var POLLS = /* @__PURE__ */ new Set(["read_bash", "write_bash", "stop_bash", "read_powershell", "write_powershell", "stop_powershell"]);
var MAX_RUNNING = 64;
var MAX_TEXT = 1e5;
var EXITED = /<(?:exited|(?:shellId|sessionId): [^\s<>]{1,80} completed) with exit code (-?\d{1,3})>\s*$/;
var STILL_RUNNING = /<command with (?:shellId|sessionId): ([^\s<>]{1,80}) is still running after \d+ seconds\.[^\n]*>\s*$/;
var tail = (text) => text.length > 4096 ? text.slice(-2048) : text;
function shellExitCode(text) {
  const m = EXITED.exec(tail(text));
  return m ? Number(m[1]) : void 0;
}
function stillRunningShell(text) {
  return STILL_RUNNING.exec(tail(text))?.[1];
}
var CopilotShells = class {
  running = /* @__PURE__ */ new Map();
  polls = /* @__PURE__ */ new Map();
  /** A shell call answered "still running": its result stands until a poll settles it. */
  hold(shell, result, text) {
    if (!this.running.has(shell) && this.running.size >= MAX_RUNNING) return;
    this.running.set(shell, { result, text: text.slice(0, MAX_TEXT) });
  }
  /**
   * Takes a poll naming a held shell (its answer then comes to `answer`): true when taken. A poll of a shell never
   * held here (started before an export began, or never running) stays a call of its own.
   */
  takeCall(callId, name, input) {
    if (!POLLS.has(name)) return false;
    const o = asRecord(input);
    const id = o?.shellId ?? o?.sessionId;
    const shell = typeof id === "string" || typeof id === "number" ? String(id) : void 0;
    if (shell === void 0 || !this.running.has(shell)) return false;
    this.polls.set(callId, shell);
    return true;
  }
  /** Whether this call id is a taken poll. */
  isPoll(callId) {
    return callId !== void 0 && this.polls.has(callId);
  }
  /**
   * A taken poll's answer: the command ended (its outcome, with all it printed), runs on, or is gone: stopped, or
   * an id the CLI no longer knows ("Invalid shell ID"), whose outcome was never seen and so settles nothing.
   */
  answer(callId, text, exitCode) {
    const shell = this.polls.get(callId);
    this.polls.delete(callId);
    const held = this.running.get(shell);
    if (!held) return { kind: "gone" };
    const joined = (held.text + "\n" + text).slice(0, MAX_TEXT);
    const code = exitCode ?? shellExitCode(text);
    if (code !== void 0) {
      this.running.delete(shell);
      return { kind: "settled", exitCode: code, text: joined, previous: held.result };
    }
    if (stillRunningShell(text) === void 0) {
      this.running.delete(shell);
      return { kind: "gone" };
    }
    held.text = joined;
    return { kind: "running" };
  }
};

// src/transcripts/readers/us-local-time.ts
var US_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{1,2}):(\d\d):(\d\d)\s?(AM|PM)$/;
function usLocalTime(text) {
  const m = US_TIME.exec(text.trim());
  if (!m) return void 0;
  const [month, day, year, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 1 || hour > 12) return void 0;
  const h24 = hour % 12 + (m[7] === "PM" ? 12 : 0);
  const d = new Date(year, month - 1, day, h24, minute, second);
  return d.getMonth() === month - 1 && !Number.isNaN(d.getTime()) ? d : void 0;
}

// src/transcripts/readers/copilot-share-fields.ts
var STARTED = /^>\s*(?:-\s*)?\*\*Started:\*\*\s*(.+?)\s*$/;
var DURATION = /^>\s*(?:-\s*)?\*\*Duration:\*\*\s*((?:\d{1,9}[hms]\s*){1,3})$/;
var ShareTimes = class {
  start;
  seconds;
  /** Reads one line of the title block. */
  line(text) {
    const started = STARTED.exec(text)?.[1];
    if (started !== void 0) this.start ??= usLocalTime(started);
    const duration = DURATION.exec(text)?.[1];
    if (duration !== void 0) this.seconds ??= durationSeconds(duration);
  }
  /** ISO times for SessionBuilder.seen: the start, and the start plus the duration. */
  span() {
    if (!this.start) return [];
    const out = [this.start.toISOString()];
    if (this.seconds !== void 0) out.push(new Date(this.start.getTime() + this.seconds * 1e3).toISOString());
    return out;
  }
};
function durationSeconds(text) {
  let s = 0;
  for (const m of text.matchAll(/(\d{1,9})([hms])/g)) s += Number(m[1]) * (m[2] === "h" ? 3600 : m[2] === "m" ? 60 : 1);
  return s;
}
var FILE_TOOLS = /* @__PURE__ */ new Set(["view", "edit", "create"]);
var LINES_SUFFIX = / \(lines \d+-\d+\)$/;
var GREP_LINE = /^"(.+)" \((.+)\)$/;
var GLOB_LINE = /^"(.+?)"(?: in (.+))?$/;
var BOLD = /^\*\*(.+)\*\*$/;
function shareCallInput(tool, lines) {
  const bold = lines.length > 0 ? BOLD.exec(lines[0])?.[1] : void 0;
  const rest = bold !== void 0 ? lines.slice(1) : lines;
  if (rest.length !== 1) return void 0;
  const line = rest[0];
  if (FILE_TOOLS.has(tool)) {
    const path6 = line.replace(LINES_SUFFIX, "");
    if (!path6 || /\s—\s/.test(path6)) return void 0;
    if (bold !== void 0 && bold !== path6 && !bold.endsWith(` ${path6}.`)) return void 0;
    return { path: path6 };
  }
  if (tool === "grep") {
    const m = GREP_LINE.exec(line);
    return m ? { pattern: m[1], path: m[2] } : void 0;
  }
  if (tool === "glob") {
    const m = GLOB_LINE.exec(line);
    return m ? { pattern: m[1], ...m[2] !== void 0 ? { path: m[2] } : {} } : void 0;
  }
  return void 0;
}

// src/transcripts/readers/copilot-share.ts
var COPILOT_SHARE_TITLE = /^# (?:🤖 )?Copilot CLI Session$/u;
var SESSION_ID = /^>\s*(?:-\s*)?\*\*Session ID:\*\*\s*`([^`\s]{1,200})`/;
var TIME = String.raw`(?:⏱️ [^<]{1,40}|\d{1,9}[hms](?: \d{1,9}[hms]){0,2})`;
var ITEM_TIME = new RegExp(String.raw`^<sub>${TIME}<\/sub>$`, "u");
var HEADER2 = /^### (.+)$/;
var TOOL = /^(?:(✅|❌) `([^`]{1,200})`|`([^`]{1,200})`( — Failed)?)$/u;
var SUBAGENT = /^(?:📦 .+|[\w.-]{1,100} \([A-Z][a-z]{2,20}\))$/u;
var TASK_COMPLETE = /^✓ Task Complete$/u;
var CLI_NOTES = /^(?:(?:ℹ️?|⚠️?|❌) )?(?:Info|Warning|Notification|Error)$/u;
var USER = /^(?:👤 )?User$/u;
var COPILOT = /^(?:💬 )?Copilot$/u;
var REASONING = /^(?:💭 )?Reasoning$/u;
var FENCE2 = /^(`{3,}|~{3,})/;
var SEPARATOR = new RegExp(
  String.raw`^(?:<\/?(?:details|summary)\b.*|---|<sub>(?:${TIME}|Generated by \[GitHub Copilot CLI\]\([^)]*\))<\/sub>)$`,
  "u"
);
var REFUSED = /^(?:Permission denied and could not request permission from user|The user rejected this tool call\.(?: User feedback: ([\s\S]+))?)$/;
function readCopilotShare(ctx) {
  const b = new SessionBuilder("copilot-cli", "copilot-cli-share", ctx);
  const ignored = new IgnoredTypes();
  const shells = new CopilotShells();
  let item;
  let block;
  let argsNext = false;
  let inSubagent = false;
  let modelWrote = false;
  let lastNonBlank = "";
  const at = (line) => ({ origin: { file: ctx.display, line } });
  const finishTool = (it) => {
    const callId = `L${it.line}`;
    const command = it.command.join("\n").trim() || void 0;
    const args = it.args.length > 0 ? parseJsonArguments(it.args.join("\n")) : void 0;
    const described = command === void 0 && args === void 0 ? shareCallInput(
      it.name,
      it.text.items().map((l) => l.text)
    ) : void 0;
    const input = args ?? (command !== void 0 ? { command } : described ?? {});
    if (shells.takeCall(callId, it.name, input)) {
      settle(callId, it);
      return;
    }
    b.push(toolCallEvent({ name: it.name, input, callId, ...command !== void 0 ? { command } : {} }, at(it.line)));
    if (it.output.count === 0 && !it.failed) return;
    const output = it.output.items();
    const text = output.map((l) => l.text).join("\n");
    const refused2 = it.failed ? REFUSED.exec(text.trim()) : null;
    if (refused2) {
      const where2 = at(output[0]?.line ?? it.line);
      b.push({ kind: "permission_denial", text: "", callId, toolName: it.name, ...where2 });
      const said = refused2[1]?.trim();
      if (said) b.push({ kind: "user_prompt", text: said, ...where2, ...modelWrote ? { unverified: true } : {} });
      return;
    }
    const exitCode = shellExitCode(text);
    const ok2 = !it.failed && (exitCode === void 0 || exitCode === 0);
    const where = at(output[0]?.line ?? it.line);
    const result = b.push(toolResultEvent({ ok: ok2, text, callId, toolName: it.name, exitCode }, where));
    const shell = ok2 && exitCode === void 0 ? stillRunningShell(text) : void 0;
    if (shell !== void 0) shells.hold(shell, result, text);
  };
  const settle = (callId, it) => {
    const text = it.output.items().map((l) => l.text).join("\n");
    const answer = shells.answer(callId, text, void 0);
    if (answer.kind !== "settled") return;
    settleResult(answer.previous, answer.exitCode);
    b.setText(answer.previous, answer.text);
  };
  const finish = () => {
    const it = item;
    item = void 0;
    if (!it) return;
    b.marks = it.sidechain ? { sidechain: true } : {};
    if (it.kind === "tool") finishTool(it);
    else if (it.kind !== "note") {
      const text = trimSeparator(it.text.items());
      const said = text.map((l) => l.text).join("\n").trim();
      const first = text.find((l) => l.text.trim() !== "");
      if (it.kind === "copilot") {
        if (said) b.push({ kind: "assistant_text", text: said, ...at(first?.line ?? it.line) });
      } else if (said && !it.sidechain) {
        b.push({ kind: "user_prompt", text: said, ...at(first?.line ?? it.line), ...modelWrote ? { unverified: true } : {} });
      }
    }
    b.marks = {};
  };
  const open = (title, line, timed) => {
    const tool = TOOL.exec(title);
    const sidechain = !timed;
    if (sidechain && !(inSubagent && (tool || COPILOT.test(title) || REASONING.test(title)))) return false;
    finish();
    if (timed) inSubagent = false;
    if (!USER.test(title) && !CLI_NOTES.test(title)) modelWrote = true;
    if (tool) {
      const name = tool[2] ?? tool[3];
      const failed2 = tool[1] === "\u274C" || tool[4] !== void 0;
      item = {
        kind: "tool",
        line,
        sidechain,
        name,
        failed: failed2,
        command: new KeptLines(),
        args: [],
        output: keptNumberedLines(),
        text: keptNumberedLines()
      };
    } else if (USER.test(title)) item = { kind: "user", line, sidechain, text: keptNumberedLines() };
    else if (COPILOT.test(title)) item = { kind: "copilot", line, sidechain, text: keptNumberedLines() };
    else {
      if (SUBAGENT.test(title)) inSubagent = true;
      else if (!CLI_NOTES.test(title) && !REASONING.test(title) && !TASK_COMPLETE.test(title)) ignored.add(`### ${title}`);
      item = { kind: "note", line, sidechain, text: keptNumberedLines() };
    }
    return true;
  };
  let started = false;
  const times = new ShareTimes();
  for (const l of readLines(ctx.file, ctx.lineOpts)) {
    if (unreadableLine(ctx, l)) continue;
    const line = l.text.trimEnd();
    if (block) {
      if (closes(block.fence, line)) block = void 0;
      else if (item?.kind === "tool" && block.role === "args") item.args.push(line);
      else if (item?.kind === "tool") item.output.push({ line: l.line, text: line });
      continue;
    }
    if (!started) {
      b.id ??= SESSION_ID.exec(line)?.[1];
      times.line(line);
      if (!ITEM_TIME.test(line)) continue;
      started = true;
    }
    const header2 = HEADER2.exec(line);
    const fence = item?.kind === "tool" ? FENCE2.exec(line)?.[1] : void 0;
    if (fence) {
      block = { role: argsNext ? "args" : "output", fence, line: l.line };
      argsNext = false;
    } else if (header2 && open(header2[1], l.line, ITEM_TIME.test(lastNonBlank))) {
      argsNext = false;
    } else if (item?.kind === "tool") {
      if (line === "<summary>Arguments</summary>") argsNext = true;
      else if (line.startsWith("$ ") && item.command.count === 0) item.command.push(line.slice(2));
      else if (item.command.count > 0 && item.output.count === 0 && !SEPARATOR.test(line)) item.command.push(line);
      else if (item.output.count === 0 && line !== "" && !SEPARATOR.test(line)) item.text.push({ line: l.line, text: line });
    } else if (item) item.text.push({ line: l.line, text: line });
    if (line !== "") lastNonBlank = line;
  }
  if (block) ctx.issue(block.line, "a fence that never closes: the lines after it were read as its content");
  finish();
  ignored.report(ctx);
  for (const t of times.span()) b.seen(t);
  b.id ??= fileSessionId(ctx.display);
  return b.events.length > 0 ? [b] : [];
}
function closes(fence, line) {
  const m = FENCE2.exec(line);
  return !!m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1];
}
function trimSeparator(text) {
  let end = text.length;
  while (end > 0 && (text[end - 1].text.trim() === "" || SEPARATOR.test(text[end - 1].text.trim()))) end--;
  return text.slice(0, end);
}

// src/transcripts/readers/grok.ts
import { basename as basename2, dirname } from "node:path";

// src/transcripts/runner-tally.ts
var COUNTS_FAILURE = /\b[1-9]\d* (?:failed|failing|fail|failures?|errors?|errored)\b|\b(?:Failures|Errors|Failed|fail):?\s+[1-9]/;
var COUNTED_TALLY = /^(?:Test(?:s| Suites):\s+(?:\d+ \w+, )*\d+ total\b|\s*(?:Test Files|Tests)\s{2,}\d+ \w+(?: \| \d+ \w+)* \(\d+\)|=+ (?:\d+ \w+(?:, \d+ \w+)*) in [\d.]+m?s\b.*=+|\d+ (?:passed|failed|errors?)(?:, \d+ \w+)* in [\d.]+m?s\b.*|\s*\d+ (?:passing|failing|passed|failed) \([\d.]+m?s\)|test result: (?:ok|FAILED)\. \d+ passed; \d+ failed;.*|\d+ examples?, \d+ failures?\b.*|(?:Passed|Failed)!\s+-\s+Failed:\s+\d+, Passed:\s+\d+.*|(?:\[\w+\] )?Tests run: \d+, Failures: \d+, Errors: \d+.*|# (?:pass|fail) \d+|ℹ (?:pass|fail) \d+|\s*\d+ fail|(?:ok|FAILED) \| \d+ passed(?: \(\d+ steps?\))? \| \d+ failed.*)\s*$/u;
var FAILURE_MARK = /^(?:FAIL(?:\s+\S.*)?|--- FAIL: .*|\s*Errors\s{2,}[1-9]\d* errors?\b.*|FAILED \((?:failures|errors|unexpected successes)=\d+.*|FAILURES!|ERRORS!|(?:\[\w+\] )?BUILD FAILURE|BUILD FAILED\b.*)\s*$/u;
var PASS_MARK = /^(?:ok\s+\S+\s+(?:[\d.]+m?s|\(cached\)).*|PASS|OK(?: \(.*\))?|(?:\[\w+\] )?BUILD SUCCESS|BUILD SUCCESSFUL\b.*)\s*$/u;
var RAN_COUNT = /^(?:Ran \d+ tests? in [\d.]+s|OK \(\d+ tests?, \d+ assertions?\))\s*$/;
function runnerVerdict(lines) {
  let passedAt = -1;
  let lastText = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    if (FAILURE_MARK.test(line)) return { failed: true };
    if (COUNTED_TALLY.test(line)) {
      if (COUNTS_FAILURE.test(line)) return { failed: true };
      passedAt = i;
    } else if (PASS_MARK.test(line) && (!/^OK\b/.test(line) || RAN_COUNT.test(line) || RAN_COUNT.test(lastText))) {
      passedAt = i;
    }
    lastText = line;
  }
  return passedAt >= 0 ? { failed: false, passedAt } : void 0;
}

// src/transcripts/shows-text.ts
var PLAIN_VIEWER = /^(?:cat|zcat|tac|head|tail|less|more|bat|batcat|nl|sed|grep|egrep|fgrep|zgrep|rg|ag|ack|type|Get-Content|gc|Select-String|sls|findstr|journalctl)$/i;
var VOICED_VIEWER = /^(?:git (?:log|show|diff|grep|blame|reflog)|(?:docker|podman|kubectl|oc) logs)$/i;
var VIEWER_TOOL = /^(?:read|readfile|readmanyfiles|view|viewfile|cat|open|openfile|goto|scrollup|scrolldown|searchfile|searchdir|searchfiles|searchfilecontent|find|findfile|search|grep|grepsearch|codebasesearch|filesearch|glob|ls|list|listdir|listdirectory|listfiles)$/;
var QUIET_STEP = /^(?:cd|pushd|popd|export|set|unset|source|\.|true|:|Set-Location|sl)$/i;
var EDITOR_VIEW = /^(?:str_replace_editor|str_replace_based_edit_tool|edit_file|file_editor)$/i;
function showsText(producer) {
  const command = producer.command?.trim();
  if (producer.tool && EDITOR_VIEW.test(producer.tool)) return command === "view" ? "voiced" : void 0;
  const ran = command ? commandShows(command) : void 0;
  if (ran) return ran;
  const tool = producer.tool?.toLowerCase().replace(/[_-]/g, "");
  return tool && VIEWER_TOOL.test(tool) ? "voiced" : void 0;
}
function commandShows(command) {
  for (const step of command.split(/&&|\|\||;|\n/)) {
    const program = stepProgram(step);
    if (!program || QUIET_STEP.test(program)) continue;
    return PLAIN_VIEWER.test(program) ? "plain" : VOICED_VIEWER.test(program) ? "voiced" : void 0;
  }
  return void 0;
}
function someStepShowsText(command) {
  return command.split(/&&|\|\||;|\n/).some((step) => {
    const program = stepProgram(step);
    return PLAIN_VIEWER.test(program) || VOICED_VIEWER.test(program);
  });
}
function stepProgram(step) {
  const stage = step.split("|", 1)[0];
  const words = stage.trim().split(/\s+/);
  let i = 0;
  while (i < words.length && (/^[A-Za-z_]\w*=/.test(words[i]) || /^(?:sudo|time|command|nohup|env)$/.test(words[i]))) i++;
  const program = (words[i] ?? "").replace(/^.*[\\/]/, "");
  if (!/^(?:git|docker|podman|kubectl|oc)$/.test(program)) return program;
  for (let j = i + 1; j < words.length; j++) {
    const w = words[j];
    if (/^-[Cc]$/.test(w)) j++;
    else if (!w.startsWith("-")) return `${program} ${w}`;
  }
  return program;
}

// src/transcripts/looks-failed.ts
var LOOKS_FAILED = /^(?:(?:remote: )?error\b|execution error:|fatal:|failed to |Traceback \(most recent call last\)|apply_patch verification failed|(?:bash: )?\S*: command not found|Your proposed edit has introduced new syntax error|npm (?:error|ERR!) |ERR_PNPM_[A-Z0-9_]+\b|Usage Error: |[✖✗] [1-9]\d* problems?\b|(?:[^\n]* : [^\n]*\n)?At (?:line:\d+|[^\n]*?:\d+) char:\d+\b)/iu;
var DIAGNOSTIC = /^(?:[A-Za-z]:[\\/])?[^\s:]*\.[A-Za-z]\w*(?::\d+(?::\d+)?(?::| -)|\(\d+(?:,\d+)?\):) (?:fatal )?error(?::|\[\w+\]:| [A-Z]+\d+:)/;
var GO_DIAGNOSTIC = /^(?:# \S+(?: \[[^\]\n]+\])?\n)?[^\s:]*\.go:\d+:\d+: \S/;
var LINT_REPORT = /^[^\n]+\n[ \t]+\d+:\d+[ \t]+error[ \t]/;
var VIEWER_RUN_FAILED = /^(?:execution error:|(?:bash: )?\S*: command not found|(?:[^\n]* : [^\n]*\n)?At (?:line:\d+|[^\n]*?:\d+) char:\d+\b)/iu;
var VOICED_FAILED = /^(?:error\b|fatal:|failed to )/i;
function looksFailed(text, producer) {
  const head = text.trimStart();
  const shown = producer && showsText(producer);
  if (shown) return VIEWER_RUN_FAILED.test(head) || shown === "voiced" && VOICED_FAILED.test(head);
  return LOOKS_FAILED.test(head) || DIAGNOSTIC.test(head) || GO_DIAGNOSTIC.test(head) || LINT_REPORT.test(head);
}
var NONE_FOUND = /^[✖✗]\s+0\s/u;
var JUDGED_HEAD = 64 * 1024;
var JUDGED_TAIL = 16 * 1024;
function failsAfterFirstLine(out, opts) {
  if (opts.command !== void 0 && someStepShowsText(opts.command)) return false;
  const lines = judgedLines(out);
  const tally = runnerVerdict(lines);
  if (tally?.failed) return true;
  const from = tally ? tally.passedAt + 1 : 0;
  return lines.some(
    (line, i) => i >= from && !!line && !/^\s/.test(line) && !NONE_FOUND.test(line) && (looksFailed(line) || !!opts.alsoFailed?.test(line))
  );
}
function judgedLines(out) {
  if (out.length <= JUDGED_HEAD + JUDGED_TAIL) return out.split("\n").slice(1);
  return [...out.slice(0, JUDGED_HEAD).split("\n").slice(1, -1), ...out.slice(-JUDGED_TAIL).split("\n").slice(1)];
}
function passedByRunner(out) {
  return runnerVerdict(judgedLines(out))?.failed === false;
}
function outputFailed(out, producer) {
  return failsAfterFirstLine(out, producer) || looksFailed(out, producer) && !passedByRunner(out);
}

// src/transcripts/readers/grok.ts
var SKIPPED = /* @__PURE__ */ new Set(["system", "reasoning", "backend_tool_call"]);
function isGrokItem(o) {
  const type = o.type;
  if ("role" in o || "message" in o || "session_id" in o || "sessionId" in o) return false;
  if (type === "user") return Array.isArray(o.content) && ("prompt_index" in o || "synthetic_reason" in o);
  if (type === "assistant") return typeof o.model_id === "string" && (typeof o.content === "string" || o.content === null);
  return type === "tool_result" && typeof o.tool_call_id === "string" && "content" in o;
}
var QUERY = /<user_query>([\s\S]*?)(?:<\/user_query>|$)/;
var HARNESS_BLOCK = /<(user_info|git_status|system-reminder|system_reminder)>[\s\S]*?(?:<\/\1>|$)/g;
function typedText(content) {
  const text = blockText(Array.isArray(content) ? content.filter((p) => asRecord(p)?.type === "text") : content);
  const q = QUERY.exec(text);
  return (q ? q[1] : text.replace(HARNESS_BLOCK, "")).trim();
}
function readGrok(ctx) {
  const b = new SessionBuilder("grok-cli", "grok-cli", ctx);
  const ignored = new IgnoredTypes(SKIPPED);
  const names = /* @__PURE__ */ new Map();
  const commands = /* @__PURE__ */ new Map();
  for (const batch of jsonlRecords(ctx.file, ctx.issue, ctx.lineOpts)) {
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, "not a JSON object");
        continue;
      }
      const place = { origin: { file: ctx.display, line: rec.line } };
      const type = str(o.type) ?? "untyped";
      if (type === "user") {
        if (o.synthetic_reason !== void 0 && o.synthetic_reason !== null) continue;
        const text = typedText(o.content);
        if (text) b.push({ kind: "user_prompt", text, ...place });
      } else if (type === "assistant") {
        b.model ??= str(o.model_id);
        const text = blockText(o.content).trim();
        if (text) b.push({ kind: "assistant_text", text, ...place });
        for (const raw of Array.isArray(o.tool_calls) ? o.tool_calls : []) {
          const c = asRecord(raw);
          if (!c) continue;
          const name = str(c.name) ?? "unknown";
          const callId = str(c.id);
          const input = parseJsonArguments(c.arguments);
          if (callId) names.set(callId, name);
          const command = commandOf(name, input);
          if (callId && command !== void 0) commands.set(callId, command);
          b.push(toolCallEvent({ name, input, callId }, place));
        }
      } else if (type === "tool_result") {
        const callId = str(o.tool_call_id);
        const text = blockText(o.content);
        const exitCode = exitCodeFrom(text);
        const producer = callId ? { tool: names.get(callId), command: commands.get(callId) } : void 0;
        const ok2 = exitCode !== void 0 ? exitCode === 0 : !looksFailed(text, producer);
        b.push(toolResultEvent({ ok: ok2, text, callId, toolName: callId ? names.get(callId) : void 0, exitCode }, place));
      } else {
        ignored.add(type);
      }
    }
  }
  ignored.report(ctx);
  if (basename2(ctx.file) === "chat_history.jsonl") {
    b.id = basename2(dirname(ctx.file));
    b.cwd = decodedCwd(basename2(dirname(dirname(ctx.file))));
  }
  return [b];
}
function decodedCwd(name) {
  if (!name.startsWith("%2F") && !/^[A-Za-z]%3A/i.test(name)) return void 0;
  try {
    return decodeURIComponent(name);
  } catch {
    return void 0;
  }
}

// src/transcripts/readers/cline-task.ts
import { statSync as statSync2 } from "node:fs";
import { basename as basename3, dirname as dirname2, join } from "node:path";
var UI_FILE = "ui_messages.json";
var API_FILE = "api_conversation_history.json";
function taskId(file) {
  const name = basename3(file);
  if (name !== UI_FILE && name !== API_FILE) return void 0;
  const dir = basename3(dirname2(file));
  return dir && dir !== "." ? dir : fileStem(file);
}
function uiMessagesBeside(file) {
  if (basename3(file) !== API_FILE) return false;
  try {
    const st = statSync2(join(dirname2(file), UI_FILE));
    return st.isFile() && st.size > 0;
  } catch {
    return false;
  }
}
var HEAD_EXIT = /\bExit code:?\s*(-?\d{1,3})\b/i;
var HARNESS_FAILURE = /^(?:Command failed\b|Command execution was not successful|Error executing command|Error (?:reading|writing|editing|searching|listing|parsing)\b|The tool execution failed with the following error|Access to \S+ is blocked by the \.clineignore)/i;
function resultVerdict(text, shell) {
  const t = text.trimStart();
  if (HARNESS_FAILURE.test(t)) return { ok: false };
  if (!shell) return { ok: true };
  const outputAt = t.indexOf("\nOutput:");
  const head = outputAt >= 0 ? t.slice(0, outputAt) : t.slice(0, 300);
  const m = HEAD_EXIT.exec(head);
  if (m) {
    const exitCode2 = Number(m[1]);
    return { ok: exitCode2 === 0, exitCode: exitCode2 };
  }
  const output = outputAt >= 0 ? t.slice(outputAt + "\nOutput:".length).replace(/^\s+/, "") : t;
  const exitCode = exitCodeFrom(output);
  if (exitCode !== void 0) return { ok: exitCode === 0, exitCode };
  return { ok: !outputFailed(output, shell) };
}

// src/transcripts/readers/cline-ui.ts
var QUIET_SAY = /* @__PURE__ */ new Set([
  "api_req_started",
  "api_req_finished",
  "api_req_retried",
  "api_req_retry_delayed",
  "api_req_deleted",
  "deleted_api_reqs",
  "checkpoint_created",
  "checkpoint_saved",
  "task_progress",
  "reasoning",
  "shell_integration_warning",
  "shell_integration_warning_with_suggestion",
  "info",
  "hook_status",
  "hook_output_stream",
  "conditional_rules_applied",
  "subagent",
  "subagent_usage",
  "use_subagents",
  "browser_action_launch",
  "browser_action",
  "browser_action_result",
  "mcp_server_request_started",
  "mcp_server_response",
  "mcp_notification",
  "use_mcp_server",
  "load_mcp_documentation",
  "generate_explanation",
  "error_retry",
  "user_feedback_diff",
  "condense_context",
  "condense_context_error",
  "codebase_search_result",
  "rooignore_error",
  "subtask_result",
  "image",
  // Roo Code's own.
  "api_req_rate_limited",
  "browser_session_status",
  "sliding_window_truncation",
  "user_edit_todos"
]);
var QUIET_ASK = /* @__PURE__ */ new Set([
  "resume_task",
  "resume_completed_task",
  "api_req_failed",
  "mistake_limit_reached",
  "new_task",
  "condense",
  "summarize_task",
  "report_bug",
  "use_subagents",
  "auto_approval_max_req_reached",
  "finishTask"
]);
var QUIET = /* @__PURE__ */ new Set([...[...QUIET_SAY].map((s) => `say:${s}`), ...[...QUIET_ASK].map((a) => `ask:${a}`)]);
var APPROVAL = /* @__PURE__ */ new Set(["command", "tool", "browser_action_launch", "use_mcp_server"]);
var REQ_APP = /REQ_APP$/;
function isoOf2(ts) {
  if (typeof ts !== "number" || !Number.isFinite(ts)) return void 0;
  const d = new Date(ts);
  return Number.isNaN(d.getTime()) ? void 0 : d.toISOString();
}
function isClineUiMessage(o) {
  if (typeof o.ts !== "number") return false;
  if (o.type === "say") return typeof o.say === "string";
  if (o.type === "ask") return typeof o.ask === "string";
  return false;
}
function field(text, key) {
  if (!text.startsWith("{")) return text;
  const v = asRecord(parseJsonArguments(text));
  return str(v?.[key]) ?? text;
}
function readClineUi(ctx) {
  const b = new SessionBuilder("cline", "cline-ui-messages", ctx);
  const ignored = new IgnoredTypes(QUIET);
  const doc = readJsonDocument(ctx.file, ctx.issue, ctx.lineOpts, []);
  const msgs = [];
  let firstIntact = true;
  const issue = (line, reason) => {
    if (msgs.length === 0) firstIntact = false;
    ctx.issue(line, reason);
  };
  if (doc !== void 0)
    for (const rec of documentRecords(doc, [], issue)) {
      const o = asRecord(rec.value);
      if (!o) {
        issue(rec.line, "not a JSON object");
        continue;
      }
      const kind = o.type === "say" || o.type === "ask" ? o.type : void 0;
      const ts = isoOf2(o.ts);
      msgs.push({
        line: rec.line,
        kind,
        sub: str(kind === "ask" ? o.ask : o.say) ?? "",
        text: str(o.text) ?? "",
        raw: o,
        ...ts ? { ts } : {}
      });
    }
  let output;
  let pendingCall;
  let calls = 0;
  const flushOutput = () => {
    if (!output) return;
    const out = output.parts.join("\n");
    const v = resultVerdict(out, { command: output.command });
    b.push(
      toolResultEvent({ ok: v.ok, text: out, callId: output.callId, toolName: "execute_command", exitCode: v.exitCode }, output.place)
    );
    output = void 0;
  };
  const call = (name, input, place, approval) => {
    flushOutput();
    const callId = `ui-${++calls}`;
    b.push(toolCallEvent({ name, input, callId }, place));
    pendingCall = { name, callId, approval, command: str(asRecord(input)?.command) };
  };
  for (let i = 0; i < msgs.length; i++) {
    const m = msgs[i];
    const place = { origin: { file: ctx.display, line: m.line }, ...m.ts ? { timestamp: m.ts } : {} };
    const model = str(asRecord(m.raw.modelInfo)?.modelId);
    if (model) b.model ??= model;
    b.seen(m.ts);
    const key = `${m.kind ?? "untyped"}:${m.sub}`;
    if (m.kind === void 0) {
      ignored.add(key);
      continue;
    }
    if (m.kind === "say" && m.sub === "command_output") {
      if (output) output.parts.push(m.text);
      else if (pendingCall?.name === "execute_command")
        output = { parts: [m.text], place, callId: pendingCall.callId, command: pendingCall.command };
      if (pendingCall) pendingCall.approval = false;
      continue;
    }
    if (m.kind === "ask" && m.sub === "command_output") {
      if (output) output.parts.push(m.text);
      else if (pendingCall?.name === "execute_command" && m.text)
        output = { parts: [m.text], place, callId: pendingCall.callId, command: pendingCall.command };
      if (pendingCall) pendingCall.approval = false;
      continue;
    }
    if (m.kind === "say" && QUIET_SAY.has(m.sub) || m.kind === "ask" && QUIET_ASK.has(m.sub)) {
      ignored.add(key);
      continue;
    }
    flushOutput();
    if (m.kind === "say" && (m.sub === "task" || m.sub === "text" && i === 0 && firstIntact)) {
      if (m.text.trim()) b.push({ kind: "user_prompt", text: m.text, ...place });
      pendingCall = void 0;
    } else if (m.kind === "say" && m.sub === "user_feedback") {
      if (!m.text.trim()) continue;
      if (pendingCall?.approval && refused(msgs, i, pendingCall.name)) {
        b.push({ kind: "permission_denial", text: m.text, callId: pendingCall.callId, toolName: pendingCall.name, ...place });
      } else b.push({ kind: "user_prompt", text: m.text, ...place });
      pendingCall = void 0;
    } else if (m.sub === "command") {
      const command = m.text.replace(REQ_APP, "").trim();
      call("execute_command", { command }, place, m.kind === "ask" && APPROVAL.has(m.sub));
    } else if (m.sub === "tool") {
      const input = asRecord(parseJsonArguments(m.text)) ?? { text: m.text };
      call(str(input.tool) ?? "tool", input, place, m.kind === "ask" && APPROVAL.has(m.sub));
    } else if (m.kind === "ask" && (m.sub === "browser_action_launch" || m.sub === "use_mcp_server")) {
      call(m.sub, asRecord(parseJsonArguments(m.text)) ?? { text: m.text }, place, APPROVAL.has(m.sub));
    } else if (m.kind === "say" && (m.sub === "error" || m.sub === "diff_error" || m.sub === "clineignore_error")) {
      if (pendingCall) {
        b.push(toolResultEvent({ ok: false, text: m.text, callId: pendingCall.callId, toolName: pendingCall.name }, place));
        pendingCall = void 0;
      } else if (m.text.trim()) b.push({ kind: "environment_feedback", text: m.text, ...place });
    } else if (m.kind === "say" && m.sub === "command_permission_denied") {
      b.push({
        kind: "permission_denial",
        text: "",
        ...pendingCall ? { callId: pendingCall.callId, toolName: pendingCall.name } : {},
        ...place
      });
      pendingCall = void 0;
    } else if (m.kind === "say" && (m.sub === "text" || m.sub === "completion_result")) {
      if (m.text.trim()) b.push({ kind: "assistant_text", text: m.text.replace(/HAS_CHANGES$/, ""), ...place });
      pendingCall = void 0;
    } else if (m.kind === "ask" && (m.sub === "followup" || m.sub === "plan_mode_respond" || m.sub === "act_mode_respond")) {
      const said = field(m.text, m.sub === "followup" ? "question" : "response");
      if (said.trim()) b.push({ kind: "assistant_text", text: said, ...place });
      pendingCall = void 0;
    } else if (m.kind === "ask" && m.sub === "completion_result") {
      if (m.text.trim()) b.push({ kind: "assistant_text", text: m.text, ...place });
    } else {
      ignored.add(key);
    }
  }
  flushOutput();
  ignored.report(ctx);
  const id = taskId(ctx.file);
  if (id) b.id = id;
  return [b];
}
function refused(msgs, at, name) {
  if (name !== "execute_command") return true;
  for (let j = at + 1; j < msgs.length; j++) {
    const n = msgs[j];
    if (n.sub === "command_output") return false;
    if (n.sub === "api_req_started" || n.sub === "checkpoint_created" || n.sub === "checkpoint_saved") continue;
    return true;
  }
  return true;
}

// src/transcripts/readers/cline-conversation.ts
var XML_TOOLS = [
  "execute_command",
  "read_file",
  "write_to_file",
  "replace_in_file",
  "apply_diff",
  "insert_content",
  "search_and_replace",
  "search_files",
  "list_files",
  "list_code_definition_names",
  "codebase_search",
  "browser_action",
  "use_mcp_tool",
  "access_mcp_resource",
  "ask_followup_question",
  "plan_mode_respond",
  "plan_mode_response",
  "attempt_completion",
  "new_task",
  "switch_mode",
  "fetch_instructions",
  "update_todo_list",
  "load_mcp_documentation",
  "web_fetch",
  "new_rule",
  "condense",
  "summarize_task",
  "report_bug"
];
var XML_CALL = new RegExp(`<(${XML_TOOLS.join("|")})>([\\s\\S]*?)(?:</\\1>|$)`, "g");
var ASKS_PERSON = /* @__PURE__ */ new Set(["ask_followup_question", "plan_mode_respond", "plan_mode_response", "attempt_completion"]);
var RESULT_HEADER = /^\[([a-z_]+)(?:\s[\s\S]{0,4000}?)?\] Result:/;
var WRAP_OPEN = /<(feedback|answer|user_message)>/;
var MAX_LEAD = 400;
var LEAD_IN = /^(?:|The user has provided feedback on the results\.[^\n<]*|New instructions for task continuation:|New message to respond to with plan_mode_respond tool \(be sure to provide your response in the <response> parameter\):|You seem to be having trouble proceeding\.[^\n<]*|The user (?:has )?provided the following feedback[^\n<]*)$/;
var TASK = /^\s*<task>\n?([\s\S]*?)\n?<\/task>/;
var DENIED = /^The user denied this operation\b/;
var DENIED_WORDS = /^The user denied this operation and provided the following feedback:\s*<feedback>([\s\S]*?)<\/feedback>/;
var ALREADY_USED = /^Tool \[[^\]]+\] was not executed because a tool has already been used/;
var ENDED_UNSEEN = /^Command executed\.?$/;
function wrappedWords(text) {
  const open = WRAP_OPEN.exec(text);
  if (!open) return void 0;
  const lead = text.slice(0, open.index).trim();
  if (lead.length > MAX_LEAD || !LEAD_IN.test(lead)) return void 0;
  const from = open.index + open[0].length;
  const end = text.indexOf(`</${open[1]}>`, from);
  return end < 0 ? void 0 : text.slice(from, end).trim() || void 0;
}
function xmlInput(body) {
  const input = {};
  const unclosed = /* @__PURE__ */ new Set();
  const open = /<([a-z_]+)>/g;
  for (let m = open.exec(body); m; m = open.exec(body)) {
    const name = m[1];
    if (unclosed.has(name)) continue;
    const from = m.index + m[0].length;
    const end = body.indexOf(`</${name}>`, from);
    if (end < 0) {
      unclosed.add(name);
      continue;
    }
    input[name] = body.slice(from, end).trim();
    open.lastIndex = end + name.length + 3;
  }
  return input;
}
var CLINE_IGNORED = /* @__PURE__ */ new Set(["block:image", "block:thinking", "block:redacted_thinking", "role:system"]);
function clineConversation(b, ignored) {
  let pending = [];
  let calls = 0;
  let userMessages = 0;
  let unverifiedNow = false;
  const said = (text, place) => {
    b.push({ kind: "user_prompt", text, ...place, ...unverifiedNow ? { unverified: true } : {} });
  };
  const newCall = (name, input, place, id) => {
    const callId = id ?? `api-${++calls}`;
    pending.push({ name, callId, command: str(asRecord(input)?.command) });
    b.push(toolCallEvent({ name, input, callId }, place));
  };
  const takeCall = (name, id) => {
    const at = pending.findIndex((p) => id ? p.callId === id : p.name === name);
    if (at < 0) return { callId: id };
    return pending.splice(at, 1)[0];
  };
  const result = (name, call, text, place, failed2 = false) => {
    const t = text.trim();
    const { callId } = call;
    if (ASKS_PERSON.has(name)) {
      const words = wrappedWords(t);
      if (words) said(words, place);
      return;
    }
    const ids = { ...callId ? { callId } : {}, toolName: name };
    if (DENIED.test(t)) {
      const words = DENIED_WORDS.exec(t)?.[1]?.trim() ?? "";
      b.push({ kind: "permission_denial", text: words, ...ids, unverified: true, ...place });
      return;
    }
    if (ALREADY_USED.test(t)) {
      b.push({ kind: "tool_result", ok: false, cascade: true, text: t, ...ids, ...place });
      return;
    }
    if (name === "execute_command" && ENDED_UNSEEN.test(t)) return;
    const v = resultVerdict(t, name === "execute_command" ? { command: call.command } : void 0);
    b.push(toolResultEvent({ ok: v.ok && !failed2, text: t, callId, toolName: name, exitCode: v.exitCode }, place));
  };
  const assistant = (content, place) => {
    pending = [];
    const blocks = typeof content === "string" ? [{ type: "text", text: content }] : Array.isArray(content) ? content : [];
    for (const raw of blocks) {
      const blk = asRecord(raw);
      if (!blk) continue;
      if (blk.type === "text" && typeof blk.text === "string") {
        let prose = "";
        let last = 0;
        for (const m of blk.text.matchAll(XML_CALL)) {
          prose += blk.text.slice(last, m.index);
          last = m.index + m[0].length;
          newCall(m[1], xmlInput(m[2]), place);
        }
        prose = (prose + blk.text.slice(last)).replace(/<thinking>[\s\S]*?(?:<\/thinking>|$)/g, "").trim();
        if (prose) b.push({ kind: "assistant_text", text: prose, ...place });
      } else if (blk.type === "tool_use") {
        newCall(str(blk.name) ?? "unknown", blk.input ?? {}, place, str(blk.id));
      } else ignored.add(`block:${String(blk.type)}`);
    }
  };
  const user = (content, place, unverified = false) => {
    const first = userMessages++ === 0;
    unverifiedNow = unverified;
    const blocks = typeof content === "string" ? [{ type: "text", text: content }] : Array.isArray(content) ? content : [];
    let pos;
    const flush = () => {
      if (pos) result(pos.name, pos.call, pos.parts.join("\n"), pos.place);
      pos = void 0;
    };
    for (const raw of blocks) {
      const blk = asRecord(raw);
      if (!blk) continue;
      if (blk.type === "tool_result") {
        flush();
        const id = str(blk.tool_use_id);
        const name = pending.find((p) => p.callId === id)?.name ?? "unknown";
        result(name, takeCall(name, id), blockText(blk.content), place, blk.is_error === true);
      } else if (blk.type === "text" && typeof blk.text === "string") {
        const t = blk.text;
        const h = RESULT_HEADER.exec(t);
        if (h && (!ASKS_PERSON.has(h[1]) || pending.some((p) => p.name === h[1]))) {
          flush();
          pos = { name: h[1], call: takeCall(h[1]), parts: [t.slice(h[0].length)], place };
        } else if (/^\s*<environment_details>/.test(t)) {
          flush();
        } else if (pos) pos.parts.push(t);
        else loose(t, first, place);
      } else ignored.add(`block:${String(blk.type)}`);
    }
    flush();
  };
  const loose = (t, first, place) => {
    const task = first ? TASK.exec(t) : null;
    if (task) {
      if (task[1].trim()) said(task[1].trim(), place);
      return;
    }
    const words = wrappedWords(t);
    if (words) said(words, place);
  };
  return { assistant, user };
}

// src/transcripts/readers/cline.ts
function isClineTask(o) {
  if (o.role !== "user" || !Array.isArray(o.content)) return false;
  const first = asRecord(o.content[0]);
  if (first?.type !== "text" || typeof first.text !== "string") return false;
  if (/^\s*<task>/.test(first.text)) return true;
  if (!/^\s*<user_message>/.test(first.text)) return false;
  return typeof o.ts === "number" || o.content.slice(1).some((c) => /^\s*<environment_details>/.test(str(asRecord(c)?.text) ?? ""));
}
function readCline(ctx) {
  if (uiMessagesBeside(ctx.file)) {
    ctx.issue(void 0, "read through the ui_messages.json beside it (one task folder, one session)");
    return [];
  }
  const b = new SessionBuilder("cline", "cline-api-history", ctx);
  const ignored = new IgnoredTypes(CLINE_IGNORED);
  const { assistant, user } = clineConversation(b, ignored);
  const doc = readJsonDocument(ctx.file, ctx.issue, ctx.lineOpts, ["messages"]);
  if (doc !== void 0)
    for (const rec of documentRecords(doc, ["messages"], ctx.issue)) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, "not a JSON object");
        continue;
      }
      const ts = typeof o.ts === "number" && Number.isFinite(o.ts) ? new Date(o.ts).toISOString() : void 0;
      const place = { origin: { file: ctx.display, line: rec.line }, ...ts ? { timestamp: ts } : {} };
      b.seen(ts);
      const model = str(asRecord(o.modelInfo)?.modelId) ?? str(o.model);
      if (model) b.model ??= model;
      if (o.role === "assistant") assistant(o.content, place);
      else if (o.role === "user") user(o.content, place);
      else ignored.add(`role:${String(o.role)}`);
    }
  ignored.report(ctx);
  const id = taskId(ctx.file);
  if (id) b.id = id;
  return [b];
}

// src/transcripts/readers/cline-export.ts
var CLINE_EXPORT_START = /^\*\*User:\*\*[ \t]*\r?\n[ \t]*\r?\n[ \t]*<(?:task|user_message)>/;
var HEADER3 = /^\*\*(User|Assistant):\*\*$/;
var TOOL_USE = /^\[Tool Use: ([\w.:-]{1,100})\]$/;
var TOOL_ANSWER = /^\[Tool( \(Error\))?\]$/;
var UNKNOWN_BLOCK = /^\[Unexpected content type: [^\]]*\]$/;
var RESULT_START = /^\[[a-z_]+(?:\]| for ')/;
var INPUT_KEY = /^([A-Z][A-Za-z_]{0,40}): ?(.*)$/;
function nativeInput(lines) {
  const input = {};
  let key;
  for (const l of lines) {
    const m = INPUT_KEY.exec(l);
    if (m) {
      key = m[1].toLowerCase();
      input[key] = m[2];
    } else if (key !== void 0) input[key] += `
${l}`;
  }
  return input;
}
function readClineExport(ctx) {
  const b = new SessionBuilder("cline", "cline-export-md", ctx);
  b.id = fileSessionId(ctx.display);
  const { assistant, user } = clineConversation(b, new IgnoredTypes(CLINE_IGNORED));
  let unanswered = [];
  let calls = 0;
  let later = false;
  const close = (m) => {
    const { call, answer, lines } = m.open;
    if (call !== void 0) {
      const id = `md-${++calls}`;
      unanswered.push(id);
      m.blocks.push({ type: "tool_use", id, name: call, input: nativeInput(lines.lines()) });
    } else if (answer) m.blocks.push({ type: "tool_result", tool_use_id: answer.id, content: lines.join("\n"), is_error: answer.error });
    else {
      const text = lines.join("\n");
      if (text.trim()) m.blocks.push({ type: "text", text });
    }
    m.open = { lines: new KeptLines() };
  };
  const open = (role, line) => {
    const unverified = later;
    later = true;
    if (role === "Assistant") unanswered = [];
    return {
      role,
      line,
      place: { origin: { file: ctx.display, line } },
      unverified,
      blocks: [],
      open: { lines: new KeptLines() },
      begun: false
    };
  };
  const messageLine = (m, l, at) => {
    if (!m.begun && l.trim() === "") return;
    m.begun = true;
    if (m.role === "Assistant") {
      const use = TOOL_USE.exec(l);
      if (use) {
        close(m);
        m.open = { call: use[1], lines: new KeptLines() };
      } else if (!UNKNOWN_BLOCK.test(l)) m.open.lines.push(l);
      return;
    }
    const answer = TOOL_ANSWER.exec(l);
    if (answer) {
      close(m);
      const id = unanswered.shift();
      if (id === void 0) ctx.issue(at, 'a "[Tool]" result with no "[Tool Use: \u2026]" call before it');
      m.open = { answer: { id, error: answer[1] !== void 0 }, lines: new KeptLines() };
    } else if (RESULT_START.test(l) || /^\s*<environment_details>/.test(l)) {
      close(m);
      m.open.lines.push(l);
    } else m.open.lines.push(l);
  };
  const read = (m) => {
    m.open.lines.trimEnd((l) => /^(?:---)?$/.test(l.trim()));
    close(m);
    if (m.role === "Assistant") assistant(m.blocks, m.place);
    else user(m.blocks, m.place, m.unverified);
  };
  let message;
  let prev1;
  let prev2;
  let wrote = false;
  for (const l of readLines(ctx.file, ctx.lineOpts)) {
    if (unreadableLine(ctx, l)) continue;
    const line = l.text.replace(/\r$/, "").replace(/^\uFEFF/, "");
    const header2 = HEADER3.exec(line.trimEnd());
    if (header2 && (message === void 0 ? !wrote : prev2?.trim() === "---" && prev1?.trim() === "")) {
      if (message) read(message);
      message = open(header2[1], l.line);
    } else if (message) messageLine(message, line, l.line);
    wrote ||= line.trim() !== "";
    prev2 = prev1;
    prev1 = line;
  }
  if (message) read(message);
  return b.events.length > 0 ? [b] : [];
}

// src/transcripts/readers/opencode-export.ts
var OPENCODE_EXPORT_HEAD = /^# [^\r\n]*\r?\n[ \t]*\r?\n\*\*Session ID:\*\* ses_[0-9A-Za-z]{6,}[ \t]*\r?\n/;
var SESSION_ID2 = /^\*\*Session ID:\*\* (ses_[0-9A-Za-z]+)$/;
var CREATED = /^\*\*(?:Created|Updated):\*\* (.+)$/;
var HEADER4 = /^## (User|Assistant)(?: \((.*)\))?$/;
var TOOL2 = /^\*\*Tool: ([^*\s][^*]{0,99})\*\*$/;
var LABEL = /^\*\*(Input|Output|Error):\*\*$/;
var FENCE_OPEN = /^```[\w-]*$/;
var REJECTED = /^The user rejected permission to use this specific tool call\b/;
var FEEDBACK = /^The user rejected permission to use this specific tool call with the following feedback: ([\s\S]+)$/;
var ABORTED = /^Tool execution aborted\b/;
var NEXT_PART = /^(?:\*\*Tool: |_Thinking:_$)/;
function readOpencodeExport(ctx) {
  const b = new SessionBuilder("generic", "opencode-export-md", ctx);
  b.id = fileSessionId(ctx.display);
  let role;
  let compaction = false;
  let replied = false;
  let spoke = false;
  let text;
  let tool;
  let outcome;
  let calls = 0;
  let prev1;
  let prev2;
  let pendingLabel;
  let inInput = false;
  const flushText = () => {
    if (!text) return;
    const lines = text.lines.lines().filter((l) => l !== "_Thinking:_");
    while (lines.length > 0 && /^(?:---)?$/.test(lines.at(-1).trim())) lines.pop();
    const said = lines.join("\n").trim();
    const origin = { file: ctx.display, line: text.line };
    text = void 0;
    if (!said) return;
    if (role === "User") b.push({ kind: "user_prompt", text: said, origin, ...replied ? { unverified: true } : {} });
    else if (compaction) b.push({ kind: "compaction", summary: said, origin });
    else b.push({ kind: "assistant_text", text: said, origin });
  };
  const emitCall = (t) => {
    if (t.called) return;
    t.called = true;
    let input = {};
    if (t.input) {
      const raw = t.input.lines.join("\n");
      try {
        input = JSON.parse(raw);
      } catch {
        ctx.issue(t.input.line, `the input of tool "${t.name}" is not JSON; kept as text`);
        input = raw;
      }
    }
    const command = t.name === "bash" ? str(asRecord(input)?.command) : void 0;
    t.command = command;
    b.push(toolCallEvent({ name: t.name, input, callId: t.callId, command }, { origin: { file: ctx.display, line: t.line } }));
  };
  const emitOutcome = (t, o) => {
    const kept = o.lines.lines();
    const body = (o.closeAt === void 0 ? kept : kept.slice(0, Math.max(0, kept.length - (o.lines.count - o.closeAt)))).join("\n");
    const place = { origin: { file: ctx.display, line: o.line } };
    const ids = { callId: t.callId, toolName: t.name };
    if (o.label === "Output") {
      const exitCode = t.name === "bash" ? exitCodeFrom(body) : void 0;
      const ok2 = exitCode !== void 0 ? exitCode === 0 : t.name !== "bash" || !looksFailed(body, { tool: t.name, command: t.command });
      b.push(toolResultEvent({ ok: ok2, text: body, exitCode, ...ids }, place));
      return;
    }
    const error = body.trim();
    if (REJECTED.test(error)) {
      const words = FEEDBACK.exec(error)?.[1]?.trim() ?? "";
      b.push({ kind: "permission_denial", text: words, ...ids, unverified: true, ...place });
    } else if (ABORTED.test(error)) b.push({ kind: "interrupt", text: "", ...place });
    else b.push(toolResultEvent({ ok: false, text: body, ...ids }, place));
  };
  const endTool = () => {
    if (tool) emitCall(tool);
    if (tool && outcome) emitOutcome(tool, outcome);
    tool = void 0;
    outcome = void 0;
  };
  const endMessage = () => {
    endTool();
    flushText();
    if (role === "Assistant" && spoke) replied = true;
    spoke = false;
  };
  const partLine = (line, at) => {
    if (!/^(?:---)?$/.test(line.trim())) spoke = true;
    const call = TOOL2.exec(line);
    if (call) {
      endTool();
      flushText();
      tool = { name: call[1].trim(), line: at, callId: `oc-${++calls}`, called: false };
      return;
    }
    const label = tool ? LABEL.exec(line) : null;
    if (label && tool) {
      pendingLabel = { label: label[1], line: at };
      return;
    }
    if (pendingLabel && FENCE_OPEN.test(line) && tool) {
      if (pendingLabel.label === "Input") {
        tool.input = { line: at + 1, lines: [] };
        inInput = true;
      } else {
        emitCall(tool);
        outcome = { label: pendingLabel.label, line: pendingLabel.line, lines: new KeptLines() };
      }
      pendingLabel = void 0;
      return;
    }
    if (line.trim() === "" && (tool || !text)) return;
    if (tool) endTool();
    pendingLabel = void 0;
    text ??= { line: at, lines: new KeptLines() };
    text.lines.push(line);
  };
  for (const l of readLines(ctx.file, ctx.lineOpts)) {
    if (unreadableLine(ctx, l)) continue;
    const line = l.text.replace(/\r$/, "").replace(/^\uFEFF/, "");
    const last1 = prev1;
    const last2 = prev2;
    prev2 = prev1;
    prev1 = line;
    if (inInput && tool?.input) {
      if (line.trimEnd() === "```") inInput = false;
      else tool.input.lines.push(line);
      continue;
    }
    if (outcome && tool) {
      if (outcome.closeAt === void 0) {
        if (line.trimEnd() === "```") outcome.closeAt = outcome.lines.count;
        outcome.lines.push(line);
        continue;
      }
      if (line.trim() === "") {
        outcome.lines.push(line);
        continue;
      }
      if (!outcome.rule && line.trimEnd() === "---") {
        outcome.rule = true;
        outcome.lines.push(line);
        continue;
      }
      const closes2 = outcome.rule ? HEADER4.test(line.trimEnd()) : NEXT_PART.test(line);
      if (!closes2) {
        outcome.closeAt = line.trimEnd() === "```" ? outcome.lines.count : void 0;
        outcome.rule = false;
        outcome.lines.push(line);
        continue;
      }
      endTool();
    }
    const header2 = HEADER4.exec(line.trimEnd());
    if (header2 && last2?.trim() === "---" && last1?.trim() === "") {
      endMessage();
      role = header2[1];
      const meta = (header2[2] ?? "").split(" \xB7 ");
      compaction = role === "Assistant" && meta[0] === "Compaction";
      if (role === "Assistant" && meta.length >= 2 && meta[1]) b.model = meta[1];
      pendingLabel = void 0;
      continue;
    }
    if (role === void 0) {
      const id = SESSION_ID2.exec(line.trimEnd());
      if (id) b.id = id[1];
      const at = CREATED.exec(line.trimEnd());
      if (at) b.seen(usLocalTime(at[1])?.toISOString());
      continue;
    }
    if (role === "User") {
      if (line.trim() === "" && !text) continue;
      text ??= { line: l.line, lines: new KeptLines() };
      text.lines.push(line);
      continue;
    }
    partLine(line, l.line);
  }
  if (inInput && tool?.input) ctx.issue(tool.input.line, `the input of tool "${tool.name}" has no closing fence (a cut file?)`);
  if (outcome && outcome.closeAt === void 0)
    ctx.issue(outcome.line, `the ${outcome.label.toLowerCase()} of tool "${tool?.name}" has no closing fence (a cut file?)`);
  endMessage();
  return b.events.length > 0 ? [b] : [];
}

// src/transcripts/json-tail.ts
var MAX_DEPTH3 = 64;
var closers = new Uint8Array(MAX_DEPTH3 + 1);
function topLevelMemberValue(buf, start, end, keyColon) {
  let e = end;
  while (e > start && isJsonSpace(buf[e - 1])) e--;
  if (e - start < keyColon.length + 2 || buf[e - 1] !== CLOSE_BRACE) return void 0;
  const rel = buf.subarray(start, e).lastIndexOf(keyColon);
  if (rel <= 0) return void 0;
  const key = start + rel;
  let depth = 1;
  closers[1] = CLOSE_BRACE;
  let to = e - 1;
  let returns = 0;
  let stringAt = -1;
  let stringEnd = -1;
  let found = false;
  for (let i = e - 2; i > key; ) {
    const c = buf[i];
    if (c === QUOTE) {
      let q = i - 1;
      for (; ; ) {
        q = buf.lastIndexOf(QUOTE, q);
        if (q < key) return void 0;
        if (backslashesBefore(buf, q, start) % 2 === 0) break;
        q--;
      }
      if (q === key) {
        found = depth === 1;
        break;
      }
      if (depth === 1) {
        stringAt = q;
        stringEnd = i;
      }
      i = q - 1;
      continue;
    }
    if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth === MAX_DEPTH3) return void 0;
      closers[++depth] = c;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth === 1 || closers[depth] !== (c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET)) return void 0;
      if (--depth === 1) returns++;
    } else if (c === COMMA && depth === 1) {
      to = i;
      returns = 0;
      stringAt = -1;
    }
    i--;
  }
  if (!found) return void 0;
  let from = key + keyColon.length;
  while (from < to && isJsonSpace(buf[from])) from++;
  let last = to - 1;
  while (last > from && isJsonSpace(buf[last])) last--;
  if (buf[from] === OPEN_BRACE) return buf[last] === CLOSE_BRACE && returns === 1 ? { from, to: last + 1 } : void 0;
  if (buf[from] === QUOTE) return stringAt === from && stringEnd === last && returns === 0 ? { from, to: last + 1 } : void 0;
  return void 0;
}

// src/transcripts/readers/claude-carried.ts
var CARRIED = "carried from another session";
var SESSION_FILE = /(?:^|[\\/])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jsonl$/i;
var MAX_HELD = 64;
var CarriedRecords = class {
  ownId;
  held = [];
  /** open: nothing of another id seen yet; holding: some held; settled: every record is read as it comes. */
  state;
  /** How many records were dropped as another session's. */
  dropped = 0;
  /** `file`: the session file's path; `subagent`: whether it is a subagent's (named after the agent, not the session). */
  constructor(file, subagent) {
    this.ownId = subagent ? void 0 : SESSION_FILE.exec(file)?.[1]?.toLowerCase();
    this.state = this.ownId ? "open" : "settled";
  }
  /** The records to read now, in order, given the next one. */
  take(rec) {
    if (this.state === "settled") return [rec];
    const id = typeof rec.o.sessionId === "string" ? rec.o.sessionId.toLowerCase() : void 0;
    if (id === this.ownId) {
      this.state = "settled";
      const kept = this.held.filter((h) => typeof h.o.sessionId !== "string");
      this.dropped = this.held.length - kept.length;
      this.held = [];
      return [...kept, rec];
    }
    if (this.state === "open" && id === void 0) return [rec];
    this.state = "holding";
    this.held.push(rec);
    return this.held.length > MAX_HELD ? this.release() : [];
  }
  /** At the end of the file: what is still held, read as it came (the file's own id never came). */
  end() {
    return this.state === "holding" ? this.release() : [];
  }
  release() {
    this.state = "settled";
    const out = this.held;
    this.held = [];
    return out;
  }
};

// src/transcripts/readers/claude-messages.ts
var INTERRUPT = /^\[Request interrupted by user[^\]]*\]/;
var REJECTION = /^(?:The user doesn't want to (?:proceed with this tool use|take this action)|User rejected|Tool use rejected\b|Permission to use \S+ has been denied|Claude requested permissions to use)/;
var USER_REJECTION = /^(?:The user doesn't want to|User rejected|Tool use rejected\b)/;
var USER_REJECTED = "User rejected tool use";
var REJECTION_FEEDBACK = /(?:the user said:|^Tool use rejected with user message:)\s*\n?([\s\S]*)$/;
var SIBLING = /Sibling tool call errored/;
var HOOK_BLOCK = /(?:\b(?:PreToolUse|PostToolUse|UserPromptSubmit|Stop)\S*\s+hook\b[^\n]{0,40}\b(?:block|error)|hook[^\n]{0,80}\bblocked\b|Pre-commit validation failed|blocked by (?:a |the )?hook)/i;
var AFTER_CALL = /^PostToolUse/;
var HOOK_NAME = /\b((?:PreToolUse|PostToolUse|UserPromptSubmit|Stop|SubagentStop|Notification)(?::[A-Za-z0-9_*|.-]+)?)/;
function opensAsHarnessVerdict(text) {
  const lead = text.trimStart();
  return INTERRUPT.test(lead) || REJECTION.test(lead);
}
function harnessShaped(isError, content, lineResult) {
  if (!isError) return false;
  if (lineResult !== void 0 && typeof lineResult !== "string") return false;
  if (typeof content === "string") return true;
  return Array.isArray(content) && content.length === 1 && asRecord(content[0])?.type === "text";
}
function classifyToolResult(text, isError, harness = isError, userRejected = false) {
  const head = text.trimStart().replace(/^<tool_use_error>/, "").replace(/^Error:\s*/, "");
  if (harness && INTERRUPT.test(text)) return "interrupt";
  if (harness && REJECTION.test(text) && (userRejected || !USER_REJECTION.test(text))) return "denial";
  if (isError && SIBLING.test(head.slice(0, 200))) return "cascade";
  if (isError && HOOK_BLOCK.test(head.slice(0, 600))) return "hook";
  return "result";
}
function hookNameOf(text) {
  return HOOK_NAME.exec(text.slice(0, 600))?.[1];
}
function rejectionFeedback(text) {
  return REJECTION_FEEDBACK.exec(text)?.[1]?.replace(SYSTEM_REMINDER, " ").trim() ?? "";
}
var authorMarks = (w) => ({
  ...w.unverified ? { unverified: true } : {},
  ...w.task ? { task: true } : {}
});
var SYSTEM_REMINDER = /<system-reminder>[\s\S]*?(?:<\/system-reminder>|$)/g;
var APPENDED = /<(system-reminder|user-prompt-submit-hook)>[\s\S]*?(?:<\/\1>|$)/g;
var HAS_APPENDED = /<(?:system-reminder|user-prompt-submit-hook)>/;
var CONTINUED = /^This session is being continued from a previous conversation/;
var IDE_CONTEXT = /<(ide_opened_file|ide_selection)>[\s\S]*?<\/\1>/g;
var MAX_BACKGROUND = 64;
var MEMORY_REMINDER = /claudeMd|Contents of [^\n]*?(?:CLAUDE|AGENTS)(?:\.local)?\.md/;
var MEMORY_PATH = /Contents of ([^\n]*?(?:CLAUDE|AGENTS)(?:\.local)?\.md)/;
var ClaudeMessages = class {
  constructor(b, file) {
    this.b = b;
    this.file = file;
  }
  b;
  file;
  toolNames = /* @__PURE__ */ new Map();
  /** Task/Agent calls describe the subagent they start. */
  toolDescriptions = /* @__PURE__ */ new Map();
  lastMessageId;
  /** Texts and tool uses already seen in the current message (separate sets: no prefixed copy of each text). */
  messageTexts = /* @__PURE__ */ new Set();
  messageUses = /* @__PURE__ */ new Set();
  /** tool_use ids already answered by a denial, so a later summary of denials is not doubled. */
  denied = /* @__PURE__ */ new Set();
  /** tool_use ids whose result was read, and those a hook's blocking-error attachment answered: one answer a call. */
  answered = /* @__PURE__ */ new Set();
  hookBlocked = /* @__PURE__ */ new Set();
  /** A hook's complaints after a call ran, by call and text: Claude Code may write the same one twice. */
  followUps = /* @__PURE__ */ new Set();
  /**
   * Whether the format records the harness's result on the line (Claude Code's `toolUseResult`): then
   * a user's rejection needs the harness's marker there. Formats without it (SpecStory, console,
   * generic message logs) can only go by the rejection's wording (SECURITY.md lists this).
   */
  resultMarker = false;
  /** Background shells still running, by task id: their launch's result, settled when a TaskOutput reports the end. */
  background = /* @__PURE__ */ new Map();
  origin(w) {
    return { origin: { file: this.file, line: w.line }, ...w.timestamp ? { timestamp: w.timestamp } : {} };
  }
  /**
   * One assistant message (or one line of a message split over several lines). Blocks already seen
   * for the same message id are skipped, so cumulative re-writes are not duplicated.
   */
  assistant(message, w) {
    const id = str(message.id);
    if (id === void 0 || id !== this.lastMessageId) {
      this.lastMessageId = id;
      this.messageTexts.clear();
      this.messageUses.clear();
    }
    const model = str(message.model);
    if (model && !model.startsWith("<") && !this.b.model) this.b.model = model;
    const content = message.content;
    const blocks = typeof content === "string" ? [{ type: "text", text: content }] : Array.isArray(content) ? content : [];
    for (const raw of blocks) {
      const blk = asRecord(raw);
      if (!blk) continue;
      if (blk.type === "text" && typeof blk.text === "string") {
        if (id !== void 0 && this.messageTexts.has(blk.text)) continue;
        this.messageTexts.add(blk.text);
        if (blk.text.trim().length > 0) this.b.push({ kind: "assistant_text", text: blk.text, ...this.origin(w) });
      } else if (blk.type === "tool_use" || blk.type === "server_tool_use" || blk.type === "mcp_tool_use") {
        const callId = str(blk.id);
        const key = callId ?? `${JSON.stringify(blk.input)}`;
        if (this.messageUses.has(key)) continue;
        this.messageUses.add(key);
        const name = str(blk.name) ?? "unknown";
        if (callId) this.toolNames.set(callId, name);
        const description = asRecord(blk.input)?.description;
        if (callId && typeof description === "string") this.toolDescriptions.set(callId, description);
        this.b.push(toolCallEvent({ name, input: blk.input ?? {}, callId }, this.origin(w)));
      }
    }
  }
  /** A user text: a prompt, an interrupt, or (for system reminders) an injection or a hook block. */
  userText(text, w, meta = false) {
    let t = text.trim();
    if (t.includes("<ide_")) t = t.replace(IDE_CONTEXT, " ").trim();
    if (t.length === 0) return;
    if (!meta && !t.startsWith("<system-reminder>") && HAS_APPENDED.test(t)) {
      for (const m of t.matchAll(APPENDED)) this.userText(m[0], w, true);
      t = t.replace(APPENDED, " ").trim();
      if (t.length === 0) return;
    }
    if (CONTINUED.test(t)) {
      this.b.push({ kind: "compaction", summary: t, ...this.origin(w) });
      return;
    }
    if (INTERRUPT.test(t)) {
      this.b.push({ kind: "interrupt", text: t, ...this.origin(w) });
      return;
    }
    if (t.startsWith("<system-reminder>") || meta) {
      if (MEMORY_REMINDER.test(t)) {
        const path6 = MEMORY_PATH.exec(t)?.[1]?.trim();
        this.b.push({ kind: "memory_injection", text: t, ...path6 ? { path: path6 } : {}, ...this.origin(w) });
      } else if (HOOK_BLOCK.test(t.slice(0, 600))) {
        const hook = hookNameOf(t);
        this.b.push({ kind: "hook_block", text: t, ...hook ? { hook } : {}, ...this.origin(w) });
      }
      return;
    }
    if (/^<(?:local-command-(?:stdout|stderr|caveat)|task-notification|bash-(?:stdout|stderr))>/.test(t)) return;
    const cmd = /<command-name>([^<]*)<\/command-name>/.exec(t);
    if (cmd) {
      const args = /<command-args>([^<]*)<\/command-args>/.exec(t)?.[1]?.trim();
      this.b.push({ kind: "user_prompt", text: args ? `${cmd[1]} ${args}` : cmd[1], ...this.origin(w), ...authorMarks(w) });
      return;
    }
    this.b.push({ kind: "user_prompt", text: t, ...this.origin(w), ...authorMarks(w) });
  }
  /**
   * Claude Code 2.1's hook attachments that the model reads, tied to a call by `toolUseID`. Shapes from public parsers:
   * `hook_blocking_error` `{hookName, hookEvent, toolUseID, blockingError: {blockingError, command}}` (a hook exited 2 or
   * denied; the model reads "<hookName> hook blocking error from command: "<cmd>": <message>") and
   * `hook_stopped_continuation` `{hookName, hookEvent, toolUseID, message}` (a hook answered `continue: false`: the turn
   * ends; the model reads "<hookName> hook stopped continuation: <message>").
   * - A block before the call ran (PreToolUse, or an event not named) is that call refused by the project's hook, one
   *   hook_block answering the call; the call's own result, read before or after, is the same block and is not counted
   *   again (the first read stands).
   * - A hook that spoke once the call had run (PostToolUse, PostToolUseFailure), or that stopped the turn, answers no
   *   call: the call's result is its answer. Its complaint is kept as a hook_block marked `followUp` (whichever of the
   *   two is read first), which refuses nothing and is no step of its own.
   * - On Stop, SubagentStop or UserPromptSubmit (`toolUseID` a uuid, no call) it is the harness telling the model to
   *   go on; Claude Code also writes it as a meta "Stop hook feedback:" user line. It refuses no call and is nobody's
   *   words, so it is skipped on purpose, like that line: counted as a call's failure it would blame the last call.
   */
  hookAttachment(att, w) {
    const callId = str(att.toolUseID);
    if (!callId || !this.toolNames.has(callId)) return;
    const hook = str(att.hookName) ?? str(att.hookEvent);
    const event = str(att.hookEvent) ?? hook?.split(":")[0] ?? "";
    const stopped = att.type === "hook_stopped_continuation";
    const blocking = asRecord(att.blockingError);
    const command = str(blocking?.command);
    const text = stopped ? `${hook ?? "A"} hook stopped continuation: ${str(att.message) ?? ""}` : `${hook ?? "A"} hook blocking error${command ? ` from command: "${command}"` : ""}: ${str(blocking?.blockingError) ?? ""}`;
    const toolName = this.toolNames.get(callId);
    const ids = { callId, ...toolName ? { toolName } : {} };
    if (stopped || AFTER_CALL.test(event)) {
      const key = `${callId}\0${text}`;
      if (this.followUps.has(key)) return;
      this.followUps.add(key);
      this.b.push({ kind: "hook_block", text, ...hook ? { hook } : {}, ...ids, followUp: true, ...this.origin(w) });
      return;
    }
    if (this.answered.has(callId) || this.hookBlocked.has(callId)) return;
    this.hookBlocked.add(callId);
    this.b.push({ kind: "hook_block", text, ...hook ? { hook } : {}, ...ids, ...this.origin(w) });
  }
  /** A tool result block, classified into result / cascade / denial / hook block / interrupt. */
  toolResult(blk, w, lineResult) {
    const callId = str(blk.tool_use_id);
    if (callId && this.hookBlocked.has(callId)) return;
    if (callId) this.answered.add(callId);
    const toolName = callId ? this.toolNames.get(callId) : void 0;
    const isError = blk.is_error === true;
    const text = blockText(blk.content);
    const ids = { ...callId ? { callId } : {}, ...toolName ? { toolName } : {} };
    const userRejected = this.resultMarker ? lineResult === USER_REJECTED : true;
    switch (classifyToolResult(text, isError, harnessShaped(isError, blk.content, lineResult), userRejected)) {
      case "denial":
        if (callId) this.denied.add(callId);
        this.b.push({
          kind: "permission_denial",
          text: userRejected ? rejectionFeedback(text) : "",
          ...ids,
          ...this.resultMarker ? {} : { unverified: true },
          ...this.origin(w)
        });
        return;
      case "interrupt":
        this.b.push({ kind: "interrupt", text: text.trim(), ...this.origin(w) });
        return;
      case "hook": {
        const hook = hookNameOf(text);
        this.b.push({ kind: "hook_block", text, ...hook ? { hook } : {}, ...ids, ...this.origin(w) });
        return;
      }
      case "cascade":
        this.b.push({ kind: "tool_result", ok: false, cascade: true, text, ...ids, ...this.origin(w) });
        return;
      default: {
        const exitCode = isError ? exitCodeFrom(text) : void 0;
        this.settleBackground(lineResult);
        const ev = this.b.push({
          kind: "tool_result",
          ok: !isError,
          text,
          ...ids,
          ...exitCode !== void 0 ? { exitCode } : {},
          ...this.origin(w)
        });
        const task = this.resultMarker ? asRecord(lineResult)?.backgroundTaskId : void 0;
        if (typeof task === "string" && this.background.size < MAX_BACKGROUND) this.background.set(task, ev);
      }
    }
  }
  /**
   * A shell sent to the background (`run_in_background`, or moved there by its timeout) answers "Command running in
   * background" and ends later: a TaskOutput's toolUseResult reports its exit code. That code is the command's
   * outcome, read from the harness's record only; read call by call, a test run that failed in the background was
   * a success.
   */
  settleBackground(lineResult) {
    const task = this.resultMarker ? asRecord(asRecord(lineResult)?.task) : void 0;
    const id = task?.task_id;
    const launch = typeof id === "string" ? this.background.get(id) : void 0;
    if (!launch || typeof task?.exitCode !== "number") return;
    this.background.delete(id);
    settleResult(launch, task.exitCode);
  }
  /**
   * A background task's end as the harness's notice reports it (claude-task-notice.ts): settles the shell it ran,
   * as a TaskOutput would, when the notice gives the exit code. The caller passes only a record the harness marked.
   */
  taskEnded(taskId2, exitCode) {
    const launch = this.background.get(taskId2);
    if (!launch) return;
    this.background.delete(taskId2);
    settleResult(launch, exitCode);
  }
  /**
   * A user message's content: a string, or blocks of text and tool results. `meta`: the harness wrote
   * the line (isMeta, isSynthetic); `lineResult`: the line's own toolUseResult.
   */
  user(content, w, line = {}) {
    const { meta = false, lineResult } = line;
    if (typeof content === "string") {
      this.userText(content, w, meta);
      return;
    }
    if (!Array.isArray(content)) return;
    const results = content.filter((c) => asRecord(c)?.type === "tool_result").length;
    for (const raw of content) {
      const blk = asRecord(raw);
      if (!blk) continue;
      if (blk.type === "tool_result") this.toolResult(blk, w, results === 1 ? lineResult : void 0);
      else if (blk.type === "text" && typeof blk.text === "string") this.userText(blk.text, w, meta);
    }
  }
};

// src/transcripts/readers/claude-queue.ts
var NOT_WORDS = /^\s*(?:\/[\w:-]+(?:\s|$)|<[a-z][\w-]*>)/i;
var MAX_WAITING = 64;
var QueuedWords = class {
  constructor(say) {
    this.say = say;
  }
  say;
  /** Enqueued, not yet taken: oldest first. */
  waiting = [];
  /** Handed to the model mid-turn; said once the next reply shows no attachment carried them. */
  handed = [];
  /** A `queue-operation` line. */
  operation(o, where) {
    const op = str(o.operation);
    const content = str(o.content);
    if (op === "enqueue") {
      const text = content ?? "";
      this.waiting.push({ text, words: text.trim().length > 0 && !NOT_WORDS.test(text), where });
      if (this.waiting.length > MAX_WAITING) this.waiting.shift();
    } else if (op === "remove") {
      const taken = this.take(content, true);
      if (taken?.words) this.handed.push(taken);
    } else if (op === "dequeue") this.take(content, false);
    else if (op === "popAll") this.waiting = [];
  }
  /** A `queued_command` attachment: the newer record of the same words, read by the caller; never say them twice. */
  attached(prompt) {
    const norm = prompt.trim();
    this.handed = this.handed.filter((q) => q.text.trim() !== norm);
  }
  /** The model is answering: whatever it was handed without an attachment was the person's words. */
  flush() {
    if (this.handed.length === 0) return;
    for (const q of this.handed) this.say(q.text, q.where);
    this.handed = [];
  }
  /**
   * The entry an operation takes: the one with its text when the line names it; otherwise `remove` takes the newest
   * (what was typed last is what the model was just given) and `dequeue` the oldest (the queue's own order).
   */
  take(content, newest) {
    let i = content ? this.waiting.findIndex((q) => q.text === content) : -1;
    if (i < 0) i = newest ? this.waiting.length - 1 : 0;
    if (i < 0 || i >= this.waiting.length) return void 0;
    return this.waiting.splice(i, 1)[0];
  }
};

// src/transcripts/readers/claude-task-notice.ts
function taskNotice(text) {
  const start = text.indexOf("<task-notification>");
  const end = text.indexOf("</task-notification>", start);
  if (start < 0 || end < 0) return void 0;
  const notice = text.slice(start, end);
  const taskId2 = /<task-id>([^<\s]{1,200})<\/task-id>/.exec(notice)?.[1];
  if (!taskId2) return void 0;
  const summary = /<summary>([^<]{0,2000})<\/summary>/.exec(notice)?.[1] ?? "";
  const code = /\bexit code (-?\d{1,3})\)?\s*$/.exec(summary)?.[1];
  return code !== void 0 ? { taskId: taskId2, exitCode: Number(code) } : { taskId: taskId2 };
}
function harnessOrigin(origin) {
  const kind = origin !== null && typeof origin === "object" ? origin.kind : void 0;
  return typeof kind === "string" && kind !== "human";
}

// src/transcripts/readers/claude-prompt-source.ts
function programSent(o, entrypoint) {
  if (o.promptSource !== "sdk" || str(asRecord(o.origin)?.kind) === "human") return false;
  return !(entrypoint && TYPED_SURFACE.test(entrypoint));
}
var TYPED_SURFACE = /^(?:cli|claude-vscode|claude-jetbrains|claude-desktop|local-agent|remote(?:[_-]\w+)?|mobile)$/;

// src/transcripts/readers/claude-code.ts
var SILENT = /* @__PURE__ */ new Set([
  "progress",
  "file-history-snapshot",
  "queue-operation",
  "summary",
  "custom-title",
  "tag",
  "last-prompt",
  "mode",
  "permission-mode",
  "ai-title"
]);
var HOOK_ATTACHMENTS = [
  "hook_success",
  "hook_additional_context",
  "hook_system_message",
  "hook_non_blocking_error",
  "hook_error_during_execution",
  "hook_cancelled",
  "hook_permission_decision",
  "async_hook_response",
  "hook_deferred_tool"
].map((t) => `attachment:${t}`);
var CONTEXT_ATTACHMENTS = [
  "edited_text_file",
  "selected_lines_in_ide",
  "opened_file_in_ide",
  "plan_mode",
  "plan_mode_reentry",
  "skill_listing",
  "deferred_tools_delta",
  "agent_listing_delta",
  "mcp_instructions_delta",
  "task_reminder",
  "auto_mode",
  "companion_intro",
  "command_permissions",
  "workflow_keyword_request"
].map((t) => `attachment:${t}`);
var KNOWN_SKIPPED = /* @__PURE__ */ new Set([
  ...SILENT,
  ...HOOK_ATTACHMENTS,
  ...CONTEXT_ATTACHMENTS,
  ...[...SILENT, "user", "assistant", "system", "attachment"].map((t) => `sidechain ${t}`),
  CARRIED
]);
var FIRST_TYPE = '"type":"';
function isSilentLine(text) {
  const i = text.indexOf(FIRST_TYPE);
  if (i < 0 || i > 2e3 || text.charCodeAt(text.length - 1) !== 125) return false;
  const start = i + FIRST_TYPE.length;
  return text.startsWith('progress"', start) || text.startsWith('file-history-snapshot"', start);
}
var FIRST_TYPE_BYTES = Buffer.from(FIRST_TYPE);
var PROGRESS_BYTES = Buffer.from('progress"');
var SNAPSHOT_BYTES = Buffer.from('file-history-snapshot"');
function typeValueAt(buf, start, end) {
  const i = buf.subarray(start, Math.min(end, start + 2e3 + FIRST_TYPE_BYTES.length)).indexOf(FIRST_TYPE_BYTES);
  return i < 0 ? -1 : start + i + FIRST_TYPE_BYTES.length;
}
function isSilentType(buf, at, end) {
  return at >= 0 && (startsWithBytes(buf, at, end, PROGRESS_BYTES) || startsWithBytes(buf, at, end, SNAPSHOT_BYTES));
}
var TOOL_USE_RESULT = Buffer.from('"toolUseResult":');
var AGENT_ID = Buffer.from('"agentId"');
var TASK_RECORD = Buffer.from('{"retrieval_status":');
var USER_BYTES = Buffer.from('user"');
var EMPTY_STRING = Buffer.from('""');
var EMPTY_OBJECT = Buffer.from("{}");
var SLIM_MIN_BYTES = 256;
function claudeCodeRawLine(buf, start, end) {
  if (end <= start || buf[end - 1] !== 125) return "whole";
  const type = typeValueAt(buf, start, end);
  if (isSilentType(buf, type, end)) return "drop";
  if (type >= 0 && !startsWithBytes(buf, type, end, USER_BYTES)) return "whole";
  const value = topLevelMemberValue(buf, start, end, TOOL_USE_RESULT);
  if (value === void 0 || value.to - value.from < SLIM_MIN_BYTES) return "whole";
  if (buf[value.from] === 34) return { text: slimText(buf, start, end, value, EMPTY_STRING) };
  if (startsWithBytes(buf, value.from, value.to, TASK_RECORD)) return "whole";
  if (buf.subarray(value.from, value.to).indexOf(AGENT_ID) < 0) return { text: slimText(buf, start, end, value, EMPTY_OBJECT) };
  return "whole";
}
var SLIM_BUFFER_BYTES = 1 << 20;
var slimBuffer;
function slimText(buf, start, end, value, standIn) {
  const bytes = value.from - start + standIn.length + (end - value.to);
  const out = bytes <= SLIM_BUFFER_BYTES ? slimBuffer ??= Buffer.allocUnsafeSlow(SLIM_BUFFER_BYTES) : Buffer.allocUnsafe(bytes);
  let k = buf.copy(out, 0, start, value.from);
  k += standIn.copy(out, k);
  k += buf.copy(out, k, value.to, end);
  return out.toString("utf8", 0, k);
}
function startsWithBytes(buf, at, end, lit) {
  if (end - at < lit.length) return false;
  for (let k = 0; k < lit.length; k++) if (buf[at + k] !== lit[k]) return false;
  return true;
}
function isWarmupProbe(events) {
  let probed = false;
  for (const e of events) {
    if (e.kind === "user_prompt" && e.text.trim() === "Warmup") probed = true;
    else if (e.kind !== "assistant_text") return false;
  }
  return probed;
}
var SUBAGENT_FILE = /(?:^|[\\/])agent-([^\\/]+)\.jsonl$/;
var ASIDE_AGENT = /^aside_question-/;
var SIDE_QUESTION = /^<system-reminder>This is a side question from the user\.[\s\S]*?<\/system-reminder>\s*(\S[\s\S]*)$/;
function subagentSessionId(parentSessionId, agentId) {
  return `${parentSessionId}/agent-${agentId}`;
}
function readClaudeCode(ctx) {
  const b = new SessionBuilder("claude-code", "claude-code-jsonl", ctx);
  const msgs = new ClaudeMessages(b, ctx.display);
  msgs.resultMarker = true;
  const ignored = new IgnoredTypes(KNOWN_SKIPPED);
  const subagentMatch = SUBAGENT_FILE.exec(ctx.file);
  const agentId = subagentMatch?.[1];
  let sessionId;
  let entrypoint;
  const carried = new CarriedRecords(ctx.file, agentId !== void 0);
  let pendingCompaction;
  const linked = /* @__PURE__ */ new Set();
  const queue = new QueuedWords((text, where) => msgs.userText(text, where));
  const aside = agentId !== void 0 && ASIDE_AGENT.test(agentId);
  let asked = false;
  for (const batch of jsonlRecords(ctx.file, ctx.issue, { skipLine: isSilentLine, rawLine: claudeCodeRawLine, ...ctx.lineOpts }))
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, "not a JSON object");
        continue;
      }
      for (const r of carried.take({ o, line: rec.line })) record(r.o, r.line);
    }
  for (const r of carried.end()) record(r.o, r.line);
  for (let i = 0; i < carried.dropped; i++) ignored.add(CARRIED);
  queue.flush();
  function record(o, line) {
    const type = str(o.type);
    const timestamp = str(o.timestamp);
    entrypoint = str(o.entrypoint) ?? entrypoint;
    const task = type === "user" && programSent(o, entrypoint);
    const w = { line, ...timestamp ? { timestamp } : {}, ...task ? { task: true } : {} };
    const origin = { origin: { file: ctx.display, line }, ...timestamp ? { timestamp } : {} };
    if (type === void 0 || SILENT.has(type)) {
      if (type === "queue-operation" && !agentId) queue.operation(o, w);
      ignored.add(type);
      return;
    }
    sessionId ??= str(o.sessionId);
    if (!b.cwd && str(o.cwd)) b.cwd = str(o.cwd);
    if (!b.gitBranch && str(o.gitBranch)) b.gitBranch = str(o.gitBranch);
    if (!agentId && o.isSidechain === true) {
      ignored.add(`sidechain ${type}`);
      return;
    }
    if (aside && !asked) {
      const question = type === "user" ? SIDE_QUESTION.exec(blockText(asRecord(o.message)?.content).trimStart())?.[1] : void 0;
      if (question === void 0) return;
      asked = true;
      b.seen(timestamp);
      msgs.userText(question.trim(), w);
      return;
    }
    b.seen(timestamp);
    if (type === "assistant") {
      const message = asRecord(o.message);
      if (!message) return;
      if (o.isApiErrorMessage === true) {
        b.push({ kind: "api_error", text: blockText(message.content) || str(o.error) || "API error", ...origin });
        return;
      }
      queue.flush();
      msgs.assistant(message, w);
      return;
    }
    if (type === "user") {
      const message = asRecord(o.message);
      if (!message) return;
      if (o.isCompactSummary === true) {
        const summary = blockText(message.content);
        if (pendingCompaction) b.setSummary(pendingCompaction, summary);
        else b.push({ kind: "compaction", summary, ...origin });
        pendingCompaction = void 0;
        return;
      }
      pendingCompaction = void 0;
      const harness = harnessOrigin(o.origin);
      if (harness) notice(blockText(message.content));
      msgs.user(message.content, w, { meta: o.isMeta === true || harness, lineResult: o.toolUseResult });
      linkSubagent(o, line, timestamp);
      return;
    }
    if (type === "system") {
      const subtype = str(o.subtype);
      if (subtype === "compact_boundary") {
        pendingCompaction = b.push({ kind: "compaction", summary: "", ...origin });
      } else if (subtype === "api_error") {
        const err = asRecord(o.error);
        const cause = asRecord(o.cause) ?? asRecord(err?.cause);
        const status = typeof err?.status === "number" ? err.status : void 0;
        const text = str(asRecord(err?.error)?.message) ?? str(err?.message) ?? str(cause?.code) ?? str(o.content) ?? "API error";
        b.push({ kind: "api_error", text, ...status !== void 0 ? { status } : {}, ...origin });
      } else if (typeof o.content === "string" && /hook/i.test(o.content) && /block/i.test(o.content)) {
        b.push({ kind: "hook_block", text: o.content, ...origin });
      }
      return;
    }
    if (type === "attachment") {
      const att = asRecord(o.attachment);
      const path6 = str(att?.path) ?? str(att?.filePath);
      const attType = str(att?.type) ?? "";
      if (att && (/memory|claude_?md|agents_?md/i.test(attType) || path6 && /(?:CLAUDE|AGENTS)(?:\.local)?\.md$/.test(path6))) {
        const text = str(att.content) ?? blockText(att.content);
        b.push({ kind: "memory_injection", text, ...path6 ? { path: path6 } : {}, ...origin });
      } else if (att && attType === "queued_command") queuedPrompt(att, w);
      else if (att && (attType === "hook_blocking_error" || attType === "hook_stopped_continuation")) msgs.hookAttachment(att, w);
      else ignored.add(`attachment:${attType}`);
      return;
    }
    ignored.add(type);
  }
  function queuedPrompt(att, w) {
    const text = str(att.prompt) ?? blockText(att.prompt);
    if (text) queue.attached(text);
    const mode = str(att.commandMode);
    const from = str(asRecord(att.origin)?.kind);
    if (mode === "task-notification" || from === "task-notification") notice(text);
    if (mode !== void 0 && mode !== "prompt" || from !== void 0 && from !== "human") return;
    if (text) msgs.userText(text, w);
  }
  function notice(text) {
    const ended = taskNotice(text);
    if (ended?.exitCode !== void 0) msgs.taskEnded(ended.taskId, ended.exitCode);
  }
  function linkSubagent(o, line, timestamp) {
    const result = asRecord(o.toolUseResult);
    const child = str(result?.agentId);
    if (!child || !sessionId) return;
    const childId = subagentSessionId(sessionId, child);
    if (linked.has(childId)) return;
    linked.add(childId);
    const description = str(result?.description) ?? str(result?.prompt);
    b.push({
      kind: "subagent_link",
      sessionId: childId,
      ...description ? { description: description.slice(0, 500) } : {},
      origin: { file: ctx.display, line },
      ...timestamp ? { timestamp } : {}
    });
  }
  ignored.report(ctx);
  if (aside && !asked) {
    ctx.issue(void 0, "a /btw aside with no side question: its records copy the main session's, so none was read");
    return [];
  }
  if (b.size === 0 && !sessionId) return [];
  if (agentId && isWarmupProbe(b.events)) return [];
  if (aside && sessionId) b.id = subagentSessionId(sessionId, agentId);
  else if (agentId && sessionId) {
    b.id = subagentSessionId(sessionId, agentId);
    b.parentId = sessionId;
  } else {
    b.id = sessionId;
  }
  return [b];
}

// src/transcripts/readers/stream-json.ts
function readStreamJson(ctx) {
  const threads = /* @__PURE__ */ new Map();
  const links = [];
  const ignored = new IgnoredTypes(/* @__PURE__ */ new Set(["stream_event", "system:hook_response", "system:status", "rate_limit_event"]));
  let mainId;
  const thread = (parentToolUseId, line = 1) => {
    const key = parentToolUseId ?? "";
    let t = threads.get(key);
    if (!t) {
      const b = new SessionBuilder("claude-sdk", "claude-stream-json", ctx);
      t = { b, msgs: new ClaudeMessages(b, ctx.display) };
      threads.set(key, t);
      if (key !== "") {
        const main2 = thread(void 0);
        const link = main2.b.push({ kind: "subagent_link", sessionId: key, origin: { file: ctx.display, line } });
        links.push({ key, link });
      }
    }
    return t;
  };
  const handle = (rec) => {
    const o = asRecord(rec.value);
    if (!o) {
      ctx.issue(rec.line, "not a JSON object");
      return;
    }
    const type = str(o.type);
    const timestamp = str(o.timestamp);
    const w = { line: rec.line, ...timestamp ? { timestamp } : {} };
    const origin = { origin: { file: ctx.display, line: rec.line }, ...timestamp ? { timestamp } : {} };
    mainId ??= str(o.session_id);
    const parent = str(o.parent_tool_use_id) ?? void 0;
    const t = thread(parent, rec.line);
    if (type === "system") {
      if (o.subtype === "init") {
        if (str(o.cwd)) t.b.cwd = str(o.cwd);
        if (str(o.model)) t.b.model = str(o.model);
      } else if (o.subtype === "compact_boundary") {
        t.b.push({ kind: "compaction", summary: str(o.summary) ?? "", ...origin });
      } else if (o.subtype === "api_error" || o.level === "error") {
        t.b.push({ kind: "api_error", text: str(o.content) ?? str(o.message) ?? "API error", ...origin });
      } else ignored.add(`system:${String(o.subtype)}`);
    } else if (type === "assistant") {
      const message = asRecord(o.message);
      if (message) t.msgs.assistant(message, w);
      if (str(o.error)) t.b.push({ kind: "api_error", text: str(o.error), ...origin });
    } else if (type === "user") {
      const message = asRecord(o.message);
      if (message) t.msgs.user(message.content, w, { meta: o.isSynthetic === true });
    } else if (type === "result") {
      const main2 = thread(void 0);
      const denials = Array.isArray(o.permission_denials) ? o.permission_denials : [];
      for (const d of denials) {
        const r = asRecord(d);
        const callId = str(r?.tool_use_id);
        if (!r || callId && main2.msgs.denied.has(callId)) continue;
        const toolName = str(r.tool_name);
        main2.b.push({ kind: "permission_denial", text: "", ...callId ? { callId } : {}, ...toolName ? { toolName } : {}, ...origin });
      }
      if (o.is_error === true && o.subtype !== "success") {
        const text = str(o.result) ?? (Array.isArray(o.errors) ? o.errors.join("\n") : String(o.subtype));
        if (/api|overloaded|rate.?limit|\b5\d\d\b|\b429\b/i.test(text)) main2.b.push({ kind: "api_error", text, ...origin });
      }
    } else ignored.add(type);
  };
  for (const batch of recordsOf(ctx, [])) for (const rec of batch) handle(rec);
  ignored.report(ctx);
  const base = mainId ?? fileSessionId(ctx.display);
  const main = threads.get("");
  for (const [key, t] of threads) {
    if (key === "") {
      t.b.id = base;
      continue;
    }
    t.b.id = `${base}/task-${key}`;
    t.b.parentId = base;
    t.b.model ??= main?.b.model;
  }
  for (const { key, link } of links) {
    const description = main?.msgs.toolDescriptions.get(key) ?? main?.msgs.toolNames.get(key);
    main?.b.setLink(link, `${base}/task-${key}`, description || void 0);
  }
  return [...threads.values()].map((t) => t.b).filter((b, i) => i === 0 || b.size > 0);
}

// src/transcripts/readers/managed-agents.ts
var API_SESSION_ID = /^sesn_[A-Za-z0-9]{6,}$/;
var TOOL_USE2 = /* @__PURE__ */ new Set(["agent.tool_use", "agent.mcp_tool_use", "agent.custom_tool_use"]);
var TOOL_RESULT = {
  "agent.tool_result": "tool_use_id",
  "user.tool_result": "tool_use_id",
  "agent.mcp_tool_result": "mcp_tool_use_id",
  "user.custom_tool_result": "custom_tool_use_id"
};
function readManagedAgents(ctx) {
  const b = new SessionBuilder("managed-agents", "managed-agents-events", ctx);
  const ignored = new IgnoredTypes(/* @__PURE__ */ new Set(["system.message"]));
  const toolNames = /* @__PURE__ */ new Map();
  const refused2 = /* @__PURE__ */ new Set();
  let sessionId;
  for (const batch of recordsOf(ctx, ["data", "events"]))
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, "not a JSON object");
        continue;
      }
      const type = str(o.type) ?? "";
      const timestamp = str(o.processed_at) ?? str(o.created_at);
      const origin = { origin: { file: ctx.display, line: rec.line }, ...timestamp ? { timestamp } : {} };
      sessionId ??= str(o.session_id);
      b.seen(timestamp);
      if (type === "user.message") {
        const text = blockText(o.content);
        if (text.trim()) b.push({ kind: "user_prompt", text, ...origin });
      } else if (type === "agent.message") {
        const text = blockText(o.content);
        if (text.trim()) b.push({ kind: "assistant_text", text, ...origin });
      } else if (TOOL_USE2.has(type)) {
        const callId = str(o.id);
        const server = str(o.mcp_server_name);
        const name = server ? `mcp__${server}__${str(o.name) ?? "unknown"}` : str(o.name) ?? "unknown";
        if (callId) toolNames.set(callId, name);
        b.push(toolCallEvent({ name, input: o.input ?? {}, callId }, origin));
        if (o.evaluated_permission === "deny") {
          if (callId) refused2.add(callId);
          const reason = str(asRecord(o.evaluation)?.reason_code);
          b.push({
            kind: "permission_denial",
            text: reason ? `denied by policy: ${reason}` : "denied by policy",
            ...callId ? { callId } : {},
            toolName: name,
            ...origin
          });
        }
      } else if (type in TOOL_RESULT) {
        const callId = str(o[TOOL_RESULT[type]]);
        if (callId && refused2.has(callId)) continue;
        const toolName = callId ? toolNames.get(callId) : void 0;
        const text = blockText(o.content);
        const exitCode = exitCodeFrom(text);
        b.push({
          kind: "tool_result",
          ok: o.is_error !== true,
          text,
          ...callId ? { callId } : {},
          ...toolName ? { toolName } : {},
          ...exitCode !== void 0 ? { exitCode } : {},
          ...origin
        });
      } else if (type === "user.interrupt") {
        b.push({ kind: "interrupt", text: "user.interrupt", ...origin });
      } else if (type === "user.tool_confirmation") {
        if (o.result !== "deny") continue;
        const callId = str(o.tool_use_id);
        const toolName = callId ? toolNames.get(callId) : void 0;
        if (callId) refused2.add(callId);
        b.push({
          kind: "permission_denial",
          text: str(o.deny_message) ?? "",
          ...callId ? { callId } : {},
          ...toolName ? { toolName } : {},
          ...origin
        });
      } else if (type === "agent.thread_context_compacted") {
        b.push({ kind: "compaction", summary: "", ...origin });
      } else if (type === "session.error") {
        const err = asRecord(o.error);
        const text = [str(err?.type), str(err?.message)].filter(Boolean).join(": ") || "session error";
        const status = typeof err?.status_code === "number" ? err.status_code : void 0;
        b.push({ kind: "api_error", text, ...status !== void 0 ? { status } : {}, ...origin });
      } else if (type === "system.message") {
        const text = blockText(o.content);
        if (/(?:CLAUDE|AGENTS)\.md/.test(text.slice(0, 300))) b.push({ kind: "memory_injection", text, ...origin });
        else ignored.add(type);
      } else {
        ignored.add(type);
      }
    }
  ignored.report(ctx);
  const named = fileStem(ctx.file);
  b.id = sessionId ?? (API_SESSION_ID.test(named) ? named : void 0);
  return [b];
}

// src/transcripts/readers/codex-code-mode.ts
function objectEnd(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i + 1;
  }
  return -1;
}
function literalObject(src) {
  let json = "";
  let keyPlace = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '"') {
      const start = i;
      for (i++; i < src.length && src[i] !== '"'; i++) if (src[i] === "\\") i++;
      json += src.slice(start, i + 1);
      keyPlace = false;
      continue;
    }
    const key = keyPlace ? /^([A-Za-z_$][\w$]*)\s*:/.exec(src.slice(i, i + 100)) : null;
    if (key) {
      json += `"${key[1]}"`;
      i += key[1].length - 1;
      keyPlace = false;
      continue;
    }
    if (c === "{" || c === ",") keyPlace = true;
    else if (!/\s/.test(c)) keyPlace = false;
    json += c;
  }
  try {
    return asRecord(JSON.parse(json));
  } catch {
    return void 0;
  }
}
function toolArgs(cell, name) {
  const out = [];
  for (const m of cell.matchAll(new RegExp(`\\btools\\.${name}\\(\\s*\\{`, "g"))) {
    const open = m.index + m[0].length - 1;
    const end = objectEnd(cell, open);
    if (end < 0) break;
    out.push(literalObject(cell.slice(open, end)));
  }
  return out;
}
function codeModeCommand(cell) {
  if (typeof cell !== "string" || !cell.includes("tools.exec_command(")) return void 0;
  const commands = [];
  for (const args of toolArgs(cell, "exec_command")) {
    const cmd = args?.cmd ?? args?.command;
    if (typeof cmd === "string" && cmd.trim()) commands.push(cmd);
  }
  return commands.length > 0 ? commands.join("\n") : void 0;
}
function codeModePoll(cell) {
  if (typeof cell !== "string") return void 0;
  const tools = [...cell.matchAll(/\btools\.(\w+)\(/g)].map((m) => m[1]);
  if (tools.length === 0 || tools.some((t) => t !== "write_stdin")) return void 0;
  const ids = toolArgs(cell, "write_stdin").map((a) => a?.session_id);
  const id = ids[0];
  if (ids.length !== tools.length || !(typeof id === "number" || typeof id === "string") || ids.some((x) => x !== id)) return void 0;
  return { session_id: id };
}
function cellExecResult(text) {
  const t = text.trim();
  if (!t.startsWith("{") || !t.endsWith("}")) return void 0;
  let o;
  try {
    o = asRecord(JSON.parse(t));
  } catch {
    return void 0;
  }
  if (typeof o?.output !== "string") return void 0;
  if (typeof o.exit_code === "number") return { exitCode: o.exit_code };
  const id = o.session_id;
  return typeof id === "number" || typeof id === "string" ? { session: String(id) } : {};
}
var CELL_HEADER = /^Script (?:completed|running with cell ID (\d+))\r?\nWall time[^\n]*\n(?:Output:\r?\n)?/;
function cellOutput(text) {
  const m = CELL_HEADER.exec(text);
  if (!m) return { text };
  const rest = text.slice(m[0].length).replace(/^\r?\n/, "");
  return m[1] !== void 0 ? { text: rest, runningCell: m[1] } : { text: rest };
}

// src/transcripts/readers/codex-unified-exec.ts
var MAX_RUNNING2 = 64;
var MAX_TEXT2 = 1e5;
function header(text) {
  const end = text.indexOf("\nOutput:");
  return end < 0 ? "" : text.slice(0, end);
}
var RUNNING = /(?:^|\n)Process running with session ID (\d+)\s*(?:\n|$)/;
function runningSession(text) {
  const h = header(text);
  return exitCodeFrom(h) === void 0 ? RUNNING.exec(h)?.[1] : void 0;
}
function exitedWith(text) {
  return exitCodeFrom(header(text));
}
var UnifiedExecSessions = class {
  running = /* @__PURE__ */ new Map();
  polls = /* @__PURE__ */ new Map();
  /** An `exec_command` answer that left its process running: its result stands until a poll settles it. */
  hold(session, held) {
    if (!this.running.has(session) && this.running.size >= MAX_RUNNING2) return;
    this.running.set(session, { ...held, text: held.text.slice(0, MAX_TEXT2) });
  }
  /**
   * A `write_stdin` call naming a held session is transport, not an action of its own: true when it was taken
   * (its answer then comes to `answer`). A session never held (its start in another file) stays its own call.
   */
  takeCall(callId, input) {
    const id = asRecord(input)?.session_id;
    const session = typeof id === "number" || typeof id === "string" ? String(id) : void 0;
    if (session === void 0 || !this.running.has(session)) return false;
    this.polls.set(callId, session);
    return true;
  }
  /**
   * A `write_stdin` call whose session the record does not name (a SpecStory export writes the call's name and its
   * answer, not its arguments): it polls the one command held running, and is taken as that command's transport. With
   * none held, or several (which one it polled is unknown, and an outcome given to the wrong command is worse than
   * none), it stays a call of its own.
   */
  takeSole(callId) {
    if (this.running.size !== 1) return false;
    this.polls.set(callId, this.running.keys().next().value);
    return true;
  }
  /** Whether this output answers a taken `write_stdin` call. */
  isPoll(callId) {
    return callId !== void 0 && this.polls.has(callId);
  }
  /**
   * A taken call's answer: the command ended (its outcome), runs on, or is gone (the id unknown to Codex). `known`:
   * the answer's fields as a code-mode cell returned them (codex-code-mode.ts), in place of the text's header.
   */
  answer(callId, text, known) {
    const session = this.polls.get(callId);
    this.polls.delete(callId);
    const held = this.running.get(session);
    if (!held) return { kind: "gone" };
    const code = known ? known.exitCode : exitedWith(text);
    const joined = (held.text + "\n" + text).slice(0, MAX_TEXT2);
    if (code === void 0) {
      if ((known ? known.session : runningSession(text)) === void 0) {
        this.running.delete(session);
        return { kind: "gone" };
      }
      held.text = joined;
      return { kind: "running" };
    }
    this.running.delete(session);
    return { kind: "settled", exitCode: code, text: joined, previous: held.result };
  }
};

// src/transcripts/readers/codex.ts
var SHELL_TOOLS_IN_CELL = /\btools\.(?:exec_command|write_stdin)\(/;
var AGENTS_MD = /^(?:# AGENTS\.md instructions for [^\n]*|<user_instructions>)/;
var ENVIRONMENT2 = /^<environment_context>/;
function harnessContext(text, kind) {
  if (kind !== void 0 && kind !== "plain") return true;
  const t = text.trimStart();
  return AGENTS_MD.test(t) || ENVIRONMENT2.test(t);
}
var REQUEST_MARK = /^## My request for Codex:/gm;
function typedRequest(text) {
  const t = text.trimStart();
  if (!t.startsWith("#")) return text;
  let end = -1;
  for (const m of t.matchAll(REQUEST_MARK)) end = m.index + m[0].length;
  return end < 0 ? text : t.slice(end).trim();
}
function parseOutput(raw) {
  if (Array.isArray(raw)) {
    const text = blockText(raw);
    const code2 = exitCodeFrom(text);
    return code2 !== void 0 ? { text, exitCode: code2 } : { text };
  }
  if (typeof raw !== "string") {
    const o = asRecord(raw);
    if (o) return { text: blockText(o.content) || JSON.stringify(o).slice(0, 1e5) };
    return { text: "" };
  }
  if (raw.startsWith("{")) {
    try {
      const o = asRecord(JSON.parse(raw));
      const meta = asRecord(o?.metadata);
      if (o && typeof o.output === "string") {
        const code2 = typeof meta?.exit_code === "number" ? meta.exit_code : exitCodeFrom(o.output);
        return code2 !== void 0 ? { text: o.output, exitCode: code2 } : { text: o.output };
      }
    } catch {
    }
  }
  const code = exitCodeFrom(raw);
  return code !== void 0 ? { text: raw, exitCode: code } : { text: raw };
}
var CODEX_FAILED = /^(?:write_stdin failed: |apply_patch handler received (?:invalid patch input|non-apply_patch input|unsupported payload)|patch rejected: |exec command rejected: )/;
var USER_REJECTED2 = /^(?:exec command|patch) rejected by user\s*$/;
var CODEX_SKIPPED = /* @__PURE__ */ new Set([
  ...[
    "token_count",
    "agent_message",
    "agent_reasoning",
    "agent_reasoning_raw_content",
    "agent_reasoning_section_break",
    "task_started",
    "task_complete",
    "user_message",
    "exec_command_begin",
    "exec_command_output_delta",
    "patch_apply_begin",
    "turn_diff",
    "mcp_tool_call_begin",
    "mcp_tool_call_end",
    "web_search_begin",
    "web_search_end",
    "plan_update"
  ].map((t) => `event_msg:${t}`),
  ...["reasoning", "web_search_call", "ghost_snapshot"].map((t) => `response_item:${t}`)
]);
function readCodex(ctx) {
  const b = new SessionBuilder("codex", "codex-rollout", ctx);
  const ignored = new IgnoredTypes(CODEX_SKIPPED);
  const pending = [];
  const toolNames = /* @__PURE__ */ new Map();
  const commands = /* @__PURE__ */ new Map();
  const exitCodes = /* @__PURE__ */ new Map();
  const failedPatches = /* @__PURE__ */ new Set();
  const execs = new UnifiedExecSessions();
  const codeCells = /* @__PURE__ */ new Set();
  const runningCells = /* @__PURE__ */ new Map();
  const waits = /* @__PURE__ */ new Map();
  let sawEventUserMessage = false;
  let lastCompactionLine = -10;
  let execRun = false;
  const taskMark = () => execRun ? { task: true } : {};
  for (const batch of jsonlRecords(ctx.file, ctx.issue, ctx.lineOpts))
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, "not a JSON object");
        continue;
      }
      const type = str(o.type) ?? "";
      const p = asRecord(o.payload) ?? {};
      const timestamp = str(o.timestamp);
      const origin = { origin: { file: ctx.display, line: rec.line }, ...timestamp ? { timestamp } : {} };
      b.seen(timestamp);
      if (type === "session_meta") {
        b.id ??= str(p.id);
        b.cwd ??= str(p.cwd);
        b.gitBranch ??= str(asRecord(p.git)?.branch);
        b.seen(str(p.timestamp));
        if (p.originator === "codex_exec" || p.source === "exec") execRun = true;
      } else if (type === "turn_context") {
        b.model ??= str(p.model);
        b.cwd ??= str(p.cwd);
      } else if (type === "compacted") {
        pending.push({ kind: "compaction", summary: str(p.message) ?? "", ...origin });
        lastCompactionLine = rec.line;
      } else if (type === "event_msg") {
        const t = str(p.type);
        if (t === "user_message") {
          sawEventUserMessage = true;
          const text = typedRequest(str(p.message) ?? "");
          if (text.trim() && !harnessContext(text, str(p.kind))) pending.push({ kind: "user_prompt", text, ...taskMark(), ...origin });
        } else if (t === "context_compacted") {
          if (rec.line - lastCompactionLine > 3) pending.push({ kind: "compaction", summary: "", ...origin });
        } else if (t === "turn_aborted") {
          pending.push({ kind: "interrupt", text: str(p.reason) ?? "turn aborted", ...origin });
        } else if (t === "error" || t === "stream_error") {
          pending.push({ kind: "api_error", text: str(p.message) ?? t, ...origin });
        } else if (t === "exec_command_end") {
          const id = str(p.call_id);
          if (id && typeof p.exit_code === "number") exitCodes.set(id, p.exit_code);
        } else if (t === "patch_apply_end") {
          const id = str(p.call_id);
          if (id && p.success === false) failedPatches.add(id);
        } else ignored.add(`event_msg:${t}`);
      } else if (type === "response_item") {
        const t = str(p.type);
        if (t === "message") {
          const text = blockText(p.content);
          const role = str(p.role);
          if (AGENTS_MD.test(text.trimStart())) pending.push({ kind: "memory_injection", path: "AGENTS.md", text, ...origin });
          else if (role === "assistant") {
            if (text.trim()) pending.push({ kind: "assistant_text", text, ...origin });
          } else if (role === "user" && !harnessContext(text) && typedRequest(text).trim()) {
            pending.push({ kind: "user_prompt", text: typedRequest(text), fromResponseItem: true, ...taskMark(), ...origin });
          }
        } else if (t === "function_call" || t === "custom_tool_call" || t === "local_shell_call") {
          const callId = str(p.call_id) ?? str(p.id);
          const name = str(p.name) ?? (t === "local_shell_call" ? "local_shell" : "unknown");
          const input = t === "function_call" ? parseJsonArguments(p.arguments) : t === "custom_tool_call" ? p.input : p.action;
          const waitedCell = name === "wait" ? runningCells.get(String(asRecord(input)?.cell_id)) : void 0;
          if (callId && waitedCell) {
            waits.set(callId, waitedCell);
            continue;
          }
          if (name === "write_stdin" && callId && execs.takeCall(callId, input)) continue;
          const polled = t === "custom_tool_call" ? codeModePoll(input) : void 0;
          if (polled && callId && execs.takeCall(callId, polled)) {
            codeCells.add(callId);
            continue;
          }
          if (callId) toolNames.set(callId, name);
          const cell = t === "custom_tool_call" && typeof input === "string" && SHELL_TOOLS_IN_CELL.test(input);
          if (cell && callId) codeCells.add(callId);
          const command = cell ? codeModeCommand(input) : commandOf(name, input);
          if (callId && command !== void 0) commands.set(callId, command);
          pending.push(toolCallEvent({ name, input: input ?? {}, callId, command }, origin));
        } else if (t === "function_call_output" || t === "custom_tool_call_output" || t === "local_shell_call_output") {
          const waited = str(p.call_id);
          const callId = waited && waits.has(waited) ? waits.get(waited) : waited;
          const toolName = callId ? toolNames.get(callId) : void 0;
          const parsed = parseOutput(p.output);
          if (execs.isPoll(waited)) {
            const cell = codeCells.has(waited) ? cellOutput(parsed.text).text : void 0;
            const answer = cell === void 0 ? execs.answer(waited, parsed.text) : execs.answer(waited, cell, cellExecResult(cell) ?? {});
            const held = answer.kind === "settled" ? answer.previous : void 0;
            if (held?.kind === "tool_result" && answer.kind === "settled") {
              settleResult(held, answer.exitCode);
              held.text = answer.text;
            }
            continue;
          }
          const { exitCode } = parsed;
          let { text } = parsed;
          if (USER_REJECTED2.test(text)) {
            pending.push({
              kind: "permission_denial",
              text: "",
              ...callId ? { callId } : {},
              ...toolName ? { toolName } : {},
              ...origin
            });
            continue;
          }
          if (callId && codeCells.has(callId)) {
            const out = cellOutput(text);
            if (out.runningCell !== void 0) {
              runningCells.set(out.runningCell, callId);
              continue;
            }
            text = out.text;
          }
          const returned = callId && codeCells.has(callId) ? cellExecResult(text) : void 0;
          const code = exitCode ?? returned?.exitCode;
          const ok2 = code !== void 0 ? code === 0 : !looksFailed(text, { tool: toolName, command: callId ? commands.get(callId) : void 0 }) && !CODEX_FAILED.test(text);
          const result = toolResultEvent({ ok: ok2, text, callId, toolName, exitCode: code }, origin);
          pending.push(result);
          const session = code === void 0 && callId ? returned?.session ?? runningSession(text) : void 0;
          if (session !== void 0 && callId) execs.hold(session, { result, text });
        } else ignored.add(`response_item:${t}`);
      } else ignored.add(type);
    }
  for (const e of pending) {
    if (e.kind === "user_prompt" && e.fromResponseItem && sawEventUserMessage) continue;
    if (e.kind === "tool_result" && e.callId) {
      const code = exitCodes.get(e.callId);
      if (e.exitCode === void 0 && code !== void 0) {
        e.exitCode = code;
        e.ok = code === 0;
      }
      if (failedPatches.has(e.callId)) e.ok = false;
    }
    const { fromResponseItem: _drop, ...event } = e;
    b.push(event);
  }
  ignored.report(ctx);
  return [b];
}

// src/transcripts/readers/generic.ts
function readGeneric(ctx) {
  const b = new SessionBuilder("generic", "generic-chat", ctx);
  const msgs = new ClaudeMessages(b, ctx.display);
  const commands = /* @__PURE__ */ new Map();
  const ignored = new IgnoredTypes(/* @__PURE__ */ new Set(["role:system", "role:developer"]));
  for (const batch of recordsOf(ctx, ["messages", "data", "history"]))
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, "not a JSON object");
        continue;
      }
      const m = asRecord(o.message) && str(asRecord(o.message).role) ? asRecord(o.message) : o;
      const role = str(m.role);
      const timestamp = str(o.timestamp) ?? str(m.timestamp);
      const w = { line: rec.line, ...timestamp ? { timestamp } : {} };
      const origin = { origin: { file: ctx.display, line: rec.line }, ...timestamp ? { timestamp } : {} };
      b.seen(timestamp);
      b.id ??= str(o.session_id) ?? str(o.sessionId);
      b.model ??= str(m.model) ?? str(o.model);
      if (role === "user" && m.message_type === "observation") {
        const text = blockText(m.content);
        if (text.trim()) b.push({ kind: "user_prompt", text, task: true, ...origin });
      } else if (role === "user") {
        msgs.user(m.content, w);
      } else if (role === "assistant") {
        const calls = Array.isArray(m.tool_calls) ? m.tool_calls : [];
        if (calls.length === 0) {
          msgs.assistant(m, w);
          continue;
        }
        const text = blockText(m.content);
        if (text.trim()) b.push({ kind: "assistant_text", text, ...origin });
        for (const raw of calls) {
          const c = asRecord(raw);
          const fn = asRecord(c?.function);
          const name = str(fn?.name) ?? "unknown";
          const callId = str(c?.id);
          const input = parseJsonArguments(fn?.arguments);
          if (callId) msgs.toolNames.set(callId, name);
          const command = commandOf(name, input);
          if (callId && command !== void 0) commands.set(callId, command);
          b.push(toolCallEvent({ name, input, callId }, origin));
        }
      } else if (role === "tool" || role === "function") {
        const callId = str(m.tool_call_id);
        const toolName = (callId ? msgs.toolNames.get(callId) : void 0) ?? str(m.name);
        const text = blockText(m.content);
        const exitCode = exitCodeFrom(text);
        const ok2 = exitCode !== void 0 ? exitCode === 0 : m.is_error !== true && !looksFailed(text, { tool: toolName, command: callId ? commands.get(callId) : void 0 });
        b.push(toolResultEvent({ ok: ok2, text, callId, toolName, exitCode }, origin));
      } else if (role === "system" || role === "developer") {
        const text = blockText(m.content);
        const mem = /((?:[\w./-]*\/)?(?:CLAUDE|AGENTS)\.md)/.exec(text.slice(0, 500));
        if (mem) b.push({ kind: "memory_injection", path: mem[1], text, ...origin });
        else ignored.add(`role:${role}`);
      } else ignored.add(`role:${String(role)}`);
    }
  ignored.report(ctx);
  return [b];
}

// src/transcripts/readers/trajectories.ts
function readOpenHands(ctx) {
  const b = new SessionBuilder("openhands", "openhands-events", ctx);
  const ignored = new IgnoredTypes(/* @__PURE__ */ new Set(["agent_state_changed", "null", "change_agent_state", "think", "system", "recall"]));
  const toolNames = /* @__PURE__ */ new Map();
  for (const batch of recordsOf(ctx, ["events", "data"]))
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, "not a JSON object");
        continue;
      }
      const timestamp = str(o.timestamp);
      const origin = { origin: { file: ctx.display, line: rec.line }, ...timestamp ? { timestamp } : {} };
      b.seen(timestamp);
      const args = asRecord(o.args) ?? {};
      const meta = asRecord(o.tool_call_metadata);
      const action = str(o.action);
      const observation = str(o.observation);
      const source = str(o.source);
      if (action === "message" || action === "finish" && source === "agent") {
        const text = str(args.content) ?? str(args.final_thought) ?? str(o.message) ?? "";
        if (!text.trim()) continue;
        b.push(source === "user" ? { kind: "user_prompt", text, ...origin } : { kind: "assistant_text", text, ...origin });
      } else if (action && source === "agent" && !["think", "system", "recall", "change_agent_state"].includes(action)) {
        const callId = str(meta?.tool_call_id) ?? (o.id !== void 0 ? String(o.id) : void 0);
        const name = str(meta?.function_name) ?? action;
        if (callId) toolNames.set(callId, name);
        b.push(toolCallEvent({ name, input: args, callId }, origin));
      } else if (observation && !["agent_state_changed", "null", "recall"].includes(observation)) {
        const callId = str(meta?.tool_call_id) ?? (o.cause !== void 0 ? String(o.cause) : void 0);
        const toolName = callId ? toolNames.get(callId) : void 0;
        const text = str(o.content) ?? str(o.message) ?? "";
        if (observation === "error" && callId === void 0) {
          b.push({ kind: "environment_feedback", text, ...origin });
          continue;
        }
        if (observation === "user_rejected") {
          b.push({ kind: "permission_denial", text, ...callId ? { callId } : {}, ...toolName ? { toolName } : {}, ...origin });
          continue;
        }
        const extras = asRecord(o.extras);
        const metaExit = asRecord(extras?.metadata)?.exit_code ?? extras?.exit_code;
        const exitCode = typeof metaExit === "number" && metaExit >= 0 ? metaExit : exitCodeFrom(text);
        const ok2 = observation !== "error" && (exitCode === void 0 || exitCode === 0);
        b.push(toolResultEvent({ ok: ok2, text, callId, toolName, exitCode }, origin));
      } else ignored.add(action ?? observation ?? "unknown");
    }
  ignored.report(ctx);
  return [b];
}
function readSweAgent(ctx) {
  const b = new SessionBuilder("swe-agent", "swe-agent-traj", ctx);
  const read = readJsonDocument(ctx.file, ctx.issue, ctx.lineOpts, ["trajectory"]);
  if (read === void 0) return [];
  let doc;
  try {
    doc = asRecord(documentValue(read));
  } catch {
  }
  const history = Array.isArray(doc?.history) ? doc.history : [];
  const firstUser = history.map(asRecord).find((m) => m?.role === "user");
  const prompt = firstUser ? str(firstUser.content) ?? "" : "";
  if (prompt) b.push({ kind: "user_prompt", text: prompt, task: true, origin: { file: ctx.display, line: 1 } });
  b.model = str(asRecord(asRecord(doc?.info)?.model_stats)?.model) ?? str(asRecord(doc?.replay_config)?.model);
  let n = 0;
  for (const rec of documentRecords(read, ["trajectory"], ctx.issue)) {
    const step = asRecord(rec.value);
    if (!step) continue;
    const origin = { origin: { file: ctx.display, line: rec.line } };
    const thought = str(step.thought);
    if (thought?.trim()) b.push({ kind: "assistant_text", text: thought, ...origin });
    const action = str(step.action)?.trim();
    if (!action) continue;
    const callId = `step-${n++}`;
    const name = /^[a-z_]+$/.test(action.split(/\s/, 1)[0]) ? action.split(/\s/, 1)[0] : "bash";
    b.push({ kind: "tool_call", name, input: { command: action }, command: action, callId, ...origin });
    const obs = str(step.observation) ?? "";
    const exitCode = exitCodeFrom(obs);
    const ok2 = exitCode !== void 0 ? exitCode === 0 : !looksFailed(obs, { tool: name, command: action });
    b.push({ kind: "tool_result", ok: ok2, text: obs, callId, toolName: name, ...exitCode !== void 0 ? { exitCode } : {}, ...origin });
  }
  return [b];
}

// src/transcripts/readers/aider-echo.ts
var MODE_COMMAND = /^\/(ask|code|architect|context)(?=\s)\s+(\S[\s\S]*)$/;
var OK_COMMAND = /^\/ok(?:\s+([\s\S]*))?$/;
var OK_MESSAGE = "Ok, please go ahead and make those changes.";
function commandEcho(typed) {
  const text = typed.trim();
  const mode = MODE_COMMAND.exec(text);
  if (mode) return mode[2].trim();
  const ok2 = OK_COMMAND.exec(text);
  if (ok2) {
    const extra = (ok2[1] ?? "").trim();
    return extra ? `${OK_MESSAGE} ${extra}` : OK_MESSAGE;
  }
  return void 0;
}
function isHelpQuestion(typed) {
  return /^\/help\s+\S/.test(typed.trim());
}
function isHelpMessage(text) {
  return text.trimStart().startsWith("# Question:");
}
var REASONING_BLOCK = /<(thinking-content-[0-9a-f]{32})>[\s\S]*?<\/\1>/g;
var REASONING_END = /^[\s\S]*?<\/thinking-content-[0-9a-f]{32}>/;
function replyWithoutReasoning(reply) {
  return reply.replace(REASONING_BLOCK, "").replace(REASONING_END, "").trim();
}

// src/transcripts/readers/aider-input.ts
import { openSync as openSync5, readSync as readSync2, closeSync as closeSync5, fstatSync as fstatSync2 } from "node:fs";
import path from "node:path";
var MAX_HISTORY_BYTES = 8 * 1024 * 1024;
var STAMP = /^# (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)/;
var TypedMessages = class {
  constructor(typed) {
    this.typed = typed;
    typed.forEach((t, i) => {
      const list = this.byText.get(t.text) ?? [];
      list.push(i);
      this.byText.set(t.text, list);
    });
  }
  typed;
  byText = /* @__PURE__ */ new Map();
  /** The first message not yet matched or passed. */
  cursor = 0;
  /**
   * Whether `text` is the next unmatched message typed at or after `since` (the chat's start) with these words;
   * the match is taken, so no later turn can claim it.
   */
  take(text, since) {
    const folded = foldSpace(text);
    if (this.cursor > 0 && this.typed[this.cursor - 1].text === folded && this.typed[this.cursor - 1].at >= (since ?? "")) return true;
    const list = this.byText.get(folded);
    const i = list?.find((j) => j >= this.cursor && (since === void 0 || this.typed[j].at >= since));
    if (i === void 0) return false;
    this.cursor = i + 1;
    return true;
  }
};
function typedMessagesBeside(chatFile) {
  const name = path.basename(chatFile);
  if (!name.endsWith("chat.history.md")) return void 0;
  const text = readSmall(path.join(path.dirname(chatFile), `${name.slice(0, -"chat.history.md".length)}input.history`));
  return text === void 0 ? void 0 : new TypedMessages(parseInputHistory(text));
}
function parseInputHistory(text) {
  const out = [];
  let at;
  let lines = [];
  const flush = () => {
    if (at !== void 0 && lines.length > 0) out.push({ at, text: foldSpace(lines.join("\n")) });
    lines = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const stamp = STAMP.exec(line);
    if (stamp) {
      flush();
      at = stamp[1];
    } else if (line.startsWith("+")) lines.push(line.slice(1));
  }
  flush();
  return out;
}
var chatStart = (started) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.exec(started ?? "")?.[0];
function readSmall(file) {
  let fd;
  try {
    fd = openSync5(file, "r");
    const stat = fstatSync2(fd);
    const size = stat.size;
    if (!stat.isFile() || size > MAX_HISTORY_BYTES) return void 0;
    const buf = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync2(fd, buf, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buf.subarray(0, read).toString("utf8");
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync5(fd);
  }
}
function foldSpace(text) {
  return text.replace(/\s+/g, " ").trim();
}

// src/transcripts/readers/aider.ts
var START = /^# aider chat started at (.+)$/;
var EDIT_OK = /^Applied edit to (.+)$/;
var EDIT_FAILED = /^(?:The LLM did not conform to the edit format|Failed to apply edit|SearchReplaceNoExactMatch|Unable to apply|Unable to write file)/;
var API_ERROR = /^(?:litellm\.\w*Error|APIError|RateLimitError|.*\bAPI(?:Connection)?Error\b)/;
var CONFIRM_ANSWER = /\?\s+\(Y\)es\/\(N\)o(?:\/\([A-Z]\)[^/[\]]*)*\s+\[(?:Yes|No)\]:\s*\S*$/;
var RUNNING2 = /^Running (\S.*)$/;
var RUN_ERROR = /^Error occurred while running command '/;
var LINT_RUNNING = /^## Running: (\S.*)$/;
var LINT_END = /^Attempt to fix lint errors\?/;
var TYPED_COMMAND = /^(?:\/(run|test)\s+|!)(\S.*)$/;
var OUTPUT_ADDED = /^Added \d+ lines? of output to the chat\.$/;
var AUTO_TEST_FAILED = /^Attempt to fix test errors\?/;
var UNDO = /^\/undo(?:\s[^\n]*)?$/;
var FENCE3 = /^ {0,3}(`{3,}|~{3,})/;
function readAider(ctx) {
  const sessions = [];
  const base = fileSessionId(ctx.display);
  let b;
  let user;
  let replied = false;
  let asked = false;
  let assistant;
  let started;
  let lastReply = "";
  let held;
  let helpAsked = false;
  const typed = typedMessagesBeside(ctx.file);
  const prompt = (text, line, printable) => {
    if (text.trim() === "<blank>") return;
    const unverified = typed ? !typed.take(text, chatStart(started)) : printable;
    b.push({ kind: "user_prompt", text, origin: { file: ctx.display, line }, ...unverified ? { unverified } : {} });
  };
  const release = () => {
    if (held && b) prompt(held.text, held.line, held.unverified);
    held = void 0;
  };
  let added;
  let test;
  const settleTest = (failed2) => {
    if (test && b)
      b.push(toolResultEvent({ ok: !failed2, text: failed2 ?? "", toolName: "bash" }, { origin: { file: ctx.display, line: test.line } }));
    test = void 0;
  };
  const userMessage = (text, line, unverified) => {
    const typedCommand = TYPED_COMMAND.exec(text.trim());
    if (typedCommand && !text.trim().includes("\n") && (!typed || typed.take(text, chatStart(started)))) {
      release();
      const command = typedCommand[2].trim();
      b.push(toolCallEvent({ name: "bash", input: { command }, command }, { origin: { file: ctx.display, line } }));
      if (typedCommand[1] === "test") test = { line };
      return;
    }
    if (held) {
      const { echo: echo2 } = held;
      if (foldSpace(text) === echo2) {
        held = void 0;
        prompt(text, line, unverified);
        return;
      }
      release();
    }
    if (helpAsked) {
      helpAsked = false;
      if (isHelpMessage(text)) return;
    }
    const echo = commandEcho(text);
    if (echo !== void 0) {
      held = { text, line, echo: foldSpace(echo), unverified };
      return;
    }
    helpAsked = isHelpQuestion(text);
    if (text.trimStart().startsWith("/")) {
      const took = typed?.take(text, chatStart(started));
      if (UNDO.test(text.trim()) && (!typed || took))
        b.push({ kind: "interrupt", text: text.trim(), origin: { file: ctx.display, line } });
      return;
    }
    if (!lastReply || foldSpace(text) !== lastReply) prompt(text, line, unverified);
  };
  const flush = () => {
    if (user && b) {
      settleTest();
      userMessage(user.text.join("\n"), user.line, user.unverified);
      lastReply = "";
    }
    if (assistant && b && assistant.text.join("").trim()) {
      settleTest();
      release();
      helpAsked = false;
      const text = assistant.text.join("\n").trim();
      lastReply = foldSpace(replyWithoutReasoning(text));
      if (asked) replied = true;
      b.push({ kind: "assistant_text", text, origin: { file: ctx.display, line: assistant.line } });
    }
    user = void 0;
    assistant = void 0;
  };
  let breaks;
  const typedLine = (raw) => {
    const broke = / {2}\r?$/.test(raw);
    breaks ??= broke;
    return broke || !breaks;
  };
  let fence;
  const trackFence = (line) => {
    const mark = FENCE3.exec(line)?.[1];
    if (!mark) return;
    if (fence === void 0) fence = mark;
    else if (mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark) fence = void 0;
  };
  let quoted = false;
  let lint;
  const endLint = () => {
    if (lint && b) {
      const text = lint.lines.join("\n").trim();
      b.push(toolResultEvent({ ok: false, text, toolName: "bash" }, { origin: { file: ctx.display, line: lint.line } }));
    }
    lint = void 0;
  };
  const shellLine = (t, origin) => {
    if (lint) {
      if (LINT_END.test(t)) endLint();
      else lint.lines.push(t);
      return;
    }
    const run = RUNNING2.exec(t) ?? LINT_RUNNING.exec(t);
    if (run) {
      const command = run[1].trim();
      b.push(toolCallEvent({ name: "bash", input: { command }, command }, origin));
      if (LINT_RUNNING.test(t)) lint = { lines: new KeptLines(), line: origin.origin.line };
    } else if (RUN_ERROR.test(t)) b.push(toolResultEvent({ ok: false, text: t, toolName: "bash" }, origin));
  };
  for (const l of readLines(ctx.file, ctx.lineOpts)) {
    if (unreadableLine(ctx, l)) continue;
    const line = l.text.trimEnd();
    const afterQuote = quoted;
    quoted = false;
    const start = START.exec(line);
    if (start || lint && !line.startsWith(">") && !(afterQuote && line.trim())) endLint();
    if (start) {
      flush();
      settleTest();
      release();
      helpAsked = false;
      fence = void 0;
      started = start[1];
      lastReply = "";
      replied = false;
      asked = false;
      b = new SessionBuilder("aider", "aider-history", ctx);
      b.id = `${base}#${sessions.length + 1}`;
      const iso = started ? new Date(started.replace(" ", "T")) : void 0;
      if (iso && !Number.isNaN(iso.getTime())) b.seen(iso.toISOString());
      sessions.push(b);
      continue;
    }
    if (!b) continue;
    const origin = { origin: { file: ctx.display, line: l.line } };
    if (fence === void 0 && (line.startsWith("#### ") || line === "####") && typedLine(l.text)) {
      if (!user && CONFIRM_ANSWER.test(line)) continue;
      if (assistant) flush();
      if (!user) user = { text: new KeptLines(), line: l.line, unverified: replied };
      asked = true;
      user.text.push(line.slice(5));
      continue;
    }
    if (line.startsWith(">")) {
      quoted = true;
      flush();
      const t = line.replace(/^>\s?/, "");
      if (test && OUTPUT_ADDED.test(t)) {
        settleTest(t);
        continue;
      }
      if (AUTO_TEST_FAILED.test(t)) {
        b.push(toolCallEvent({ name: "auto-test", input: {} }, origin));
        b.push(toolResultEvent({ ok: false, text: added ?? t, toolName: "auto-test" }, origin));
        added = void 0;
        continue;
      }
      added = OUTPUT_ADDED.test(t) ? t : void 0;
      if (/^\^C KeyboardInterrupt/.test(t) || EDIT_OK.test(t) || EDIT_FAILED.test(t) || API_ERROR.test(t)) {
        release();
        fence = void 0;
      }
      if (/^\^C KeyboardInterrupt/.test(t)) b.push({ kind: "interrupt", text: t, ...origin });
      else if (EDIT_OK.test(t)) {
        const path6 = EDIT_OK.exec(t)[1];
        b.push({ kind: "tool_call", name: "edit", input: { path: path6 }, ...origin });
        b.push({ kind: "tool_result", ok: true, toolName: "edit", text: t, ...origin });
      } else if (EDIT_FAILED.test(t)) {
        b.push({ kind: "tool_call", name: "edit", input: {}, ...origin });
        b.push({ kind: "tool_result", ok: false, toolName: "edit", text: t, ...origin });
      } else if (API_ERROR.test(t)) b.push({ kind: "api_error", text: t, ...origin });
      else if (/^Model: |^Main model: /.test(t) && !b.model) b.model = t.replace(/^(?:Main )?model: /i, "").split(" ")[0];
      else shellLine(t, origin);
      continue;
    }
    if (afterQuote && line.trim() && fence === void 0) {
      quoted = true;
      lint?.lines.push(line);
      continue;
    }
    if (user) flush();
    if (!assistant) {
      if (!line.trim()) continue;
      assistant = { text: new KeptLines(), line: l.line };
    }
    trackFence(line);
    assistant.text.push(line);
  }
  endLint();
  flush();
  settleTest();
  release();
  return sessions.filter((s) => s.events.length > 0);
}

// src/transcripts/readers/mini-swe-agent.ts
var SHELL_BLOCK = /^```(bash|sh|shell)[ \t]*\r?\n([\s\S]*?)\r?\n```[ \t]*$/gm;
var RETURN_CODE = /<returncode>\s*(-?\d+)\s*<\/returncode>/;
function shellBlocks(text) {
  const out = [];
  for (const m of text.matchAll(SHELL_BLOCK)) out.push({ command: m[2].trim(), index: m.index, info: m[1] });
  return out;
}
function modelOf(info) {
  const config = info?.config;
  const text = typeof config === "string" ? config : config !== void 0 ? JSON.stringify(config) : "";
  return /['"]model_name['"]\s*:\s*['"]([^'"]{1,200})['"]/.exec(text)?.[1];
}
function parsedActions(m) {
  const extra = asRecord(m?.extra);
  if (Array.isArray(extra?.actions))
    return extra.actions.flatMap((a) => {
      const r = asRecord(a);
      const command = str(r?.command);
      const callId = str(r?.tool_call_id);
      return command !== void 0 ? [{ command, ...callId ? { callId } : {} }] : [];
    });
  if (!Array.isArray(m?.tool_calls)) return void 0;
  return m.tool_calls.flatMap((t) => {
    const call = asRecord(t);
    const fn = asRecord(call?.function);
    const args = asRecord(parseJsonArguments(fn?.arguments));
    const command = str(args?.command);
    const callId = str(call?.id);
    return str(fn?.name) === "bash" && command !== void 0 ? [{ command, ...callId ? { callId } : {} }] : [];
  });
}
function observed(m) {
  const extra = asRecord(m?.extra);
  if (!extra || !("returncode" in extra)) return void 0;
  const rc = extra.returncode;
  const exitCode = typeof rc === "number" && Number.isInteger(rc) ? rc : void 0;
  const text = str(extra.raw_output) ?? (typeof m?.content === "string" ? m.content : "");
  return { ...exitCode !== void 0 ? { exitCode } : {}, text, ran: exitCode !== void 0 && !extra.exception_info };
}
function readMiniSweAgent(ctx) {
  const read = readJsonDocument(ctx.file, ctx.issue, ctx.lineOpts, ["messages"]);
  const parsed = read && documentObject(read, ctx);
  if (!read || !parsed) return [];
  const doc = parsed.value;
  const messages = Array.isArray(doc?.messages) ? doc.messages : [];
  if (!doc || messages.length === 0) {
    ctx.issue(1, "mini-swe-agent trajectory without messages");
    return [];
  }
  const b = new SessionBuilder("swe-agent", "mini-swe-agent-traj", ctx);
  const info = asRecord(doc.info);
  const task = str(doc.instance_id);
  if (task !== void 0) b.id = placedId(task, ctx.display);
  b.exitStatus = str(info?.exit_status);
  b.model = modelOf(info);
  const lines = documentLines(read, ["messages"]);
  let sawTask = false;
  let pending = [];
  const open = /* @__PURE__ */ new Map();
  let n = 0;
  messages.forEach((raw, i) => {
    const m = asRecord(raw);
    const origin = { file: ctx.display, line: lines[i] ?? 1 };
    const content = typeof m?.content === "string" ? m.content : "";
    const role = str(m?.role);
    if (role === "system") return;
    if (role === "user" && !sawTask) {
      sawTask = true;
      b.push({ kind: "user_prompt", text: content, task: true, origin });
      return;
    }
    if (role === "assistant") {
      const actions = parsedActions(m);
      if (actions !== void 0) {
        if (content.trim()) b.push({ kind: "assistant_text", text: content.trim(), origin });
        pending = actions.map((a) => ({ callId: a.callId ?? `call-${n++}`, command: a.command }));
        for (const p of pending) {
          open.set(p.callId, p.command);
          b.push({ kind: "tool_call", name: "bash", callId: p.callId, input: { command: p.command }, command: p.command, origin });
        }
        return;
      }
      const blocks = shellBlocks(content);
      const thought = (blocks.length > 0 ? content.slice(0, blocks[0].index) : content).trim();
      if (thought) b.push({ kind: "assistant_text", text: thought, origin });
      const bash = blocks.filter((blk) => blk.info === "bash");
      pending = (bash.length === 1 ? bash : blocks).map((blk) => ({ callId: `call-${n++}`, command: blk.command }));
      for (const p of pending)
        b.push({ kind: "tool_call", name: "bash", callId: p.callId, input: { command: p.command }, command: p.command, origin });
      return;
    }
    if (role === "exit") return;
    const outcome = observed(m);
    if (role === "tool") {
      const callId = str(m?.tool_call_id);
      if (callId === void 0 || !open.has(callId) || !outcome) {
        ctx.issue(origin.line, "tool message answering no call of this trajectory; skipped");
        return;
      }
      open.delete(callId);
      pending = [];
      const { exitCode, text, ran: ran2 } = outcome;
      b.push({
        kind: "tool_result",
        callId,
        toolName: "bash",
        ok: ran2 && exitCode === 0,
        ...exitCode !== void 0 ? { exitCode } : {},
        text,
        origin
      });
      return;
    }
    if (role !== "user") {
      ctx.issue(origin.line, `message with role ${JSON.stringify(role ?? null)}; skipped`);
      return;
    }
    if (str(asRecord(m?.extra)?.interrupt_type) !== void 0) {
      pending = [];
      b.push({ kind: "environment_feedback", text: content, origin });
      return;
    }
    if (outcome && pending.length === 1) {
      const ran2 = pending[0];
      pending = [];
      open.delete(ran2.callId);
      const { exitCode, text } = outcome;
      b.push({
        kind: "tool_result",
        callId: ran2.callId,
        toolName: "bash",
        ok: outcome.ran && exitCode === 0,
        ...exitCode !== void 0 ? { exitCode } : {},
        text,
        origin
      });
      return;
    }
    const rc = RETURN_CODE.exec(content);
    const ran = pending.length === 1 ? pending[0] : void 0;
    pending = [];
    if (ran && rc) {
      const exitCode = Number(rc[1]);
      const out = content.replace(RETURN_CODE, "").replace(/<\/?output>/g, "").trim();
      b.push({ kind: "tool_result", callId: ran.callId, toolName: "bash", ok: exitCode === 0, exitCode, text: out, origin });
    } else if (ran) {
      b.push({ kind: "tool_result", callId: ran.callId, toolName: "bash", ok: false, text: content, origin });
    } else {
      b.push({ kind: "environment_feedback", text: content, origin });
    }
  });
  return [b];
}

// src/transcripts/readers/specstory.ts
import path2 from "node:path";

// src/transcripts/readers/specstory-markup.ts
var OPEN2 = /^ {0,3}(`{3,}|~{3,})([^`]*)$/;
var CLOSE = /^ {0,3}(`{3,}|~{3,})\s*$/;
var GLUED_CLOSE = /^(.*[^`~\s])(`{3,}|~{3,})\s*$/;
var FenceTracker = class {
  fence;
  /**
   * Feeds one line. Returns 'opened' or 'inside' while a fence holds the line, the whole Fence when
   * this line closes it, and undefined for lines outside any fence. `gluedClose`, read when a fence
   * opens: its close may come glued to its last line, as SpecStory writes a rule Cursor fetched.
   */
  feed(line, lineNo, gluedClose = false) {
    const f = this.fence;
    if (f) {
      const c = CLOSE.exec(line);
      if (c && c[1][0] === f.marker[0] && c[1].length >= f.marker.length) {
        this.fence = void 0;
        return this.finish(f, line);
      }
      const g = f.glued ? GLUED_CLOSE.exec(line) : null;
      if (g && g[2] === f.marker) {
        this.fence = void 0;
        f.kept.push(g[1]);
        return this.finish(f, g[2]);
      }
      f.kept.push(line);
      return "inside";
    }
    const o = OPEN2.exec(line);
    if (!o) return void 0;
    this.fence = {
      line: lineNo,
      open: line,
      close: "",
      marker: o[1],
      glued: gluedClose,
      kept: new KeptLines()
    };
    return "opened";
  }
  /** A fence still open at the end of the file, closed as it stands. */
  pending() {
    const f = this.fence;
    this.fence = void 0;
    return f ? this.finish(f, "") : void 0;
  }
  finish(f, close) {
    return { line: f.line, open: f.open, close, lines: f.kept.lines() };
  }
};
function inlineCode(text) {
  const m = /`([^`]+)`/.exec(text);
  const code = m?.[1]?.trim();
  return code ? code : void 0;
}
var SLASH_COMMAND = /^\/[A-Za-z][\w:.-]*(?:[ \t][^\n]*)?$/;
var PRINTED_RESULT = /^[ \t]*⎿/;
function withoutCommandOutput(text) {
  const nl = text.indexOf("\n");
  if (nl < 0) return text;
  const typed = text.slice(0, nl).trimEnd();
  const end = text.indexOf("\n", nl + 1);
  const next = text.slice(nl + 1, end < 0 ? void 0 : end);
  return SLASH_COMMAND.test(typed) && PRINTED_RESULT.test(next) ? typed : text;
}
function specStoryTime(s) {
  const t = s.trim();
  const m = /^(\d{4}-\d{2}-\d{2})[T _](\d{2})[:-](\d{2})(?:[:-](\d{2}(?:\.\d+)?))?Z?$/.exec(t);
  if (!m) return void 0;
  return `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? "00"}Z`;
}
var TITLE_TIME = /^# .*\((\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?(Z?)\)\s*$/;
var NAME_TIME = /^(\d{4})-(\d{2})-(\d{2})_(\d{2})-(\d{2})(?:-\d{2})?Z?-/;
var QUARTER_HOUR_MS = 15 * 6e4;
var isoSeconds = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
var utcMs = (m, from) => Date.UTC(
  Number(m[from]),
  Number(m[from + 1]) - 1,
  Number(m[from + 2]),
  Number(m[from + 3]),
  Number(m[from + 4]),
  Number(m[from + 5] ?? 0)
);
function specStoryTitleTime(line, fileName) {
  const t = TITLE_TIME.exec(line);
  if (!t) return void 0;
  const title = utcMs(t, 1);
  if (Number.isNaN(title)) return void 0;
  if (t[7] === "Z") return isoSeconds(title);
  const n = NAME_TIME.exec(fileName);
  if (!n) return void 0;
  const named = utcMs(n, 1);
  const offset = Math.round((named - title) / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  const at = title + offset;
  if (Math.abs(offset) > 14 * 36e5 || at < named || at - named >= 6e4) return void 0;
  return isoSeconds(at);
}
var TERMINAL_FAILED = /^(?:[✖✗]\s|(?![^\s:]+:\d+:)[^\n]{0,80}?: no such file or directory\b)/i;
function unescapeEntities(text) {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#96);/g, (e) => ENTITIES[e]);
}
var ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#96;": "`" };
function cursorSummaryInput(rest) {
  const m = /^•\s*(?:Run command|Read file|Edit file):\s*(\S.*?)\s*$/.exec(rest.trim());
  return m?.[1];
}
function echoesCommand(first, command) {
  if (first.includes(command.split("\n", 1)[0].slice(0, 40))) return true;
  const tail2 = first.startsWith("<") ? first.slice(1).replace(/\s+/g, " ").trim() : "";
  return tail2.length >= 8 && command.replace(/\s+/g, " ").trim().endsWith(tail2);
}
function specStoryTurnMeta(inner) {
  if (!inner) return {};
  const m = /(?:^|\s)(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)$/.exec(inner.trim());
  const model = (m ? inner.trim().slice(0, m.index) : inner).trim().replace(/^model\s+/i, "").replace(/,\s*mode\s+[\w -]+$/i, "");
  const out = {};
  if (model) out.model = model;
  if (m) out.time = specStoryTime(m[1]);
  return out;
}

// src/transcripts/readers/specstory-terminal.ts
var SHELL_FENCE = /^\s*`{3,}\s*(?:bash|sh|shell|zsh|console)\s*$/;
var DIFF_FENCE = /^\s*`{3,}\s*diff(?::([^\s`]+))?\s*$/;
function pendingShell(f, { before, textAt, label }) {
  const diff = DIFF_FENCE.exec(f.open);
  const kind = SHELL_FENCE.test(f.open) ? "terminal" : diff ? "edit" : void 0;
  const body = f.lines.join("\n");
  if (!kind || !body.trim()) return void 0;
  if (kind === "terminal") {
    const opensBlock = before === void 0 || /^---\s*$/.test(before);
    return { kind, command: body.trim(), line: f.line, textAt, before, opensBlock };
  }
  const labelled = label !== void 0 && before === label.line;
  const at = labelled ? { textAt: label.textAt, before: label.before, opensBlock: true } : { textAt, before, opensBlock: before === void 0 || /^---\s*$/.test(before) };
  const path6 = diff[1] ?? diffHeaderPath(f.lines) ?? (labelled ? label.path : void 0);
  return { kind, command: body, line: f.line, ...at, ...path6 !== void 0 ? { path: path6 } : {} };
}
function editLabel(line) {
  const edit = EDIT_LINE.exec(line);
  if (edit) return edit[1];
  const heading = PATH_HEADING.exec(line);
  const path6 = heading?.[1] ?? heading?.[2];
  return path6 && (heading[1] !== void 0 || path6.includes("/") || /^\.?[\w-]+(?:\.[\w-]+)*\.[a-z][a-z\d]{0,7}$/i.test(path6)) ? path6 : void 0;
}
var EDIT_LINE = /^\s*[*_]{0,2}Edit(?:ed)? file:?[*_]{0,2}:?[ \t]+`?([^\s`*]+)`?[ \t]*[*_]{0,2}[ \t]*$/i;
var PATH_HEADING = /^#{1,6}[ \t]+(?:`([^\s`]+)`|([^\s`#*]+))[ \t]*$/;
function diffHeaderPath(lines) {
  const first = lines.findIndex((l) => l.trim() !== "");
  const git = /^diff --git a\/(\S+) b\/(\S+)$/.exec(lines[first] ?? "");
  if (git) return git[2];
  const from = /^--- (?:a\/)?(\S+)(?:\t.*)?$/.exec(lines[first] ?? "");
  const to = /^\+\+\+ (?:b\/)?(\S+)(?:\t.*)?$/.exec(lines[first + 1] ?? "");
  if (!from || !to) return void 0;
  return to[1] === "/dev/null" ? from[1] : to[1];
}
function standsAlone(cmd) {
  return cmd.opensBlock && cmd.closedBlock === true;
}
function echoFence(f) {
  return /^\s*`{3,}\s*$/.test(f.open);
}
function echoOutput(cmd, echo) {
  const lines = echoesCommand(echo.lines[0] ?? "", cmd.command) ? echo.lines.slice(1) : echo.lines;
  return lines.join("\n");
}
function opensWithTerminalFailure(out) {
  const head = out.trimStart();
  return TERMINAL_FAILED.test(head) && !NONE_FOUND.test(head);
}
function terminalFailsAfterFirstLine(command, out) {
  return failsAfterFirstLine(out, { command, alsoFailed: TERMINAL_FAILED });
}

// src/transcripts/readers/specstory-calls.ts
var FAILED_RESULT = /^(?:<tool_use_error>|File has (?:been unexpectedly modified|not been read yet)|Command timed out|InputValidationError|String to replace not found)/;
var INPUT_SUBJECT = ["command", "query", "filePath", "path", "pattern", "url"];
var READ_TOOL = /^(?:read|read_file|view|view_file|cat)$/i;
var SEARCH_TOOL = /^(?:grep|glob|search|find|codebase_search|grep_search|file_search|search_file_content)$/i;
var LABELLED_INPUT = /(?:^|\s)(path|pattern|include) `([^`]*)`/g;
var COMMAND_FENCE = /^\s*`{3,}\s*(?:bash|sh|shell|zsh|console|powershell|pwsh|ps1|cmd|bat)\s*$/i;
var SHELL_TOOL = /^(?:bash|shell|shell_command|exec_command|run_command|run_shell_command|run_terminal_cmd|local_shell)$/i;
function resultFailed(text, producer) {
  const exitCode = exitCodeFrom(text);
  if (exitCode !== void 0) return { failed: exitCode !== 0, exitCode };
  const head = text.trimStart();
  return { failed: FAILED_RESULT.test(head) || opensAsHarnessVerdict(head) || looksFailed(head, producer) && !passedByRunner(head) };
}
function listSubject(tool) {
  const values = tool.inputList?.values;
  if (!values) return void 0;
  for (const key of INPUT_SUBJECT) if (values.has(key)) return values.get(key);
  return void 0;
}
function commandFenceFirst(tool, f) {
  const shell = tool.type === "shell" || SHELL_TOOL.test(tool.name);
  return shell && tool.input === void 0 && tool.result === void 0 && COMMAND_FENCE.test(f.open);
}
function afterEcho(text, command) {
  const plain = unescapeEntities(text);
  const nl = plain.indexOf("\n");
  const first = nl < 0 ? plain : plain.slice(0, nl);
  return echoesCommand(first, command) ? nl < 0 ? "" : plain.slice(nl + 1) : plain;
}
function labelledSearch(body) {
  const found = {};
  for (const m of body.matchAll(LABELLED_INPUT)) found[m[1]] ??= m[2];
  return found.pattern !== void 0 || found.path !== void 0 ? found : void 0;
}
function callInput(t) {
  const body = t.body.join("\n").trim();
  const labelled = t.type === "search" || SEARCH_TOOL.test(t.name) ? labelledSearch(body) : void 0;
  if (labelled) return { input: labelled, code: labelled.pattern ?? labelled.path, shell: false };
  const code = t.summaryCommand ?? listSubject(t) ?? inlineCode(body) ?? t.input;
  const description = code !== void 0 ? body.slice(0, Math.max(0, body.indexOf("`"))).trim() : body;
  const shell = t.type === "shell" || SHELL_TOOL.test(t.name);
  const input = {};
  const key = shell ? "command" : t.type === "search" || SEARCH_TOOL.test(t.name) ? "pattern" : t.type === "read" || READ_TOOL.test(t.name) ? "file_path" : "input";
  if (code !== void 0) input[key] = code;
  if (description && shell) input.description = description;
  return { input, code, shell };
}
function terminalOutputFailed(command, out) {
  return resultFailed(out, { command }).failed || opensWithTerminalFailure(out) || terminalFailsAfterFirstLine(command, out);
}
function outputVerdict(result, { tool, shell, code, terminal }) {
  const judgedText = shell && code !== void 0 ? afterEcho(result.text, code) : result.text;
  const judged = resultFailed(judgedText, { tool, command: shell ? code : void 0 });
  const terminalFailed = shell && judged.exitCode === void 0 && (terminal && code !== void 0 ? terminalOutputFailed(code, judgedText) : TERMINAL_FAILED.test(judgedText.trimStart()));
  const failed2 = result.error === true || judged.failed || terminalFailed;
  return judged.exitCode !== void 0 ? { failed: failed2, exitCode: judged.exitCode } : { failed: failed2 };
}

// src/transcripts/readers/specstory-cursor-text.ts
var LINE_CALLS = [
  { re: /^Read file: (\S.*?)\s*$/, call: (m) => ({ name: "read_file", subject: m[1], result: ok("") }) },
  {
    re: /^Could not find file '?(\S.*?)'? in the workspace\.\s*$/,
    call: (m, line) => ({ name: "read_file", subject: m[1], result: failed(line) })
  },
  {
    re: /^Could not resolve URI: Error: Unable to resolve nonexistent file '(.+)'\s*$/,
    call: (m, line) => ({ name: "list_dir", subject: m[1], result: failed(line) })
  },
  {
    // "(read file)", "(codebase search)": the tool by its name in words.
    re: /^Tool call timed out after \d+m?s \(([a-z][a-z ]{1,40})\)\s*$/,
    call: (m, line) => ({ name: m[1].trim().replace(/ /g, "_"), result: failed(line) })
  },
  { re: /^Cannot edit files blocked by globalIgnore\s*$/, call: () => ({ name: "edit_file", denied: true }) },
  {
    re: /^Model tried to read (\S.*?), but was prevented due to globalignore\s*$/i,
    call: (m) => ({ name: "read_file", subject: m[1], denied: true })
  },
  {
    // Cursor's grep runs ripgrep; its error ends with rg's exit code and the folder searched, which prose never
    // does. "Error calling tool:" is the same failure as the tool itself words it.
    re: /^(?:Search failed|Error calling tool): \S.* \(exit \d+, root: \S.*\)\s*$/,
    call: (_m, line) => ({ name: "grep", result: failed(line) })
  }
];
var SUMMARY_CALLS = [
  { re: /^Listed directory (\S.*?) • \*\*\d+\*\* results?$/, name: "list_dir" },
  { re: /^Listed current directory() • \*\*\d+\*\* results?$/, name: "list_dir" },
  { re: /^Searched codebase "(.*)" • \*\*\d+\*\* results?$/, name: "codebase_search" },
  { re: /^Grep search for "(.*)" • \*\*\d+\*\* (?:files?|results?)$/, name: "grep_search" },
  { re: /^Searched web "(.*)" • \*\*\d+\*\* results?$/, name: "web_search" }
];
var SUMMARY = /^\s*<summary>(.*)<\/summary>\s*$/;
var RULE = /^---\s*$/;
function ok(text) {
  return { text, line: 0, failed: false };
}
function failed(text) {
  return { text: text.trim(), line: 0, failed: true };
}
function lineCall(text, line) {
  for (const { re, call } of LINE_CALLS) {
    const m = re.exec(text);
    if (!m) continue;
    const c = call(m, text);
    return { ...c, line, ...c.result ? { result: { ...c.result, line } } : {} };
  }
  return void 0;
}
var CursorTextCalls = class {
  held = [];
  mode = "none";
  /** A new paragraph starts with the next line: the turn's start, a blank line, a "---" rule, a fence. */
  atStart = true;
  feed(text, line) {
    const blank = !text.trim() || RULE.test(text);
    if (this.mode === "details") {
      if (RULE.test(text)) {
        const out = this.asProse();
        this.atStart = true;
        return [...out, { text, line }];
      }
      this.held.push({ text, line });
      return /^\s*<\/details>\s*$/.test(text) ? this.endDetails() : [];
    }
    if (blank) {
      const out = this.end();
      this.atStart = true;
      return [...out, { text, line }];
    }
    if (this.mode === "lines") {
      if (lineCall(text, line)) {
        this.held.push({ text, line });
        return [];
      }
      return [...this.asProse(), { text, line }];
    }
    if (this.atStart && lineCall(text, line)) {
      this.mode = "lines";
      this.held.push({ text, line });
      return [];
    }
    if (this.atStart && /^<details>\s*$/.test(text)) {
      this.mode = "details";
      this.held.push({ text, line });
      return [];
    }
    this.atStart = false;
    return [{ text, line }];
  }
  /** The paragraph ends here (a fence, a call, the turn's end): what was held, settled. */
  end() {
    const out = this.mode === "lines" ? this.held.map((h) => ({ call: lineCall(h.text, h.line) })) : this.asProse();
    this.reset();
    this.atStart = true;
    return out;
  }
  endDetails() {
    const summary = this.held.slice(1).find((h) => h.text.trim());
    const s = summary ? SUMMARY.exec(summary.text) : null;
    const known = s ? SUMMARY_CALLS.find((c) => c.re.test(s[1].trim())) : void 0;
    if (!summary || !s || !known) return this.asProse();
    const subject = known.re.exec(s[1].trim())[1];
    const body = this.held.slice(this.held.indexOf(summary) + 1, -1);
    const call = {
      name: known.name,
      ...subject ? { subject } : {},
      line: this.held[0].line,
      result: {
        text: body.map((h) => h.text).join("\n").trim(),
        line: body[0]?.line ?? summary.line,
        failed: false
      }
    };
    this.reset();
    this.atStart = true;
    return [{ call }];
  }
  asProse() {
    const out = this.held.map((h) => ({ text: h.text, line: h.line }));
    const heldAny = out.length > 0;
    this.reset();
    if (heldAny) this.atStart = false;
    return out;
  }
  reset() {
    this.held = [];
    this.mode = "none";
  }
};

// src/transcripts/readers/specstory-emit.ts
var SpecStoryCalls = class {
  constructor(out, turn) {
    this.out = out;
    this.turn = turn;
  }
  out;
  turn;
  /** The call being read. */
  tool;
  run = { calls: [], results: [], resultNext: false };
  /**
   * A call whose element closed with no result, while only blank lines have followed: Markdown v2.0 writes TodoWrite's
   * result as a bare fence right under `</tool-use>`, with no turn header between, so that fence is the call's.
   */
  resultless;
  calls = 0;
  /** Codex's commands left running ("Process running with session ID N"), settled by the `write_stdin` poll that saw them exit. */
  execs = new UnifiedExecSessions();
  flushRun() {
    const { calls, results } = this.run;
    this.run = { calls: [], results: [], resultNext: false };
    const paired = results.length === calls.length ? results : [];
    calls.forEach((c, i) => {
      const lone = results.length === 1 && i === calls.length - 1 ? results[0] : void 0;
      this.emitTool(c.t, c.where, paired[i] ?? lone);
    });
  }
  /** Ends the open call: emitted at once (an element, or a call with its result and no run), else held in the run. */
  finishTool() {
    if (!this.tool) return void 0;
    const t = this.tool;
    this.tool = void 0;
    const where = { ...this.turn.where() ?? {}, line: t.line };
    if (t.element || t.result && this.run.calls.length === 0) {
      this.flushRun();
      return { t, where, callId: this.emitTool(t, where, t.result) };
    }
    this.run.calls.push({ t, where });
    if (t.result) this.run.results.push(t.result);
    return void 0;
  }
  emitTool(t, where, result) {
    const callId = `specstory-${++this.calls}`;
    if (result && this.polled(t, callId, result)) return callId;
    const { input } = callInput(t);
    this.out.msgs.assistant({ content: [{ type: "tool_use", id: callId, name: t.name, input }] }, where);
    if (result) this.emitResult(t, where, result, callId);
    return callId;
  }
  emitResult(t, where, result, callId) {
    const { code, shell } = callInput(t);
    const { failed: failed2, exitCode } = outputVerdict(result, {
      // The element's tool type, where it names a read or a search, says what printed the output whatever the name.
      tool: t.type === "read" || t.type === "search" ? t.type : t.name,
      shell,
      code,
      terminal: t.commandFence === true
    });
    this.out.msgs.toolResult({ tool_use_id: callId, content: result.text, is_error: failed2 }, { ...where, line: result.line });
    const last = this.out.b.events[this.out.b.events.length - 1];
    if (last?.kind === "tool_result" && last.exitCode === void 0 && exitCode !== void 0) last.exitCode = exitCode;
    const session = t.name === "exec_command" && last?.kind === "tool_result" && exitCode === void 0 ? runningSession(result.text) : void 0;
    if (session !== void 0) this.execs.hold(session, { result: last, text: result.text });
  }
  /**
   * Codex's `write_stdin` polling a command this export showed left running is transport, as Codex itself treats it
   * (codex-unified-exec.ts): the poll that saw the process exit settles that command's result, and the poll is no call
   * of its own. Read call by call, `pnpm lint` "running" was a success and its exit 1 belonged to no command.
   */
  polled(t, callId, result) {
    if (t.name !== "write_stdin") return false;
    if (!this.execs.takeCall(callId, callInput(t).input) && !this.execs.takeSole(callId)) return false;
    const answer = this.execs.answer(callId, result.text);
    if (answer.kind === "settled") {
      settleResult(answer.previous, answer.exitCode);
      if (answer.previous.kind === "tool_result") answer.previous.text = answer.text;
    }
    return true;
  }
  /** A Cursor call the export wrote as text, read as the same call written as an element would be. */
  textCall(c) {
    this.turn.flushText();
    const t = {
      name: c.name,
      type: "unknown",
      line: c.line,
      element: true,
      body: [],
      inputNext: false,
      awaitingResult: false,
      ticks: 0
    };
    if (c.subject !== void 0) t.summaryCommand = c.subject;
    const where = { ...this.turn.where() ?? {}, line: c.line };
    const result = c.result && { text: c.result.text, line: c.result.line, ...c.result.failed ? { error: true } : {} };
    const callId = this.emitTool(t, where, result);
    if (c.denied)
      this.out.b.push({
        kind: "permission_denial",
        text: "",
        callId,
        toolName: c.name,
        origin: { file: this.out.display, line: c.line },
        ...where.timestamp ? { timestamp: where.timestamp } : {}
      });
  }
  /** Old Cursor layout: a shell fence and the terminal echo after it (when kept), as one call and its result. */
  terminalCall(cmd, echo) {
    this.turn.flushText();
    const callId = `specstory-${++this.calls}`;
    const where = { ...this.turn.where() ?? {}, line: cmd.line };
    this.out.msgs.assistant({ content: [{ type: "tool_use", id: callId, name: "terminal", input: { command: cmd.command } }] }, where);
    if (!echo) return;
    const out = echoOutput(cmd, echo);
    this.out.msgs.toolResult(
      { tool_use_id: callId, content: out, is_error: terminalOutputFailed(cmd.command, out) },
      { ...where, line: echo.line }
    );
  }
  /**
   * Old Cursor layout: a diff fence alone in its block is the edit it applied; its file (Cursor's edit_file calls it
   * `target_file`) only where the export states it (specstory-terminal.ts editLabel).
   */
  editCall(diff) {
    this.turn.flushText();
    const where = { ...this.turn.where() ?? {}, line: diff.line };
    this.out.msgs.assistant(
      {
        content: [
          {
            type: "tool_use",
            id: `specstory-${++this.calls}`,
            name: "edit_file",
            input: { ...diff.path !== void 0 ? { target_file: diff.path } : {}, diff: diff.command }
          }
        ]
      },
      where
    );
  }
};

// src/transcripts/readers/specstory-tool-lines.ts
var TOOL_ELEMENT = /^<tool-use\b[^>]*\bdata-tool-name="([^"]*)"/;
var TOOL_TYPE = /\bdata-tool-type="([^"]*)"/;
var PLAIN_TOOL = /^Tool use: \*\*([^*]+)\*\*\s*(.*)$/;
var SUMMARY2 = /<summary>Tool use: \*\*([^*]+)\*\*\s*(.*?)<\/summary>/;
var INPUT_LABEL = /^\s*Input\b[^:`]{0,20}:\s*(`{3,}|~{3,})?\s*$/;
var INPUT_LIST_LABEL = /^\s*\*\*Input:\*\*\s*$/;
var RESULT_AFTER_LIST = /^\s*\*\*Result:\*\*\s*$/;
var INPUT_ITEM = /^- ([A-Za-z_][\w.-]*):\s*(.*)$/;
var RESULT_LABEL = /^(Result|Error):\s*$/;
function summaryCommand(rest) {
  return inlineCode(rest) ?? cursorSummaryInput(rest);
}
function elementTool(line, lineNo) {
  const el = TOOL_ELEMENT.exec(line);
  if (!el) return void 0;
  const tool = {
    name: el[1],
    type: TOOL_TYPE.exec(line)?.[1] ?? "unknown",
    line: lineNo,
    element: true,
    body: [],
    inputNext: false,
    awaitingResult: false,
    ticks: 0
  };
  if (!line.includes("</tool-use>")) return { tool, closed: false };
  const s = SUMMARY2.exec(line);
  const cmd = s ? summaryCommand(s[2]) : void 0;
  if (cmd !== void 0) tool.summaryCommand = cmd;
  return { tool, closed: true };
}
function elementLine(tool, line, lineNo, fences) {
  if (line.includes("</tool-use>")) return "closed";
  const s = SUMMARY2.exec(line);
  if (s) {
    const cmd = summaryCommand(s[2]);
    if (cmd !== void 0) tool.summaryCommand = cmd;
  } else if (/<\/summary>\s*$/.test(line)) {
    return void 0;
  } else if (INPUT_LIST_LABEL.test(line)) {
    tool.inputList = { values: /* @__PURE__ */ new Map() };
  } else if (tool.inputList && RESULT_AFTER_LIST.test(line)) {
    tool.inputList.closed = true;
  } else if (tool.inputList && !tool.inputList.closed && INPUT_ITEM.test(line)) {
    const [, key, rest] = INPUT_ITEM.exec(line);
    const value = inlineCode(rest.trim());
    if (value !== void 0) tool.inputList.values.set(key, value);
    else if (!rest.trim()) tool.inputList.pendingKey = key;
  } else if (INPUT_LABEL.test(line)) {
    tool.inputNext = true;
    const marker = INPUT_LABEL.exec(line)[1];
    if (marker) fences.feed(marker, lineNo);
  } else if (!/^\s*<\/?(?:details|summary)>/.test(line)) tool.body.push(line);
  return void 0;
}
function plainTool(line, lineNo) {
  const plain = PLAIN_TOOL.exec(line);
  if (!plain) return void 0;
  const tool = {
    name: plain[1].trim(),
    type: "unknown",
    line: lineNo,
    element: false,
    body: [],
    inputNext: false,
    awaitingResult: false,
    ticks: 0
  };
  const rest = plain[2].trim();
  tool.inlineInHeader = inlineCode(rest) !== void 0;
  if (rest) {
    tool.body.push(rest);
    tool.ticks += rest.split("`").length - 1;
  }
  return tool;
}
function plainToolLine(tool, line) {
  if (!line.trim()) return true;
  const label = RESULT_LABEL.exec(line);
  if (label) {
    tool.awaitingResult = true;
    if (label[1] === "Error") tool.errorLabel = true;
    return true;
  }
  if (!tool.awaitingResult && (line.startsWith("`") || tool.ticks % 2 === 1)) {
    tool.body.push(line);
    tool.ticks += line.split("`").length - 1;
    return true;
  }
  return false;
}

// src/transcripts/readers/specstory-turn-text.ts
var COPILOT_UI_TURN = /^(?:@agent Try Again|File editing session)$/;
function pushText(turn, ...lines) {
  for (const line of lines) {
    turn.text.push(line);
    if (line.trim()) turn.lastNonBlank = line;
  }
}
function dropFence(turn, cmd) {
  turn.text.truncate(cmd.textAt);
  if (cmd.before === void 0) delete turn.lastNonBlank;
  else turn.lastNonBlank = cmd.before;
}
var TurnText = class {
  constructor(out) {
    this.out = out;
  }
  out;
  turn;
  /** Set once the calls exist (they end the turn's text before each call, so each needs the other). */
  calls;
  /** Old Cursor layout: a command fence alone in its block is a call with no result (specstory-terminal.ts). */
  settleShell() {
    const turn = this.turn;
    const cmd = turn?.pendingShell;
    if (!turn || !cmd) return;
    turn.pendingShell = void 0;
    if (!standsAlone(cmd)) return;
    dropFence(turn, cmd);
    if (cmd.kind === "edit") this.calls.editCall(cmd);
    else this.calls.terminalCall(cmd);
  }
  flush() {
    const turn = this.turn;
    if (!turn) return;
    if (turn.cursorText) this.items(turn.cursorText.end());
    this.settleShell();
    const text = turn.text.lines().filter((x) => !/^---\s*$/.test(x)).join("\n").trim();
    turn.text = new KeptLines();
    delete turn.lastNonBlank;
    if (!text) return;
    const w = { ...turn.where, line: turn.textLine };
    if (turn.role === "user" && this.out.copilotIde && COPILOT_UI_TURN.test(text)) return;
    if (turn.role === "user" || turn.subagentPrompt) {
      const own = turn.subagentPrompt ? text : withoutPlanHandoff(withoutCommandOutput(text));
      if (own) this.out.msgs.userText(own, w);
    } else
      this.out.b.push({
        kind: "assistant_text",
        text,
        origin: { file: this.out.display, line: w.line },
        ...w.timestamp ? { timestamp: w.timestamp } : {}
      });
  }
  /** A line of a turn's text outside any call. */
  line(line, lineNo) {
    const turn = this.turn;
    if (!turn) return;
    if (/^---\s*$/.test(line) || !line.trim()) {
      if (turn.text.count > 0) pushText(turn, line);
      if (turn.pendingShell && line.trim()) turn.pendingShell.closedBlock = true;
      return;
    }
    this.calls.flushRun();
    this.settleShell();
    if (turn.lastNonBlank === void 0) turn.textLine = lineNo;
    const opensBlock = turn.lastNonBlank === void 0 || /^---\s*$/.test(turn.lastNonBlank);
    const path6 = turn.assistantLayout && opensBlock ? editLabel(line) : void 0;
    turn.label = path6 !== void 0 ? { line, path: path6, textAt: turn.text.count, before: turn.lastNonBlank } : void 0;
    pushText(turn, line);
  }
  items(items) {
    for (const item of items)
      if (item.call) this.calls.textCall(item.call);
      else this.line(item.text, item.line);
  }
  /** Old Cursor layout: a bare fence after a pending command is the terminal's echo, and the command a call. */
  echo(f) {
    const turn = this.turn;
    this.calls.flushRun();
    const cmd = turn.pendingShell;
    turn.pendingShell = void 0;
    dropFence(turn, cmd);
    this.calls.terminalCall(cmd, f);
  }
  /** A fence in prose stays prose, markers included, so a quoted command keeps its shape. */
  fence(f) {
    const turn = this.turn;
    if (turn.cursorText) this.items(turn.cursorText.end());
    this.calls.flushRun();
    this.settleShell();
    if (turn.lastNonBlank === void 0) turn.textLine = f.line;
    const textAt = turn.text.count;
    const before = turn.lastNonBlank;
    pushText(turn, f.open, ...f.lines, f.close);
    if (turn.assistantLayout) turn.pendingShell = pendingShell(f, { before, textAt, label: turn.label });
    turn.label = void 0;
  }
};

// src/transcripts/readers/specstory.ts
var SESSION_COMMENT = /^<!--\s*(.+?) Session ([\w-]{6,}) \(([^)]*)\)\s*-->\s*$/;
var TURN = /^_\*\*(User|Agent|Assistant)(\s*-\s*sidechain)?(?:\s*\((.*)\))?\*\*_\s*$/;
var BRACKETED_SIDECHAIN = /^(?:(.*)\)\s*\()?sidechain$/;
var BARE_FENCE = /^\s*`{3,}\s*$/;
var RULE_HEADING = /^#{2,4} Rule: \S/;
var PROVIDERS = [
  [/^Claude Code/i, "claude-code"],
  [/^Codex/i, "codex"],
  [/^Gemini/i, "gemini-cli"],
  // VS Code's Copilot ("VS Code Copilot IDE", "copilotide" in other SpecStory versions, plain "vscode" in older ones,
  // which wrote the same session again under the newer name) reads what Copilot CLI reads
  // (.github/copilot-instructions.md, AGENTS.md): one kind for both.
  [/^(?:(?:VS Code |GitHub )?Copilot|vs ?code$)/i, "copilot-cli"]
];
function agentOf(provider) {
  return PROVIDERS.find(([re]) => re.test(provider))?.[1] ?? "generic";
}
function readSpecStory(ctx) {
  const first = new SessionBuilder("generic", "specstory-md", ctx);
  const out = { b: first, msgs: new ClaudeMessages(first, ctx.display), display: ctx.display };
  const fences = new FenceTracker();
  const text = new TurnText(out);
  const calls = new SpecStoryCalls(out, { flushText: () => text.flush(), where: () => text.turn?.where });
  text.calls = calls;
  let inThink = false;
  let headerSeen = false;
  let cursorHeader = false;
  let agentSpoke = false;
  let ruleFence = false;
  const onFence = (f) => {
    const fenced = f.lines.join("\n");
    const tool = calls.tool;
    const run = calls.run;
    const turn = text.turn;
    const owner = calls.resultless;
    calls.resultless = void 0;
    if (owner && !tool && BARE_FENCE.test(f.open)) {
      calls.emitResult(owner.t, owner.where, { text: fenced, line: f.line }, owner.callId);
    } else if (!tool && run.resultNext) {
      run.results.push({ text: fenced, line: f.line, ...run.resultError ? { error: true } : {} });
      run.resultNext = false;
      run.resultError = false;
    } else if (tool?.inputList?.pendingKey !== void 0) {
      tool.inputList.values.set(tool.inputList.pendingKey, fenced);
      delete tool.inputList.pendingKey;
    } else if (tool?.inputList && !tool.inputList.closed) {
    } else if (tool && tool.inputNext) {
      tool.input = fenced;
      tool.inputNext = false;
    } else if (tool?.element && commandFenceFirst(tool, f)) {
      tool.input = fenced;
      tool.commandFence = true;
    } else if (tool?.element) {
      tool.result = { text: fenced, line: f.line };
    } else if (tool?.commandFence && !tool.awaitingResult && BARE_FENCE.test(f.open)) {
      tool.result = { text: fenced, line: f.line };
      calls.finishTool();
    } else if (tool && !tool.awaitingResult && tool.inlineInHeader !== true) {
      tool.commandFence = commandFenceFirst(tool, f);
      tool.input = fenced;
    } else if (tool) {
      tool.result = { text: fenced, line: f.line, ...tool.errorLabel ? { error: true } : {} };
      calls.finishTool();
    } else if (turn?.pendingShell?.kind === "terminal" && echoFence(f)) {
      text.echo(f);
    } else if (turn) {
      text.fence(f);
    }
  };
  for (const batch of readLineBatches(ctx.file, ctx.lineOpts))
    for (const l of batch) {
      if (unreadableLine(ctx, l)) continue;
      const line = l.text;
      const fenceEvent = fences.feed(line, l.line, ruleFence);
      if (fenceEvent === "opened") ruleFence = false;
      if (fenceEvent === "inside" || fenceEvent === "opened") continue;
      if (fenceEvent) {
        if (!inThink) onFence(fenceEvent);
        continue;
      }
      if (inThink) {
        if (line.includes("</think>")) inThink = false;
        continue;
      }
      if (line.trim()) calls.resultless = void 0;
      if (!headerSeen) {
        const h = SESSION_COMMENT.exec(line);
        if (h) {
          headerSeen = true;
          const agent = agentOf(h[1]);
          cursorHeader = /^cursor\b/i.test(h[1]);
          out.copilotIde = agent === "copilot-cli";
          if (agent !== out.b.agent && out.b.size === 0) {
            out.b = new SessionBuilder(agent, "specstory-md", ctx);
            out.msgs = new ClaudeMessages(out.b, ctx.display);
          }
          out.b.id = h[2];
          out.b.seen(specStoryTime(h[3]));
          continue;
        }
        const titled = out.b.startedAt === void 0 ? specStoryTitleTime(line, path2.basename(ctx.display)) : void 0;
        if (titled) {
          out.b.seen(titled);
          continue;
        }
      }
      const b = out.b;
      const t = calls.tool?.element ? null : TURN.exec(line);
      if (t) {
        calls.finishTool();
        text.flush();
        headerSeen = true;
        ruleFence = false;
        const bracketed = t[3] === void 0 ? null : BRACKETED_SIDECHAIN.exec(t[3]);
        const parts2 = specStoryTurnMeta(bracketed ? bracketed[1] : t[3]);
        if (parts2.model && !parts2.model.startsWith("<") && !b.model) b.model = parts2.model;
        const sidechain = t[2] !== void 0 || bracketed !== null;
        const role = t[1] === "User" ? "user" : "agent";
        if (role === "user" || sidechain !== (b.marks.sidechain === true)) calls.flushRun();
        if (sidechain) b.marks.sidechain = true;
        else delete b.marks.sidechain;
        const unverified = role === "user" && agentSpoke;
        if (role === "agent") agentSpoke = true;
        const turn2 = {
          role,
          where: { line: l.line, ...parts2.time ? { timestamp: parts2.time } : {}, ...unverified ? { unverified } : {} },
          text: new KeptLines(),
          textLine: l.line,
          subagentPrompt: sidechain && role === "agent" && !parts2.model,
          assistantLayout: t[1] === "Assistant"
        };
        text.turn = turn2;
        if (role === "agent" && !turn2.subagentPrompt && (cursorHeader || turn2.assistantLayout)) turn2.cursorText = new CursorTextCalls();
        continue;
      }
      const tool = calls.tool;
      if (tool?.element) {
        if (elementLine(tool, line, l.line, fences) === "closed") {
          const ended = calls.finishTool();
          if (ended && !ended.t.result) calls.resultless = ended;
        }
        continue;
      }
      if (tool) {
        if (plainToolLine(tool, line)) continue;
        calls.finishTool();
      }
      const opened = elementTool(line, l.line);
      if (opened) {
        text.flush();
        calls.tool = opened.tool;
        if (opened.closed) calls.finishTool();
        continue;
      }
      const turn = text.turn;
      const plain = turn?.role === "agent" ? plainTool(line, l.line) : void 0;
      if (plain) {
        if (calls.run.results.length > 0) calls.flushRun();
        text.flush();
        calls.tool = plain;
        continue;
      }
      if (line.startsWith("<think>")) {
        inThink = !line.includes("</think>");
        continue;
      }
      const run = calls.run;
      const runLabel = run.calls.length > 0 ? RESULT_LABEL.exec(line) : null;
      if (runLabel) {
        run.resultNext = true;
        run.resultError = runLabel[1] === "Error";
        continue;
      }
      if (!turn) continue;
      if (turn.assistantLayout && RULE_HEADING.test(line)) ruleFence = true;
      if (!turn.cursorText) text.line(line, l.line);
      else {
        if (line.trim() && !/^---\s*$/.test(line)) {
          calls.flushRun();
          text.settleShell();
        }
        text.items(turn.cursorText.feed(line, l.line));
      }
    }
  const open = fences.pending();
  if (open) {
    ctx.issue(open.line, "code fence never closed; its text was kept");
    onFence(open);
  }
  calls.finishTool();
  calls.flushRun();
  text.flush();
  out.b.cwd ??= exportedFrom(ctx.file);
  return [out.b];
}
function exportedFrom(file) {
  const history = path2.dirname(path2.resolve(file));
  if (path2.basename(history) !== "history" || path2.basename(path2.dirname(history)) !== ".specstory") return void 0;
  return path2.dirname(path2.dirname(history));
}

// src/transcripts/readers/gemini.ts
function partsText(v) {
  if (typeof v === "string") return v;
  return Array.isArray(v) ? blockText(v.filter((p) => typeof asRecord(p)?.text === "string")) : "";
}
function hasTextPart(v) {
  return typeof v === "string" || Array.isArray(v) && v.some((p) => typeof asRecord(p)?.text === "string");
}
function readGemini(ctx) {
  const b = new SessionBuilder("gemini-cli", "gemini-cli-chat", ctx);
  const ignored = new IgnoredTypes();
  const header2 = (o) => {
    b.id ??= str(o.sessionId);
    b.seen(o.startTime);
    b.seen(o.lastUpdated);
  };
  const byId = /* @__PURE__ */ new Map();
  let anonymous = 0;
  const keep = (rec) => {
    const id = str(asRecord(rec.value)?.id) ?? `#${anonymous++}`;
    if (byId.has(id)) byId.delete(id);
    byId.set(id, rec);
  };
  if (isDocument(ctx)) {
    const read = readJsonDocument(ctx.file, ctx.issue, ctx.lineOpts, ["messages"]);
    const doc = read && documentObject(read, ctx)?.value;
    if (!read || !doc) return [];
    header2(doc);
    const lines = documentLines(read, ["messages"]);
    const messages = Array.isArray(doc.messages) ? doc.messages : [];
    messages.forEach((value, i) => keep({ line: lines[i] ?? 1, value }));
  } else {
    for (const batch of jsonlRecords(ctx.file, ctx.issue, ctx.lineOpts)) {
      for (const rec of batch) {
        const o = asRecord(rec.value);
        if (!o) ctx.issue(rec.line, "not a JSON object");
        else if ("$set" in o) header2(asRecord(o.$set) ?? {});
        else if (typeof o.sessionId === "string" && o.type === void 0) {
          header2(o);
          if (Array.isArray(o.messages)) for (const value of o.messages) keep({ line: rec.line, value });
        } else keep(rec);
      }
    }
  }
  for (const rec of byId.values()) {
    const m = asRecord(rec.value);
    if (!m) {
      ctx.issue(rec.line, "message is not a JSON object");
      continue;
    }
    const timestamp = str(m.timestamp);
    const place = { origin: { file: ctx.display, line: rec.line }, ...timestamp ? { timestamp } : {} };
    const type = str(m.type);
    if (type === "user") {
      if ("displayContent" in m && !hasTextPart(m.displayContent)) continue;
      const text = typedPart(partsText("displayContent" in m ? m.displayContent : m.content)).trim();
      const unverified = typeof m.content === "string" && !("displayContent" in m);
      if (text) b.push({ kind: "user_prompt", text, ...place, ...unverified ? { unverified } : {} });
    } else if (type === "gemini") {
      b.model ??= str(m.model);
      const text = partsText(m.content).trim();
      if (text) b.push({ kind: "assistant_text", text, ...place });
      for (const raw of Array.isArray(m.toolCalls) ? m.toolCalls : []) toolCall(b, asRecord(raw) ?? {}, place);
    } else if (type === "info" && /^Request cancell?ed/i.test(partsText(m.content).trim())) {
      b.push({ kind: "interrupt", text: partsText(m.content).trim(), ...place });
    } else if (type === "error") {
      b.push({ kind: "api_error", text: partsText(m.content), ...place });
    } else if (type !== "info") ignored.add(type ?? "untyped");
  }
  ignored.report(ctx);
  return [b];
}
function toolCall(b, c, place) {
  const name = str(c.name) ?? "unknown";
  const callId = str(c.id);
  const at = { ...place, ...str(c.timestamp) ? { timestamp: str(c.timestamp) } : {} };
  b.push(toolCallEvent({ name, input: c.args ?? {}, callId }, at));
  const status = str(c.status);
  const responses = Array.isArray(c.result) ? c.result : [];
  const response = asRecord(asRecord(asRecord(responses[0])?.functionResponse)?.response);
  if (!response && status === void 0) return;
  const result = geminiResult(name, response, { status, resultDisplay: c.resultDisplay });
  if ("cancelled" in result) b.push({ kind: "interrupt", text: result.cancelled, ...at });
  else b.push(toolResultEvent({ ...result, callId, toolName: name }, at));
}

// src/transcripts/readers/console-groups.ts
var GROUP_PART = /^(read(?:ing)? (\d{1,6}) files?|search(?:ed|ing) for (\d{1,6}) patterns?|list(?:ed|ing) (\d{1,6}) director(?:y|ies)|r(?:an|unning) (\d{1,6}) shell commands?|(?:thought|thinking) for \d+(?:\.\d+)?(?:ms|[smh])(?: \d+[sm])?|committed [0-9a-f]{7,40}|merged \S+)$/i;
var GROUP_TAIL = /\s*(?:· \d+(?:\.\d+)?[smh](?: \d+[sm])?)?\s*(?:…|\.\.\.)?\s*(?:\(ctrl\+[a-z] to expand\))?$/;
var EXPAND_HINT = /\(ctrl\+[a-z] to expand\)\s*$/;
var GROUP_TOOLS = [
  [/^read/i, "Read"],
  [/^search/i, "Grep"],
  [/^list/i, "LS"],
  [/^(?:ran|running|committed|merged)/i, "Bash"],
  [/^thought|^thinking/i, void 0]
];
var GROUP_MAX = 200;
function groupCalls(text) {
  if (text.includes("\n")) return void 0;
  const parts2 = text.replace(GROUP_TAIL, "").split(/, (?:and )?/);
  const names = [];
  for (const part of parts2) {
    const m = GROUP_PART.exec(part);
    if (!m) return void 0;
    const name = GROUP_TOOLS.find(([re]) => re.test(m[1]))[1];
    if (!name) continue;
    const count = Math.min(Number(m[2] ?? m[3] ?? m[4] ?? m[5] ?? 1), GROUP_MAX - names.length);
    for (let i = 0; i < count; i++) names.push(name);
  }
  return names;
}
var DRAWN_AS = { Read: /^Read$/, Grep: /^(?:Search|Grep|Glob)$/, LS: /^(?:List|LS)$/ };
var GROUP_NOTE = /^(?:\+\d+ more tool uses?\b.*|Loaded \S.*)$/;
var ConsoleGroup = class {
  constructor(names, where) {
    this.names = names;
    this.where = where;
  }
  names;
  where;
  listed = [];
  /** A line under the group drew a call it does not count: the lines are not its listing. */
  foreign = false;
  /**
   * Takes a block drawn under the group when every line of it draws one of its calls or is the UI's note (then
   * true); a block that says anything else is not the group's (false), and ends it.
   */
  lists(text, drawn) {
    const lines = text.split("\n");
    const calls = lines.map((l) => GROUP_NOTE.test(l) ? null : drawn(l));
    if (calls.some((c) => c === void 0)) return false;
    for (const c of calls) {
      if (!c) continue;
      const kind = Object.keys(DRAWN_AS).find((k) => DRAWN_AS[k].test(c.name));
      if (!kind || !this.names.includes(kind) || this.listed.length >= this.names.length) this.foreign = true;
      else this.listed.push({ name: kind, input: c.input });
    }
    return true;
  }
  /**
   * The group's calls in order, each with the input listed for it when the listing fits the group (no kind listed
   * more often than the group counts it, nothing listed that it does not count); input-less otherwise.
   */
  calls() {
    const byKind = /* @__PURE__ */ new Map();
    for (const l of this.listed) {
      const inputs = byKind.get(l.name);
      if (inputs) inputs.push(l.input);
      else byKind.set(l.name, [l.input]);
    }
    const fits = !this.foreign && [...byKind].every(([kind, inputs]) => inputs.length <= this.names.filter((n) => n === kind).length);
    return this.names.map((name) => ({ name, input: (fits ? byKind.get(name)?.shift() : void 0) ?? {} }));
  }
};

// src/transcripts/readers/console.ts
var CALL = /^([A-Z][\w-]*(?: [A-Z][\w-]*)*|mcp__[\w-]+|[a-z][\w-]*:[a-z][\w-]*|[\w.-]+ - [\w.-]+ \(MCP\))\(([\s\S]*)\)(?: (?:Haiku|Sonnet|Opus)(?: \d+(?:\.\d+)?)?)?$/;
var MCP_DRAWN = /^([\w.-]+) - ([\w.-]+) \(MCP\)$/;
var ANSWERED = /^User answered Claude's questions:$/;
var MARKER2 = /^(?:([>❯]) |([⏺●]) ?|\s*(⎿) ?)/u;
var BANNER = /^[│|] ✻ Welcome to Claude Code\b|^\s*[\u2580-\u259f][\u2580-\u259f ]*Claude Code v\d+\.\d+/u;
var RULE2 = /^[─━]{20,}$/;
var FAILED = /^(?:Error\b|Exit code [1-9]|Interrupted\b|User rejected|Tool use rejected\b|No such file|Command timed out)/;
var PRE_BANNER_LINES = 400;
function readConsole(ctx) {
  const b = new SessionBuilder("claude-code", "claude-code-console", ctx);
  b.marks.lowFidelity = true;
  const msgs = new ClaudeMessages(b, ctx.display);
  let block;
  let lastCall;
  let group;
  let calls = 0;
  let afterSlashCommand = false;
  let preBanner = [];
  let preBannerLines = 0;
  let inBox = false;
  const emitGroup = () => {
    if (!group) return;
    for (const { name, input } of group.calls()) {
      const id = `console-${++calls}`;
      msgs.assistant({ content: [{ type: "tool_use", id, name, input }] }, group.where);
      if (name !== "Bash") msgs.toolResult({ tool_use_id: id, content: "", is_error: false }, group.where);
    }
    group = void 0;
  };
  const emit = (bl) => {
    const text = bl.lines.join("\n").trim();
    if (!text) return;
    const w = { line: bl.line };
    if (group && bl.kind === "result" && group.lists(text, drawnCall)) return;
    emitGroup();
    const expansion = afterSlashCommand && bl.kind === "user";
    afterSlashCommand = bl.kind === "user" && !expansion && text.startsWith("/");
    if (bl.kind === "user") {
      msgs.userText(text, w, expansion);
      lastCall = void 0;
      return;
    }
    if (bl.kind === "result") {
      if (!lastCall) {
        if (/^Interrupted\b/.test(text)) msgs.userText("[Request interrupted by user]", w);
        return;
      }
      const body = text.replace(/^Interrupted\b.*/, "[Request interrupted by user]");
      const failed2 = (exitCodeFrom(body) ?? 0) !== 0 || FAILED.test(body) || looksFailed(body, { tool: lastCall.name, command: lastCall.command });
      msgs.toolResult({ tool_use_id: lastCall.id, content: body, is_error: failed2 }, w);
      lastCall = void 0;
      return;
    }
    const names = groupCalls(text);
    if (names) {
      group = new ConsoleGroup(names, w);
      lastCall = void 0;
      return;
    }
    const call = ANSWERED.test(text) ? { name: "AskUserQuestion", input: { input: "" } } : drawnCall(text);
    if (call) {
      const id = `console-${++calls}`;
      msgs.assistant({ content: [{ type: "tool_use", id, name: call.name, input: call.input }] }, w);
      lastCall = { id, name: call.name, ..."command" in call.input ? { command: call.input.command } : {} };
      return;
    }
    b.push({ kind: "assistant_text", text, origin: { file: ctx.display, line: bl.line } });
    lastCall = void 0;
  };
  const emitPreBanner = () => {
    const held = preBanner ?? [];
    preBanner = void 0;
    held.forEach(emit);
  };
  let unmarked;
  let blankBefore = false;
  const startGroup = (g) => {
    flush();
    block = { kind: "assistant", line: g.line, lines: new KeptLines(g.text) };
    flush();
    blankBefore = false;
  };
  const flush = () => {
    if (!block) return;
    const bl = block;
    block = void 0;
    if (!preBanner) return emit(bl);
    preBanner.push(bl);
    preBannerLines += bl.lines.count;
    if (preBannerLines > PRE_BANNER_LINES) emitPreBanner();
  };
  for (const batch of readLineBatches(ctx.file, ctx.lineOpts))
    for (const l of batch) {
      if (unreadableLine(ctx, l)) continue;
      const line = l.text.trimEnd();
      if (preBanner && BANNER.test(line)) {
        block = void 0;
        preBanner = void 0;
        continue;
      }
      if (RULE2.test(line)) {
        flush();
        inBox = !inBox;
        continue;
      }
      if (inBox) continue;
      const m = MARKER2.exec(line);
      if (unmarked) {
        const alone = !!m || line === "" || !/^\s/.test(line);
        if (alone) startGroup(unmarked);
        else {
          block?.lines.push(unmarked.text);
          blankBefore = false;
        }
        unmarked = void 0;
      }
      if (m) {
        flush();
        block = { kind: m[1] ? "user" : m[2] ? "assistant" : "result", line: l.line, lines: new KeptLines(line.slice(m[0].length)) };
        blankBefore = false;
        continue;
      }
      const names = /^ {0,2}\S/.test(line) ? groupCalls(line.trim()) : void 0;
      if (names && EXPAND_HINT.test(line)) {
        startGroup({ text: line.trim(), line: l.line });
        continue;
      }
      if (names && (blankBefore || !block)) {
        unmarked = { text: line.trim(), line: l.line };
        continue;
      }
      blankBefore = line === "";
      if (!block) continue;
      if (line === "" || /^\s/.test(line)) block.lines.push(line.trim());
      else flush();
    }
  if (unmarked) startGroup(unmarked);
  flush();
  emitPreBanner();
  emitGroup();
  return [b];
}
function drawnCall(text) {
  const call = CALL.exec(text.includes("\n") ? text.replace(/\s*\n\s*/g, " ") : text);
  if (!call || call[2].includes("\n")) return void 0;
  const mcp = MCP_DRAWN.exec(call[1]);
  const name = mcp ? `mcp__${mcp[1]}__${mcp[2]}` : call[1];
  const arg = call[2].trim();
  return { name, input: /^(?:Bash|Shell)$/.test(name) ? { command: arg } : { input: arg } };
}

// src/transcripts/readers/copilot-cli.ts
import { basename as basename4, dirname as dirname3 } from "node:path";
var SKIPPED2 = /* @__PURE__ */ new Set([
  "session.info",
  "session.warning",
  "session.idle",
  "session.shutdown",
  "session.title_changed",
  "session.model_change",
  "session.mode_changed",
  "session.usage_info",
  "session.usage_checkpoint",
  "session.context_changed",
  "session.truncation",
  "session.compaction_start",
  "session.plan_changed",
  "session.todos_changed",
  "session.workspace_file_changed",
  "session.task_complete",
  "session.skills_loaded",
  "session.mcp_servers_loaded",
  "session.tools_updated",
  "session.binary_asset",
  "assistant.turn_start",
  "assistant.turn_end",
  "assistant.intent",
  "assistant.reasoning",
  "assistant.reasoning_delta",
  "assistant.message_start",
  "assistant.message_delta",
  "assistant.streaming_delta",
  "assistant.usage",
  "assistant.idle",
  "tool.user_requested",
  "tool.execution_partial_result",
  "tool.execution_progress",
  "permission.requested",
  "subagent.started",
  "subagent.completed",
  "subagent.failed",
  "subagent.selected",
  "subagent.deselected",
  "hook.start",
  "hook.end",
  "hook.progress",
  "skill.invoked",
  "system.message",
  "system.notification",
  "pending_messages.modified"
]);
function typedByPerson(d) {
  if (d.source !== void 0 && d.source !== "user") return false;
  return d.isAutopilotContinuation !== true && d.crossSession === void 0;
}
var REMINDER = /<(?:system_reminder|system-reminder|reminder)>/;
function exitCodeOf(d, result, text) {
  const blocks = Array.isArray(result?.contents) ? result.contents : [];
  for (const raw of blocks) {
    const b = asRecord(raw);
    if ((b?.type === "shell_exit" || b?.type === "terminal") && typeof b.exitCode === "number") return b.exitCode;
  }
  const shell = asRecord(d.shellExecution);
  if (typeof shell?.exitCode === "number") return shell.exitCode;
  return shellExitCode(text) ?? exitCodeFrom(text);
}
function readCopilotCli(ctx) {
  const b = new SessionBuilder("copilot-cli", "copilot-cli", ctx);
  const ignored = new IgnoredTypes(SKIPPED2);
  const calls = /* @__PURE__ */ new Map();
  const refused2 = /* @__PURE__ */ new Set();
  const shells = new CopilotShells();
  const call = (callId, name, rawArgs, place) => {
    if (callId && calls.has(callId)) return;
    if (callId) calls.set(callId, name);
    const input = parseJsonArguments(rawArgs);
    if (callId && shells.takeCall(callId, name, input)) return;
    b.push(toolCallEvent({ name, input, callId }, place));
  };
  for (const batch of jsonlRecords(ctx.file, ctx.issue, ctx.lineOpts)) {
    for (const rec of batch) {
      const o = asRecord(rec.value);
      const d = asRecord(o?.data);
      if (!o || !d) {
        ctx.issue(rec.line, o ? "event without a data object" : "not a JSON object");
        continue;
      }
      const type = str(o.type) ?? "untyped";
      const timestamp = str(o.timestamp);
      const place = { origin: { file: ctx.display, line: rec.line }, ...timestamp ? { timestamp } : {} };
      const subagent = typeof o.agentId === "string" || typeof d.parentToolCallId === "string";
      b.marks = subagent ? { sidechain: true } : {};
      b.seen(timestamp);
      if (type === "session.start" || type === "session.resume") {
        if (type === "session.start") b.id ??= str(d.sessionId);
        const c = asRecord(d.context);
        b.cwd ??= str(c?.cwd);
        b.gitBranch ??= str(c?.branch);
        b.model ??= str(d.selectedModel);
      } else if (type === "user.message") {
        if (subagent || !typedByPerson(d)) continue;
        const raw = str(d.content) ?? "";
        const cut = raw.search(REMINDER);
        const text = (cut >= 0 ? raw.slice(0, cut) : raw).trim();
        if (text) b.push({ kind: "user_prompt", text, ...place });
      } else if (type === "assistant.message") {
        const text = (str(d.content) ?? "").trim();
        if (text) b.push({ kind: "assistant_text", text, ...place });
        for (const raw of Array.isArray(d.toolRequests) ? d.toolRequests : []) {
          const r = asRecord(raw);
          if (r) call(str(r.toolCallId), str(r.name) ?? "unknown", r.arguments, place);
        }
      } else if (type === "assistant.turn_start" && typeof d.model === "string") {
        b.model ??= d.model;
      } else if (type === "tool.execution_start") {
        const server = str(d.mcpServerName);
        const name = str(d.toolName) ?? "unknown";
        call(str(d.toolCallId), server ? `mcp__${server}__${str(d.mcpToolName) ?? name}` : name, d.arguments, place);
      } else if (type === "tool.execution_complete") {
        const callId = str(d.toolCallId);
        if (callId && refused2.has(callId)) continue;
        const result = asRecord(d.result);
        const error = asRecord(d.error);
        const output = str(result?.content) ?? str(result?.detailedContent) ?? "";
        const text = d.success === false && error ? [str(error.message), output].filter(Boolean).join("\n") : output;
        const exitCode = exitCodeOf(d, result, text);
        if (shells.isPoll(callId)) {
          const answer = shells.answer(callId, text, exitCode);
          if (answer.kind === "settled") {
            settleResult(answer.previous, answer.exitCode);
            b.setText(answer.previous, answer.text);
          }
          continue;
        }
        const ok2 = d.success !== false && (exitCode === void 0 || exitCode === 0);
        const pushed = b.push(toolResultEvent({ ok: ok2, text, callId, toolName: callId ? calls.get(callId) : void 0, exitCode }, place));
        const shell = exitCode === void 0 && d.success !== false ? stillRunningShell(text) : void 0;
        if (shell !== void 0) shells.hold(shell, pushed, text);
      } else if (type === "permission.completed") {
        const kind = str(asRecord(d.result)?.kind) ?? "";
        if (!/denied/i.test(kind)) continue;
        const callId = str(d.toolCallId);
        if (callId) refused2.add(callId);
        const toolName = callId ? calls.get(callId) : void 0;
        b.push({ kind: "permission_denial", text: kind, ...callId ? { callId } : {}, ...toolName ? { toolName } : {}, ...place });
      } else if (type === "abort") {
        b.push({ kind: "interrupt", text: str(d.reason) ?? "abort", ...place });
      } else if (type === "session.error") {
        const status = typeof d.statusCode === "number" ? d.statusCode : void 0;
        const text = [str(d.errorType), str(d.message)].filter(Boolean).join(": ") || "session error";
        b.push({ kind: "api_error", text, ...status !== void 0 ? { status } : {}, ...place });
      } else if (type === "session.compaction_complete") {
        b.push({ kind: "compaction", summary: str(d.summaryContent) ?? str(d.summary) ?? "", ...place });
      } else {
        ignored.add(type);
      }
    }
  }
  b.marks = {};
  ignored.report(ctx);
  b.id ??= basename4(ctx.file) === "events.jsonl" ? basename4(dirname3(ctx.file)) : void 0;
  return [b];
}

// src/transcripts/registry.ts
var READERS = {
  "claude-code-jsonl": { read: readClaudeCode },
  "claude-stream-json": { read: readStreamJson },
  "managed-agents-events": { read: readManagedAgents },
  "codex-rollout": { read: readCodex },
  "generic-chat": { read: readGeneric },
  "openhands-events": { read: readOpenHands },
  "swe-agent-traj": { read: readSweAgent },
  "aider-history": { read: readAider, text: 'aider (a "# aider chat started at" line)' },
  "mini-swe-agent-traj": { read: readMiniSweAgent },
  "specstory-md": { read: readSpecStory, text: "SpecStory (a turn header such as _**User**_, or its generator comment)" },
  "gemini-cli-chat": { read: readGemini },
  "gemini-cli-logs": { read: readGeminiLogs },
  "gemini-cli-share": { read: readGeminiShare, text: 'Gemini CLI /chat share (a first line "## USER \u{1F9D1}\u200D\u{1F4BB}")' },
  "gemini-cli-history": { read: readGeminiHistory },
  "claude-code-history": { read: readClaudeHistory },
  "codex-history": { read: readCodexHistory },
  "claude-code-console": { read: readConsole, text: "Claude Code console text (\u23FA or \u25CF with \u276F or \u23BF)" },
  "cursor-export": { read: readCursorExport, text: 'Cursor export (an "_Exported on \u2026 from Cursor_" stamp and **User** turns)' },
  "copilot-cli": { read: readCopilotCli },
  "copilot-cli-share": { read: readCopilotShare, text: 'Copilot CLI /share (a first line "# \u{1F916} Copilot CLI Session")' },
  "grok-cli": { read: readGrok },
  "cline-ui-messages": { read: readClineUi },
  "cline-api-history": { read: readCline },
  "cline-export-md": { read: readClineExport, text: 'Cline or Roo Code task export (a first "**User:**" then <task>)' },
  "opencode-export-md": { read: readOpencodeExport, text: 'opencode /export (a "# title", then "**Session ID:** ses_\u2026")' }
};
var READER_FORMATS = Object.keys(READERS);
function textFormatMarks() {
  return Object.values(READERS).flatMap((r) => r.text ? [r.text] : []).join(", ");
}

// src/transcripts/detect.ts
var SAMPLE_BYTES = HEAD_BYTES;
var CODEX_TYPES = /* @__PURE__ */ new Set(["session_meta", "response_item", "event_msg", "turn_context", "compacted"]);
var STREAM_TYPES = /* @__PURE__ */ new Set(["system", "assistant", "user", "result", "stream_event"]);
var CLAUDE_CODE_TYPES = /* @__PURE__ */ new Set(["file-history-snapshot", "queue-operation", "summary", "progress"]);
var COPILOT_TYPE = /^[a-z_]+\.[a-z_]+$/;
var MANAGED_TYPE = /^(?:user|agent|session|span|system|workflow_run)\.[a-z_]+$/;
function classifyRecord(v) {
  if (Array.isArray(v)) return v.length > 0 ? classifyRecord(v[0]) : null;
  const o = asRecord(v);
  if (!o) return null;
  const type = str(o.type);
  if (isMiniSweAgent(o)) return "mini-swe-agent-traj";
  if (isClineUiMessage(o)) return "cline-ui-messages";
  if (isClineTask(o)) return "cline-api-history";
  if (isGeminiLogEntry(o)) return "gemini-cli-logs";
  if (isClaudeHistoryEntry(o)) return "claude-code-history";
  if (isCodexHistoryEntry(o)) return "codex-history";
  if (typeof o.sessionId === "string" && typeof o.projectHash === "string") return "gemini-cli-chat";
  if (type === "gemini" && "id" in o) return "gemini-cli-chat";
  if (type && CODEX_TYPES.has(type) && "payload" in o) return "codex-rollout";
  if (type && COPILOT_TYPE.test(type) && asRecord(o.data)) return "copilot-cli";
  if (isGrokItem(o)) return "grok-cli";
  if (type && MANAGED_TYPE.test(type)) return "managed-agents-events";
  if (type && STREAM_TYPES.has(type) && typeof o.session_id === "string") return "claude-stream-json";
  if (type === "system" && o.subtype === "init") return "claude-stream-json";
  if (typeof o.sessionId === "string" || type && CLAUDE_CODE_TYPES.has(type) || "uuid" in o && "parentUuid" in o) {
    return "claude-code-jsonl";
  }
  if (Array.isArray(o.trajectory)) return "swe-agent-traj";
  if (("action" in o || "observation" in o) && typeof o.source === "string") return "openhands-events";
  if (Array.isArray(o.data)) return classifyRecord(o.data[0]);
  if (isGeminiContent(o) || Array.isArray(o.history) && isGeminiContent(o.history[0])) return "gemini-cli-history";
  if (Array.isArray(o.history) && typeof asRecord(o.history[0])?.role === "string") return "generic-chat";
  if (Array.isArray(o.messages)) return o.messages.length > 0 ? "generic-chat" : null;
  if (typeof o.role === "string" || typeof asRecord(o.message)?.role === "string") return "generic-chat";
  return null;
}
function isMiniSweAgent(o) {
  if (typeof o.trajectory_format === "string") return o.trajectory_format.startsWith("mini-swe-agent");
  const info = asRecord(o.info);
  return Array.isArray(o.messages) && info !== void 0 && ("exit_status" in info || "mini_version" in info);
}
var SPECSTORY = /^<!-- Generated by SpecStory|^<!-- .{1,60} Session [\w-]{6,} \(|^_\*\*(?:User|Agent|Assistant)\b[^\n]*\*\*_\s*$/m;
var CONSOLE_ASSISTANT = /^⏺ /mu;
var CONSOLE_OTHER = /^[>❯] \S|^\s*⎿ /mu;
var CONSOLE_BULLET = /^● \S/mu;
var CONSOLE_BULLET_OTHER = /^❯ \S|^\s*⎿ /mu;
function detectText(text, file) {
  if (COPILOT_SHARE_TITLE.test(text.trimStart().split("\n", 1)[0].trimEnd())) return { format: "copilot-cli-share" };
  if (CLINE_EXPORT_START.test(text.trimStart())) return { format: "cline-export-md" };
  if (OPENCODE_EXPORT_HEAD.test(text.trimStart())) return { format: "opencode-export-md" };
  if (/^# aider chat started at /m.test(text)) return { format: "aider-history" };
  if (SPECSTORY.test(text)) return { format: "specstory-md" };
  if (CURSOR_EXPORT_STAMP.test(text.slice(0, 1024)) && /^\*\*(?:User|Cursor)\*\*\s*$/m.test(text)) return { format: "cursor-export" };
  if (GEMINI_SHARE_HEADER.test(text.trimStart().split("\n", 1)[0].trimEnd())) return { format: "gemini-cli-share" };
  if (CONSOLE_ASSISTANT.test(text) && CONSOLE_OTHER.test(text)) return { format: "claude-code-console" };
  if (CONSOLE_BULLET.test(text) && CONSOLE_BULLET_OTHER.test(text)) return { format: "claude-code-console" };
  const first = redactSecrets((text.trimStart().split("\n", 1)[0] ?? "").slice(0, 400)).slice(0, 60);
  const kind = /\.md$/i.test(file) ? "markdown file" : "text file, not JSON or JSONL,";
  return {
    format: null,
    reason: `${kind} in none of the text formats read here; it starts ${JSON.stringify(first)}; looked for ${textFormatMarks()}`
  };
}
var LAUNCHER_LINES = 5;
var LAUNCHER_LINE_CHARS = 300;
function jsonlAfterLauncherLines(text, file, whole) {
  if (/\.(?:md|markdown)$/i.test(file)) return null;
  const lines = text.split("\n");
  const complete = whole ? lines : lines.slice(0, -1);
  let at = 0;
  let launcherLines = 0;
  for (; at < complete.length && !complete[at].trimStart().startsWith("{"); at++) {
    const line = complete[at].trim();
    if (!line) continue;
    if (line.length > LAUNCHER_LINE_CHARS || ++launcherLines > LAUNCHER_LINES) return null;
  }
  let format = null;
  for (const line of complete.slice(at, at + 50)) {
    if (!line.trim()) continue;
    const v = tryParse(line);
    if (v === null || typeof v !== "object" || Array.isArray(v)) return null;
    format ??= classifyRecord(v);
  }
  return format;
}
function classifyByKeys(sample) {
  if (/^\s*\[\s*\{\s*"ts"\s*:\s*\d+(?:\.\d+)?\s*,\s*"type"\s*:\s*"(?:say|ask)"/.test(sample)) return "cline-ui-messages";
  if (/^\s*\[\s*\{\s*"role"\s*:\s*"user"\s*,\s*"content"\s*:\s*\[\s*\{\s*"type"\s*:\s*"text"\s*,\s*"text"\s*:\s*"\s*<task>/.test(sample))
    return "cline-api-history";
  if (/"type"\s*:\s*"(?:user|agent|session|span)\.[a-z_]+"/.test(sample)) return "managed-agents-events";
  if (/"trajectory"\s*:\s*\[/.test(sample)) return "swe-agent-traj";
  if (/"payload"\s*:/.test(sample) && /"(?:session_meta|response_item)"/.test(sample)) return "codex-rollout";
  if (/"session_id"\s*:/.test(sample) && /"type"\s*:\s*"(?:system|assistant|user|result)"/.test(sample)) return "claude-stream-json";
  if (/"sessionId"\s*:/.test(sample) && /"parentUuid"\s*:/.test(sample)) return "claude-code-jsonl";
  if (/"(?:action|observation)"\s*:/.test(sample) && /"source"\s*:\s*"(?:agent|user|environment)"/.test(sample)) {
    return "openhands-events";
  }
  if (/"role"\s*:\s*"model"/.test(sample) && /"parts"\s*:\s*\[/.test(sample)) return "gemini-cli-history";
  if (/"role"\s*:\s*"(?:user|assistant|system|tool)"/.test(sample)) return "generic-chat";
  return null;
}
function tryParse(s) {
  try {
    return JSON.parse(s);
  } catch {
    return void 0;
  }
}
function firstRecordFormat(sample, totalBytes) {
  if (sample[0] !== 123) return null;
  const nl = sample.indexOf(10);
  if (nl < 0 && totalBytes > sample.length) return null;
  const line = sample.toString("utf8", 0, nl < 0 ? sample.length : nl);
  if (line.trim() === "{") return null;
  const v = tryParse(line);
  return v === null || typeof v !== "object" || Array.isArray(v) ? null : classifyRecord(v);
}
function detectFromSample(sample, file, totalBytes, opts = {}) {
  if (totalBytes === 0) return { format: null, reason: "empty file" };
  const mark = utf16Of(sample);
  if (mark) {
    const whole = totalBytes <= sample.length;
    const decoded = sampleAsUtf8(sample, mark, whole);
    return detectFromSample(decoded, file, whole ? decoded.length : Math.max(totalBytes, decoded.length + 1), opts);
  }
  if (sample.includes(0)) return { format: null, reason: "binary file (NUL bytes)" };
  const byFirst = firstRecordFormat(sample, totalBytes);
  if (byFirst) return { format: byFirst };
  const text = sample.toString("utf8").replace(/^\uFEFF/, "");
  const trimmed = text.trimStart();
  if (trimmed.length === 0) return { format: null, reason: "empty file (whitespace only)" };
  const first = trimmed[0];
  if (first !== "{" && first !== "[") {
    const asText = detectText(text, file);
    const afterLauncher = asText.format === null ? jsonlAfterLauncherLines(text, file, totalBytes <= sample.length) : null;
    return afterLauncher ? { format: afterLauncher } : asText;
  }
  const lines = text.split("\n");
  if (first === "{" && lines.find((l) => l.trim()).trim() !== "{") {
    const complete = totalBytes <= sample.length ? lines : lines.slice(0, -1);
    let parsed = 0;
    for (const l of complete.slice(0, 50)) {
      if (!l.trim()) continue;
      const v = tryParse(l);
      if (v === null || typeof v !== "object" || Array.isArray(v)) continue;
      parsed++;
      const f = classifyRecord(v);
      if (f) return { format: f };
    }
    if (parsed > 0) return { format: null, reason: "JSON records of an unknown shape" };
  }
  if (totalBytes <= sample.length) {
    const v = tryParse(text);
    if (v !== void 0) {
      const o = asRecord(v);
      if (o && isGeminiRestoreCheckpoint(Object.keys(o))) return { format: null, reason: GEMINI_RESTORE_CHECKPOINT };
      const f = classifyRecord(v);
      if (f) return { format: f };
      return {
        format: null,
        reason: o ? describeKeys(Object.keys(o).map((key) => ({ key, value: "" }))) : "JSON document of an unknown shape"
      };
    }
  }
  if (first === "{" && /(?<!\\)"(?:mini_version|trajectory_format)"\s*:/.test(text)) return { format: "mini-swe-agent-traj" };
  const { spans } = scanArrayElements(text, ["data", "messages", "events"]);
  for (const s of spans.slice(0, 20)) {
    const f = classifyRecord(tryParse(text.slice(s.start, s.end)));
    if (f === "generic-chat" && opts.keysFirst && first === "{") break;
    if (f) return { format: f };
  }
  if (opts.keysFirst && first === "{") return { format: null, reason: "JSON document larger than the sample", needsKeys: true };
  const byKeys = classifyByKeys(text);
  return byKeys ? { format: byKeys } : { format: null, reason: "JSON of an unknown shape" };
}
function sideFileReason(d, file) {
  if (d.format !== null) return d;
  if (basename5(file) === "task_metadata.json")
    return { format: null, reason: "Cline's task metadata, not a transcript (the task is read from ui_messages.json beside it)" };
  if (WORKFLOW_JOURNAL.test(file)) return { format: null, reason: WORKFLOW_JOURNAL_REASON };
  return d;
}
var WORKFLOW_JOURNAL = /[\\/]subagents[\\/]workflows[\\/][^\\/]+[\\/]journal\.jsonl$/;
var WORKFLOW_JOURNAL_REASON = "Claude Code's workflow journal (which subagents a workflow started), not a transcript: each subagent is read from its agent-<id>.jsonl beside it";
var scratch;
function detectFile(file) {
  return detectAndRead(file).detection;
}
function detectAndRead(file) {
  let fd;
  try {
    fd = openSync6(file, "r");
  } catch (e) {
    return { detection: { format: null, reason: `cannot open: ${e.message}`, unread: true } };
  }
  let sample;
  let st;
  try {
    st = fstatSync3(fd);
    if (!st.isFile())
      return { detection: { format: null, reason: st.isDirectory() ? "a folder, not a file" : "not a regular file", unread: true } };
    scratch ??= Buffer.allocUnsafeSlow(SAMPLE_BYTES);
    sample = scratch.subarray(0, readFully(fd, scratch.subarray(0, Math.min(SAMPLE_BYTES, st.size)), 0));
  } catch (e) {
    return { detection: { format: null, reason: `cannot read: ${e.message}` } };
  } finally {
    closeSync6(fd);
  }
  const size = st.size;
  const d = sideFileReason(detectFromSample(sample, file, size, { keysFirst: true }), file);
  const mark = utf16Of(sample);
  const already = {
    head: mark ? sampleAsUtf8(sample, mark, sample.length === size) : sample,
    ...sample.length === size && size > 0 ? { already: { bytes: sample, stat: st } } : {}
  };
  if (d.format !== null || !d.needsKeys) return { detection: d, ...already };
  const byRecords = formatOfFirstRecords(file);
  if (byRecords.format) return { detection: { format: byRecords.format }, ...already };
  const keys = scanTopLevelKeys(file);
  const names = keys.map((k) => k.key);
  const byTop = classifyTopKeys(names);
  if (byTop) return { detection: { format: byTop }, ...already };
  if (isGeminiRestoreCheckpoint(names)) return { detection: { format: null, reason: GEMINI_RESTORE_CHECKPOINT }, ...already };
  const byKeys = detectFromSample(sample, file, size);
  if (byKeys.format !== null) return { detection: byKeys, ...already };
  const cut = byRecords.cut ? `; its first record runs past the ${RECORD_BYTES >> 20} MiB read to tell its format` : "";
  return { detection: { format: null, reason: describeKeys(keys) + cut }, ...already };
}
var RECORDS_READ = 50;
var RECORD_BYTES = 32 * 1024 * 1024;
function formatOfFirstRecords(file) {
  let n = 0;
  for (const r of recordSkeletons(file, RECORD_BYTES)) {
    if (!r.complete) return n === 0 ? { cut: true } : {};
    const o = asRecord(r.value);
    if (!o || isGeminiRestoreCheckpoint(Object.keys(o))) return {};
    const f = classifyRecord(o);
    if (f) return { format: f };
    if (++n >= RECORDS_READ) break;
  }
  return {};
}

// src/transcripts/project-scope.ts
import path4 from "node:path";

// src/transcripts/worktrees.ts
import { readdirSync, readFileSync, realpathSync, statSync as statSync3 } from "node:fs";
import path3 from "node:path";
var MAX_WORKTREES = 256;
var MAX_DEPTH4 = 64;
function readText(file) {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return void 0;
  }
}
function gitDirAt(dir) {
  const dotGit = path3.join(dir, ".git");
  try {
    if (statSync3(dotGit).isDirectory()) return dotGit;
  } catch {
    return void 0;
  }
  const pointer = /^gitdir:\s*(.+)$/m.exec(readText(dotGit) ?? "")?.[1]?.trim();
  return pointer ? path3.resolve(dir, pointer) : void 0;
}
function checkoutOf(dir) {
  let d = dir;
  for (let i = 0; i < MAX_DEPTH4; i++) {
    const gitDir = gitDirAt(d);
    if (gitDir) return { top: d, gitDir };
    const up = path3.dirname(d);
    if (up === d) return void 0;
    d = up;
  }
  return void 0;
}
function otherWorktrees(repoDir) {
  const root = path3.resolve(repoDir);
  const checkout = checkoutOf(root);
  if (!checkout) return [];
  const { top, gitDir } = checkout;
  const within = path3.relative(top, root);
  const common = path3.resolve(gitDir, readText(path3.join(gitDir, "commondir")) ?? ".");
  const tops = /* @__PURE__ */ new Set();
  if (path3.basename(common) === ".git") tops.add(path3.dirname(common));
  let names = [];
  try {
    names = readdirSync(path3.join(common, "worktrees")).slice(0, MAX_WORKTREES);
  } catch {
  }
  for (const name of names) {
    const dotGit = readText(path3.join(common, "worktrees", name, "gitdir"));
    if (dotGit) tops.add(path3.dirname(path3.resolve(common, "worktrees", name, dotGit)));
  }
  tops.delete(top);
  return [...tops].map((t) => path3.join(t, within));
}
function realFolder(dir) {
  if (!path3.isAbsolute(dir)) return void 0;
  let d = path3.normalize(dir);
  const rest = [];
  for (let i = 0; i < MAX_DEPTH4; i++) {
    try {
      return path3.join(realpathSync.native(d), ...rest);
    } catch {
      const up = path3.dirname(d);
      if (up === d) return void 0;
      rest.unshift(path3.basename(d));
      d = up;
    }
  }
  return void 0;
}

// src/transcripts/project-scope.ts
var NAMED = 5;
function normal(dir) {
  return dir.replace(/[\\/]+$/, "") || dir;
}
function inside(dir, root) {
  return dir === root || dir.startsWith(`${root}/`) || dir.startsWith(`${root}\\`);
}
function withRealFolders(dirs) {
  const out = new Set(dirs.map(normal));
  for (const d of dirs) {
    const real = realFolder(d);
    if (real !== void 0) out.add(normal(real));
  }
  return [...out];
}
function baseName(dir) {
  return dir.split(/[\\/]/).pop()?.toLowerCase() ?? "";
}
function scopeToProject(builders, repoDir) {
  const projects = new Set(builders.flatMap((b) => b.cwd ? [normal(b.cwd)] : []));
  if (projects.size <= 1) return { keep: builders };
  const root = normal(path4.resolve(repoDir));
  const roots = withRealFolders([root, ...otherWorktrees(root)]);
  const resolved = /* @__PURE__ */ new Map();
  const ours = (cwd) => {
    const dir = normal(cwd);
    if (roots.some((r) => inside(dir, r))) return true;
    if (!resolved.has(dir)) resolved.set(dir, realFolder(dir));
    const real = resolved.get(dir);
    return real !== void 0 && roots.some((r) => inside(normal(real), r));
  };
  const here = builders.filter((b) => b.cwd && ours(b.cwd));
  const name = baseName(root);
  const keep = here.length > 0 ? here : builders.filter((b) => b.cwd && baseName(normal(b.cwd)) === name);
  const left = builders.length - keep.length;
  if (left === 0) return { keep };
  if (keep.length > 0)
    return {
      keep,
      leftOut: left,
      note: `prompt log of ${projects.size} projects: read the ${keep.length} session(s) of this repository, left out ${left} of other projects`
    };
  const named = [...projects].sort();
  const list = named.slice(0, NAMED).join(", ") + (named.length > NAMED ? `, and ${named.length - NAMED} more` : "");
  return {
    keep,
    leftOut: left,
    // The list comes last, after "; it holds": the health table groups reasons by what comes before it.
    note: `prompt log of ${projects.size} projects, none of them this repository: its ${left} session(s) were not read; it holds ${list}`
  };
}

// src/transcripts/session-folder.ts
import { statSync as statSync4 } from "node:fs";
import path5 from "node:path";
function parts(dir) {
  return dir.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
}
function isFolder(abs) {
  try {
    return statSync4(abs).isDirectory();
  } catch {
    return false;
  }
}
var rootsOf;
function repositoryRoots(repoDir) {
  if (rootsOf?.repoDir !== repoDir) {
    const root = path5.resolve(repoDir);
    rootsOf = { repoDir, roots: [root, ...otherWorktrees(root)].map(parts) };
  }
  return rootsOf.roots;
}
function sessionFolder(cwd, repoDir) {
  const dir = parts(cwd);
  if (dir.includes("..")) return void 0;
  const roots = repositoryRoots(repoDir);
  for (const r of roots) if (r.length <= dir.length && r.every((p, i) => p === dir[i])) return asFolder(dir.slice(r.length));
  const root = path5.resolve(repoDir);
  const name = path5.basename(root).toLowerCase();
  for (let i = 0; i < dir.length; i++) {
    if (dir[i]?.toLowerCase() !== name) continue;
    const rest = dir.slice(i + 1);
    if (rest.length === 0) return void 0;
    if (isFolder(path5.join(root, ...rest))) return asFolder(rest);
  }
  return void 0;
}
function asFolder(rest) {
  const folder = rest.join("/");
  return isRepoFolder(folder) ? folder : void 0;
}

// src/transcripts/read.ts
var MULTI_PROJECT_FORMATS = /* @__PURE__ */ new Set(["claude-code-history"]);
var RESUMABLE_FORMATS = /* @__PURE__ */ new Set(["claude-code-jsonl"]);
function detectFormat(file) {
  return detectFile(file).format;
}
async function* readTranscriptFile(file, opts = {}) {
  const display = opts.displayPath ?? file;
  const logger = opts.logger ?? silentLogger;
  const issue = (line, said, leftOut) => {
    const reason = redactSecrets(said);
    const i = { file: display, ...line !== void 0 ? { line } : {}, reason, ...leftOut !== void 0 ? { leftOut } : {} };
    opts.onIssue?.(i);
    logger.debug(`${display}${line !== void 0 ? `:${line}` : ""}: ${reason}`);
  };
  const { detection, already, head } = detectAndRead(file);
  opts.onFormat?.(detection.format);
  if (detection.format === null) {
    issue(void 0, detection.unread ? detection.reason : `unknown format: ${detection.reason}`);
    return;
  }
  let hash2 = "";
  const from = opts.from && opts.from.offset > 0 && RESUMABLE_FORMATS.has(detection.format) ? opts.from : void 0;
  const onEnd = opts.onEnd;
  const ctx = {
    file,
    display,
    issue,
    logger,
    ...head ? { head } : {},
    lineOpts: {
      ...opts.cited ? {} : { onHash: (h) => hash2 = h },
      // A resumed read starts past the bytes detection read; a read from the start takes them (ReadAlready).
      ...from ? { startOffset: from.offset, startLine: from.line } : already ? { already } : {},
      ...onEnd ? { onEnd: (e) => onEnd({ startOffset: from?.offset ?? 0, ...e }) } : {}
    },
    ...opts.onUnknownTypes ? { onUnknownTypes: opts.onUnknownTypes } : {},
    ...opts.cited ? { cited: opts.cited } : {}
  };
  let builders;
  try {
    builders = READERS[detection.format].read(ctx);
  } catch (e) {
    issue(void 0, `read failed: ${e.message}`);
    return;
  }
  if (opts.project && MULTI_PROJECT_FORMATS.has(detection.format)) {
    const scoped = scopeToProject(builders, opts.project);
    if (scoped.note) issue(void 0, scoped.note, scoped.leftOut);
    builders = scoped.keep;
  }
  let fallback;
  for (const b of builders) {
    const session = b.build(hash2, b.id ?? (fallback ??= fileSessionId(display)));
    const folder = opts.project && session.cwd ? sessionFolder(session.cwd, opts.project) : void 0;
    yield folder ? { ...session, folder } : session;
  }
}

// src/transcripts/health.ts
var TOOL_FORMATS = /* @__PURE__ */ new Set([
  "claude-code-jsonl",
  "claude-stream-json",
  "managed-agents-events",
  "codex-rollout",
  "openhands-events",
  "swe-agent-traj",
  "mini-swe-agent-traj",
  "gemini-cli-chat",
  "specstory-md",
  "claude-code-console",
  "copilot-cli",
  "copilot-cli-share",
  "grok-cli",
  "cline-ui-messages",
  "cline-api-history",
  "cline-export-md",
  "opencode-export-md"
]);
var AUTONOMOUS = /* @__PURE__ */ new Set(["openhands-events", "swe-agent-traj", "mini-swe-agent-traj"]);
var NO_TOOLS_CAUSE = {
  "generic-chat": "if these are agent runs, their tool calls are in a shape the generic reader does not know (commands inside text, a new tool-call field)",
  "specstory-md": "SpecStory exports from Cursor and some resumed sessions write commands as plain text, which is read as prose",
  "claude-code-console": 'console text shows a call as "\u23FA Name(args)"; a copy without those lines has none',
  "gemini-cli-chat": "older Gemini CLI versions recorded no toolCalls in their chat files"
};
function reasonBucket(reason) {
  const r = reason.replace(/^unknown format: /, "");
  const cut = r.search(/; it starts|; it holds|: no known transcript format|: looks like/);
  return (cut > 0 ? r.slice(0, cut) : r).trim().slice(0, 160);
}
function emptyRow(source, format) {
  return {
    source,
    format,
    filesFound: 0,
    filesRead: 0,
    skipped: {},
    sessions: 0,
    events: 0,
    toolCalls: 0,
    toolErrors: 0,
    unknownTypes: {}
  };
}
function sessionCounts(s) {
  let toolCalls = 0;
  let toolErrors = 0;
  let prompts = 0;
  let replies = 0;
  for (const e of s.events) {
    if (e.kind === "tool_call") toolCalls++;
    else if (e.kind === "tool_result" && !e.ok && e.cascade !== true) toolErrors++;
    else if (e.kind === "user_prompt") prompts++;
    else if (e.kind === "assistant_text" || e.kind === "api_error") replies++;
  }
  const chatOnly = toolCalls === 0 && prompts > 0 && replies > 0;
  return { events: s.events.length, toolCalls, toolErrors, ...chatOnly ? { chatOnly } : {} };
}
var HealthCollector = class {
  rows = /* @__PURE__ */ new Map();
  /** Per row, how many of its sessions were chat-only (SessionCounts.chatOnly): kept beside the report's rows. */
  chatOnly = /* @__PURE__ */ new Map();
  row(source, format) {
    const key = `${source}\0${format}`;
    let r = this.rows.get(key);
    if (!r) this.rows.set(key, r = emptyRow(source, format));
    return r;
  }
  /** Starts tracking one file from `source`. */
  file(source) {
    let format = "unknown";
    let sessions = 0;
    let firstFileIssue;
    const unknown = /* @__PURE__ */ new Map();
    const counted = (c) => {
      sessions++;
      const r = this.row(source, format);
      r.sessions++;
      r.events += c.events;
      r.toolCalls += c.toolCalls;
      r.toolErrors += c.toolErrors;
      if (c.chatOnly) this.chatOnly.set(r, (this.chatOnly.get(r) ?? 0) + 1);
    };
    return {
      onFormat: (f) => format = f ?? "unknown",
      onIssue: (i) => {
        if (i.line === void 0) firstFileIssue ??= i.reason;
      },
      onUnknownTypes: (counts) => {
        for (const [k, n] of counts) unknown.set(k, (unknown.get(k) ?? 0) + n);
      },
      session: (s) => counted(sessionCounts(s)),
      counted: (c) => counted(c),
      end: () => {
        const r = this.row(source, format);
        r.filesFound++;
        if (sessions > 0) r.filesRead++;
        else {
          const reason = reasonBucket(firstFileIssue ?? (format === "unknown" ? "unknown format" : "no session in the file"));
          r.skipped[reason] = (r.skipped[reason] ?? 0) + 1;
        }
        for (const [k, n] of unknown) r.unknownTypes[k] = (r.unknownTypes[k] ?? 0) + n;
      }
    };
  }
  /** `filesUnchanged`: files a pass skipped unread as dreamed before (they are found, not missing). */
  report(opts = {}) {
    const formats = [...this.rows.values()].sort((a, b) => a.source + a.format < b.source + b.format ? -1 : 1);
    const totals = { filesFound: 0, filesRead: 0, filesSkipped: 0, sessions: 0, toolCalls: 0, toolErrors: 0 };
    for (const r of formats) {
      totals.filesFound += r.filesFound;
      totals.filesRead += r.filesRead;
      totals.filesSkipped += r.filesFound - r.filesRead;
      totals.sessions += r.sessions;
      totals.toolCalls += r.toolCalls;
      totals.toolErrors += r.toolErrors;
    }
    const chatOnly = (r) => this.chatOnly.get(r) ?? 0;
    return { formats, totals, warnings: healthWarnings(formats, totals, { filesUnchanged: opts.filesUnchanged ?? 0, chatOnly }) };
  }
};
function onlyChats(r, chatOnly) {
  return r.format !== "unknown" && !AUTONOMOUS.has(r.format) && chatOnly === r.sessions && Object.keys(r.unknownTypes).length === 0;
}
function healthWarnings(formats, totals, { filesUnchanged, chatOnly }) {
  const out = [];
  if (totals.sessions === 0 && !(totals.filesFound === 0 && filesUnchanged > 0)) {
    if (totals.filesFound === 0)
      out.push("no sessions read: no transcript file was found (check the sessions globs and where the agent writes its transcripts)");
    else {
      const reasons = /* @__PURE__ */ new Map();
      for (const r of formats) for (const [k, n] of Object.entries(r.skipped)) reasons.set(k, (reasons.get(k) ?? 0) + n);
      const top = [...reasons].sort((a, b) => b[1] - a[1])[0];
      out.push(`no sessions read from ${totals.filesFound} file(s)${top ? `: most were skipped as "${top[0]}" (${top[1]})` : ""}`);
    }
  }
  for (const r of formats) {
    if (r.format === "unknown" || r.sessions === 0 || r.toolCalls > 0) continue;
    const cause = NO_TOOLS_CAUSE[r.format];
    if (!cause && onlyChats(r, chatOnly(r))) continue;
    if (TOOL_FORMATS.has(r.format) || cause) {
      out.push(
        `${r.source}: ${r.sessions} ${r.format} session(s) with no tool calls${cause ? `: ${cause}` : ": the reader may not know this version of the format"}`
      );
    }
  }
  for (const r of formats) {
    const unknown = Object.entries(r.unknownTypes);
    if (unknown.length === 0) continue;
    const list = unknown.sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, n]) => `${k}\xD7${n}`).join(", ");
    out.push(`${r.source}: ${r.format} records of types the reader does not know: ${list}`);
  }
  return out;
}

// src/transcripts/summary.ts
function emptySummary(file) {
  return { file, format: null, sessions: 0, events: 0, toolCalls: 0, toolErrors: 0, skippedLines: 0, issues: [] };
}
var NO_LINES = /* @__PURE__ */ new Set();
async function summarizeFile(file, opts = {}) {
  const s = emptySummary(opts.displayPath ?? file);
  const counts = [];
  const lines = /* @__PURE__ */ new Set();
  const onIssue = (i) => {
    s.issues.push(i);
    if (i.line !== void 0) lines.add(i.line);
  };
  const onFormat = (f) => s.format = f;
  const onUnknownTypes = (found) => {
    s.unknownTypes ??= {};
    for (const [k, n] of found) s.unknownTypes[k] = (s.unknownTypes[k] ?? 0) + n;
  };
  for await (const session of readTranscriptFile(file, { ...opts, onIssue, onFormat, onUnknownTypes, cited: NO_LINES })) {
    const c = sessionCounts(session);
    counts.push(c);
    s.sessions++;
    s.events += c.events;
    s.toolCalls += c.toolCalls;
    s.toolErrors += c.toolErrors;
  }
  s.skippedLines = lines.size;
  return { summary: s, counts };
}
function trackFile(tracker, read) {
  const { summary } = read;
  tracker.onFormat(summary.format);
  for (const i of summary.issues) tracker.onIssue(i);
  if (summary.unknownTypes) tracker.onUnknownTypes(new Map(Object.entries(summary.unknownTypes)));
  for (const c of read.counts) tracker.counted(c);
  tracker.end();
}
async function summarizeTranscripts(files, opts = {}) {
  const out = [];
  const { health, source, displayPath, ...readOpts } = opts;
  for (const file of files) {
    const read = await summarizeFile(file, { ...readOpts, displayPath: displayPath?.(file) ?? file });
    if (health) trackFile(health.file(source ?? "files"), read);
    out.push(read.summary);
  }
  return out;
}
function firstLine(text, max) {
  const line = text.trim().split("\n", 1)[0] ?? "";
  return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}
var NOT_THE_USER = {
  "parent agent": "parent agent's prompt, not the user's",
  sidechain: "sidechain prompt, not the user's",
  task: "task text a harness handed over, not the user's",
  public: "public prompt, anyone may have written it",
  unverified: "a turn shown as the user's that a reply could have printed, unverified"
};
function outlineParts(s) {
  let toolCalls = 0;
  let toolErrors = 0;
  let userPrompts = 0;
  const parts2 = [];
  const firstPrompt = s.events.find((e) => e.kind === "user_prompt");
  const label = (e, user) => {
    const author = promptAuthor(s, e);
    return author === "user" ? user : NOT_THE_USER[author];
  };
  if (firstPrompt && firstPrompt.kind === "user_prompt") parts2.push(`${label(firstPrompt, "prompt")}: ${firstLine(firstPrompt.text, 300)}`);
  const calls = /* @__PURE__ */ new Map();
  for (const e of s.events) {
    switch (e.kind) {
      case "user_prompt":
        userPrompts++;
        if (e !== firstPrompt) parts2.push(`${label(e, "user")}: ${firstLine(e.text, 120)}`);
        break;
      case "tool_call":
        toolCalls++;
        if (e.callId) calls.set(e.callId, e.command ? `${e.name}(${firstLine(e.command, 80)})` : e.name);
        else parts2.push(e.command ? `${e.name}(${firstLine(e.command, 80)})` : e.name);
        break;
      case "tool_result": {
        const label2 = (e.callId && calls.get(e.callId)) ?? e.toolName ?? "tool";
        if (e.callId) calls.delete(e.callId);
        if (e.ok) parts2.push(label2);
        else if (e.cascade) parts2.push(`${label2} (cancelled)`);
        else {
          toolErrors++;
          parts2.push(`\u2717 ${label2}${e.exitCode !== void 0 ? ` [exit ${e.exitCode}]` : ""}: ${firstLine(e.text, 120)}`);
        }
        break;
      }
      case "interrupt":
        parts2.push("\u23F8 interrupted");
        break;
      case "permission_denial":
        parts2.push(
          `\u26D4 denied ${e.toolName ?? ""}${e.text ? `${e.unverified ? " (its words unverified)" : ""}: ${firstLine(e.text, 120)}` : ""}`.trimEnd()
        );
        break;
      case "hook_block":
        parts2.push(`${e.followUp ? "\u26A0 hook after the call" : "\u26D4 hook"} ${e.hook ?? ""}: ${firstLine(e.text, 100)}`);
        break;
      case "compaction":
        parts2.push("\u2014 compacted \u2014");
        break;
      case "api_error":
        parts2.push(`api error: ${firstLine(e.text, 80)}`);
        break;
      case "subagent_link":
        parts2.push(`\u2192 subagent ${e.sessionId}`);
        break;
      default:
        break;
    }
  }
  return { parts: parts2, counts: { events: s.events.length, toolCalls, toolErrors, userPrompts } };
}
function outlineText(parts2, maxChars) {
  let outline = "";
  for (const p of parts2) {
    const next = outline ? `${outline}
${p}` : p;
    if (next.length > maxChars - 2) {
      outline = `${outline}
\u2026`;
      break;
    }
    outline = next;
  }
  return redactSecrets(outline).slice(0, maxChars);
}
function outlineSession(s, maxChars = 2e3) {
  return outlineWith(s, outlineParts(s), maxChars);
}
function outlineSessionTwice(s, maxChars, shortChars) {
  const parts2 = outlineParts(s);
  return { outline: outlineWith(s, parts2, maxChars), short: outlineText(parts2.parts, shortChars) };
}
function outlineWith(s, { parts: parts2, counts }, maxChars) {
  const o = {
    id: s.id,
    agent: s.agent,
    format: s.format,
    sourceFile: s.sourceFile,
    contentHash: s.contentHash,
    counts,
    outline: outlineText(parts2, maxChars)
  };
  if (s.parentId) o.parentId = s.parentId;
  if (s.model) o.model = s.model;
  if (s.startedAt) o.startedAt = s.startedAt;
  if (s.endedAt) o.endedAt = s.endedAt;
  return o;
}

export {
  MAX_LINE_BYTES,
  detectFormat,
  readTranscriptFile,
  sessionCounts,
  HealthCollector,
  emptySummary,
  summarizeFile,
  trackFile,
  summarizeTranscripts,
  outlineSession,
  outlineSessionTwice
};
