/**
 * One pass of the Action, top to bottom: what closed PRs rejected, the ledger the pass starts from,
 * transcripts from artifacts and Managed Agents, the min-new-sessions gate, the dream, the report, the
 * pull request and the state branch. The Action's entry (src/main.ts) only reads inputs into these
 * settings, calls dreamPass and writes what it returns to the run's outputs and summary.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DreamReport, Logger } from '../model/index.js';
import { dreamOptionsFrom, type Settings } from '../config/settings.js';
import { createEngine } from '../engine/index.js';
import { lastDreamTime } from '../ledger/index.js';
import { mergedDreamPulls } from '../publish/merged.js';
import { recordMergedPulls } from './partial-adoption.js';
import { expandSessionGlobsDetailed, unmatchedGlobWarnings } from '../sources/globs.js';
import { assertNoSecrets } from '../guards/index.js';
import { GitHubClient } from '../publish/github.js';
import { DreamBranch } from '../publish/git.js';
import { openPullLedger, openPullPending, publish, rejectedEdits, type PublishOutcome } from '../publish/publish.js';
import { advanceStateBranch, buildStateCommitMessage, readPassLedger, stateBranchFor } from '../publish/state-branch.js';
import type { PublishSettings } from '../publish/settings.js';
import { jobSummary } from '../publish/summary.js';
import { runDream } from './run.js';
import { setPassFlags } from './bounded-heap.js';
import { collectTranscripts } from './collect.js';
import { countNewTranscriptFiles, countPendingSessions, gateLedgers } from './new-sessions.js';
import { emptyReport, notDreamingYet } from './gate.js';
import type { DigestSource } from './digest.js';

export interface PassSettings {
  settings: Settings;
  publish: PublishSettings;
  github: { token: string; apiUrl?: string };
  anthropic: { apiKey?: string; baseURL?: string };
  /** The Bedrock or Vertex region, project and base URL variables, for `provider: bedrock | vertex`. */
  providerEnv?: Record<string, string | undefined>;
  /** Workflow artifacts to read transcripts from, when `artifact-name` is given. */
  artifacts?: { name: string; lookbackDays: number; allowForks?: boolean };
  /** The runner's temporary directory: extracted artifacts, fetched sessions and the report go there. */
  tempDir: string;
  /** mode reduce: the shards' digests (checked complete), read instead of the transcripts. */
  digests?: DigestSource[];
}

export interface PassDeps {
  logger: Logger;
  /** An annotation on the run's page, where a skipped night is looked for. */
  notice?: (message: string) => void;
  /** First retry delay for GitHub 5xx answers (tests make it short). */
  retryBaseMs?: number;
  now?: () => Date;
}

export interface PassResult {
  outcome: PublishOutcome;
  /** Absent when the pre-gate stopped the pass before any transcript was read. */
  report?: DreamReport;
  /** The report's JSON file; empty when the gate stopped the pass. */
  reportPath: string;
  /** The job summary's markdown. */
  summary: string;
  /** True when the min-new-sessions gate stopped the pass: nothing was dreamed or published. */
  gated?: boolean;
}

export async function dreamPass(p: PassSettings, deps: PassDeps): Promise<PassResult> {
  setPassFlags();
  const { settings, publish: pub } = p;
  const { logger } = deps;
  const { github, auth, state, pass } = await passLedger(p, deps);
  const rejected = await rejectedEdits(github, pub);
  if (rejected.length) logger.info(`${rejected.length} edit(s) from closed, unmerged dream PRs are suppressed unless new evidence arrives`);

  // A merged dream PR's edits: adopted (maybe in the reviewer's words) or dropped by the reviewer.
  const partial = await recordMergedPulls({
    repoDir: settings.repoDir,
    ledgerText: pass.text,
    ledgerPath: settings.ledgerPath,
    merged: await mergedDreamPulls(github, pub),
    at: (deps.now ?? (() => new Date()))().toISOString(),
    logger,
  });
  const ledgerText = partial.ledgerText;
  rejected.push(...partial.dropped.map((d) => ({ ...d, sessions: [...(d.sessions ?? [])] })));

  const collected = await collectTranscripts({
    settings,
    ...(p.artifacts ? { artifacts: { ...p.artifacts, store: github } } : {}),
    anthropic: p.anthropic,
    tempDir: p.tempDir,
    ledgerText,
    logger,
    ...(deps.now ? { now: deps.now } : {}),
  });

  const branch = new DreamBranch({
    repoDir: settings.repoDir,
    botName: pub.botName,
    botEmail: pub.botEmail,
    ...(pub.author ? { author: pub.author } : {}),
    auth,
    logger,
  });
  // The hosted engine's sessions live in the Managed Agents API, not in transcript files to count.
  const gateSessions = settings.minNewSessions > 0 && settings.engine !== 'anthropic-dreams';
  // A reduce has read nothing itself: the file pre-check does not apply; runDream's session count does.
  const preCheck = gateSessions && !p.digests;
  // Sessions already in the open dream PR are not new, but runDream (reading the base ledger) counts them.
  let pendingSessions = 0;
  if (preCheck) {
    // Cheap pre-check by file hash, counting the open PR's sessions as dreamed. It only stops a pass
    // with no new file at all: one file may hold several sessions, so runDream counts the rest.
    const globbed = await expandSessionGlobsDetailed(settings.repoDir, settings.sessions, { logger });
    const repoFiles = globbed.files;
    // The open PR's sessions: with a state branch, the ledger it was advanced to (readPassLedger took
    // the PR's sessions out of pass.text); without one, the ledger committed on the PR's branch.
    const pending = state
      ? pass.snapshot?.text
        ? { text: pass.snapshot.text, file: `${state.branch}:${settings.ledgerPath}` }
        : undefined
      : await openPullLedger({ github, branch, settings: pub, ledgerPath: settings.ledgerPath });
    // Parsed once for both counts below.
    const ledgers = await gateLedgers({
      repoDir: settings.repoDir,
      ledgerPath: settings.ledgerPath,
      ledgerText,
      ...(pending ? { pendingLedgers: [pending] } : {}),
    });
    const fresh = await countNewTranscriptFiles({
      repoDir: settings.repoDir,
      files: [...repoFiles.map((f) => path.join(settings.repoDir, f)), ...collected.files],
      enough: 1,
      ledgers,
    });
    if (fresh === 0) {
      // The pass stops before passFiles would say which typed glob found nothing: it is said here.
      const found = repoFiles.length + collected.files.length;
      for (const w of unmatchedGlobWarnings(settings.repoDir, globbed.unmatched, found)) logger.warning(w);
      const note = notDreamingYet({ fresh: 0, unit: 'files', minNewSessions: settings.minNewSessions });
      logger.info(note);
      return {
        outcome: notPublished(note),
        reportPath: '',
        summary: jobSummary(emptyReport(settings.engine), undefined, note),
        gated: true,
      };
    }
    if (pending) pendingSessions = countPendingSessions(ledgers);
  }

  const since = settings.engine === 'anthropic-dreams' ? await lastDreamTime(settings.repoDir, settings.ledgerPath, ledgerText) : undefined;
  const engine = await createEngine(settings, {
    logger,
    ...(since ? { since } : {}),
    env: { ...p.providerEnv, ANTHROPIC_API_KEY: p.anthropic.apiKey, ANTHROPIC_BASE_URL: p.anthropic.baseURL },
  });
  const result = await runDream({
    repoDir: settings.repoDir,
    sessions: settings.sessions,
    transcriptFiles: collected.files,
    memoryGlobs: settings.memory,
    engine,
    options: dreamOptionsFrom(settings),
    ledgerPath: settings.ledgerPath,
    ledgerText,
    logger,
    rejected,
    efficacy: { unobservedDays: settings.unobservedDays },
    ...(p.digests ? { digests: p.digests } : {}),
    ...(gateSessions ? { minNewSessions: settings.minNewSessions + pendingSessions } : {}),
    ...(deps.now ? { now: deps.now } : {}),
    // Trust by where a transcript came from: a workflow run's artifact holds a prompt anyone who can
    // comment may have written; a Managed Agents session, the app's user's.
    sourceTrust: (abs) =>
      under(collected.artifactRoot, abs) ? 'public' : under(collected.managedSessionsRoot, abs) ? 'app-user' : undefined,
  });
  if (result.gated) {
    // Counted in sessions actually read; nothing was dreamed, the ledger and any open PR stay as they are.
    const fresh = Math.max(0, result.newSessions - pendingSessions);
    const note = notDreamingYet({ fresh, unit: 'sessions', minNewSessions: settings.minNewSessions, pending: pendingSessions });
    // runDream logged it; a notice also puts it on the run's page, where a skipped night is looked for.
    deps.notice?.(note);
    const report = { ...result.report, notes: [note] };
    return { outcome: notPublished(note), report, reportPath: '', summary: jobSummary(report, undefined, note), gated: true };
  }
  if (result.empty) {
    // Nothing read: say so loudly, and leave an open dream PR alone rather than close it on the strength of nothing.
    const note = result.report.notes[0] ?? 'No sessions read: nothing proposed.';
    logger.warning(note);
    return {
      outcome: notPublished(note),
      report: result.report,
      reportPath: '',
      summary: jobSummary(result.report, undefined, note),
      gated: true,
    };
  }

  const reportPath = path.join(p.tempDir, `dreaming-report-${process.pid}-${Date.now()}.json`);
  const reportText = JSON.stringify(result.report, null, 2) + '\n';
  // Fail closed: the report is uploaded and read by other tools; it must not carry a secret out.
  assertNoSecrets('report', reportText);
  await writeFile(reportPath, reportText);

  // A hosted dream's sessions, fetched by the engine for the guards, are named as the Managed Agents sessions they are.
  const managedSessionsRoot = collected.managedSessionsRoot ?? result.hostedSessionsRoot;
  const outcome = await publish(
    {
      report: result.report,
      changes: result.changes,
      ledgerText: result.ledgerText,
      ledgerPath: settings.ledgerPath,
      ledgerBefore: pass.text,
      ...(collected.artifactRoot ? { artifactRoot: collected.artifactRoot, artifactRuns: collected.artifactRuns } : {}),
      ...(managedSessionsRoot ? { managedSessionsRoot } : {}),
    },
    pub,
    { github, branch, logger, ...(deps.now ? { now: deps.now } : {}) },
  );
  logger.info(`publish: ${outcome.operation} (${outcome.reason})`);
  // After the PR, and only if its edits reached a branch: a pass whose edits were not published
  // (a failure, a conflicting human commit) is dreamed again rather than recorded as proposed.
  if (state && pass.snapshot && !settings.dryRun && (result.report.edits.length === 0 || outcome.headSha)) {
    const message = buildStateCommitMessage({
      engine: result.report.engine,
      sessions: result.report.sessions.ids,
      edits: result.report.edits.length,
    });
    await advanceStateBranch({ state, read: pass.snapshot, ledgerText: result.ledgerText, message, logger });
  }
  return { outcome, report: result.report, reportPath, summary: jobSummary(result.report, outcome) };
}

const notPublished = (reason: string): PublishOutcome => ({ operation: 'none', reason, humanCommits: 0 });

function under(root: string | undefined, abs: string): boolean {
  if (!root) return false;
  const rel = path.relative(root, abs);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/**
 * The ledger a pass starts from, read before anything that consults it (since, the gate): the state
 * branch's, reconciled with the checkout's, without what an open dream PR proposes. `mode: map` reads
 * it the same way, so every shard skips and counts as the reduce does.
 */
export async function passLedger(p: Pick<PassSettings, 'settings' | 'publish' | 'github'>, deps: Omit<PassDeps, 'notice' | 'now'>) {
  const { settings, publish: pub } = p;
  const { logger } = deps;
  const github = new GitHubClient({
    token: p.github.token,
    owner: pub.owner,
    repo: pub.repo,
    apiUrl: p.github.apiUrl,
    logger,
    ...(deps.retryBaseMs !== undefined ? { retryBaseMs: deps.retryBaseMs } : {}),
  });
  // git fetches and pushes with the github-token input too, never with credentials left by checkout.
  const auth = { token: p.github.token, serverUrl: pub.serverUrl };
  const state = pub.stateBranch
    ? stateBranchFor({ pub, where: settings, defaultBranch: await github.defaultBranch(), logger, auth })
    : undefined;
  const pass = await readPassLedger({
    repoDir: settings.repoDir,
    ledgerPath: settings.ledgerPath,
    ...(state ? { state, pending: await openPullPending(github, pub) } : {}),
  });
  return { github, auth, state, pass };
}
