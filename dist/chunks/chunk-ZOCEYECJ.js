import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/sources/fingerprint.ts
import { hash } from "node:crypto";
import { execFile } from "node:child_process";
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { promisify } from "node:util";
var FINGERPRINT_BLOCK = 1024;
var RACY_MS = 1e3;
function trusted(m) {
  if (m.ctimeMs === void 0 || m.ino === void 0 || m.dreamedAt === void 0) return false;
  const began = Date.parse(m.dreamedAt);
  return Number.isFinite(began) && m.ctimeMs < began - RACY_MS;
}
function untouched(st, prev) {
  return st.ctimeMs === prev.ctimeMs && st.ino === prev.ino && st.size === prev.size && Math.round(st.mtimeMs) === prev.mtimeMs;
}
function statFile(file) {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
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
  if (!byOid && trusted(prev)) {
    const st = statFile(file);
    if (!st) return { kind: "changed" };
    if (untouched(st, prev)) return { kind: "same" };
  }
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
var BlockTap = class {
  head = Buffer.allocUnsafe(FINGERPRINT_BLOCK);
  headLen = 0;
  /** The last bytes fed so far (up to a block): what a block ending early in the next chunk starts with. */
  last = Buffer.allocUnsafe(FINGERPRINT_BLOCK);
  lastLen = 0;
  /** The block that ends where the last complete line ends (`endAt`). */
  end = Buffer.allocUnsafe(FINGERPRINT_BLOCK);
  endLen = 0;
  endAt = 0;
  fed = 0;
  /** The file's next bytes, in order from its first; `lastNewline`: the index of the chunk's last newline, or -1. */
  feed(chunk, lastNewline) {
    const block = FINGERPRINT_BLOCK;
    if (this.headLen < block) this.headLen += chunk.copy(this.head, this.headLen, 0, Math.min(chunk.length, block - this.headLen));
    if (lastNewline >= 0) {
      const own = lastNewline + 1;
      if (own >= block) {
        chunk.copy(this.end, 0, own - block, own);
        this.endLen = block;
      } else {
        const take = Math.min(block - own, this.lastLen);
        this.last.copy(this.end, 0, this.lastLen - take, this.lastLen);
        chunk.copy(this.end, take, 0, own);
        this.endLen = take + own;
      }
      this.endAt = this.fed + own;
    }
    if (chunk.length >= block) {
      chunk.copy(this.last, 0, chunk.length - block);
      this.lastLen = block;
    } else {
      const keep = Math.min(this.lastLen, block - chunk.length);
      this.last.copy(this.last, 0, this.lastLen - keep, this.lastLen);
      this.lastLen = keep + chunk.copy(this.last, keep);
    }
    this.fed += chunk.length;
  }
  /**
   * The sight of a read that ended at `bytes` (the end of its last complete line) and found the file as
   * `st` says: undefined unless the tap was fed exactly the file's `st.size` bytes and its last newline
   * ends at `bytes` (then markFile reads the blocks itself).
   */
  sight(st, bytes) {
    if (st.size !== this.fed || bytes !== this.endAt) return void 0;
    const head = digest(this.head.subarray(0, Math.min(FINGERPRINT_BLOCK, bytes)));
    const mark = bytes <= FINGERPRINT_BLOCK ? head : digest(this.end.subarray(0, this.endLen));
    return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, head, mark };
  }
};
function markFile(file, end, oid) {
  const mark = end.seen ? markOf(end.seen, end, oid) : withFile(file, (fd, st) => markOf({ ...pickStat(st), ...hashBlocks(fd, end.bytes) }, end, oid));
  if (!mark) throw new Error(`${file}: cannot be opened to mark where its read stopped`);
  return mark;
}
var pickStat = (st) => ({ size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino });
function markOf(seen, end, oid) {
  return {
    // Whole milliseconds: what every file system and copy tool keeps.
    size: seen.size,
    mtimeMs: Math.round(seen.mtimeMs),
    ...oid ? { oid } : {},
    bytes: end.bytes,
    lines: end.lines,
    head: seen.head,
    mark: seen.mark,
    ...oid ? {} : { ctimeMs: seen.ctimeMs, ino: seen.ino }
  };
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

export {
  trusted,
  statFile,
  glanceFile,
  judgeFile,
  BlockTap,
  markFile,
  gitObjectIds
};
