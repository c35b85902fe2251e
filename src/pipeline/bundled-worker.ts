/**
 * Starts a worker thread from one of the bundle's worker entries (scripts/build.mjs builds each as
 * dist/<name>.js beside dist/cli.js), or from its TypeScript source when the caller runs from the
 * sources (tests, `npm run dream`).
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { liftPassFlags } from './bounded-heap.js';

export interface BundledWorkerOptions {
  /** The entry's base name: `sessions-worker` is dist/sessions-worker.js, or sessions-worker.ts beside `from`. */
  entry: string;
  /** The caller's import.meta.url: the source entry sits beside it. */
  from: string;
  workerData: unknown;
  resourceLimits?: ResourceLimits;
}

/**
 * The bundles' code sits in dist/chunks/, one folder below the entry. A worker does not inherit
 * tsx from `--import` on Node 20, so from the sources the bootstrap registers it first.
 */
export function spawnBundledWorker(o: BundledWorkerOptions): Worker {
  // The worker compiles Node's built-ins from their code cache only with V8's flags as Node started
  // (liftPassFlags): they are put back once it has loaded its modules, which its first message says.
  const restore = liftPassFlags();
  try {
    const worker = startWorker(o);
    for (const event of ['message', 'error', 'exit']) worker.once(event, restore);
    return worker;
  } catch (e) {
    restore();
    throw e;
  }
}

function startWorker(o: BundledWorkerOptions): Worker {
  const options = { workerData: o.workerData, ...(o.resourceLimits ? { resourceLimits: o.resourceLimits } : {}) };
  if (!o.from.endsWith('.ts')) {
    const beside = new URL(`./${o.entry}.js`, o.from);
    return new Worker(existsSync(fileURLToPath(beside)) ? beside : new URL(`../${o.entry}.js`, o.from), options);
  }
  const tsx = pathToFileURL(
    createRequire(o.from)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const source = new URL(`./${o.entry}.ts`, o.from).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
