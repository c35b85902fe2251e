/**
 * Finds one member of a JSONL line's top-level object in the raw bytes, without decoding or parsing
 * the line, so a reader can leave out a large value no stage reads (Claude Code's `toolUseResult`, a
 * second copy of a tool's output) before the line is decoded and JSON-parsed.
 *
 * The scan is structural: it walks backward from the line's closing brace to the member, stepping over
 * strings whole and matching brackets, so it knows the member sits in the top-level object and not in
 * some string a tool wrote (tool output holding `"toolUseResult":` is escaped there as `\"`). Walking
 * from the end costs only the bytes after the member; the member Claude Code writes is near the end.
 */
import { CLOSE_BRACE, CLOSE_BRACKET, COMMA, OPEN_BRACE, OPEN_BRACKET, QUOTE, backslashesBefore, isJsonSpace } from './json-bytes.js';

/** Deeper nesting after the member is not what a reader elides; the scan gives up there. */
const MAX_DEPTH = 64;

/** Where a member's value lies: bytes [from, to) of the line, `to` exclusive. */
export interface ValueSpan {
  from: number;
  to: number;
}

/** The closers of the brackets open at each depth, to check they match (`{` with `}`). */
const closers = new Uint8Array(MAX_DEPTH + 1);

/**
 * The value of the top-level member whose key and colon are `keyColon` (e.g. the bytes of
 * `"toolUseResult":`, written without spaces as JSON.stringify writes it), in the line's bytes
 * [start, end). Only an object or a string value is returned, and only when it is one whole value
 * (brackets matched, strings closed); undefined when the line has no such member, it does not end
 * with the top-level object's brace, or anything does not add up: the caller then reads the line whole.
 * Damage inside the value that leaves its brackets and quotes balanced (a missing comma) is not seen.
 */
export function topLevelMemberValue(buf: Buffer, start: number, end: number, keyColon: Buffer): ValueSpan | undefined {
  let e = end;
  while (e > start && isJsonSpace(buf[e - 1])) e--;
  if (e - start < keyColon.length + 2 || buf[e - 1] !== CLOSE_BRACE) return undefined;
  const rel = buf.subarray(start, e).lastIndexOf(keyColon);
  if (rel <= 0) return undefined;
  const key = start + rel;
  let depth = 1;
  closers[1] = CLOSE_BRACE;
  // The member after ours starts at the comma that ends our value; without one, ours is the last.
  let to = e - 1;
  // Times the walk came back to depth 1 from a nested value since `to`: one whole value makes it once.
  let returns = 0;
  let stringAt = -1;
  let stringEnd = -1;
  let found = false;
  for (let i = e - 2; i > key;) {
    const c = buf[i]!;
    if (c === QUOTE) {
      let q = i - 1;
      for (;;) {
        q = buf.lastIndexOf(QUOTE, q);
        if (q < key) return undefined; // the key's bytes lie inside a string
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
      if (depth === MAX_DEPTH) return undefined;
      closers[++depth] = c;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth === 1 || closers[depth] !== (c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET)) return undefined;
      if (--depth === 1) returns++;
    } else if (c === COMMA && depth === 1) {
      to = i;
      returns = 0;
      stringAt = -1;
    }
    i--;
  }
  if (!found) return undefined;
  let from = key + keyColon.length;
  while (from < to && isJsonSpace(buf[from])) from++;
  let last = to - 1;
  while (last > from && isJsonSpace(buf[last])) last--;
  if (buf[from] === OPEN_BRACE) return buf[last] === CLOSE_BRACE && returns === 1 ? { from, to: last + 1 } : undefined;
  if (buf[from] === QUOTE) return stringAt === from && stringEnd === last && returns === 0 ? { from, to: last + 1 } : undefined;
  return undefined;
}
