#!/usr/bin/env node
/**
 * The `dream` command line's entry point. It turns Node's compile cache on first and only then
 * loads the program (src/cli/start.ts), so that the whole program is compiled from the cache on
 * every run after the first: a static import here would be compiled before the cache is on.
 * Commands that read transcripts in bulk run in a child with a bounded heap (bounded-heap.ts says
 * why); the parent has loaded only this small module when it starts the child, which inherits the
 * cache's directory through NODE_COMPILE_CACHE.
 */
import { enableCompileCache } from './cli/compile-cache.js';

/** The commands that read transcripts in bulk. */
const PASSES = new Set(['run', 'map', 'reduce', 'eval']);

enableCompileCache(process.env);
const exitCode = PASSES.has(process.argv[2] ?? '') ? await (await import('./pipeline/bounded-heap.js')).rerunWithBoundedHeap() : undefined;
if (exitCode !== undefined) process.exit(exitCode);
await import('./cli/start.js');
