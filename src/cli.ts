/**
 * The `dream` command line. Each subcommand lives in src/cli/<name>.ts and src/cli/program.ts
 * wires them; this file only runs the program and turns any thrown error into one clear message
 * and exit code 1.
 *
 * `dream capture` runs in Claude Code's SessionEnd hook, where every tenth of a second counts, so
 * it loads only what capture needs (the modules are imported on demand, and the bundle evaluates a
 * module only when it is first imported); every other command loads the whole program.
 */
import module from 'node:module';
import { consoleLogger } from './log.js';
import { ignoreClosedPipes } from './cli/pipes.js';
import { rerunWithBoundedHeap } from './pipeline/bounded-heap.js';

/** The commands that read transcripts in bulk, whose peak memory is bounded by running them with a small young generation. */
const PASSES = new Set(['run', 'map', 'reduce', 'eval']);

// Compiling the program's few megabytes of bundled code is a fixed cost of every command (about 30 ms
// of CPU, measured on a one-file `dream run`); Node >= 22.1 keeps the compiled code on disk (in the
// temporary directory, NODE_DISABLE_COMPILE_CACHE=1 turns it off) for the next run. Node 20 has no such cache.
// A worker thread starts with the cache only when the environment names it, so the directory is put there.
const cache = (module as { enableCompileCache?: () => { directory?: string } }).enableCompileCache?.();
if (cache?.directory && process.env.NODE_COMPILE_CACHE === undefined) process.env.NODE_COMPILE_CACHE = cache.directory;

// `dream run … | head` closes stdout early; the run still finishes, its output just goes nowhere.
ignoreClosedPipes(process.stdout, process.stderr);

const exitCode = PASSES.has(process.argv[2] ?? '') ? await rerunWithBoundedHeap() : undefined;
if (exitCode !== undefined) process.exit(exitCode);

const logger = consoleLogger({ verbose: process.env.DREAM_VERBOSE === '1' });
const deps = { logger, env: process.env };
const program =
  process.argv[2] === 'capture'
    ? (await import('./cli/capture-program.js')).buildCaptureProgram(deps)
    : (await import('./cli/program.js')).buildProgram(deps);
program.parseAsync(process.argv).catch((err: unknown) => {
  logger.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
