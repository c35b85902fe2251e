/**
 * The lines of one block of a text transcript (a reply, a prompt, a tool's output, a code fence) as they
 * stream, its middle dropped once it is huge: only the head and the tail of a text are ever stored
 * (clean-text.ts keeps 24 K characters of the head and 6 K of the tail), and a block held whole was the one
 * thing a Markdown or console reader held that grew with its input. An aider reply of ten million short
 * lines (20 MB) took the read to 895 MB of RSS; the line reader caps a line (MAX_LINE_BYTES), this caps
 * a block of lines alike (test/transcripts/bounded-blocks.test.ts). Every Markdown reader keeps its blocks so:
 * aider, console, SpecStory, Cursor's export, opencode's, Cline's, Copilot CLI's and Gemini CLI's shares.
 */

/** A block keeps this much of its head and of its tail: both well over what clean-text.ts keeps of a text. */
const HEAD_CHARS = 64 * 1024;
const TAIL_CHARS = 16 * 1024;

/**
 * A block's items (lines, or lines with their numbers) kept as its head and tail; the dropped middle stands as one
 * item that says how many were dropped (`omission`, given the count and the first item dropped).
 */
export class KeptRun<T> {
  private readonly head: T[] = [];
  private headChars = 0;
  private readonly tail: T[] = [];
  private tailChars = 0;
  private dropped = 0;
  private firstDropped: T | undefined;
  /** Items pushed, the dropped ones included, less those taken back. */
  count = 0;

  constructor(
    private readonly size: (item: T) => number,
    private readonly omission: (dropped: number, first: T) => T,
  ) {}

  push(item: T): void {
    this.count++;
    if (this.headChars < HEAD_CHARS) {
      this.head.push(item);
      this.headChars += this.size(item);
      return;
    }
    this.tail.push(item);
    this.tailChars += this.size(item);
    while (this.tailChars > TAIL_CHARS && this.tail.length > 1) {
      const gone = this.tail.shift()!;
      this.tailChars -= this.size(gone);
      this.firstDropped ??= gone;
      this.dropped++;
    }
  }

  /** The last item, if it is kept (not when the tail was emptied back to the dropped middle). */
  private last(): T | undefined {
    return this.tail.length > 0 ? this.tail.at(-1) : this.dropped > 0 ? undefined : this.head.at(-1);
  }

  /**
   * Takes back every item from the `n`th pushed on (a fence that turned out to be a call leaves the prose). What of
   * them was dropped stays dropped: the items before `n` are kept as they were, the dropped ones among them still
   * stood for by the omission.
   */
  truncate(n: number): void {
    if (n >= this.count) return;
    if (n <= this.head.length) {
      this.head.length = n;
      this.headChars = this.head.reduce((sum, item) => sum + this.size(item), 0);
      this.tail.length = 0;
      this.dropped = 0;
      this.firstDropped = undefined;
    } else if (n >= this.head.length + this.dropped) this.tail.length = n - this.head.length - this.dropped;
    else {
      this.dropped = n - this.head.length;
      this.tail.length = 0;
    }
    this.tailChars = this.tail.reduce((sum, item) => sum + this.size(item), 0);
    this.count = n;
  }

  /** Takes back the trailing items `test` accepts (the rule and blank lines that open what follows), while kept. */
  trimEnd(test: (item: T) => boolean): void {
    for (let last = this.last(); last !== undefined && test(last); last = this.last()) this.pop();
  }

  private pop(): void {
    this.count--;
    if (this.tail.length > 0) {
      this.tailChars -= this.size(this.tail.pop()!);
      return;
    }
    this.headChars -= this.size(this.head.pop()!);
  }

  /** The items kept, in order, with the one that says how many were dropped in place of them. */
  items(): T[] {
    return this.dropped > 0 ? [...this.head, this.omission(this.dropped, this.firstDropped!), ...this.tail] : [...this.head, ...this.tail];
  }
}

const omittedLines = (n: number): string => `…[${n} lines omitted]…`;

export class KeptLines extends KeptRun<string> {
  constructor(first?: string) {
    super((line) => line.length + 1, omittedLines);
    if (first !== undefined) this.push(first);
  }

  lines(): string[] {
    return this.items();
  }

  join(separator: string): string {
    return this.items().join(separator);
  }
}

/** A line with its number in the file. */
export interface NumberedLine {
  line: number;
  text: string;
}

/** Numbered lines kept as a block's head and tail; the omission is numbered as the first line it stands for. */
export function keptNumberedLines(): KeptRun<NumberedLine> {
  return new KeptRun<NumberedLine>(
    (l) => l.text.length + 1,
    (n, first) => ({ line: first.line, text: omittedLines(n) }),
  );
}
