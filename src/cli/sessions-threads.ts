/**
 * `dream sessions` on every core: this thread and `threads - 1` workers read the files, each taking
 * the next file as it frees up; the summaries (and what each read logged) are counted into the report
 * strictly in file order, so the output is byte-identical whatever the thread count. The pass does the
 * same for reading and mining (pipeline/mine-files.ts says why this thread reads too).
 */
import type { Logger } from '../model/index.js';
import { spawnBundledWorker } from '../pipeline/bundled-worker.js';
import { orderedPool } from '../pipeline/ordered-pool.js';
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
  const workers = Array.from({ length: Math.min(o.threads, files.length) - 1 }, () =>
    spawnBundledWorker({ entry: 'sessions-worker', from: import.meta.url, workerData: null, resourceLimits }),
  );
  try {
    const reads = orderedPool<Done>({
      count: files.length,
      workers,
      perWorker: PER_WORKER,
      // A summary is small: any number may wait for reordering.
      window: files.length,
      name: 'sessions worker',
      send: (worker, position) => worker.postMessage({ position, file: files[position]!, display: files[position]! }),
      decode: (raw) => {
        const m = raw as FromSessionsWorker;
        if (m.type === 'ready') return { ready: true };
        if (m.type === 'read') return { position: m.position, result: { read: m.read, logs: m.logs } };
        return { error: m.message };
      },
      here: async (position) => {
        const logs: LogLine[] = [];
        return { read: await summarizeFile(files[position]!, { displayPath: files[position]!, logger: bufferLogger(logs) }), logs };
      },
    });
    for (;;) {
      const step = await reads.next();
      if (step.done) return { byWorkers: step.value.byWorkers };
      replayLogs(o.logger, step.value.logs);
      trackFile(o.health.file('files'), step.value.read);
      yield step.value.read.summary;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
