/**
 * The lines of what `dream capture` reads, and their redacted bytes. Most lines come out of the
 * redactor unchanged, and decoding then encoding them again gives back the bytes they were read from
 * whenever those bytes are valid UTF-8 without a "\r": such lines are written as they were read,
 * which spares encoding most of a transcript again (and joining its lines into one string first).
 */
import { isUtf8 } from 'node:buffer';

const NL = 0x0a;
const NEWLINE = Buffer.from('\n');

/** Complete lines as read: each ends in "\n", except a last line at the file's end. */
export interface Region {
  bytes: Buffer;
  lines: string[];
  /** Valid UTF-8 without "\r": each line decoded is exactly its bytes between newlines. */
  asRead: boolean;
}

/**
 * The lines of `bytes` as readline splits them (crlfDelay Infinity): at "\n", "\r\n" and a lone "\r".
 * JSON lines never hold a raw "\r", so the lone case costs one search per line.
 */
export function regionOf(bytes: Buffer): Region {
  const end = bytes[bytes.length - 1] === NL ? bytes.length - 1 : bytes.length;
  const asRead = bytes.indexOf(0x0d) < 0 && isUtf8(bytes);
  const text = bytes.toString('utf8', 0, end);
  if (asRead) return { bytes, lines: text.split('\n'), asRead };
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (t.includes('\r')) lines.push(...t.split('\r'));
    else lines.push(t);
  }
  return { bytes, lines, asRead };
}

/**
 * The bytes of `out` (the region's lines after redaction, one for one) each followed by "\n", pushed
 * onto `pieces`: exactly the UTF-8 of `out.join('\n') + '\n'`. Runs of unchanged lines of a region
 * read as it is are its own bytes.
 */
export function pushRedacted(region: Region, out: readonly string[], pieces: Buffer[]): void {
  const { bytes, lines } = region;
  if (!region.asRead) {
    pieces.push(Buffer.from(`${out.join('\n')}\n`));
    return;
  }
  // [run, pos) are bytes of unchanged lines, with their newlines, not pushed yet.
  let run = 0;
  let pos = 0;
  for (let i = 0; i < lines.length; i++) {
    const nl = bytes.indexOf(NL, pos);
    const end = nl < 0 ? bytes.length : nl;
    if (out[i] !== lines[i]) {
      if (pos > run) pieces.push(bytes.subarray(run, pos));
      pieces.push(Buffer.from(`${out[i]}\n`));
      run = end + 1;
    }
    pos = end + 1;
  }
  if (run < bytes.length) {
    pieces.push(bytes.subarray(run));
    // A last line without a newline gains one.
    if (bytes[bytes.length - 1] !== NL) pieces.push(NEWLINE);
  }
}
