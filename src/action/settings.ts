/**
 * The Action's inputs read into settings: defaults, then the config file, then inputs actually
 * given. The only place (with src/main.ts) that knows input names; action.yml must declare each.
 */
import os from 'node:os';
import path from 'node:path';
import type { EngineName } from '../model/index.js';
import { defaultSettings, type Settings } from '../config/settings.js';
import { loadConfigFile } from '../config/load.js';
import { defaultPublishSettings, type MergeMethod, type PublishSettings } from '../publish/settings.js';
import type { PassSettings } from '../pipeline/pass.js';
import type { Inputs } from './inputs.js';

export async function resolveSettings(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<Settings> {
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
    mode: inputs.oneOf<Settings['mode']>('mode', ['dream', 'sync', 'map', 'reduce']) ?? s.mode,
    shard: inputs.text('shard') || s.shard,
    digests: inputs.lines('digests') ?? s.digests,
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

/** What a dream pass needs beyond the settings: where to publish, with which credentials. */
export function passSettings(inputs: Inputs, env: NodeJS.ProcessEnv, settings: Settings, keys: { token: string; anthropicKey?: string }): PassSettings {
  const pub = publishSettings(inputs, env, settings.dryRun);
  if (!keys.token) throw new Error('github-token is empty: pass ${{ github.token }} or a GitHub App token');
  const artifactName = inputs.text('artifact-name');
  return {
    settings,
    publish: pub,
    github: { token: keys.token, apiUrl: env.GITHUB_API_URL },
    anthropic: { apiKey: keys.anthropicKey, baseURL: env.ANTHROPIC_BASE_URL },
    ...(artifactName
      ? { artifacts: { name: artifactName, lookbackDays: inputs.int('artifact-lookback-days') ?? 7, allowForks: inputs.bool('allow-fork-artifacts') ?? false } }
      : {}),
    tempDir: env.RUNNER_TEMP || os.tmpdir(),
  };
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
