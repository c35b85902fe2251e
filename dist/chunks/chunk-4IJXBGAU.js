import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  orderedPool,
  spawnBundledWorker
} from "./chunk-JZBGFW55.js";
import {
  mineFile
} from "./chunk-CTOKWQ7M.js";

// src/pipeline/mine-files.ts
import { availableParallelism } from "node:os";
import { statSync } from "node:fs";
var MAX_THREADS = 2;
var MIN_BYTES_FOR_WORKERS = 48 * 1024 * 1024;
var resourceLimits = { maxYoungGenerationSizeMb: 8 };
var PER_WORKER = 4;
var WINDOW_PER_WORKER = 16;
function sizeOf(abs) {
  try {
    return statSync(abs, { throwIfNoEntry: false })?.size ?? 0;
  } catch {
    return 0;
  }
}
function bytesUpTo(files, limit) {
  let bytes = 0;
  for (let i = 0; i < files.length; i++) {
    bytes += sizeOf(files.at(i).abs);
    if (bytes >= limit) break;
  }
  return bytes;
}
function threadsFor(bytes) {
  return bytes >= MIN_BYTES_FOR_WORKERS ? Math.max(1, Math.min(availableParallelism(), MAX_THREADS)) : 1;
}
function defaultThreads(files) {
  return threadsFor(bytesUpTo(files, MIN_BYTES_FOR_WORKERS));
}
var THREADS_FROM_BYTES = MIN_BYTES_FOR_WORKERS;
async function minedHere(file, ctx) {
  return structuredClone(await mineFile(file, ctx));
}
async function* mineFiles(files, opts) {
  const threads = Math.min(opts.threads, files.length);
  const withIndex = (position) => {
    const f = files.at(position);
    return f.index === void 0 ? { ...f, index: position } : f;
  };
  if (threads <= 1) {
    for (let i = 0; i < files.length; i++) yield await minedHere(withIndex(i), opts.ctx);
    return { byWorkers: 0 };
  }
  const setup = { ...opts.setup, provenance: opts.ctx.provenance.sizes };
  const workers = Array.from({ length: threads - 1 }, () => spawnReadWorker(setup));
  try {
    const { byWorkers, booted } = yield* orderedPool({
      count: files.length,
      workers,
      perWorker: PER_WORKER,
      window: threads * WINDOW_PER_WORKER,
      name: "read worker",
      send: (worker, position) => worker.postMessage({ type: "file", position, file: withIndex(position) }),
      decode: (raw) => {
        const m = raw;
        if (m.type === "ready") return { ready: true };
        if (m.type === "digest") return { position: m.position, result: m.digest };
        if (m.type === "error") return { error: m.message };
        return void 0;
      },
      here: (position) => minedHere(withIndex(position), opts.ctx)
    });
    const filters = await Promise.all(workers.filter((_, w) => booted[w]).map((worker) => finalFilter(worker)));
    for (const f of filters) opts.ctx.provenance.union(f);
    return { byWorkers };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
function finalFilter(worker) {
  return new Promise((resolve, reject) => {
    worker.on("message", (m) => {
      if (m.type === "provenance") resolve(m.filters);
      else if (m.type === "error") reject(new Error(`read worker: ${m.message}`));
    });
    worker.on("error", reject);
    worker.postMessage({ type: "end" });
  });
}
function spawnReadWorker(setup) {
  return spawnBundledWorker({ entry: "read-worker", from: import.meta.url, workerData: setup, resourceLimits });
}

export {
  bytesUpTo,
  threadsFor,
  defaultThreads,
  THREADS_FROM_BYTES,
  mineFiles
};
