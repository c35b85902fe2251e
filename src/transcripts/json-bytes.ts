/**
 * What the raw-byte JSON scans (json-tail.ts, json-pieces.ts, detect-keys.ts) must agree on, in one place: the
 * bytes of JSON's punctuation, JSON's whitespace (the four bytes RFC 8259 allows, no others), and when a quote is
 * escaped. A scan that disagreed with the others on one of these would split the same line differently.
 */

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
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
