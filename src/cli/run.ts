/**
 * `dream run`: the stable CLI contract outside tools rely on (issue 3).
 *
 *   dream run --sessions <glob>... [--memory <glob>...] [--repo DIR] [--engine offline]
 *             [--dry-run | --write] [--report FILE.json] [--patch FILE.diff]
 *
 * Prints a readable summary and the unified diff; exits 0 when the run itself succeeded,
 * with or without edits.
 */
import { lstat, mkdir, readFile, realpath, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import { PROVIDER_NAMES, type Logger, type EngineName, type ProviderName } from '../model/index.js';
import { defaultSettings, dreamOptionsFrom, type Settings } from '../config/settings.js';
import { loadConfigFile } from '../config/load.js';
import { INTEGER_SETTINGS, parseIntegerSetting, type IntegerSetting } from '../config/values.js';
import { createEngine } from '../engine/index.js';
import { runDream, type DreamRunResult } from '../pipeline/run.js';
import { atomicFile } from '../pipeline/atomic-file.js';
import { formatRunSummary } from '../pipeline/summary.js';
import { assertNoNewSecrets, assertNoSecrets } from '../guards/index.js';
import { expandAbsoluteGlobs, expandSessionGlobsDetailed, isAbsoluteGlob, repoFilePath } from '../sources/globs.js';
import { DEFAULT_SESSION_GLOBS } from '../config/transcript-files.js';
import { lastDreamTime, ledgerTextToScan } from '../ledger/index.js';

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

export function registerRunCommand(program: Command, deps: { logger: Logger; env: NodeJS.ProcessEnv }): void {
  // Shown in --help but not given to commander as defaults: a flag left out must not override the
  // config file, so the defaults are applied in resolveSettings instead.
  const d = defaultSettings('.');
  program
    .command('run')
    .description('Dream over session transcripts and propose memory edits (prints the diff)')
    .option('--repo <dir>', 'repository checkout holding the memory files', '.')
    .option('--sessions <globs...>', 'transcript globs, relative to --repo, or absolute (~/.claude/projects/x/*.jsonl)')
    .option('--memory <globs...>', 'extra memory file globs (CLAUDE.md, AGENTS.md, rules and skills are always found)')
    .addOption(new Option('--engine <name>', `dream engine (default: ${d.engine})`).choices(['offline', 'claude', 'anthropic-dreams']))
    .addOption(
      new Option(
        '--provider <name>',
        `claude engine: reach Claude through Anthropic's API, Amazon Bedrock (AWS_REGION) or Google Vertex AI (CLOUD_ML_REGION, ANTHROPIC_VERTEX_PROJECT_ID) (default: ${d.provider})`,
      ).choices(PROVIDER_NAMES),
    )
    .option('--model <id>', "model for the claude engine (on bedrock and vertex: the provider's model id)")
    .option('--config <file>', 'YAML config file')
    .addOption(new Option('--dry-run', 'write nothing but --report/--patch (default)').conflicts('write'))
    .option('--write', 'apply the edits and the ledger to the working tree')
    .option('--report <file>', 'write the JSON report (version 1)')
    .option('--patch <file>', 'write the unified diff of the memory files')
    .option(
      '--min-support <n>',
      `distinct sessions a pattern needs to become memory (default: ${d.minSupport})`,
      intFlag('--min-support', 'min-support'),
    )
    .option('--max-edits <n>', `maximum edits in one pass (default: ${d.maxEdits})`, intFlag('--max-edits', 'max-edits'))
    .option('--batch', 'claude engine: run analysts through the Message Batches API (half price)')
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
    .action(async (flags: RunFlags) => {
      const settings = await resolveSettings(flags);
      const since = settings.engine === 'anthropic-dreams' ? await lastDreamTime(settings.repoDir, settings.ledgerPath) : undefined;
      const engine = await createEngine(settings, {
        logger: deps.logger,
        env: deps.env,
        batch: flags.batch ?? false,
        ...(since ? { since } : {}),
      });
      const transcriptFiles = await expandCliSessions(settings, deps.logger);
      const result = await runDream({
        repoDir: settings.repoDir,
        // Expanded here rather than in runDream, so the globs that matched nothing can be named.
        sessions: [],
        transcriptFiles,
        transcriptSource: 'files',
        memoryGlobs: settings.memory,
        engine,
        options: dreamOptionsFrom(settings),
        ledgerPath: settings.ledgerPath,
        logger: deps.logger,
        includeDreamed: flags.includeDreamed ?? false,
        // Sessions dreamed again would be counted again: efficacy is then left to `dream efficacy`.
        efficacy: flags.includeDreamed ? false : { unobservedDays: settings.unobservedDays },
        ...(flags.threads ? { threads: flags.threads } : {}),
      });
      await printRunResult(result, settings, flags);
      // A mistyped glob or an unreadable format must not pass for "nothing to learn".
      if (result.empty && !flags.allowEmpty) {
        throw new Error(
          'no session was read from the transcripts given (see the ingestion health above); pass --allow-empty if that is expected',
        );
      }
    });
}

/**
 * The transcripts `--sessions` names, as absolute paths: globs relative to the repository go through
 * the same checks as in the Action; absolute ones are the caller's own files, allowed here only.
 */
/** The run's summary and diff on stdout, and its --write/--report/--patch outputs: what `run` and `reduce` print alike. */
export async function printRunResult(result: DreamRunResult, settings: Settings, flags: RunFlags): Promise<void> {
  const summary = formatRunSummary(result.report);
  // Fail closed: nothing that leaves this process may carry a secret, even one the guards missed.
  assertNoSecrets('the run summary', summary);
  assertNoSecrets('the memory diff', result.diff);
  await writeOutputs(result, settings, flags);
  process.stdout.write(summary);
  process.stdout.write(result.diff ? `\n${result.diff}` : '\nNo memory edits proposed.\n');
}

/** The transcript files the session globs name (relative to the repo, or absolute), warning about typed globs that match nothing. */
export async function expandCliSessions(settings: Pick<Settings, 'repoDir' | 'sessions'>, logger: Logger): Promise<string[]> {
  const absolute = settings.sessions.filter(isAbsoluteGlob);
  const relative = settings.sessions.filter((g) => !isAbsoluteGlob(g));
  const inRepo = await expandSessionGlobsDetailed(settings.repoDir, relative, { logger });
  const outside = await expandAbsoluteGlobs(absolute);
  // A default place with nothing in it is normal (few repos have all of them); a glob someone typed is not.
  const typed = inRepo.unmatched.filter((g) => !DEFAULT_SESSION_GLOBS.includes(g));
  for (const g of typed) logger.warning(`sessions glob "${g}" matched no files under ${settings.repoDir}`);
  if (inRepo.files.length === 0 && outside.files.length === 0 && typed.length < inRepo.unmatched.length) {
    logger.warning(`no transcripts in the default places under ${settings.repoDir}: ${DEFAULT_SESSION_GLOBS.join(', ')}`);
  }
  for (const g of outside.unmatched) logger.warning(`sessions glob "${g}" matched no files`);
  return [...inRepo.files.map((rel) => repoFilePath(settings.repoDir, rel)), ...outside.files];
}

export async function resolveSettings(flags: RunFlags): Promise<Settings> {
  const repoDir = path.resolve(flags.repo);
  const info = await stat(repoDir).catch(() => undefined);
  if (!info) throw new Error(`--repo ${flags.repo}: no such directory (${repoDir})`);
  if (!info.isDirectory()) throw new Error(`--repo ${flags.repo}: not a directory (${repoDir})`);
  const fromFile = flags.config ? await loadConfigFile(flags.config) : {};
  const base = { ...defaultSettings(repoDir), ...fromFile };
  return {
    ...base,
    sessions: flags.sessions ?? base.sessions,
    memory: flags.memory ?? base.memory,
    engine: flags.engine ?? base.engine,
    provider: flags.provider ?? base.provider,
    model: flags.model ?? base.model,
    minSupport: flags.minSupport ?? base.minSupport,
    maxEdits: flags.maxEdits ?? base.maxEdits,
    dryRun: !flags.write,
    memoryStoreId: flags.store ?? base.memoryStoreId,
    anthropicSessionIds: flags.sessionIds ? [...new Set(flags.sessionIds)] : base.anthropicSessionIds,
    keepStores: flags.keepStores ?? base.keepStores,
    dreamTimeoutMinutes: flags.dreamTimeout || base.dreamTimeoutMinutes,
  };
}

async function writeOutputs(result: DreamRunResult, settings: Settings, flags: RunFlags): Promise<void> {
  if (flags.report) {
    const json = JSON.stringify(result.report, null, 2) + '\n';
    assertNoSecrets('the report', json);
    await atomicWrite(flags.report, json);
  }
  if (flags.patch) {
    assertNoSecrets('the patch', result.diff);
    await atomicWrite(flags.patch, result.diff);
  }
  if (!flags.write) return;
  // Every output is scanned before anything is written: the ledger too (it records transcript file
  // names), and the lines each change adds (what a file already held is not ours to judge).
  for (const change of result.changes) assertNoNewSecrets(change.path, change.before, change.after);
  if (result.ledgerChanged) {
    const ledgerFile = path.join(settings.repoDir, settings.ledgerPath);
    const before = await readFile(ledgerFile, 'utf8').catch(() => '');
    assertNoNewSecrets(settings.ledgerPath, ledgerTextToScan(before), ledgerTextToScan(result.ledgerText));
  }
  for (const change of result.changes) await atomicWrite(path.join(settings.repoDir, change.path), change.after, settings.repoDir);
  if (result.ledgerChanged) await atomicWrite(path.join(settings.repoDir, settings.ledgerPath), result.ledgerText, settings.repoDir);
}

/**
 * Write to a temp file and rename (atomicFile), so an interrupted run never leaves a half-written memory
 * file. With `within`, the target's folder must resolve inside that directory and the target may not be a symlink.
 */
async function atomicWrite(file: string, text: string | Uint8Array, within?: string): Promise<void> {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  await mkdir(dir, { recursive: true });
  if (within !== undefined) {
    const root = await realpath(within);
    const real = await realpath(dir);
    const rel = path.relative(root, real);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`refusing to write ${file}: its folder resolves outside ${within}`);
    const existing = await lstat(target).catch(() => undefined);
    if (existing?.isSymbolicLink()) throw new Error(`refusing to write ${file}: it is a symbolic link`);
  }
  const out = await atomicFile(target);
  try {
    await writeFile(out.tmp, text, { flag: 'wx', mode: 0o644 });
    await out.commit();
  } finally {
    await out.discard();
  }
}
