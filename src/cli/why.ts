/**
 * `dream why FILE[:LINE] [--json]`: why is this line in our memory? Declared here; the answer is
 * src/cli/why-answer.ts (blame, the dream edit, its PR and its evidence), imported when the command runs.
 */
import type { Command } from 'commander';
import type { Logger } from '../model/index.js';
import { defaultSettings } from '../config/settings.js';
import type { WhyFlags } from './why-answer.js';

export type { WhyAnswer } from './why-answer.js';

export interface WhyCommandDeps {
  logger: Logger;
  write?: (text: string) => void;
}

export function registerWhyCommand(program: Command, deps: WhyCommandDeps): void {
  const write = deps.write ?? ((t: string) => void process.stdout.write(t));
  program
    .command('why')
    .description('Why is this line in our memory? Blame, then the dream edit, its PR and its evidence')
    .argument('<target>', 'FILE:LINE for one line, or FILE for every line (repo-relative)')
    .option('--repo <dir>', 'repository checkout', '.')
    .option('--ref <rev>', 'the commit to read the file at', 'HEAD')
    .option('--ledger <path>', 'the ledger, relative to the repository', defaultSettings('.').ledgerPath)
    .option('--state-branch <name>', 'also read the ledger kept on this branch when it is present locally', 'dreaming/state')
    .option('--json', 'one JSON array of lines, for machines')
    .action(async (target: string, flags: WhyFlags) => write(await (await import('./why-answer.js')).whyText(target, flags)));
}
