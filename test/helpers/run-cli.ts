/**
 * `dream run` as a user runs it: the real commander program and run command, stdout silenced. The
 * end-to-end tests' one way to run a pass, and to read the JSON report it wrote.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerRunCommand } from '../../src/cli/run.js';
import { silentLogger } from '../../src/log.js';
import type { DreamReport, Logger } from '../../src/model/index.js';

/** Runs `dream run ARGV...`; what it prints is dropped, its errors are thrown. */
export async function runDreamCli(argv: readonly string[], logger: Logger = silentLogger): Promise<void> {
  const program = new Command().exitOverride();
  registerRunCommand(program, { logger, env: {} });
  const stdout = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    await program.parseAsync(['node', 'dream', 'run', ...argv]);
  } finally {
    process.stdout.write = stdout;
  }
}

export interface ReportRun {
  repo: string;
  /** Where the run writes its JSON report (`--report`). */
  report: string;
  args: readonly string[];
  logger?: Logger;
}

/** Runs `dream run --repo REPO --report REPORT ARGS...` and returns the report it wrote. */
export async function dreamRunReport(o: ReportRun): Promise<DreamReport> {
  await runDreamCli(['--repo', o.repo, '--report', o.report, ...o.args], o.logger);
  return JSON.parse(readFileSync(o.report, 'utf8')) as DreamReport;
}
