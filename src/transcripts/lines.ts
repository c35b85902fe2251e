/**
 * Streaming line splitter over a transcript file. Reads the file once, read-only, hashing the bytes as
 * they pass, and never holds more than one chunk and one line (capped) in memory.
 *
 * Reads are synchronous, in bounded chunks. A pass reads its files one after another, so a thread has
 * nothing to do while a read is in flight: with fs streams each read went through the libuv threadpool
 * (shared by every worker of the process) and left the thread idle for about a third of a pass, where a
 * read from the page cache costs microseconds.
 */
import { createHash, hash as hashOnce } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { BlockTap, type ReadSight } from '../sources/fingerprint.js';
import { UTF16_HEAD_BYTES, utf16Of, Utf16Stream } from './utf16.js';

/** Lines longer than this are skipped (and reported), never buffered. */
export const MAX_LINE_BYTES = 32 * 1024 * 1024;

export type RawLine =
  | {
      line: number;
      text: string;
      last: boolean;
      /**
       * Present when `text` is what a rawLine hook kept of the line: the line's own bytes, to report a
       * parse failure against the line as written. A view of the read buffer: valid only while its
       * batch is being handled, before the next batch is asked for.
       */
      whole?: Buffer;
    }
  | { line: number; problem: 'too-long' | 'invalid-utf8' | 'binary'; bytes: number };

/**
 * What a rawLine hook makes of a line: drop it, decode it whole, or use the text the hook decoded
 * (the line with a part no consumer reads left out).
 */
export type RawChoice = 'drop' | 'whole' | { text: string };

/**
 * A file's bytes, all of them, read already (format detection read a file that fits its sample whole),
 * with the stat taken on opening it: a read from the file's start takes them instead of opening the file
 * again (an open, a stat, a read and a close, per file: about a twentieth of a cold pass on small files).
 * The read then ends where they end: bytes appended since are the next pass's, as a grown file. They
 * are another's buffer (detection reuses it for the next file): a read takes them as one chunk and
 * hashes them before it first yields, so it holds nothing of them across a yield.
 */
export interface ReadAlready {
  bytes: Buffer;
  stat: Stats;
}

/** Where a read stopped (see LineReadOptions.onEnd). */
export interface ReadEnd {
  bytes: number;
  lines: number;
  seen?: ReadSight;
}

export interface LineReadOptions {
  maxLineBytes?: number;
  /** Receives the sha256 (hex) of every byte of the file once the file ends. */
  onHash?: (hex: string) => void;
  /** Bytes per read (default: a megabyte); tests use tiny chunks to split lines across reads. */
  chunkBytes?: number;
  /**
   * Decides, from a line's bytes [start, end) (no newline, no CR, valid UTF-8), before it is decoded,
   * whether to drop it, decode it whole, or take the text the hook decoded of it. Only a fast path: it
   * may be skipped (the line then arrives whole), so what the consumer makes of a line must not depend
   * on whether the hook ran.
   */
  rawLine?: (buf: Buffer, start: number, end: number) => RawChoice;
  /**
   * Resume a file that grew: start reading at this byte offset (the end of a complete line), and
   * number lines from `startLine` + 1, so line numbers stay true file lines. The hash then covers
   * only the bytes read.
   */
  startOffset?: number;
  startLine?: number;
  /** The file's bytes, read already: used by a read from the file's start (see ReadAlready). */
  already?: ReadAlready;
  /**
   * Told, once the file ends, where the last complete line (one ending in a newline) ended and how
   * many complete lines the file has: where the next pass resumes. A final line without a newline may
   * still be being written, so it is not counted as consumed. A read from the file's start also says
   * what it saw for the file's mark (`seen`, see BlockTap), so marking it needs no second open.
   */
  onEnd?: (end: ReadEnd) => void;
}

function decode(buf: Buffer, lineNo: number, last: boolean): RawLine {
  let end = buf.length;
  if (end > 0 && buf[end - 1] === 0x0d) end--;
  let start = 0;
  if (lineNo === 1 && end >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
  const body = start === 0 && end === buf.length ? buf : buf.subarray(start, end);
  if (body.includes(0)) return { line: lineNo, problem: 'binary', bytes: body.length };
  if (!isUtf8(body)) return { line: lineNo, problem: 'invalid-utf8', bytes: body.length };
  return { line: lineNo, text: body.toString('utf8'), last };
}

/** Bytes per read. */
const CHUNK_BYTES = 1 << 20;

/**
 * One read buffer per thread, shared by every read: a buffer per file (tens of thousands of them) piled
 * up off-heap garbage the collector did not hurry to free. A read holds nothing in it across a yield
 * (lines leave it as strings, a partial line is copied out first), so files read at once can share it.
 */
let shared: Buffer | undefined;

function readBuffer(bytes: number): Buffer {
  if (bytes > CHUNK_BYTES) return Buffer.allocUnsafeSlow(bytes);
  shared ??= Buffer.allocUnsafeSlow(CHUNK_BYTES);
  return shared.subarray(0, bytes);
}

const utf16Stream = (head: Buffer): Utf16Stream | undefined => {
  const encoding = utf16Of(head);
  return encoding ? new Utf16Stream(encoding) : undefined;
};

/** The decoder of a file read from past its start, when the file's first bytes say it is UTF-16. */
function utf16At(fd: number): Utf16Stream | undefined {
  const head = Buffer.alloc(UTF16_HEAD_BYTES);
  return utf16Stream(head.subarray(0, readFully(fd, head, 0)));
}

/** Reads from `position` until `buf` is full or the file ends: the bytes read. */
export function readFully(fd: number, buf: Buffer, position: number): number {
  let got = 0;
  while (got < buf.length) {
    const n = readSync(fd, buf, got, buf.length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/** Every line of `file` (1-based numbers), including a final line without a newline. */
export function* readLines(file: string, opts: LineReadOptions = {}): Generator<RawLine> {
  for (const batch of readLineBatches(file, opts)) yield* batch;
}

/**
 * The lines of `file`, one batch per chunk read. The file is read to its end as it is then: a file that
 * grows while read has its appended bytes read too (their complete lines are what onEnd counts).
 * Throws when the file cannot be opened or read (it vanished, EACCES): the caller names the file.
 */
export function* readLineBatches(file: string, opts: LineReadOptions = {}): Generator<RawLine[]> {
  const max = opts.maxLineBytes ?? MAX_LINE_BYTES;
  const rawLine = opts.rawLine;
  const startOffset = opts.startOffset ?? 0;
  const already = startOffset === 0 ? opts.already : undefined;
  // Bytes read already are hashed in one call, before any yield: a Hash object per file cost more than
  // hashing a small file, and the bytes are another's buffer (ReadAlready), not to be held across a yield.
  // Nothing is hashed for a read that wants no hash (the evidence guard's re-read of a cited file).
  const hash = already || !opts.onHash ? undefined : createHash('sha256');
  const hashedAlready = already && opts.onHash ? hashOnce('sha256', already.bytes, 'hex') : undefined;
  const fd = already ? -1 : openSync(file, 'r');
  let parts: Buffer[] = [];
  let partBytes = 0;
  let oversize = false;
  let lineNo = opts.startLine ?? 0;
  let chunkStart = startOffset;
  let completeEnd = startOffset;
  let completeLines = lineNo;
  const tap = opts.onEnd && startOffset === 0 ? new BlockTap() : undefined;
  let seen: ReadSight | undefined;
  // A UTF-16 file (by its byte order mark or its structure) is decoded to UTF-8 as it streams (utf16.ts); a resumed read asks its start.
  let utf16 = startOffset > 0 && !already ? utf16At(fd) : undefined;
  try {
    const buf = already ? already.bytes : readBuffer(opts.chunkBytes ?? CHUNK_BYTES);
    for (;;) {
      let chunk: Buffer;
      if (already) {
        // One chunk, whatever chunkBytes says: nothing of another's buffer is held across a yield.
        if (chunkStart >= buf.length) break;
        chunk = buf;
      } else {
        const got = readFully(fd, buf, chunkStart);
        if (got === 0) break;
        chunk = got === buf.length ? buf : buf.subarray(0, got);
      }
      if (chunkStart === 0) utf16 = utf16Stream(chunk);
      hash?.update(chunk);
      // Where the last complete line ends is a byte offset of the file as written, whatever its encoding.
      const lastNewline = utf16 ? utf16.lastNewline(chunk, chunkStart) : chunk.lastIndexOf(0x0a);
      if (lastNewline >= 0) completeEnd = chunkStart + lastNewline + 1;
      tap?.feed(chunk, lastNewline);
      chunkStart += chunk.length;
      if (utf16) chunk = utf16.push(chunk);
      const batch: RawLine[] = [];
      let pos = 0;
      // Fast path: once no partial line is pending, the complete lines of a chunk that is valid UTF-8
      // without NUL bytes (the usual case) are decoded straight from the chunk, checked once.
      const lastNl = chunk.lastIndexOf(0x0a);
      let fastUntil = -1;
      while (pos < chunk.length) {
        if (partBytes === 0 && pos <= lastNl) {
          if (fastUntil < 0) {
            const region = chunk.subarray(pos, lastNl + 1);
            fastUntil = region.length <= max && isUtf8(region) && region.indexOf(0) < 0 ? lastNl : 0;
          }
          if (pos < fastUntil || (pos === fastUntil && fastUntil > 0)) {
            const nl = chunk.indexOf(0x0a, pos);
            let end = nl;
            if (end > pos && chunk[end - 1] === 0x0d) end--;
            lineNo++;
            let start = pos;
            if (lineNo === 1 && end - start >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) start += 3;
            const choice = rawLine === undefined ? 'whole' : rawLine(chunk, start, end);
            if (choice === 'whole') batch.push({ line: lineNo, text: chunk.toString('utf8', start, end), last: false });
            else if (choice !== 'drop') batch.push({ line: lineNo, text: choice.text, last: false, whole: chunk.subarray(start, end) });
            pos = nl + 1;
            continue;
          }
        }
        const nl = chunk.indexOf(0x0a, pos);
        const end = nl < 0 ? chunk.length : nl;
        if (!oversize) {
          if (partBytes + (end - pos) > max) {
            oversize = true;
            parts = [];
          } else if (end > pos) {
            parts.push(chunk.subarray(pos, end));
          }
        }
        partBytes += end - pos;
        if (nl < 0) break;
        lineNo++;
        if (oversize) batch.push({ line: lineNo, problem: 'too-long', bytes: partBytes });
        else batch.push(decode(parts.length === 1 ? parts[0]! : Buffer.concat(parts, partBytes), lineNo, false));
        parts = [];
        partBytes = 0;
        oversize = false;
        pos = nl + 1;
      }
      // Keep partial-line slices independent of the chunk: the next read overwrites it.
      if (parts.length > 0 && parts[parts.length - 1]!.buffer === chunk.buffer) {
        parts[parts.length - 1] = Buffer.from(parts[parts.length - 1]!);
      }
      if (batch.length > 0) yield batch;
    }
    const undecoded = utf16?.end();
    if (undecoded?.length) {
      parts.push(undecoded);
      partBytes += undecoded.length;
    }
    completeLines = lineNo;
    // The stat as the read found the file at its end, on the descriptor read: what its mark records.
    seen = tap?.sight(already ? already.stat : fstatSync(fd), completeEnd);
    if (partBytes > 0) {
      lineNo++;
      if (oversize) yield [{ line: lineNo, problem: 'too-long', bytes: partBytes }];
      else yield [decode(Buffer.concat(parts, partBytes), lineNo, true)];
    }
  } finally {
    if (!already) closeSync(fd);
  }
  opts.onHash?.(hash ? hash.digest('hex') : hashedAlready!);
  opts.onEnd?.(seen ? { bytes: completeEnd, lines: completeLines, seen } : { bytes: completeEnd, lines: completeLines });
}

/**
 * The text readLines gives a whole file as, its lines joined by '\n', read in one piece: the fast path
 * of a JSON document (a trajectory pretty-printed over thousands of lines, each decoded and then joined
 * again, was a tenth of a pass over the real corpus). See readWholeBytes for when it applies; otherwise
 * undefined: read the file by lines, which reports each line's problem.
 */
export function readWholeFile(file: string, opts: LineReadOptions & { maxBytes: number }): string | undefined {
  const whole = readWholeBytes(file, opts);
  return whole && (whole.end > whole.start ? whole.bytes.toString('utf8', whole.start, whole.end) : '');
}

/**
 * readWholeFile's text as bytes: bytes[start, end) decode to it (a BOM and the newline that ends the
 * last line left out). It applies only where no line can differ from its bytes: the file is at most
 * `maxBytes`, valid UTF-8 without NUL or CR bytes, read from its start. Then it calls onHash and onEnd
 * as readLineBatches would. Otherwise it calls neither and returns undefined. The bytes may be a
 * shared buffer (the read buffer, detection's sample): valid until the next read, so use them at once.
 */
export function readWholeBytes(
  file: string,
  opts: LineReadOptions & { maxBytes: number },
): { bytes: Buffer; start: number; end: number } | undefined {
  if (opts.rawLine || opts.startOffset || opts.startLine) return undefined;
  let bytes: Buffer;
  let st: Stats;
  if (opts.already) {
    ({ bytes, stat: st } = opts.already);
    if (bytes.length > opts.maxBytes) return undefined;
  } else {
    const fd = openSync(file, 'r');
    try {
      st = fstatSync(fd);
      const size = st.size;
      if (size > opts.maxBytes) return undefined;
      // One byte more than the size: a file that grew since is read by lines, to its end as it then is.
      const buf = readBuffer(size + 1);
      const got = readFully(fd, buf, 0);
      if (got > size) return undefined;
      bytes = buf.subarray(0, got);
    } finally {
      closeSync(fd);
    }
  }
  const got = bytes.length;
  if (bytes.indexOf(0) >= 0 || bytes.indexOf(0x0d) >= 0 || !isUtf8(bytes)) return undefined;
  const lines = countNewlines(bytes, 0, got);
  const lastNewline = bytes.lastIndexOf(0x0a);
  const start = got >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const end = lastNewline === got - 1 && got > 0 ? got - 1 : got;
  opts.onHash?.(hashOnce('sha256', bytes, 'hex'));
  if (opts.onEnd) {
    // The stat taken before the read: a write during it shows as a change to the next pass.
    const tap = new BlockTap();
    tap.feed(bytes, lastNewline);
    const seen = tap.sight(st, lastNewline + 1);
    opts.onEnd(seen ? { bytes: lastNewline + 1, lines, seen } : { bytes: lastNewline + 1, lines });
  }
  return { bytes, start, end: Math.max(start, end) };
}

/** Bytes decoded at a time by countNewlines: well under V8's large-object threshold for a string. */
const COUNT_SLICE_BYTES = 64 * 1024;

/**
 * The newlines in bytes[from, to). Counted in latin1 slices by String indexOf: Buffer's indexOf goes
 * through a JavaScript wrapper that a pass's tiers (no TurboFan, bounded-heap.ts) do not inline, and
 * a call per line cost about 250 ns (a pretty-printed trajectory has a line every hundred bytes): over
 * mini-swe-agent's 41.7 MB, 105 ms against 20 ms. Latin1 maps each byte to one character, so a
 * newline byte is a newline character and nothing else is.
 */
export function countNewlines(bytes: Buffer, from: number, to: number): number {
  let n = 0;
  for (let s = from; s < to; s += COUNT_SLICE_BYTES) {
    const text = bytes.toString('latin1', s, Math.min(to, s + COUNT_SLICE_BYTES));
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) n++;
  }
  return n;
}
