import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  liftPassFlags
} from "./chunk-45EVIIKM.js";

// src/pipeline/bundled-worker.ts
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
function spawnBundledWorker(o) {
  const restore = liftPassFlags();
  try {
    const worker = startWorker(o);
    for (const event of ["message", "error", "exit"]) worker.once(event, restore);
    return worker;
  } catch (e) {
    restore();
    throw e;
  }
}
function startWorker(o) {
  const options = { workerData: o.workerData, ...o.resourceLimits ? { resourceLimits: o.resourceLimits } : {} };
  if (!o.from.endsWith(".ts")) {
    const beside = new URL(`./${o.entry}.js`, o.from);
    return new Worker(existsSync(fileURLToPath(beside)) ? beside : new URL(`../${o.entry}.js`, o.from), options);
  }
  const tsx = pathToFileURL(
    createRequire(o.from).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")
  ).href;
  const source = new URL(`./${o.entry}.ts`, o.from).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

// src/pipeline/ordered-pool.ts
async function* orderedPool(o) {
  const { count, workers } = o;
  const arrived = /* @__PURE__ */ new Map();
  const inFlight = new Array(workers.length).fill(0);
  const booted = new Array(workers.length).fill(false);
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
      while (booted[w] && inFlight[w] < o.perWorker && sent < count && sent < next + o.window) {
        o.send(workers[w], sent++);
        inFlight[w]++;
      }
    }
  };
  workers.forEach((worker, w) => {
    worker.on("message", (raw) => {
      const m = o.decode(raw);
      if (!m) return;
      if ("ready" in m) booted[w] = true;
      else if ("error" in m) failure ??= new Error(`${o.name}: ${m.error}`);
      else {
        inFlight[w]--;
        byWorkers++;
        arrived.set(m.position, m.result);
      }
      feed();
      notify();
    });
    worker.on("error", (e) => {
      failure ??= e;
      notify();
    });
    worker.on("exit", (code) => {
      if (inFlight[w] > 0) failure ??= new Error(`${o.name} exited (${code}) with ${inFlight[w]} items unfinished`);
      notify();
    });
  });
  feed();
  while (next < count) {
    if (arrived.has(next)) {
      const result = arrived.get(next);
      arrived.delete(next++);
      feed();
      yield result;
      continue;
    }
    if (failure) throw failure;
    if (sent < count && sent < next + o.window) {
      const position = sent++;
      arrived.set(position, await o.here(position));
      if (workers.length > 0) await new Promise((resolve) => setImmediate(resolve));
      continue;
    }
    await new Promise((resolve) => wake = resolve);
  }
  return { byWorkers, booted };
}

export {
  spawnBundledWorker,
  orderedPool
};
