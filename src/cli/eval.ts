/**
 * `dream eval --split-at DATE`: dream over the sessions before DATE with the memory as of DATE, replay
 * the sessions after it, and print the share of their failure and correction episodes the proposed
 * lessons cover against the memory actually in force (per lesson and overall). The memory's history
 * comes from git (`--repo`, the memory files' commits) or from a `git log -p` file (`--memory-log`).
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Logger } from '../model/index.js';
import { defaultSettings } from '../config/settings.js';
import { parseDate } from './efficacy.js';
import { intFlag } from './run.js';

interface EvalFlags {
  repo: string;
  splitAt: string;
  sessions?: string[];
  memoryLog?: string;
  minSupport?: number;
  json?: boolean;
}

export function registerEvalCommand(program: Command, deps: { logger: Logger }): void {
  program
    .command('eval')
    .description('Would dreaming have helped? Dream before --split-at, replay after, report episode coverage')
    .requiredOption('--split-at <date>', 'the date that splits the sessions (YYYY-MM-DD or ISO time)')
    .option('--repo <dir>', 'repository checkout (memory history from its git log)', '.')
    .option('--sessions <globs...>', 'transcript globs, relative to --repo, or absolute')
    .option('--memory-log <file>', "the memory files' history as `git log -p` text, instead of the repo's git")
    .option('--min-support <n>', 'distinct sessions a pattern needs to become a lesson', intFlag('--min-support', 'min-support'))
    .option('--json', 'print the result as JSON')
    .action(async (flags: EvalFlags) => {
      // Imported when the command runs, so that declaring it costs the other commands nothing.
      const [
        { discoverMemoryFiles },
        { timelineFromGitLog },
        { timelineFromGit },
        { splitEval, formatSplitEval },
        { assertNoSecrets },
        { expandCliSessions },
        { setPassFlags },
        { assertGitRepo, repoDirFlag },
      ] = await Promise.all([
        import('../memory/discover.js'),
        import('../memory/timeline.js'),
        import('../ledger/memory-history.js'),
        import('../pipeline/split-eval.js'),
        import('../guards/index.js'),
        import('./run-pass.js'),
        import('../pipeline/bounded-heap.js'),
        import('./repo-dir.js'),
      ]);
      setPassFlags();
      const repoDir = await repoDirFlag(flags.repo);
      if (!flags.memoryLog)
        await assertGitRepo(
          flags.repo,
          repoDir,
          "dream eval reads the memory files' history from git: pass a clone, or --memory-log FILE (their `git log -p`)",
        );
      const splitAt = parseDate('--split-at', flags.splitAt);
      const globs = flags.sessions ?? defaultSettings(repoDir).sessions;
      const files = await expandCliSessions({ repoDir, sessions: globs }, deps.logger);
      const timeline = flags.memoryLog
        ? timelineFromGitLog(await readFile(flags.memoryLog, 'utf8'), flags.memoryLog)
        : await timelineFromGit(
            repoDir,
            (await discoverMemoryFiles(repoDir, { logger: deps.logger })).map((f) => f.path),
          );
      const result = await splitEval({
        files,
        splitAt,
        timeline,
        repoDir,
        logger: deps.logger,
        ...(flags.minSupport !== undefined ? { minSupport: flags.minSupport } : {}),
      });
      const out = flags.json ? `${JSON.stringify(result, null, 2)}\n` : formatSplitEval(result);
      assertNoSecrets('the eval report', out);
      process.stdout.write(out);
    });
}
