/**
 * What a pass learns about a transcript file without parsing it: its size, its mtime, its git object id
 * when the checkout tracks it unmodified, and hashes of two small blocks, so a file already dreamed is
 * skipped, and one that grew is read from where the last pass stopped, for the price of two small reads.
 * A file that sits where it sat, untouched since it was marked, is settled by one stat (see FileMark.ctimeMs).
 */
import { hash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { promisify } from 'node:util';

/**
 * Bytes hashed at each end of the consumed region: enough to catch a rewrite that kept the size and
 * mtime, cheap to read and hash. The blocks only confirm what size and mtime say, and settling every
 * unchanged file is most of a pass with nothing new: at 16 KiB, 10,000 files of 14 KB read and hashed
 * 140 MB, half of what settling them cost (a profile of the bundle); at 4 KiB, hashing two blocks
 * (about 8 µs each) was still the largest part of a file's 28 µs; at 1 KiB it is 2 µs a block.
 */
const FINGERPRINT_BLOCK = 1024;

/** Where the last pass stopped reading a file, and what the file looked like then. */
export interface FileMark {
  size: number;
  mtimeMs: number;
  /** Git blob id, when the file was tracked and unmodified in the checkout. */
  oid?: string;
  /** The end of the last complete line read, and how many complete lines precede it. */
  bytes: number;
  lines: number;
  /** Hashes of the first block of [0, bytes) and of the block that ends at `bytes`. */
  head: string;
  mark: string;
  /**
   * The inode's change time and number when marked, as git's index keeps them. Every write to a file
   * moves its ctime, and no call sets it back (utimes sets only atime and mtime), so a file whose size,
   * mtime, ctime and inode all still match has not been written since: one stat settles it, where the
   * blocks cost an open, two reads and a close (most of a pass with nothing new). Trusted only when the
   * ctime lies RACY_MS before the pass that marked the file began (see trusted), and unknown to old
   * ledgers: otherwise the blocks confirm the file, as they do a copy or a fresh checkout (a new inode).
   */
  ctimeMs?: number;
  ino?: number;
}

/**
 * How long before the pass began the file's last change must lie for its ctime to be trusted: past
 * every file system's timestamp granularity (a second on HFS+ and ext3; a clock tick elsewhere), so a
 * write during or after that pass cannot carry the ctime its mark recorded.
 */
const RACY_MS = 1_000;

/** A mark and when the pass that made it began (the ledger's dreamedAt), which says whether its ctime can be trusted. */
export type DatedMark = FileMark & { dreamedAt?: string };

/**
 * True when the mark's ctime settles the file: it was last changed well before the pass that marked
 * it began, so any later write shows as a newer ctime. Decided from what the ledger holds, not from
 * when the pass ran, so every thread, shard and rerun of the same pass records the same ledger.
 */
export function trusted(m: DatedMark): m is DatedMark & { ctimeMs: number; ino: number } {
  if (m.ctimeMs === undefined || m.ino === undefined || m.dreamedAt === undefined) return false;
  const began = Date.parse(m.dreamedAt);
  return Number.isFinite(began) && m.ctimeMs < began - RACY_MS;
}

/** The part of a file's stat that says whether it was written: what a mark records, and what a pass compares. */
export type StatIdentity = Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>;

/** True when the file, as stat sees it now, is the one the mark recorded. */
function untouched(st: StatIdentity, prev: { size: number; mtimeMs: number; ctimeMs: number; ino: number }): boolean {
  return st.ctimeMs === prev.ctimeMs && st.ino === prev.ino && st.size === prev.size && Math.round(st.mtimeMs) === prev.mtimeMs;
}

/** The file's stat, or undefined when it is gone or unreadable. */
export function statFile(file: string): StatIdentity | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export type FileVerdict = { kind: 'same' } | { kind: 'grown'; offset: number; line: number } | { kind: 'changed' };

// Synchronous on purpose: two small reads per file, where the promise machinery of fs/promises costs
// more than the reads themselves, and a nothing-new pass is made of nothing else.
// One scratch buffer for every read: a fresh buffer per file lives outside the heap, so a pass over
// 100,000 unchanged files piled up garbage the collector did not hurry to free (peak RSS).
const scratch = Buffer.allocUnsafe(2 * FINGERPRINT_BLOCK);

/** Reads [start, start + len) into the scratch buffer; fewer bytes at the end of the file. */
function readRange(fd: number, start: number, len: number): number {
  let got = 0;
  while (got < len) {
    const bytesRead = readSync(fd, scratch, got, len - got, start + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got;
}

// The one-shot hash: a Hash object per block cost more than hashing the block.
const digest = (bytes: Buffer): string => hash('sha1', bytes, 'hex').slice(0, 20);

/** The hashes of the first block of [0, bytes) and of the block that ends at `bytes`: one read when they are near. */
function hashBlocks(fd: number, bytes: number): { head: string; mark: string } {
  const block = FINGERPRINT_BLOCK;
  if (bytes <= 2 * block) {
    const got = readRange(fd, 0, bytes);
    const head = digest(scratch.subarray(0, Math.min(block, got)));
    return { head, mark: bytes <= block ? head : digest(scratch.subarray(bytes - block, got)) };
  }
  const head = digest(scratch.subarray(0, readRange(fd, 0, block)));
  return { head, mark: digest(scratch.subarray(0, readRange(fd, bytes - block, block))) };
}

/**
 * `look` at an open file with its size and mtime from fstat: one path lookup per file, where a stat
 * and then an open of the same path cost two (settling 10,000 unchanged files is mostly system calls).
 * Undefined when the file cannot be opened or read.
 */
function withFile<T>(file: string, look: (fd: number, st: Stats) => T): T | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    return look(fd, fstatSync(fd));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** What a pass sees of a file before reading it: its size, its mtime and the hashes of its whole length's end blocks. */
export function glanceFile(file: string): { size: number; mtimeMs: number; head: string; mark: string } | undefined {
  return withFile(file, (fd, st) => ({ size: st.size, mtimeMs: Math.round(st.mtimeMs), ...hashBlocks(fd, st.size) }));
}

/**
 * Compares a file with the mark the last pass left. Same: unchanged (by git object id, or by size,
 * mtime and both block hashes). Grown: the consumed region is intact and bytes were appended, so only
 * those need reading. Anything else (rewritten, truncated, unreadable) is changed: read it whole.
 */
export function judgeFile(file: string, prev: DatedMark, oid: string | undefined): FileVerdict {
  const byOid = oid !== undefined && prev.oid !== undefined;
  if (byOid && oid === prev.oid) return statSync(file, { throwIfNoEntry: false }) ? { kind: 'same' } : { kind: 'changed' };
  // Unwritten since the mark: nothing to read. Otherwise the blocks say what happened (grown, rewritten, copied).
  if (!byOid && trusted(prev)) {
    const st = statFile(file);
    if (!st) return { kind: 'changed' };
    if (untouched(st, prev)) return { kind: 'same' };
  }
  const verdict = withFile(file, (fd, st): FileVerdict => {
    if (st.size < prev.bytes) return { kind: 'changed' };
    const { head, mark } = hashBlocks(fd, prev.bytes);
    if (head !== prev.head || mark !== prev.mark) return { kind: 'changed' };
    // Without object ids, size and mtime stand for the bytes after the blocks.
    if (!byOid && st.size === prev.size && Math.round(st.mtimeMs) === prev.mtimeMs) return { kind: 'same' };
    // The consumed region is intact and what follows it differs: appended lines, or a last line finished.
    if (st.size !== prev.size) return { kind: 'grown', offset: prev.bytes, line: prev.lines };
    return { kind: 'changed' };
  });
  return verdict ?? { kind: 'changed' };
}

/**
 * What a read that streamed a file from its start saw of it, for its mark: the file's stat once the read
 * reached its end, and the hashes of the blocks that bound the complete lines read (BlockTap).
 */
export interface ReadSight {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  head: string;
  mark: string;
}

/**
 * Gathers, as a read streams a file from its start, the blocks a mark hashes: the first block, and the
 * block that ends with the last complete line read so far. markFile reopened every file it had just
 * read to read them again (an open, a stat, a read and a close: about a twentieth of a cold pass).
 * Holds three blocks, whatever the file's size.
 */
export class BlockTap {
  private readonly head = Buffer.allocUnsafe(FINGERPRINT_BLOCK);
  private headLen = 0;
  /** The last bytes fed so far (up to a block): what a block ending early in the next chunk starts with. */
  private readonly last = Buffer.allocUnsafe(FINGERPRINT_BLOCK);
  private lastLen = 0;
  /** The block that ends where the last complete line ends (`endAt`). */
  private readonly end = Buffer.allocUnsafe(FINGERPRINT_BLOCK);
  private endLen = 0;
  private endAt = 0;
  private fed = 0;

  /** The file's next bytes, in order from its first; `lastNewline`: the index of the chunk's last newline, or -1. */
  feed(chunk: Buffer, lastNewline: number): void {
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
  sight(st: StatIdentity, bytes: number): ReadSight | undefined {
    if (st.size !== this.fed || bytes !== this.endAt) return undefined;
    const head = digest(this.head.subarray(0, Math.min(FINGERPRINT_BLOCK, bytes)));
    const mark = bytes <= FINGERPRINT_BLOCK ? head : digest(this.end.subarray(0, this.endLen));
    return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, head, mark };
  }
}

/**
 * The mark to record after reading `file` up to `end` (the end of its last complete line): from what the
 * read saw when it gives that (`end.seen`), else from the file, opened again. Throws when the file is gone.
 */
export function markFile(file: string, end: { bytes: number; lines: number; seen?: ReadSight }, oid: string | undefined): FileMark {
  const mark = end.seen
    ? markOf(end.seen, end, oid)
    : withFile(file, (fd, st) => markOf({ ...pickStat(st), ...hashBlocks(fd, end.bytes) }, end, oid));
  if (!mark) throw new Error(`${file}: cannot be opened to mark where its read stopped`);
  return mark;
}

const pickStat = (st: Stats): StatIdentity => ({ size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino });

function markOf(seen: ReadSight, end: { bytes: number; lines: number }, oid: string | undefined): FileMark {
  return {
    // Whole milliseconds: what every file system and copy tool keeps.
    size: seen.size,
    mtimeMs: Math.round(seen.mtimeMs),
    ...(oid ? { oid } : {}),
    bytes: end.bytes,
    lines: end.lines,
    head: seen.head,
    mark: seen.mark,
    ...(oid ? {} : { ctimeMs: seen.ctimeMs, ino: seen.ino }),
  };
}

const run = promisify(execFile);

/**
 * Git blob ids of the files tracked and unmodified in the checkout at `repoDir`, by repo-relative path
 * (`git ls-files -s`, which names them relative to `repoDir`). A checkout resets mtimes, so these are the Action's stable key. Empty when
 * `repoDir` is not a git work tree or git is missing: the pass then keys by mtime.
 */
export async function gitObjectIds(repoDir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  try {
    const opts = { cwd: repoDir, maxBuffer: 1 << 30 };
    const staged = (await run('git', ['ls-files', '-s', '-z'], opts)).stdout;
    // Files whose work-tree content differs from the index: their blob id says nothing about the file.
    const modified = new Set((await run('git', ['ls-files', '-m', '-z'], opts)).stdout.split('\0').filter(Boolean));
    for (const rec of staged.split('\0')) {
      const tab = rec.indexOf('\t');
      if (tab < 0) continue;
      const [, oid, stage] = rec.slice(0, tab).split(' ');
      const rel = rec.slice(tab + 1);
      if (!oid || stage !== '0' || modified.has(rel)) continue;
      // A copy: the slice would keep all of git's output alive for as long as the pass holds the id.
      out.set(rel, structuredClone(oid));
    }
  } catch {
    return new Map();
  }
  return out;
}
