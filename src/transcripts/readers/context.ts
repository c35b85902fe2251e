import type { Logger } from '../../model/index.js';
import { redactSecrets } from '../../secrets/index.js';
import type { LineReadOptions, RawLine } from '../lines.js';
import type { IssueSink } from '../records.js';
import type { SessionBuilder } from '../builder.js';

/** How much of a file's start format detection reads: ReaderContext.head. */
export const HEAD_BYTES = 64 * 1024;

/** Record type names longer than this are cut: real ones are a few words. */
const MAX_TYPE_CHARS = 80;

/** What every format reader receives. */
export interface ReaderContext {
  /** The path to open. */
  file: string;
  /** The path to record in sourceFile and origins. */
  display: string;
  issue: IssueSink;
  logger: Logger;
  /**
   * The file's first HEAD_BYTES bytes (all of a smaller file) as format detection read them, valid while the reader runs:
   * what a reader asks of the file's start needs no open of its own.
   */
  head?: Buffer;
  /** Passed to the line reader so the file is hashed in the same pass. */
  lineOpts: LineReadOptions;
  /** Told the record types the reader did not understand, with counts, once per file. */
  onUnknownTypes?: (counts: ReadonlyMap<string, number>) => void;
  /** ReadOptions.cited: the lines whose events keep their texts (SessionBuilder); absent: every line. */
  cited?: ReadonlySet<number>;
}

/**
 * A reader consumes the whole file and returns its sessions, still open for the content hash. It reads
 * synchronously (lines.ts says why); it throws only when the file cannot be read.
 */
export type FormatReader = (ctx: ReaderContext) => SessionBuilder[];

/** Counts record types a reader ignores, reported once at debug level; the unknown ones also go to the health report. */
export class IgnoredTypes {
  private readonly counts = new Map<string, number>();
  /** Types the reader skips on purpose (token counts, reasoning): logged, but not reported as unknown. */
  constructor(private readonly known: ReadonlySet<string> = new Set()) {}
  add(type: unknown): void {
    // A type is the transcript's text: bounded here, so a megabyte-long "type" is not kept as a key.
    const k = (typeof type === 'string' ? type : String(type)).slice(0, MAX_TYPE_CHARS);
    this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }
  report(ctx: Pick<ReaderContext, 'logger' | 'display' | 'onUnknownTypes'>): void {
    if (this.counts.size === 0) return;
    // The names reach the log, the health report, `dream sessions --json` and map digests: redacted once
    // per distinct name, as every other text a reader passes on is (a record type can hold a token).
    const named = new Map<string, number>();
    const unknown = new Map<string, number>();
    for (const [raw, n] of this.counts) {
      const k = redactSecrets(raw);
      named.set(k, (named.get(k) ?? 0) + n);
      if (!this.known.has(raw)) unknown.set(k, (unknown.get(k) ?? 0) + n);
    }
    const list = [...named].map(([k, n]) => `${k}×${n}`).join(', ');
    ctx.logger.debug(`${ctx.display}: ignored record types ${list}`);
    if (unknown.size > 0) ctx.onUnknownTypes?.(unknown);
  }
}

/**
 * Reports a line a text reader cannot take (over the line cap, not UTF-8, binary) and says so: the
 * Markdown and console readers skip it and read on.
 */
export function unreadableLine(ctx: Pick<ReaderContext, 'issue'>, l: RawLine): l is Extract<RawLine, { problem: unknown }> {
  if (!('problem' in l)) return false;
  ctx.issue(l.line, l.problem === 'too-long' ? 'line exceeds the line cap; skipped' : `${l.problem}; line skipped`);
  return true;
}
