/** The bare `dream` program (name, description, --version), shared by the full program and capture's. */
import { Command } from 'commander';
import { packageVersion } from './version.js';

export function baseProgram(): Command {
  return new Command()
    .name('dream')
    .description('agent-dreaming: turn agent session transcripts into reviewed memory edits')
    .version(packageVersion(), '-V, --version', 'print the version of agent-dreaming')
    .showHelpAfterError();
}
