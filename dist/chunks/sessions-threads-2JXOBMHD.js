import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  spawnBundledWorker
} from "./chunk-WJ7NCDXH.js";
import "./chunk-QOGLFVLO.js";
import {
  bufferLogger,
  replayLogs
} from "./chunk-ECLPBEXB.js";
import {
  summarizeFile,
  trackFile
} from "./chunk-GFAOHSYZ.js";
import "./chunk-IQ6GQNGQ.js";
import "./chunk-2YZ64CDK.js";
import "./chunk-GJ7UAFRC.js";
import "./chunk-7OVR6L5L.js";

// src/cli/sessions-threads.ts
var PER_WORKER = 2;
var resourceLimits = { maxYoungGenerationSizeMb: 8 };
async function* summarizeOnThreads(files, o) {
  const n = files.length;
  const done = new Array(n);
  const workers = [];
  const inFlight = [];
  const booted = [];
  let next = 0;
  let byWorkers = 0;
  let failure;
  let wake;
  const notify = () => {
    const w = wake;
    wake = void 0;
    w?.();
  };
  const feed = () => {
    workers.forEach((worker, w) => {
      while (booted[w] && inFlight[w] < PER_WORKER && next < n) {
        worker.postMessage({ position: next, file: files[next], display: files[next] });
        next++;
        inFlight[w]++;
      }
    });
  };
  for (let w = 0; w < Math.min(o.threads, n) - 1; w++) {
    const worker = spawnBundledWorker({ entry: "sessions-worker", from: import.meta.url, workerData: null, resourceLimits });
    workers.push(worker);
    inFlight.push(0);
    booted.push(false);
    worker.on("message", (m) => {
      if (m.type === "ready") booted[w] = true;
      else if (m.type === "read") {
        inFlight[w]--;
        byWorkers++;
        done[m.position] = { read: m.read, logs: m.logs };
      } else failure ??= new Error(`sessions worker: ${m.message}`);
      feed();
      notify();
    });
    worker.on("error", (e) => {
      failure ??= e;
      notify();
    });
    worker.on("exit", (code) => {
      if (inFlight[w] > 0) failure ??= new Error(`sessions worker exited (${code}) with ${inFlight[w]} files unread`);
      notify();
    });
  }
  try {
    for (let emitted = 0; emitted < n; ) {
      if (failure) throw failure;
      const d = done[emitted];
      if (d !== void 0) {
        done[emitted++] = void 0;
        replayLogs(o.logger, d.logs);
        trackFile(o.health.file("files"), d.read);
        yield d.read.summary;
      } else if (next < n) {
        const i = next++;
        const logs = [];
        done[i] = { read: await summarizeFile(files[i], { displayPath: files[i], logger: bufferLogger(logs) }), logs };
        if (workers.length > 0) await new Promise((resolve) => setImmediate(resolve));
      } else await new Promise((resolve) => wake = resolve);
    }
    return { byWorkers };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
export {
  summarizeOnThreads
};
