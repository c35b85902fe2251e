import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/pipeline/bundled-worker.ts
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
function spawnBundledWorker(o) {
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

export {
  spawnBundledWorker
};
