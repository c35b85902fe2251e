import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  spawnBundledWorker
} from "./chunk-WJ7NCDXH.js";
import {
  mineFile
} from "./chunk-5RK2C3OO.js";

// src/pipeline/mine-files.ts
import { availableParallelism } from "node:os";
import { statSync } from "node:fs";
var MAX_THREADS = 2;
var MIN_BYTES_FOR_WORKERS = 48 * 1024 * 1024;
var resourceLimits = { maxYoungGenerationSizeMb: 8 };
var PER_WORKER = 4;
var WINDOW_PER_WORKER = 16;
function defaultThreads(files) {
  let bytes = 0;
  for (const f of files) {
    bytes += statSync(f.abs, { throwIfNoEntry: false })?.size ?? 0;
    if (bytes >= MIN_BYTES_FOR_WORKERS) return Math.max(1, Math.min(availableParallelism(), MAX_THREADS));
  }
  return 1;
}
async function* mineFiles(files, opts) {
  const threads = Math.min(opts.threads, files.length);
  if (threads <= 1) {
    for (let i = 0; i < files.length; i++) yield await mineFile({ ...files[i], index: files[i].index ?? i }, opts.ctx);
    return { byWorkers: 0 };
  }
  const setup = { ...opts.setup, provenance: opts.ctx.provenance.sizes };
  const workers = Array.from({ length: threads - 1 }, () => spawnReadWorker(setup));
  const arrived = /* @__PURE__ */ new Map();
  const inFlight = new Array(workers.length).fill(0);
  const booted = new Array(workers.length).fill(false);
  const window = threads * WINDOW_PER_WORKER;
  let failure;
  let wake;
  const notify = () => {
    const w = wake;
    wake = void 0;
    w?.();
  };
  let sent = 0;
  let next = 0;
  let byWorkers = 0;
  const feed = () => {
    for (let w = 0; w < workers.length; w++) {
      while (booted[w] && inFlight[w] < PER_WORKER && sent < files.length && sent < next + window) {
        workers[w].postMessage({ type: "file", position: sent, file: { ...files[sent], index: files[sent].index ?? sent } });
        sent++;
        inFlight[w]++;
      }
    }
  };
  workers.forEach((worker, w) => {
    worker.on("message", (m) => {
      if (m.type === "ready") {
        booted[w] = true;
        feed();
      } else if (m.type === "digest") {
        inFlight[w]--;
        byWorkers++;
        arrived.set(m.position, m.digest);
        feed();
      } else if (m.type === "error") failure ??= new Error(`read worker: ${m.message}`);
      notify();
    });
    worker.on("error", (e) => {
      failure ??= e;
      notify();
    });
  });
  try {
    feed();
    while (next < files.length) {
      const digest = arrived.get(next);
      if (digest) {
        arrived.delete(next);
        next++;
        feed();
        yield digest;
        continue;
      }
      if (failure) throw failure;
      if (sent < files.length && sent < next + window) {
        const position = sent++;
        arrived.set(position, await mineFile({ ...files[position], index: files[position].index ?? position }, opts.ctx));
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      await new Promise((resolve) => wake = resolve);
    }
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
  defaultThreads,
  mineFiles
};
