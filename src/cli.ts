/**
 * The `dream` command line. Each subcommand lives in src/cli/<name>.ts and src/cli/program.ts
 * wires them; this file only runs the program and turns any thrown error into one clear message
 * and exit code 1.
 */
import { consoleLogger } from './log.js';
import { buildProgram } from './cli/program.js';
import { ignoreClosedPipes } from './cli/pipes.js';

// `dream run … | head` closes stdout early; the run still finishes, its output just goes nowhere.
ignoreClosedPipes(process.stdout, process.stderr);

const logger = consoleLogger({ verbose: process.env.DREAM_VERBOSE === '1' });
buildProgram({ logger, env: process.env })
  .parseAsync(process.argv)
  .catch((err: unknown) => {
    logger.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  });
