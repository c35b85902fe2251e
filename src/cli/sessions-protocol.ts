/** The messages between `dream sessions` and its worker threads (plain data: structured clone). */
import type { Logger } from '../model/index.js';
import type { FileRead } from '../transcripts/summary.js';

export interface ToSessionsWorker {
  /** The file's place in the command's list, by which summaries are put back in order. */
  position: number;
  file: string;
  display: string;
}

export type FromSessionsWorker =
  { type: 'ready' } | { type: 'read'; position: number; read: FileRead; logs: LogLine[] } | { type: 'error'; message: string };

export interface LogLine {
  level: 'debug' | 'info' | 'warning' | 'error';
  message: string;
  where?: { file?: string; line?: number };
}

/** A logger that keeps what a file's read logs, to be told in file order whichever thread read it. */
export function bufferLogger(lines: LogLine[]): Logger {
  const add =
    (level: LogLine['level']) =>
    (message: string, where?: LogLine['where']): void =>
      void lines.push({ level, message, ...(where ? { where } : {}) });
  return { debug: add('debug'), info: add('info'), warning: add('warning'), error: add('error') };
}

export function replayLogs(logger: Logger, lines: readonly LogLine[]): void {
  for (const l of lines) {
    if (l.level === 'debug' || l.level === 'info' || l.where === undefined) logger[l.level](l.message);
    else logger[l.level](l.message, l.where);
  }
}
