/**
 * The `dream` command line. Each subcommand lives in src/cli/<name>.ts; this file only wires them
 * and turns any thrown error into one clear message and exit code 1.
 */
import { Command } from 'commander';
import { consoleLogger } from './log.js';
import { registerRunCommand } from './cli/run.js';
import { registerSessionsCommand } from './cli/sessions.js';
import { registerCaptureCommand } from './cli/capture.js';
import { registerSyncCommand } from './cli/sync.js';
import { registerShardCommands } from './cli/shards.js';

const program = new Command();
const logger = consoleLogger({ verbose: process.env.DREAM_VERBOSE === '1' });
program
  .name('dream')
  .description('agent-dreaming: turn agent session transcripts into reviewed memory edits')
  .showHelpAfterError();
registerRunCommand(program, { logger, env: process.env });
registerSessionsCommand(program, { logger });
registerCaptureCommand(program, { logger });
registerSyncCommand(program, { logger, env: process.env });
registerShardCommands(program, { logger, env: process.env });

program.parseAsync(process.argv).catch((err: unknown) => {
  logger.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
