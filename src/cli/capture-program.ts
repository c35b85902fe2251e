/**
 * `dream capture` alone, for the SessionEnd hook: the same command as in the full program, without
 * loading the engines, the pipeline and the GitHub client it never uses.
 */
import type { Command } from 'commander';
import type { Logger } from '../model/index.js';
import { baseProgram } from './base.js';
import { registerCaptureCommand } from './capture.js';

export function buildCaptureProgram(deps: { logger: Logger; env: NodeJS.ProcessEnv }): Command {
  const program = baseProgram();
  registerCaptureCommand(program, { logger: deps.logger, env: deps.env });
  return program;
}
