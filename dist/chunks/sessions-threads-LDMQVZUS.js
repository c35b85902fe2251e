import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  orderedPool,
  spawnBundledWorker
} from "./chunk-JZBGFW55.js";
import "./chunk-QOGLFVLO.js";
import {
  bufferLogger,
  replayLogs
} from "./chunk-ECLPBEXB.js";
import {
  summarizeFile,
  trackFile
} from "./chunk-GFMZHGGR.js";
import "./chunk-CHAIFBKO.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-MEBIEL22.js";
import "./chunk-S4URGW26.js";
import "./chunk-7OVR6L5L.js";

// src/cli/sessions-threads.ts
var PER_WORKER = 2;
var resourceLimits = { maxYoungGenerationSizeMb: 8 };
async function* summarizeOnThreads(files, o) {
  const workers = Array.from(
    { length: Math.min(o.threads, files.length) - 1 },
    () => spawnBundledWorker({ entry: "sessions-worker", from: import.meta.url, workerData: null, resourceLimits })
  );
  try {
    const reads = orderedPool({
      count: files.length,
      workers,
      perWorker: PER_WORKER,
      // A summary is small: any number may wait for reordering.
      window: files.length,
      name: "sessions worker",
      send: (worker, position) => worker.postMessage({ position, file: files[position], display: files[position] }),
      decode: (raw) => {
        const m = raw;
        if (m.type === "ready") return { ready: true };
        if (m.type === "read") return { position: m.position, result: { read: m.read, logs: m.logs } };
        return { error: m.message };
      },
      here: async (position) => {
        const logs = [];
        return { read: await summarizeFile(files[position], { displayPath: files[position], logger: bufferLogger(logs) }), logs };
      }
    });
    for (; ; ) {
      const step = await reads.next();
      if (step.done) return { byWorkers: step.value.byWorkers };
      replayLogs(o.logger, step.value.logs);
      trackFile(o.health.file("files"), step.value.read);
      yield step.value.read.summary;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
export {
  summarizeOnThreads
};
