/**
 * The Action's entry point (dist/index.js, as action.yml names it). It turns Node's compile cache on
 * before it imports the Action (src/main.ts), since a module imported statically here would be compiled
 * before the cache is on; the cache lives in RUNNER_TEMP, which the runner empties between jobs, so a
 * job never reads a cache another job wrote. NODE_COMPILE_CACHE still wins where a workflow sets it.
 * The Action then runs in a child with a bounded heap (bounded-heap.ts), which inherits the cache.
 */
import path from 'node:path';
import { enableCompileCache } from '../cli/compile-cache.js';

const runnerTemp = process.env.RUNNER_TEMP?.trim();
enableCompileCache(process.env, runnerTemp ? path.join(runnerTemp, 'dream-compile-cache') : undefined);
// The runner starts this file with no Node flags: the pass runs in a child with a bounded heap.
const exitCode = await (await import('../pipeline/bounded-heap.js')).rerunWithBoundedHeap();
if (exitCode !== undefined) process.exit(exitCode);
const { run } = await import('../main.js');
await run();
