/**
 * The lines of one block of a text transcript (a reply, a prompt, a tool's output, a code fence) as they
 * stream, its middle dropped once it is huge: only the head and the tail of a text are ever stored
 * (builder.ts keeps 24 K characters of the head and 6 K of the tail), and a block held whole was the one
 * thing a Markdown or console reader held that grew with its input. An aider reply of ten million short
 * lines (20 MB) took the read to 895 MB of RSS; the line reader caps a line (MAX_LINE_BYTES), this caps
 * a block of lines alike (test/transcripts/bounded-blocks.test.ts).
 */

/** A block keeps this much of its head and of its tail: both well over what builder.ts keeps of a text. */
const HEAD_CHARS = 64 * 1024;
const TAIL_CHARS = 16 * 1024;

export class KeptLines {
  private readonly head: string[] = [];
  private headChars = 0;
  private readonly tail: string[] = [];
  private tailChars = 0;
  private dropped = 0;
  /** Lines pushed, the dropped ones included. */
  count = 0;

  constructor(first?: string) {
    if (first !== undefined) this.push(first);
  }

  push(line: string): void {
    this.count++;
    if (this.headChars < HEAD_CHARS) {
      this.head.push(line);
      this.headChars += line.length + 1;
      return;
    }
    this.tail.push(line);
    this.tailChars += line.length + 1;
    while (this.tailChars > TAIL_CHARS && this.tail.length > 1) {
      this.tailChars -= this.tail.shift()!.length + 1;
      this.dropped++;
    }
  }

  /** The lines kept, in order, with one line that says how many were dropped in place of them. */
  lines(): string[] {
    return this.dropped > 0 ? [...this.head, `…[${this.dropped} lines omitted]…`, ...this.tail] : [...this.head, ...this.tail];
  }

  join(separator: string): string {
    return this.lines().join(separator);
  }
}
