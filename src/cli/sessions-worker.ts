/**
 * A worker thread of `dream sessions` (see sessions-threads.ts): reads the files it is sent, one at a
 * time, and sends back each file's summary with what it logged, which the main thread replays in file
 * order. Bundled as its own entry (dist/sessions-worker.js) beside the CLI.
 */
import { parentPort } from 'node:worker_threads';
import { summarizeFile } from '../transcripts/summary.js';
import { bufferLogger, type FromSessionsWorker, type LogLine, type ToSessionsWorker } from './sessions-protocol.js';

const port = parentPort;
if (!port) throw new Error('sessions-worker.ts runs only as a worker thread');
const post = (m: FromSessionsWorker): void => port.postMessage(m);

// Readers are synchronous (lines.ts says why): a file is read whole before the next message is taken.
port.on('message', (m: ToSessionsWorker) => {
  const logs: LogLine[] = [];
  summarizeFile(m.file, { displayPath: m.display, logger: bufferLogger(logs) }).then(
    (read) => post({ type: 'read', position: m.position, read, logs }),
    (e: unknown) => post({ type: 'error', message: (e as Error).stack ?? String(e) }),
  );
});
post({ type: 'ready' });
