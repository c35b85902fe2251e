/**
 * `dream efficacy [--since DATE] [--json]`: how the lessons adopted in this checkout are doing. Reads
 * every transcript the sessions globs match (dreamed or not), counts each adopted lesson's episodes
 * per 100 sessions before and after its adoption, and prints the table and chart the PR body shows.
 */
import type { Command } from 'commander';
import type { Logger } from '../model/index.js';
import { defaultSettings } from '../config/settings.js';
import { intFlag } from './run.js';

interface EfficacyFlags {
  repo: string;
  sessions?: string[];
  memory?: string[];
  config?: string;
  since?: string;
  unobservedDays?: number;
  json?: boolean;
  stateBranch: string;
}

/** Sessions read with no time: no lesson could count them, so the table's counts leave them out. */
function undatedNote(undated: number): string {
  if (undated === 0) return '';
  const [verb, they] = undated === 1 ? ['gives', 'it'] : ['give', 'they'];
  return ` ${undated} of them ${verb} no time: ${they} cannot be placed before or after an adoption, so no lesson counts ${undated === 1 ? 'it' : 'them'}.`;
}

export function parseDate(flag: string, v: string): Date {
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new Error(`${flag} ${v}: not a date (use YYYY-MM-DD or an ISO time)`);
  return d;
}

export function registerEfficacyCommand(program: Command, deps: { logger: Logger }): void {
  program
    .command('efficacy')
    .description('How adopted lessons are doing: episodes per 100 sessions before and after each adoption')
    .option('--repo <dir>', 'repository checkout', '.')
    .option('--sessions <globs...>', 'transcript globs, relative to --repo, or absolute')
    .option('--memory <globs...>', 'extra memory file globs')
    .option('--config <file>', 'YAML config file')
    .option('--since <date>', 'count only sessions that started on or after this date')
    .option(
      '--unobserved-days <n>',
      "days without the episode or the entry before a lesson is unobserved (default: the config file's, else 30)",
      intFlag('--unobserved-days', 'unobserved-days'),
    )
    .option('--state-branch <name>', 'also read the ledger kept on this branch when it is present locally', 'dreaming/state')
    .option('--json', 'print the efficacy objects as JSON')
    .action(async (flags: EfficacyFlags) => {
      // Imported when the command runs, so that declaring it costs the other commands nothing.
      const [
        { loadConfigFile },
        { GitHistory },
        { measureEfficacy },
        { efficacySection },
        { assertNoSecrets },
        { expandCliSessions },
        { whyLedger },
        { repoDirFlag },
      ] = await Promise.all([
        import('../config/load.js'),
        import('../ledger/adoption.js'),
        import('../pipeline/measure.js'),
        import('../publish/efficacy.js'),
        import('../guards/index.js'),
        import('./run-pass.js'),
        import('./why-answer.js'),
        import('./repo-dir.js'),
      ]);
      const repoDir = await repoDirFlag(flags.repo);
      const base = { ...defaultSettings(repoDir), ...(flags.config ? await loadConfigFile(flags.config) : {}) };
      const globs = flags.sessions ?? base.sessions;
      const files = await expandCliSessions({ repoDir, sessions: globs }, deps.logger);
      const days = flags.unobservedDays ?? base.unobservedDays;
      const ledger = await whyLedger({
        repoDir,
        ledgerPath: base.ledgerPath,
        stateBranch: flags.stateBranch,
        history: new GitHistory(repoDir),
      });
      const { efficacy, sessions, undated } = await measureEfficacy({
        repoDir,
        files,
        memoryGlobs: flags.memory ?? base.memory,
        ledger,
        ...(flags.since ? { since: parseDate('--since', flags.since) } : {}),
        unobservedDays: days,
        logger: deps.logger,
      });
      const out = flags.json
        ? `${JSON.stringify({ sessions, undated, efficacy }, null, 2)}\n`
        : efficacy.length
          ? `${efficacySection(efficacy, '##')}\n\n${sessions} session(s) read.${undatedNote(undated)}\n`
          : // Nothing to count, so measureEfficacy read no transcript: "0 sessions read" would look like a bad glob.
            'No adopted lessons with a pattern to measure, so no transcript was read.\n';
      assertNoSecrets('the efficacy report', out);
      process.stdout.write(out);
    });
}
