/**
 * What the raw-byte JSON scans (json-tail.ts, json-pieces.ts, detect-keys.ts) must agree on, in one place: the
 * bytes of JSON's punctuation, JSON's whitespace (the four bytes RFC 8259 allows, no others), and when a quote is
 * escaped. A scan that disagreed with the others on one of these would split the same line differently.
 */

export const QUOTE = 0x22;
const BACKSLASH = 0x5c;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;
export const COMMA = 0x2c;
export const COLON = 0x3a;

/** Space, tab, carriage return or line feed; undefined (past the buffer's end) is none. */
export function isJsonSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

/** How many backslashes stand right before `at`, back to `floor`: an odd run escapes the byte at `at`. */
export function backslashesBefore(buf: Buffer, at: number, floor: number): number {
  let b = at - 1;
  while (b >= floor && buf[b] === BACKSLASH) b--;
  return at - 1 - b;
}

/** String bodies up to this long are walked byte by byte (closingQuote): a call to indexOf costs more than that. */
const SHORT_STRING = 64;

/**
 * The quote that closes a string whose body starts at `from` (just past its opening quote), before `end`;
 * -1 when none does. Its first bytes are walked one at a time, as documents of short strings need; past
 * them, quotes are found by indexOf and an odd run of backslashes before one escapes it: a byte loop over
 * every byte of a long string (a tool's output in a trajectory) was most of a JSON document's walk.
 */
export function closingQuote(buf: Buffer, from: number, end: number): number {
  const short = Math.min(end, from + SHORT_STRING);
  let j = from;
  while (j < short) {
    const d = buf[j]!;
    if (d === QUOTE) return j;
    j += d === BACKSLASH ? 2 : 1;
  }
  if (j >= end) return -1;
  for (let q = buf.indexOf(QUOTE, j); q >= 0 && q < end; q = buf.indexOf(QUOTE, q + 1))
    if (backslashesBefore(buf, q, from) % 2 === 0) return q;
  return -1;
}
