/**
 * A reader that stops early (`dream run … | head`) closes the pipe, and the next write fails with
 * EPIPE. Unhandled, that error crashes the process with a stack trace even though nothing went
 * wrong. A Unix filter stops writing and carries on, so the work the command was doing (writing
 * the report, applying edits with --write) still completes and its exit code still means something.
 */
import type { Writable } from 'node:stream';

const CLOSED_PIPE_CODES = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);

export function ignoreClosedPipes(...streams: Writable[]): void {
  for (const stream of streams) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code && CLOSED_PIPE_CODES.has(err.code)) return;
      // Any other error on our own output is real: let it surface as it would have.
      throw err;
    });
  }
}
