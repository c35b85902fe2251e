#!/usr/bin/env node
/**
 * The `dream` command line's entry point. It turns Node's compile cache on first and only then
 * loads the program (src/cli/start.ts), so that the whole program is compiled from the cache on
 * every run after the first: a static import here would be compiled before the cache is on.
 */
import { enableCompileCache } from './cli/compile-cache.js';

enableCompileCache(process.env);
await import('./cli/start.js');
