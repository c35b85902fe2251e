/**
 * The GitHub Action's entry point, and the only place that reads action inputs (through publish/inputs.ts). It wires the stages
 * together: inputs -> settings -> rejections -> artifacts -> gate -> dream -> publish -> outputs.
 * Every failure ends in exactly one setFailed, at the bottom of run().
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as core from '@actions/core';
import { redactingLogger, type Logger } from './log.js';
import { redactSecrets } from './secrets/index.js';
import { defaultSettings, dreamOptionsFrom, type Settings } from './config/settings.js';
import { loadConfigFile } from './config/load.js';
import type { EngineName } from './engine/types.js';
import { createEngine, lastDreamTime } from './engine/index.js';
import { managedAgentsPorts } from './engine/dreams/api.js';
import { fetchManagedSessions } from './sources/managed-sessions.js';
import { runSyncMode, type SyncModeOutcome } from './sync/index.js';
import { runDream } from './pipeline/run.js';
import type { DreamReport } from './pipeline/report.js';
import { emptyUsage } from './edits/types.js';
import { expandSessionGlobs } from './sources/globs.js';
import { collectArtifactTranscripts } from './sources/artifacts.js';
import { GitHubClient } from './publish/github.js';
import { DreamBranch } from './publish/git.js';
import { openPullLedger, openPullPending, publish, rejectedEdits, type PublishOutcome } from './publish/publish.js';
import { advanceStateBranch, buildStateCommitMessage, readPassLedger, stateBranchFor } from './publish/state-branch.js';
import { defaultPublishSettings, type MergeMethod, type PublishSettings } from './publish/settings.js';
import { jobSummary } from './publish/summary.js';
import { countNewTranscriptFiles, countPendingSessions } from './publish/new-sessions.js';
import { assertNoSecrets } from './guards/index.js';
import { Inputs } from './publish/inputs.js';

/** The Actions runtime as run() uses it; tests pass a recording one, the Action the real one. */
export interface ActionRuntime {
  logger: Logger;
  setSecret(value: string): void;
  setOutput(name: string, value: string): void;
  writeSummary(markdown: string): Promise<void>;
  setFailed(message: string): void;
  /** An annotation on the run (core.notice); optional, so recording runtimes may leave it out. */
  notice?(message: string): void;
}

export interface ActionResult {
  outputs: Record<string, string>;
  /** The message passed to setFailed, when the run failed. */
  failed?: string;
  outcome?: PublishOutcome;
  report?: DreamReport;
}

export interface RunDeps {
  runtime?: ActionRuntime;
  /** First retry delay for GitHub 5xx answers (tests make it short). */
  retryBaseMs?: number;
  now?: () => Date;
}

const MAX_ARTIFACT_BYTES = 256 * 1024 * 1024;
const MAX_ARTIFACT_TOTAL_BYTES = 1024 * 1024 * 1024;

export async function run(env: NodeJS.ProcessEnv = process.env, deps: RunDeps = {}): Promise<ActionResult> {
  const runtime = deps.runtime ?? coreRuntime(env);
  // Logs and the failure message are outgoing channels too: a transcript may be named after a token,
  // and an API error may quote one.
  const logger = redactingLogger(runtime.logger);
  const outputs: Record<string, string> = {};
  const setOutput = (name: string, value: string | number) => {
    outputs[name] = String(value);
    runtime.setOutput(name, String(value));
  };
  try {
    const inputs = new Inputs(env);
    const token = inputs.text('github-token');
    const anthropicKey = inputs.text('anthropic-api-key');
    if (token) runtime.setSecret(token);
    if (anthropicKey) runtime.setSecret(anthropicKey);

    const settings = await resolveSettings(inputs, env);
    if (settings.mode === 'sync') {
      const synced = await syncMode(settings, env, anthropicKey || env.ANTHROPIC_API_KEY, logger);
      setSyncOutputs(setOutput, synced.outputs);
      assertNoSecrets('job summary', synced.summary);
      await runtime.writeSummary(synced.summary);
      if (synced.failure) throw new Error(synced.failure);
      return { outputs };
    }
    const pub = publishSettings(inputs, env, settings.dryRun);
    if (!token) throw new Error('github-token is empty: pass ${{ github.token }} or a GitHub App token');
    const github = new GitHubClient({
      token,
      owner: pub.owner,
      repo: pub.repo,
      apiUrl: env.GITHUB_API_URL,
      logger,
      ...(deps.retryBaseMs !== undefined ? { retryBaseMs: deps.retryBaseMs } : {}),
    });

    const rejected = await rejectedEdits(github, pub);
    if (rejected.length) logger.info(`${rejected.length} edit(s) from closed, unmerged dream PRs are suppressed unless new evidence arrives`);

    // The ledger this pass starts from, read before anything that consults it (since, the gate).
    const state = pub.stateBranch ? stateBranchFor(pub, settings, await github.defaultBranch(), logger) : undefined;
    const pass = await readPassLedger({
      repoDir: settings.repoDir,
      ledgerPath: settings.ledgerPath,
      ...(state ? { state, pending: await openPullPending(github, pub) } : {}),
    });

    const transcriptFiles: string[] = [];
    const artifactName = inputs.text('artifact-name');
    let artifactRoot: string | undefined;
    if (artifactName) {
      const destDir = await mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), 'dream-artifacts-'));
      artifactRoot = destDir;
      const collected = await collectArtifactTranscripts(github, {
        namePattern: artifactName,
        lookbackDays: inputs.int('artifact-lookback-days') ?? 7,
        destDir,
        maxArtifactBytes: MAX_ARTIFACT_BYTES,
        maxTotalBytes: MAX_ARTIFACT_TOTAL_BYTES,
        logger,
        ...(deps.now ? { now: deps.now() } : {}),
      });
      transcriptFiles.push(...collected.files);
      logger.info(`artifacts: ${collected.files.length} file(s) extracted, ${collected.issues.length} skipped`);
    }

    let managedSessionsRoot: string | undefined;
    if (settings.managedSessions !== false) {
      const fetched = await fetchManagedTranscripts(settings, env, anthropicKey || env.ANTHROPIC_API_KEY, logger, pass.text);
      transcriptFiles.push(...fetched.files);
      managedSessionsRoot = fetched.destDir;
    }

    const branch = new DreamBranch({ repoDir: settings.repoDir, botName: pub.botName, botEmail: pub.botEmail, logger });
    // The hosted engine's sessions live in the Managed Agents API, not in transcript files to count.
    const gateSessions = settings.minNewSessions > 0 && settings.engine !== 'anthropic-dreams';
    // Sessions already in the open dream PR are not new, but runDream (reading the base ledger) counts them.
    let pendingSessions = 0;
    if (gateSessions) {
      // Cheap pre-check by file hash, counting the open PR's sessions as dreamed. It only stops a pass
      // with no new file at all: one file may hold several sessions, so runDream counts the rest.
      const repoFiles = await expandSessionGlobs(settings.repoDir, settings.sessions, { logger });
      const pending = await openPullLedger(github, branch, pub, settings.ledgerPath);
      const fresh = await countNewTranscriptFiles({
        repoDir: settings.repoDir,
        ledgerPath: settings.ledgerPath,
        files: [...repoFiles.map((f) => path.join(settings.repoDir, f)), ...transcriptFiles],
        enough: 1,
        ledgerText: pass.text,
        ...(pending ? { pendingLedgers: [pending] } : {}),
      });
      if (fresh === 0) {
        const note = `Not dreaming yet: 0 new transcript files, min-new-sessions is ${settings.minNewSessions}.`;
        logger.info(note);
        setOutputs(setOutput, undefined, { operation: 'none', reason: note, humanCommits: 0 }, '');
        await runtime.writeSummary(jobSummary(emptyReport(settings.engine), undefined, note));
        return { outputs };
      }
      if (pending) pendingSessions = await countPendingSessions({ repoDir: settings.repoDir, ledgerPath: settings.ledgerPath, pendingLedgers: [pending], ledgerText: pass.text });
    }

    const since = settings.engine === 'anthropic-dreams' ? await lastDreamTime(settings.repoDir, settings.ledgerPath, pass.text) : undefined;
    const engine = createEngine(settings, {
      logger,
      ...(since ? { since } : {}),
      env: { ANTHROPIC_API_KEY: anthropicKey || env.ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL: env.ANTHROPIC_BASE_URL },
    });
    const result = await runDream({
      repoDir: settings.repoDir,
      sessions: settings.sessions,
      transcriptFiles,
      memoryGlobs: settings.memory,
      engine,
      options: dreamOptionsFrom(settings),
      ledgerPath: settings.ledgerPath,
      ledgerText: pass.text,
      logger,
      rejected,
      ...(gateSessions ? { minNewSessions: settings.minNewSessions + pendingSessions } : {}),
      ...(deps.now ? { now: deps.now } : {}),
    });
    if (result.gated || result.empty) {
      // Counted in sessions actually read; nothing was dreamed, the ledger and any open PR stay as they are.
      const fresh = Math.max(0, result.newSessions - pendingSessions);
      // A pass that read nothing says so loudly, and does not close an open PR on the strength of nothing.
      const note = result.empty
        ? (result.report.notes[0] ?? 'No sessions read: nothing proposed.')
        : pendingSessions
        ? `Not dreaming yet: ${fresh} new session(s) beyond the ${pendingSessions} in the open dream PR, min-new-sessions is ${settings.minNewSessions}.`
        : `Not dreaming yet: ${fresh} new session(s), min-new-sessions is ${settings.minNewSessions}.`;
      // runDream logged it; a notice also puts it on the run's page, where a skipped night is looked for.
      if (result.empty) logger.warning(note);
      else runtime.notice?.(note);
      setOutputs(setOutput, result.report, { operation: 'none', reason: note, humanCommits: 0 }, '');
      const report = { ...result.report, notes: [note] };
      await runtime.writeSummary(jobSummary(report, undefined, note));
      return { outputs, report };
    }

    const reportPath = path.join(env.RUNNER_TEMP || os.tmpdir(), `dreaming-report-${process.pid}-${Date.now()}.json`);
    const reportText = JSON.stringify(result.report, null, 2) + '\n';
    // Fail closed: the report is uploaded and read by other tools; it must not carry a secret out.
    assertNoSecrets('report', reportText);
    await writeFile(reportPath, reportText);

    const outcome = await publish(
      {
        report: result.report,
        changes: result.changes,
        ledgerText: result.ledgerText,
        ledgerPath: settings.ledgerPath,
        ...(artifactRoot ? { artifactRoot } : {}),
        ...(managedSessionsRoot ? { managedSessionsRoot } : {}),
      },
      pub,
      {
        github,
        branch,
        logger,
        ...(deps.now ? { now: deps.now } : {}),
      },
    );
    logger.info(`publish: ${outcome.operation} (${outcome.reason})`);
    // After the PR, and only if its edits reached a branch: a pass whose edits were not published
    // (a failure, a conflicting human commit) is dreamed again rather than recorded as proposed.
    if (state && pass.snapshot && !settings.dryRun && (result.report.edits.length === 0 || outcome.headSha)) {
      const message = buildStateCommitMessage({ engine: result.report.engine, sessions: result.report.sessions.ids, edits: result.report.edits.length });
      await advanceStateBranch(state, pass.snapshot, result.ledgerText, message, logger);
    }
    setOutputs(setOutput, result.report, outcome, reportPath);
    await runtime.writeSummary(jobSummary(result.report, outcome));
    return { outputs, outcome, report: result.report };
  } catch (e) {
    const message = redactSecrets(e instanceof Error ? e.message : String(e));
    runtime.setFailed(message);
    return { outputs, failed: message };
  }
}

function setOutputs(
  set: (name: string, value: string | number) => void,
  report: DreamReport | undefined,
  outcome: PublishOutcome,
  reportPath: string,
): void {
  set('pull-request-number', outcome.pull?.number ?? '');
  set('pull-request-url', outcome.pull?.url ?? '');
  set('pull-request-operation', outcome.operation);
  set('edits', report?.edits.length ?? 0);
  set('sessions-read', report?.sessions.read ?? 0);
  set('report-path', reportPath);
}

/** Defaults, then the config file, then inputs that were actually given. */
async function resolveSettings(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<Settings> {
  const repoDir = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const config = inputs.text('config');
  const fromFile = config ? await loadConfigFile(path.resolve(repoDir, config)) : {};
  const s: Settings = { ...defaultSettings(repoDir), ...fromFile };
  const engine = inputs.oneOf<EngineName>('engine', ['offline', 'claude', 'anthropic-dreams']);
  return {
    ...s,
    sessions: inputs.lines('sessions') ?? s.sessions,
    memory: inputs.lines('memory') ?? s.memory,
    engine: engine ?? s.engine,
    model: inputs.text('model') || s.model,
    minSupport: inputs.int('min-support', 1) ?? s.minSupport,
    maxEdits: inputs.int('max-edits') ?? s.maxEdits,
    minNewSessions: inputs.int('min-new-sessions') ?? s.minNewSessions,
    dryRun: inputs.bool('dry-run') ?? s.dryRun,
    mode: inputs.oneOf<Settings['mode']>('mode', ['dream', 'sync']) ?? s.mode,
    memoryStoreId: checkIds('memory-store-id', inputs.list('memory-store-id'))?.[0] ?? s.memoryStoreId,
    anthropicSessionIds: checkIds('anthropic-session-ids', inputs.list('anthropic-session-ids')) ?? s.anthropicSessionIds,
    keepStores: inputs.bool('keep-stores') ?? s.keepStores,
    dreamTimeoutMinutes: inputs.int('dream-timeout-minutes', 1) ?? s.dreamTimeoutMinutes,
    managedSessions: /^(true|false)$/i.test(inputs.text('managed-sessions'))
      ? (inputs.bool('managed-sessions') ?? s.managedSessions)
      : (checkIds('managed-sessions', inputs.list('managed-sessions')) ?? s.managedSessions),
  };
}

/** API ids (memstore_..., sesn_...) are letters, digits, _ and -; repeats are dropped. */
function checkIds(name: string, ids: string[] | undefined): string[] | undefined {
  const bad = ids?.find((i) => !/^[A-Za-z0-9_-]+$/.test(i));
  if (bad !== undefined) throw new TypeError(`input ${name}: "${bad}" is not an id (letters, digits, _ and -)`);
  return ids && [...new Set(ids)];
}

/** At most this many Managed Agents sessions are fetched as transcripts in one pass. */
const MAX_MANAGED_SESSIONS = 1_000;

/** `managed-sessions`: Managed Agents sessions fetched into a temp dir, read like any transcript. */
async function fetchManagedTranscripts(
  settings: Settings,
  env: NodeJS.ProcessEnv,
  apiKey: string | undefined,
  logger: Logger,
  ledgerText: string | null,
): Promise<{ files: string[]; destDir?: string }> {
  if (settings.engine === 'anthropic-dreams') {
    logger.warning('managed-sessions is ignored with engine anthropic-dreams, which reads Managed Agents sessions itself (anthropic-session-ids)');
    return { files: [] };
  }
  if (!apiKey) throw new Error('managed-sessions needs anthropic-api-key: the sessions are read from the Managed Agents API');
  const destDir = await mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), 'dream-managed-sessions-'));
  const { sessions } = managedAgentsPorts({ apiKey, baseURL: env.ANTHROPIC_BASE_URL });
  const ids = Array.isArray(settings.managedSessions) ? settings.managedSessions : undefined;
  const since = ids ? undefined : await lastDreamTime(settings.repoDir, settings.ledgerPath, ledgerText);
  const files = await fetchManagedSessions(sessions, { sessionIds: ids, since, destDir, maxSessions: MAX_MANAGED_SESSIONS });
  logger.info(`managed sessions: ${files.length} fetched${since ? ` (created after ${since})` : ''}`);
  return { files, destDir };
}

function setSyncOutputs(set: (name: string, value: number) => void, o: SyncModeOutcome['outputs']): void {
  set('synced', o.synced);
  set('sync-created', o['sync-created']);
  set('sync-updated', o['sync-updated']);
  set('sync-deleted', o['sync-deleted']);
  set('sync-conflicts', o['sync-conflicts']);
}

/** `mode: sync`: after a merge, the memory store the deployed agents read gets git's memory files. */
async function syncMode(settings: Settings, env: NodeJS.ProcessEnv, apiKey: string | undefined, logger: Logger) {
  if (!settings.memoryStoreId) throw new Error('mode: sync needs memory-store-id: the memory store the deployed agents read');
  if (!apiKey) throw new Error('mode: sync needs anthropic-api-key to write to memory store ' + settings.memoryStoreId);
  const { stores } = managedAgentsPorts({ apiKey, baseURL: env.ANTHROPIC_BASE_URL });
  return runSyncMode({
    stores,
    storeId: settings.memoryStoreId,
    repoDir: settings.repoDir,
    memoryGlobs: settings.memory,
    ...(env.GITHUB_EVENT_PATH ? { eventPath: env.GITHUB_EVENT_PATH } : {}),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
    logger,
  });
}

function publishSettings(inputs: Inputs, env: NodeJS.ProcessEnv, dryRun: boolean): PublishSettings {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set (owner/name): is this running inside GitHub Actions?');
  const d = defaultPublishSettings(owner, repo);
  return {
    ...d,
    base: inputs.text('base') || undefined,
    branch: inputs.text('branch') || d.branch,
    labels: inputs.list('labels') ?? d.labels,
    reviewers: inputs.list('reviewers') ?? d.reviewers,
    teamReviewers: inputs.list('team-reviewers') ?? d.teamReviewers,
    draft: inputs.bool('draft') ?? d.draft,
    autoMerge: inputs.bool('auto-merge') ?? d.autoMerge,
    mergeMethod: inputs.oneOf<MergeMethod>('merge-method', ['merge', 'squash', 'rebase']) ?? d.mergeMethod,
    closeWhenEmpty: inputs.bool('close-when-empty') ?? d.closeWhenEmpty,
    signCommits: inputs.bool('sign-commits') ?? d.signCommits,
    dryRun,
    serverUrl: env.GITHUB_SERVER_URL || d.serverUrl,
    // A runner passes every declared input; absent (a test env) means action.yml's default, empty disables.
    stateBranch: inputs.given('state-branch') ? inputs.text('state-branch') : d.stateBranch,
  };
}

function emptyReport(engine: EngineName): DreamReport {
  return {
    version: 1,
    engine,
    sessions: { read: 0, alreadyDreamed: 0, ids: [], files: 0, skipped: [] },
    patterns: [],
    edits: [],
    rejected: [],
    usage: emptyUsage(),
    timings: {},
    notes: [],
  };
}

export function coreRuntime(env: NodeJS.ProcessEnv = process.env): ActionRuntime {
  const props = (w?: { file?: string; line?: number }) => (w?.file ? { file: w.file, ...(w.line ? { startLine: w.line } : {}) } : {});
  return {
    logger: {
      debug: (m) => core.debug(m),
      info: (m) => core.info(m),
      warning: (m, w) => core.warning(m, props(w)),
      error: (m, w) => core.error(m, props(w)),
    },
    setSecret: (v) => core.setSecret(v),
    setOutput: (n, v) => core.setOutput(n, v),
    writeSummary: async (md) => {
      if (!env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(md, true).write();
    },
    setFailed: (m) => core.setFailed(m),
    notice: (m) => core.notice(m),
  };
}

// Run when executed as the Action (dist/index.js), not when imported by tests.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  void run();
}
