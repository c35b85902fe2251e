/**
 * Reads and mines a pass's files on every core: on this thread and on `threads - 1` workers. Workers
 * take files one by one as they free up, and this thread mines the next file no worker has whenever
 * it has no digest to hand on; the digests come back in any order and are handed on strictly in file
 * order, and the workers' provenance filters are merged into this thread's by union, so the pass is
 * byte-identical whatever the thread count. A window of files ahead of the next one handed on bounds
 * what waits for reordering.
 *
 * Why this thread reads too rather than waiting on two workers: with two workers it sat idle 69% of
 * the pass, and every isolate pays its own start-up (loading the 1 MB worker bundle), its own warm-up
 * (the first ~300 files of a thread run at 1.5-2.5x the steady per-file time) and its own optimising
 * compiles on V8's helper threads (`perf record` per thread, 1,000 synthetic sessions, Node 20: 0.9 s
 * of TurboFan CPU on one thread, 1.6 s with one worker beside it). This thread has loaded and warmed
 * the same code already, starts reading at once while the worker boots, and saves a worker's heap.
 */
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { spawnBundledWorker } from './bundled-worker.js';
import { orderedPool } from './ordered-pool.js';
import { mineFile, type FileDigest, type MineFileContext, type Listed, type PassFile, type PassFileList } from './mine-file.js';
import type { FromWorker, WorkerSetup } from './worker-protocol.js';
import type { ProvenanceBits } from '../guards/index.js';

/**
 * More threads than this gain little and cost memory: the per-file work (provenance and wording, mining,
 * reading) is the cost, and on a 2-core machine shared with other work more threads find no idle core
 * to run on. Measured (when two threads were two workers)
 * with the bundle on 57 MB of shared/corpus (mini-swe + spotter), `dream map --threads 1|2`: 9.7-10.5 s
 * wall, 149 MB peak on one thread; 8.7-9.4 s, 244 MB on two. Each worker adds ~90 MB of peak RSS, and
 * four would break the 300 MB bound for little gain. `--threads` still asks for more.
 */
const MAX_THREADS = 2;
/**
 * Below this many bytes to read, a worker's start-up and warm-up (V8 optimises the same code again on
 * every thread) cost more than it saves. Measured with the bundle: 100-200 small files (4-9 MB) took
 * 0.25-0.45 s more CPU and more wall time on two threads than on one; 41 MB of generated sessions
 * took the same wall time on either; the 57 MB real corpus was faster on two.
 */
const MIN_BYTES_FOR_WORKERS = 48 * 1024 * 1024;
/**
 * A worker's young generation, where V8 allocates first: its default lets each worker's heap grow by
 * tens of MB between collections, paid in peak RSS once per thread. Measured with the bundle on
 * 10,000 generated sessions on 2 threads (`dream run --threads 2`, two rounds each): 294-296 MB peak
 * by default, 276/269 MB at 16, 255/258 MB at 8, 248/246 MB at 4, with the same CPU time within noise.
 */
const resourceLimits = { maxYoungGenerationSizeMb: 8 };
/**
 * Files a worker holds at once: one being mined and the rest queued, so it does not wait on this
 * thread, which refills it only between the files it mines itself.
 */
const PER_WORKER = 4;
/**
 * Digests that may wait for reordering, per worker: while one worker mines a large file, the other
 * goes on with this many smaller ones after it. A digest is a few KB (capped outlines and signals).
 */
const WINDOW_PER_WORKER = 16;

/** A file's size, 0 when it cannot be had (gone, a symlink loop, EACCES): its reader names the file. */
function sizeOf(abs: string): number {
  try {
    return statSync(abs, { throwIfNoEntry: false })?.size ?? 0;
  } catch {
    return 0;
  }
}

/** The bytes of `files`, counted until `limit` is reached (one stat a file; a file that can't be had counts 0). */
export function bytesUpTo(files: Listed<Pick<PassFile, 'abs'>>, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < files.length; i++) {
    bytes += sizeOf(files.at(i)!.abs);
    if (bytes >= limit) break;
  }
  return bytes;
}

/** Threads for reading `bytes` (bytesUpTo at least MIN_BYTES_FOR_WORKERS) when none were asked for. */
export function threadsFor(bytes: number): number {
  return bytes >= MIN_BYTES_FOR_WORKERS ? Math.max(1, Math.min(availableParallelism(), MAX_THREADS)) : 1;
}

/** Threads for reading `files` when none were asked for: one, unless there are enough bytes to read. */
export function defaultThreads(files: Listed<Pick<PassFile, 'abs'>>): number {
  return threadsFor(bytesUpTo(files, MIN_BYTES_FOR_WORKERS));
}

/** The most bytes a caller of bytesUpTo needs counted to choose threads. */
export const THREADS_FROM_BYTES = MIN_BYTES_FOR_WORKERS;

export interface MineFilesOptions {
  threads: number;
  ctx: MineFileContext;
  /** What a worker needs to rebuild ctx on its own thread. */
  setup: Omit<WorkerSetup, 'provenance'>;
}

/**
 * A file mined on this thread, its digest copied as a worker's arrives (structured clone): the pass
 * holds every digest's signals and outlines to its end, and theirs are slices of their session's texts
 * (a quoted line of a tool's output, a command), which V8 keeps as views that hold the whole text alive.
 * 2,000 generated sessions of 20 KB held 18.6 KB of heap a file that way, 8.9 KB copied; the copy
 * costs microseconds a file (test/pipeline/digest-retained.test.ts).
 */
async function minedHere(file: PassFile & { index: number }, ctx: MineFileContext): Promise<FileDigest> {
  return structuredClone(await mineFile(file, ctx));
}

/** Files carry their place in the whole pass when they are a shard of it; otherwise their place in `files`. */
/** Returns how many files the workers mined (the rest were mined on this thread). */
export async function* mineFiles(files: PassFileList, opts: MineFilesOptions): AsyncGenerator<FileDigest, { byWorkers: number }> {
  const threads = Math.min(opts.threads, files.length);
  const withIndex = (position: number): PassFile & { index: number } => {
    const f = files.at(position)!;
    return f.index === undefined ? { ...f, index: position } : (f as PassFile & { index: number });
  };
  if (threads <= 1) {
    for (let i = 0; i < files.length; i++) yield await minedHere(withIndex(i), opts.ctx);
    return { byWorkers: 0 };
  }
  const setup: WorkerSetup = { ...opts.setup, provenance: opts.ctx.provenance.sizes };
  const workers = Array.from({ length: threads - 1 }, () => spawnReadWorker(setup));
  try {
    // A worker is sent files only once it has booted (~0.2 s to load its bundle and rebuild the context):
    // files queued on a booting worker would hold up the digests in order while this thread reads on.
    const { byWorkers, booted } = yield* orderedPool<FileDigest>({
      count: files.length,
      workers,
      perWorker: PER_WORKER,
      window: threads * WINDOW_PER_WORKER,
      name: 'read worker',
      send: (worker, position) => worker.postMessage({ type: 'file', position, file: withIndex(position) }),
      decode: (raw) => {
        const m = raw as FromWorker;
        if (m.type === 'ready') return { ready: true };
        if (m.type === 'digest') return { position: m.position, result: m.digest };
        if (m.type === 'error') return { error: m.message };
        return undefined;
      },
      here: (position) => minedHere(withIndex(position), opts.ctx),
    });
    // A worker that had not booted by the end was sent nothing and observed nothing: it is not waited for.
    const filters = await Promise.all(workers.filter((_, w) => booted[w]).map((worker) => finalFilter(worker)));
    for (const f of filters) opts.ctx.provenance.union(f);
    return { byWorkers };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function finalFilter(worker: Worker): Promise<ProvenanceBits> {
  return new Promise((resolve, reject) => {
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'provenance') resolve(m.filters);
      else if (m.type === 'error') reject(new Error(`read worker: ${m.message}`));
    });
    worker.on('error', reject);
    worker.postMessage({ type: 'end' });
  });
}

/**
 * The bundle ships the worker as dist/read-worker.js beside dist/index.js and dist/cli.js. From the
 * TypeScript sources (tests, `npm run dream`) the worker is the .ts file, loaded through tsx, which a
 * worker does not inherit from `--import` on Node 20: the bootstrap registers it first.
 */
function spawnReadWorker(setup: WorkerSetup): Worker {
  return spawnBundledWorker({ entry: 'read-worker', from: import.meta.url, workerData: setup, resourceLimits });
}
