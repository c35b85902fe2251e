/**
 * What `dream run` does once its flags are parsed (src/cli/run.ts declares them): resolve the settings,
 * build the engine, run the pass and print or write what it produced. `reduce`, `efficacy` and `eval`
 * reuse its helpers. Imported on demand, being most of the program.
 */
import { lstat, mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { textChunks, type Logger } from '../model/index.js';
import { defaultSettings, dreamOptionsFrom, type Settings } from '../config/settings.js';
import { createEngine } from '../engine/index.js';
import { runDream, type DreamRunResult } from '../pipeline/run.js';
import { atomicFile } from '../pipeline/atomic-file.js';
import { setPassFlags } from '../pipeline/bounded-heap.js';
import { formatRunSummary } from '../pipeline/summary.js';
import { assertNoNewSecrets, assertNoSecrets } from '../guards/index.js';
import { expandAbsoluteGlobs, expandSessionGlobsDetailed, isAbsoluteGlob, repoFilePaths, unmatchedGlobWarnings } from '../sources/globs.js';
import { lastDreamTime, LEDGER_SCAN } from '../ledger/index.js';
import { memoryListings } from '../memory/discover.js';
import type { DirListings } from '../sources/listings.js';
import type { RunFlags } from './run.js';
import { repoDirFlag } from './repo-dir.js';

export async function runCommand(flags: RunFlags, deps: { logger: Logger; env: NodeJS.ProcessEnv }): Promise<void> {
  const settings = await resolveSettings(flags);
  const since = settings.engine === 'anthropic-dreams' ? await lastDreamTime(settings.repoDir, settings.ledgerPath) : undefined;
  const engine = await createEngine(settings, {
    logger: deps.logger,
    env: deps.env,
    batch: flags.batch ?? false,
    ...(since ? { since } : {}),
  });
  // Its modules are loaded (the engine's too); the pass's allocations start here.
  setPassFlags();
  // The sessions crawl keeps what the memory walk would list again (transcripts in the repository).
  const listings = memoryListings(settings.memory);
  const transcriptFiles = await expandCliSessions(settings, deps.logger, listings);
  const result = await runDream({
    ...(listings ? { memoryListings: listings } : {}),
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
export async function expandCliSessions(
  settings: Pick<Settings, 'repoDir' | 'sessions'>,
  logger: Logger,
  listings?: DirListings,
): Promise<string[]> {
  const absolute = settings.sessions.filter(isAbsoluteGlob);
  const relative = settings.sessions.filter((g) => !isAbsoluteGlob(g));
  const inRepo = await expandSessionGlobsDetailed(settings.repoDir, relative, { logger, ...(listings ? { listings } : {}) });
  const outside = await expandAbsoluteGlobs(absolute, undefined, logger);
  const found = inRepo.files.length + outside.files.length;
  for (const w of unmatchedGlobWarnings(settings.repoDir, inRepo.unmatched, found)) logger.warning(w);
  for (const g of outside.unmatched) logger.warning(`sessions glob "${g}" matched no files`);
  return [...inRepo.files.map(repoFilePaths(settings.repoDir)), ...outside.files];
}

export async function resolveSettings(flags: RunFlags): Promise<Settings> {
  const repoDir = await repoDirFlag(flags.repo);
  // The config reader (a YAML parser and a schema validator) only when there is a config to read.
  const fromFile = flags.config ? await (await import('../config/load.js')).loadConfigFile(flags.config) : {};
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
    // The text the pass read from this file, when it read it itself: the file is not read twice.
    const before = result.ledgerFileText !== undefined ? (result.ledgerFileText ?? '') : await readFile(ledgerFile, 'utf8').catch(() => '');
    assertNoNewSecrets(settings.ledgerPath, before, result.ledgerText, LEDGER_SCAN);
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
    // A text in pieces: one Buffer of a whole ledger was its size again at the pass's peak (textChunks).
    await writeFile(out.tmp, typeof text === 'string' ? textChunks(text) : text, { flag: 'wx', mode: 0o644 });
    await out.commit();
  } finally {
    await out.discard();
  }
}
