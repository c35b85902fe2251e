/**
 * `dream sessions` on every core: this thread and `threads - 1` workers read the files, each taking
 * the next file as it frees up; the summaries (and what each read logged) are counted into the report
 * strictly in file order, so the output is byte-identical whatever the thread count. The pass does the
 * same for reading and mining (pipeline/mine-files.ts says why this thread reads too).
 */
import type { Worker } from 'node:worker_threads';
import type { Logger } from '../model/index.js';
import { spawnBundledWorker } from '../pipeline/bundled-worker.js';
import { summarizeFile, trackFile, type FileRead, type FileSummary, type HealthCollector } from '../transcripts/index.js';
import { bufferLogger, replayLogs, type FromSessionsWorker, type LogLine } from './sessions-protocol.js';

/** Files a worker holds at once: one being read and the next, so it does not wait on this thread. */
const PER_WORKER = 2;
/** As for the pass's workers (mine-files.ts): a small young generation keeps each worker's heap small. */
const resourceLimits = { maxYoungGenerationSizeMb: 8 };

export interface SummarizeOnThreadsOptions {
  threads: number;
  logger: Logger;
  health: HealthCollector;
}

interface Done {
  read: FileRead;
  logs: LogLine[];
}

/**
 * The files' summaries in file order, each counted into the health report (and its log replayed) as it
 * is handed on. This thread reads the next file no worker has whenever the next summary is not there
 * yet. Returns how many files the workers read.
 */
export async function* summarizeOnThreads(
  files: readonly string[],
  o: SummarizeOnThreadsOptions,
): AsyncGenerator<FileSummary, { byWorkers: number }> {
  const n = files.length;
  const done = new Array<Done | undefined>(n);
  const workers: Worker[] = [];
  const inFlight: number[] = [];
  const booted: boolean[] = [];
  let next = 0;
  let byWorkers = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const feed = (): void => {
    workers.forEach((worker, w) => {
      while (booted[w] && inFlight[w]! < PER_WORKER && next < n) {
        worker.postMessage({ position: next, file: files[next]!, display: files[next]! });
        next++;
        inFlight[w]!++;
      }
    });
  };
  for (let w = 0; w < Math.min(o.threads, n) - 1; w++) {
    const worker = spawnBundledWorker({ entry: 'sessions-worker', from: import.meta.url, workerData: null, resourceLimits });
    workers.push(worker);
    inFlight.push(0);
    booted.push(false);
    worker.on('message', (m: FromSessionsWorker) => {
      if (m.type === 'ready') booted[w] = true;
      else if (m.type === 'read') {
        inFlight[w]!--;
        byWorkers++;
        done[m.position] = { read: m.read, logs: m.logs };
      } else failure ??= new Error(`sessions worker: ${m.message}`);
      feed();
      notify();
    });
    worker.on('error', (e) => {
      failure ??= e;
      notify();
    });
    worker.on('exit', (code) => {
      if (inFlight[w]! > 0) failure ??= new Error(`sessions worker exited (${code}) with ${inFlight[w]} files unread`);
      notify();
    });
  }
  try {
    for (let emitted = 0; emitted < n;) {
      if (failure) throw failure;
      const d = done[emitted];
      if (d !== undefined) {
        done[emitted++] = undefined;
        replayLogs(o.logger, d.logs);
        trackFile(o.health.file('files'), d.read);
        yield d.read.summary;
      } else if (next < n) {
        const i = next++;
        const logs: LogLine[] = [];
        done[i] = { read: await summarizeFile(files[i]!, { displayPath: files[i]!, logger: bufferLogger(logs) }), logs };
        // Lets the workers' messages in: this thread's reads are synchronous and would starve them.
        if (workers.length > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      } else await new Promise<void>((resolve) => (wake = resolve));
    }
    return { byWorkers };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
