/**
 * A memory file's bytes as text, only when the text holds every byte: edits rewrite a file from its
 * text, so a byte that decoding replaced (invalid UTF-8 turns into U+FFFD) would be lost from lines no
 * edit touched, and lines added as UTF-8 to a UTF-16 file would corrupt it. Such a file is not memory
 * a pass may edit: the reason names its first bad line.
 */
import { isUtf8 } from 'node:buffer';

export type MemoryText = { text: string } | { line: number; problem: string };

export function memoryText(bytes: Buffer): MemoryText {
  // UTF-16 (with or without a byte order mark) puts a NUL beside every ASCII letter; text never holds one.
  const nul = bytes.indexOf(0);
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16 || nul >= 0) {
    const problem = utf16 || nul <= 1 ? 'UTF-16 text (memory files are UTF-8)' : 'NUL bytes (not text)';
    return { line: utf16 ? 1 : lineAt(bytes, nul), problem };
  }
  if (isUtf8(bytes)) return { text: bytes.toString('utf8') };
  return { line: firstInvalidLine(bytes), problem: 'invalid UTF-8' };
}

/** The 1-based line holding byte `at`. */
function lineAt(bytes: Buffer, at: number): number {
  let line = 1;
  for (let nl = bytes.indexOf(0x0a); nl >= 0 && nl < at; nl = bytes.indexOf(0x0a, nl + 1)) line++;
  return line;
}

/** The first line that is not valid UTF-8 on its own (a newline byte never sits inside a UTF-8 character). */
function firstInvalidLine(bytes: Buffer): number {
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl;
    if (!isUtf8(bytes.subarray(start, end))) return line;
    if (nl < 0) break;
    start = nl + 1;
  }
  return line;
}
