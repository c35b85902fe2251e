import type { Logger } from '../../model/index.js';
import type { LineReadOptions } from '../lines.js';
import type { IssueSink } from '../records.js';
import type { SessionBuilder } from '../builder.js';

/** What every format reader receives. */
export interface ReaderContext {
  /** The path to open. */
  file: string;
  /** The path to record in sourceFile and origins. */
  display: string;
  issue: IssueSink;
  logger: Logger;
  /** Passed to the line reader so the file is hashed in the same pass. */
  lineOpts: LineReadOptions;
}

/** A reader consumes the whole file and returns its sessions, still open for the content hash. */
export type FormatReader = (ctx: ReaderContext) => Promise<SessionBuilder[]>;

/** Counts record types a reader ignores, reported once at debug level. */
export class IgnoredTypes {
  private readonly counts = new Map<string, number>();
  add(type: unknown): void {
    const k = typeof type === 'string' ? type : String(type);
    this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }
  report(logger: Logger, file: string): void {
    if (this.counts.size === 0) return;
    const list = [...this.counts].map(([k, n]) => `${k}×${n}`).join(', ');
    logger.debug(`${file}: ignored record types ${list}`);
  }
}
