/**
 * `dream run`: the stable CLI contract outside tools rely on (issue 3).
 *
 *   dream run --sessions <glob>... [--memory <glob>...] [--repo DIR] [--engine offline]
 *             [--dry-run | --write] [--report FILE.json] [--patch FILE.diff]
 *
 * Prints a readable summary and the unified diff; exits 0 when the run itself succeeded,
 * with or without edits.
 *
 * This file only declares the command (its flags, for --help and parsing); the pass is src/cli/run-pass.ts,
 * imported when `run` is what was asked for, so `dream --help` and the other commands never load it.
 */
import { Command, Option } from 'commander';
import { PROVIDER_NAMES, type Logger, type EngineName, type ProviderName } from '../model/index.js';
import { defaultSettings } from '../config/settings.js';
import { INTEGER_SETTINGS, parseIntegerSetting, type IntegerSetting } from '../config/values.js';

export interface RunFlags {
  repo: string;
  sessions?: string[];
  allowEmpty?: boolean;
  memory?: string[];
  engine?: EngineName;
  provider?: ProviderName;
  model?: string;
  config?: string;
  dryRun?: boolean;
  write?: boolean;
  report?: string;
  patch?: string;
  minSupport?: number;
  maxEdits?: number;
  batch?: boolean;
  includeDreamed?: boolean;
  json?: boolean;
  store?: string;
  sessionIds?: string[];
  keepStores?: boolean;
  dreamTimeout?: number;
  threads?: number;
}

/** A flag's value checked by the same rule as the Action input and the config key of that setting. */
export const intFlag =
  (flag: string, setting: IntegerSetting) =>
  (v: string): number =>
    parseIntegerSetting(flag, v, INTEGER_SETTINGS[setting]);

/** `--threads`: worker threads that read and mine (a CLI-only setting: the Action chooses for its runner). */
export const threadsFlag = (v: string): number => {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < 1) throw new Error(`--threads: expected an integer ≥ 1, got "${v}"`);
  return n;
};
export const THREADS_HELP =
  'threads that read and mine: this one and N-1 workers (default: 2 where there are 2 cores and 48 MB or more to read)';

/**
 * The help of the flags `dream run` and `dream reduce` share, with the defaults both apply. Shown in
 * --help but not given to commander as defaults: a flag left out must not override the config file,
 * so the defaults are applied in resolveSettings instead.
 */
export function passFlagHelp(d = defaultSettings('.')): { engine: string; minSupport: string; maxEdits: string } {
  return {
    engine: `dream engine (default: ${d.engine})`,
    minSupport: `distinct sessions a pattern needs to become memory (default: ${d.minSupport})`,
    maxEdits: `maximum edits in one pass (default: ${d.maxEdits})`,
  };
}

/**
 * The flags for what a pass writes and how much it may propose, declared once for `dream run` and `dream reduce`
 * (a reduce writes what a run writes), so that their names, help and checks cannot drift apart.
 */
export function addPassOutputFlags(command: Command, help: ReturnType<typeof passFlagHelp>): Command {
  return command
    .addOption(new Option('--dry-run', 'write nothing but --report/--patch (default)').conflicts('write'))
    .option('--write', 'apply the edits and the ledger to the working tree')
    .option('--report <file>', 'write the JSON report (version 1)')
    .option('--patch <file>', 'write the unified diff of the memory files')
    .option('--min-support <n>', help.minSupport, intFlag('--min-support', 'min-support'))
    .option('--max-edits <n>', help.maxEdits, intFlag('--max-edits', 'max-edits'))
    .option('--batch', 'claude engine: run analysts through the Message Batches API (half price)');
}

export function registerRunCommand(program: Command, deps: { logger: Logger; env: NodeJS.ProcessEnv }): void {
  const d = defaultSettings('.');
  const help = passFlagHelp(d);
  const run = program
    .command('run')
    .description('Dream over session transcripts and propose memory edits (prints the diff)')
    .option('--repo <dir>', 'repository checkout holding the memory files', '.')
    .option('--sessions <globs...>', 'transcript globs, relative to --repo, or absolute (~/.claude/projects/x/*.jsonl)')
    .option(
      '--memory <globs...>',
      'extra memory file globs (CLAUDE.md, AGENTS.md, AGENTS.override.md, GEMINI.md, Copilot instructions, rules and skills are always found)',
    )
    .addOption(new Option('--engine <name>', help.engine).choices(['offline', 'claude', 'anthropic-dreams']))
    .addOption(
      new Option(
        '--provider <name>',
        `claude engine: reach Claude through Anthropic's API, Amazon Bedrock (AWS_REGION) or Google Vertex AI (CLOUD_ML_REGION, ANTHROPIC_VERTEX_PROJECT_ID) (default: ${d.provider})`,
      ).choices(PROVIDER_NAMES),
    )
    .option('--model <id>', "model for the claude engine (on bedrock and vertex: the provider's model id)")
    .option('--config <file>', 'YAML config file');
  addPassOutputFlags(run, help)
    .option('--include-dreamed', 'dream sessions again even if the ledger has them')
    .option('--threads <n>', THREADS_HELP, threadsFlag)
    .option('--allow-empty', 'exit 0 even when no session was read (default: a run that read nothing fails)')
    .option('--store <id>', 'anthropic-dreams: mirror the memory files into this memory store (default: a temporary one)')
    .option(
      '--session-ids <ids...>',
      'anthropic-dreams: Managed Agents sessions to dream over (default: settled ones since the last dream)',
      (v: string, prev: string[] = []) => [...prev, ...v.split(',').filter(Boolean)],
    )
    .option('--keep-stores', 'anthropic-dreams: keep the temporary and output memory stores')
    .option(
      '--dream-timeout <minutes>',
      `anthropic-dreams: cancel a dream after this many minutes (default: ${d.dreamTimeoutMinutes})`,
      intFlag('--dream-timeout', 'dream-timeout-minutes'),
    )
    .action(async (flags: RunFlags) => (await import('./run-pass.js')).runCommand(flags, deps));
}
