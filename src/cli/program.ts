/**
 * The `dream` program with every subcommand registered, apart from parsing, so tests can read
 * the same commands and flags that src/cli.ts runs (the README synopsis is checked against it).
 */
import type { Command } from 'commander';
import type { Logger } from '../model/index.js';
import { registerCaptureCommand } from './capture.js';
import { registerRunCommand } from './run.js';
import { registerSessionsCommand } from './sessions.js';
import { registerSyncCommand } from './sync.js';
import { registerWhyCommand } from './why.js';
import { registerEfficacyCommand } from './efficacy.js';
import { registerEvalCommand } from './eval.js';
import { registerShardCommands } from './shards.js';
import { baseProgram } from './base.js';

export function buildProgram(deps: { logger: Logger; env: NodeJS.ProcessEnv }): Command {
  const program = baseProgram();
  registerRunCommand(program, deps);
  registerSessionsCommand(program, { logger: deps.logger });
  registerCaptureCommand(program, { logger: deps.logger, env: deps.env });
  registerSyncCommand(program, deps);
  registerWhyCommand(program, { logger: deps.logger });
  registerEfficacyCommand(program, { logger: deps.logger });
  registerEvalCommand(program, { logger: deps.logger });
  registerShardCommands(program, deps);
  return program;
}
