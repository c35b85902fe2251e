/**
 * The records at a JSON file's start, each as a skeleton: every key and structure kept, every string cut to its
 * first bytes. Detection reads a fixed head (HEAD_BYTES); a JSONL transcript whose first record is longer (a Claude
 * Code line holding a huge tool result, a Codex session_meta carrying its instructions, a Grok system prompt) has no
 * complete record in it, and guessing from the head's text took a Claude Code line for a generic chat, a Copilot CLI
 * event for a Managed Agents one, or gave up. A skeleton is what classifying a record reads (its keys, the types of
 * its values, a string's start), so it is classified as the whole record would be. Memory is bounded by the cut
 * strings and the skeleton's size; the bytes read are bounded by `limitBytes`.
 */
import { closeSync, openSync } from 'node:fs';
import { closingQuoteIn } from './detect-keys.js';
import { readFully } from './lines.js';
import { CLOSE_BRACE, CLOSE_BRACKET, COMMA, OPEN_BRACE, OPEN_BRACKET, QUOTE, isJsonSpace } from './json-bytes.js';

/** A string's first bytes kept: classifying reads a string's type or its start ("<task>"), never its whole. */
const KEPT_STRING_BYTES = 1024;
/** A skeleton's size at most: past it, the record is cut after its last complete value (a list of 100,000 items). */
const SKELETON_BYTES = 1 << 20;
const CHUNK_BYTES = 1 << 20;
/** Structures nested deeper than any transcript's: a file of brackets alone is not read on to its limit. */
const MAX_DEPTH = 64;
const BACKSLASH = 0x5c;
const LINE_FEED = 0x0a;

export interface RecordSkeleton {
  /** The record with its strings cut; when not `complete`, its values up to where the read stopped. */
  value: unknown;
  /** The record ended within the bytes read and the skeleton's size. */
  complete: boolean;
}

/**
 * Where a string cut at `end` (its body from `start`) can end and stay one: not inside a UTF-8 sequence, not inside
 * an escape ("\\", "\u00e9").
 */
function safeCut(buf: Buffer, start: number, end: number): number {
  let cut = end;
  while (cut > start && (buf[cut]! & 0xc0) === 0x80) cut--;
  for (let i = start; i < cut;) {
    if (buf[i] !== BACKSLASH) {
      i++;
      continue;
    }
    const len = buf[i + 1] === 0x75 ? 6 : 2;
    if (i + len > cut) return i;
    i += len;
  }
  return cut;
}

/** A skeleton's bytes as they are written, and the last place it can be closed if it must be cut. */
class Skeleton {
  readonly buf = Buffer.allocUnsafe(SKELETON_BYTES + KEPT_STRING_BYTES + 8);
  len = 0;
  /** The closers of the structures open now, innermost last. */
  closers: number[] = [];
  /** After the last complete value inside a structure: the length then and what closes it. */
  lastSafe: { len: number; closers: number[] } | undefined;
  stringStart = -1;

  reset(): void {
    this.len = 0;
    this.closers = [];
    this.lastSafe = undefined;
  }
  put(c: number): void {
    this.buf[this.len++] = c;
  }
  full(): boolean {
    return this.len >= SKELETON_BYTES;
  }
  /** The record, complete or cut at its last complete value; undefined when nothing of it can be read. */
  finish(complete: boolean): RecordSkeleton | undefined {
    let text: string;
    if (complete) text = this.buf.toString('utf8', 0, this.len);
    else if (this.lastSafe)
      text = this.buf.toString('utf8', 0, this.lastSafe.len) + String.fromCharCode(...[...this.lastSafe.closers].reverse());
    else return undefined;
    try {
      return { value: JSON.parse(text), complete };
    } catch {
      return undefined;
    }
  }
}

/**
 * The skeletons of the file's first top-level JSON values, in order, until `limitBytes` are read; a value the limit
 * or the skeleton's size cuts is yielded last, with `complete` false. Stops at the first byte that starts no value,
 * and at a value followed on its line by anything but spaces (not a JSONL record, nor a document).
 */
export function* recordSkeletons(file: string, limitBytes: number): Generator<RecordSkeleton> {
  const fd = openSync(file, 'r');
  // Rare (a first record longer than detection's head), so a buffer of its own.
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  const sk = new Skeleton();
  let inString = false;
  let escaped = false;
  /** A record that ended, yielded once its line ends: a line with more after its record holds no record. */
  let ended: RecordSkeleton | undefined;
  try {
    for (let at = 0; at < limitBytes;) {
      const got = readFully(fd, chunk.subarray(0, Math.min(CHUNK_BYTES, limitBytes - at)), at);
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
          // One byte past the kept length marks a string that was cut.
          if (sk.len > sk.stringStart + KEPT_STRING_BYTES) sk.len = safeCut(sk.buf, sk.stringStart, sk.stringStart + KEPT_STRING_BYTES);
          sk.put(QUOTE);
          inString = false;
          escaped = false;
          i = end.at;
          continue;
        }
        const c = chunk[i]!;
        if (ended) {
          if (c === LINE_FEED) {
            yield ended;
            ended = undefined;
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
          if (sk.closers.length >= MAX_DEPTH) return;
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
    // The limit or the file's end came first: a record that ended, or what was read of an open one.
    if (ended) yield ended;
    else if (sk.closers.length > 0) {
      const cut = sk.finish(false);
      if (cut) yield cut;
    }
  } finally {
    closeSync(fd);
  }
}
