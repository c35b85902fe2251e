/**
 * The `dream` command line. Each subcommand lives in src/cli/<name>.ts and src/cli/program.ts
 * wires them; this file only runs the program and turns any thrown error into one clear message
 * and exit code 1.
 *
 * `dream capture` runs in Claude Code's SessionEnd hook, where every tenth of a second counts, so
 * it loads only what capture needs (the modules are imported on demand, and the bundle evaluates a
 * module only when it is first imported); every other command loads the whole program.
 */
import { consoleLogger } from './log.js';
import { ignoreClosedPipes } from './cli/pipes.js';
import { rerunWithBoundedHeap } from './pipeline/bounded-heap.js';

/** The commands that read transcripts in bulk, whose peak memory is bounded by running them with a small young generation. */
const PASSES = new Set(['run', 'map', 'reduce', 'eval']);

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
