/**
 * UTF-16 transcripts (Windows PowerShell's `>` and `Out-File` write them, with a byte order mark) are read as the
 * UTF-8 the readers know, decoded chunk by chunk as they stream: nothing above the line splitter sees another
 * encoding. A newline is one code unit in either, so line numbers stay the file's own. Offsets that outlive a read
 * (where a grown file resumes, its mark) stay the file's byte offsets: the newline is found in the file's bytes.
 * A file says what it is with its mark, or, without one, by its structure (utf16Of).
 */

export type Utf16 = 'utf-16le' | 'utf-16be';

/** The encoding a file's first bytes declare with a byte order mark, if it is UTF-16. */
function utf16Mark(head: Buffer): Utf16 | undefined {
  if (head.length < 2) return undefined;
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The bytes of a file's head that tell UTF-16 without a mark: 256 code units, so that a first line of CJK text (a
 * title, a prompt) still leaves the newline and the ASCII after it in view.
 */
export const UTF16_HEAD_BYTES = 512;

/**
 * UTF-16 without a byte order mark (`[System.IO.File]::WriteAllText` with `Unicode`, `iconv -t UTF-16LE`), told by
 * structure. Text in UTF-8 has no NUL byte; in UTF-16 every ASCII character (the JSON's punctuation and keys, a
 * markdown title's "# ", every newline) is a code unit whose high byte is NUL, and only a rare other character
 * (U+4E00 一, U+0100 Ā: low byte NUL) puts one on the other side. So the side that holds the NULs gives the order,
 * whatever the first character is (a CJK title has none: the NULs come with the ASCII after it). What decides is that
 * the head reads as a transcript's text that way: more than half of it ASCII (JSON keys, markdown marks, times and ids
 * outweigh a chat's CJK words), no NUL code unit, no control character but tab and line ends, no broken surrogate pair
 * (one cut by the head's end is fine). A binary file that still fits decodes to text no reader takes, and is named
 * unknown as before.
 */
function unmarkedUtf16(head: Buffer): Utf16 | undefined {
  const n = Math.min(head.length & ~1, UTF16_HEAD_BYTES);
  // UTF-8 text, the usual case, leaves here: no NUL in its head.
  const firstNul = head.subarray(0, n).indexOf(0);
  if (n < 4 || firstNul < 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = firstNul; i < n; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  // Which side holds the NULs is the order; the other may hold a few (一), never as many.
  if (even === odd || Math.min(even, odd) * 4 > Math.max(even, odd)) return undefined;
  const le = odd > even;
  let highSurrogate = false;
  let ascii = 0;
  for (let i = 0; i < n; i += 2) {
    const unit = le ? head[i]! | (head[i + 1]! << 8) : (head[i]! << 8) | head[i + 1]!;
    if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) return undefined;
    if (unit < 0x7f) ascii++;
    const low = unit >= 0xdc00 && unit <= 0xdfff;
    if (low !== highSurrogate) return undefined;
    highSurrogate = unit >= 0xd800 && unit <= 0xdbff;
  }
  return ascii * 2 > n / 2 ? (le ? 'utf-16le' : 'utf-16be') : undefined;
}

/** The UTF-16 a file's first bytes are in, by its mark or else by its structure; undefined for anything else. */
export function utf16Of(head: Buffer): Utf16 | undefined {
  return utf16Mark(head) ?? unmarkedUtf16(head);
}

/** Decodes UTF-16 chunks to UTF-8 as they come: a code unit or surrogate pair cut by a chunk's end waits for the next. */
export class Utf16Stream {
  private readonly decoder: InstanceType<typeof TextDecoder>;

  constructor(readonly encoding: Utf16) {
    // The byte order mark is left out of the text (TextDecoder's default), as for a UTF-8 file's.
    this.decoder = new TextDecoder(encoding);
  }

  /** The UTF-8 bytes of `raw` (a fresh buffer: `raw` may be overwritten by the next read). */
  push(raw: Buffer): Buffer {
    return Buffer.from(this.decoder.decode(raw, { stream: true }), 'utf8');
  }

  /** What the last chunks left undecoded (a lone byte at the file's end becomes U+FFFD, as a bad UTF-8 byte would be reported). */
  end(): Buffer {
    return Buffer.from(this.decoder.decode(), 'utf8');
  }

  /**
   * The offset in `raw` of the last byte of the last newline's code unit, or -1 (so that, as for UTF-8's one byte,
   * the line after it starts one byte later). `at` is the chunk's offset in the file: code units sit at even offsets
   * of the file, and only those are searched. A newline's unit cut by the chunk's end counts in the next chunk.
   */
  lastNewline(raw: Buffer, at: number): number {
    const [first, second] = this.encoding === 'utf-16le' ? [0x0a, 0x00] : [0x00, 0x0a];
    let i = raw.length - 2;
    if ((at + i) % 2 !== 0) i--;
    for (; i >= 0; i -= 2) if (raw[i] === first && raw[i + 1] === second) return i + 1;
    return -1;
  }
}

/**
 * A sample of a UTF-16 file's first bytes as UTF-8, for detection: `whole` when the sample is the whole file, else
 * the code units cut at its end are left out.
 */
export function sampleAsUtf8(sample: Buffer, encoding: Utf16, whole: boolean): Buffer {
  const stream = new Utf16Stream(encoding);
  const head = stream.push(sample);
  return whole ? Buffer.concat([head, stream.end()]) : head;
}
