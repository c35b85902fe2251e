/**
 * The GitHub Action: it reads inputs into settings (src/action), runs one pass
 * (src/pipeline/pass.ts, or the sync pass) and writes what the pass returns to the run's outputs and
 * job summary. Every failure ends in exactly one setFailed, at the bottom of run(). src/action/entry.ts
 * (dist/index.js) calls run(); tests import it.
 */
import type { DreamReport } from './model/index.js';
import { redactingLogger } from './log.js';
import { redactSecrets } from './secrets/index.js';
import { assertNoSecrets } from './guards/index.js';
import type { PublishOutcome } from './publish/publish.js';
import { dreamPass } from './pipeline/pass.js';
import { Inputs } from './action/inputs.js';
import { assertEngineAccess, passSettings, resolveSettings } from './action/settings.js';
import { loadDigests, mapMode } from './action/shards.js';
import { assertCheckout, warnIfShallow } from './action/checkout.js';
import { coreRuntime, type ActionRuntime } from './action/runtime.js';
import { actionContext, type RunContext } from './action/context.js';
import { packageVersion } from './cli/version.js';

export { coreRuntime, type ActionRuntime, type RunContext };

export interface ActionResult {
  outputs: Record<string, string>;
  /** The message passed to setFailed, when the run failed. */
  failed?: string;
  outcome?: PublishOutcome;
  report?: DreamReport;
}

export interface RunDeps {
  runtime?: ActionRuntime;
  /** The run's facts; default @actions/github's context. Tests pass their own, so runs in one process stay apart. */
  context?: RunContext;
  /** First retry delay for GitHub 5xx answers (tests make it short). */
  retryBaseMs?: number;
  now?: () => Date;
}

export async function run(env: NodeJS.ProcessEnv = process.env, deps: RunDeps = {}): Promise<ActionResult> {
  const runtime = deps.runtime ?? coreRuntime(env);
  const context = deps.context ?? actionContext();
  // Logs and the failure message are outgoing channels too: a transcript may be named after a token,
  // and an API error may quote one.
  const logger = redactingLogger(runtime.logger);
  const outputs: Record<string, string> = {};
  const set = (name: string, value: string | number) => {
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
    const anthropic = { apiKey: anthropicKey || env.ANTHROPIC_API_KEY, baseURL: env.ANTHROPIC_BASE_URL };
    assertEngineAccess(settings, anthropic.apiKey, env);
    await assertCheckout(settings.repoDir);

    if (settings.mode === 'sync') {
      // Imported for a sync pass only: it brings the Managed Agents client and the Anthropic SDK.
      const { syncPass } = await import('./pipeline/sync-pass.js');
      const synced = await syncPass({ settings, anthropic, event: context.payload, sha: context.sha, logger });
      set('synced', synced.outputs.synced);
      set('sync-created', synced.outputs['sync-created']);
      set('sync-updated', synced.outputs['sync-updated']);
      set('sync-deleted', synced.outputs['sync-deleted']);
      set('sync-conflicts', synced.outputs['sync-conflicts']);
      assertNoSecrets('job summary', synced.summary);
      await runtime.writeSummary(synced.summary);
      if (synced.failure) throw new Error(synced.failure);
      return { outputs };
    }

    const ps = passSettings({ inputs, env, context, settings, keys: { token, anthropicKey: anthropic.apiKey } });
    await warnIfShallow(settings.repoDir, logger);
    if (settings.mode === 'map') {
      const mapped = await mapMode(ps, { logger, ...(deps.retryBaseMs !== undefined ? { retryBaseMs: deps.retryBaseMs } : {}) });
      set('digest-path', mapped.digestPath);
      set('sessions-read', mapped.sessions);
      await runtime.writeSummary(mapped.summary);
      return { outputs };
    }
    const digests = settings.mode === 'reduce' ? await loadDigests(settings) : undefined;
    const pass = await dreamPass(
      { ...ps, publish: { ...ps.publish, toolVersion: `v${packageVersion()}` }, ...(digests ? { digests } : {}) },
      {
        logger,
        notice: (m) => runtime.notice?.(m),
        ...(deps.retryBaseMs !== undefined ? { retryBaseMs: deps.retryBaseMs } : {}),
        ...(deps.now ? { now: deps.now } : {}),
      },
    );
    set('pull-request-number', pass.outcome.pull?.number ?? '');
    set('pull-request-url', pass.outcome.pull?.url ?? '');
    set('pull-request-operation', pass.outcome.operation);
    set('edits', pass.report?.edits.length ?? 0);
    set('sessions-read', pass.report?.sessions.read ?? 0);
    set('report-path', pass.reportPath);
    set('branch', pass.outcome.branch ?? '');
    set('head-sha', pass.outcome.headSha ?? '');
    await runtime.writeSummary(pass.summary);
    // A gated pass published nothing: it has a report (when transcripts were read) but no outcome.
    return { outputs, ...(pass.gated ? {} : { outcome: pass.outcome }), ...(pass.report ? { report: pass.report } : {}) };
  } catch (e) {
    const message = redactSecrets(e instanceof Error ? e.message : String(e));
    runtime.setFailed(message);
    return { outputs, failed: message };
  }
}
