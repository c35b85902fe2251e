/**
 * The Action's inputs read into settings: defaults, then the config file, then inputs set to anything
 * but their default. The only place (with src/main.ts) that knows input names; action.yml must
 * declare each, with its default.
 */
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PROVIDER_NAMES, type EngineName } from '../model/index.js';
import { defaultSettings, type Settings } from '../config/settings.js';
import { checkSessionGlobs } from '../sources/globs.js';
import { defaultPublishSettings, type MergeMethod, type PublishSettings } from '../publish/settings.js';
import type { PassSettings } from '../pipeline/pass.js';
import type { Inputs } from './inputs.js';
import { PROVIDER_ENV_NAMES, PROVIDER_LABEL, PROVIDER_MODEL_EXAMPLES, providerProblem, targetFromEnv } from '../engine/providers.js';
import { repositoryOf, runUrlOf, type RunContext } from './context.js';
import { CHECKOUT_FIX } from './checkout.js';

/**
 * The inputs a config file can also set, with their defaults as action.yml spells them. The defaults
 * come from defaultSettings(), the one source the CLI shares; action.yml's `default:` mirrors them
 * (test/action/input-defaults.test.ts fails when the two drift). An input at its default lets the
 * config file decide, since the runner passes the default for an input the workflow left out.
 */
export function configInputDefaults(d: Settings): Record<string, string> {
  return {
    sessions: d.sessions.join('\n'),
    memory: d.memory.join('\n'),
    engine: d.engine,
    provider: d.provider,
    model: d.model ?? '',
    'min-support': String(d.minSupport),
    'max-edits': String(d.maxEdits),
    'min-new-sessions': String(d.minNewSessions),
    mode: d.mode,
    'memory-store-id': d.memoryStoreId ?? '',
    'anthropic-session-ids': (d.anthropicSessionIds ?? []).join('\n'),
    'keep-stores': String(d.keepStores),
    'dream-timeout-minutes': String(d.dreamTimeoutMinutes),
    'managed-sessions': String(d.managedSessions),
  };
}

export async function resolveSettings(given: Inputs, env: NodeJS.ProcessEnv): Promise<Settings> {
  // `path`: the checkout sits in a subfolder of the workspace (actions/checkout's own `path`).
  const repoDir = path.resolve(env.GITHUB_WORKSPACE || process.cwd(), given.text('path'));
  // Said first and plainly: a wrong `path` otherwise surfaced as a failed git command or no transcripts.
  const info = await stat(repoDir).catch(() => undefined);
  const where = given.text('path') ? `input path "${given.text('path')}"` : 'the workspace';
  if (!info) throw new Error(`${where}: no such folder (${repoDir}): ${CHECKOUT_FIX}`);
  if (!info.isDirectory()) throw new Error(`${where}: not a folder (${repoDir})`);
  const config = given.text('config');
  // The config reader (a YAML parser and a schema validator) only when there is a config file.
  const fromFile = config ? await (await import('../config/load.js')).loadConfigFile(path.resolve(repoDir, config)) : {};
  const defaults = defaultSettings(repoDir);
  const s: Settings = { ...defaults, ...fromFile };
  const inputs = given.unlessDefault(configInputDefaults(defaults));
  const engine = inputs.oneOf<EngineName>('engine', ['offline', 'claude', 'anthropic-dreams']);
  const typed = inputs.lines('sessions');
  const sessions = typed ?? s.sessions;
  // Before the pass reaches GitHub: a glob the pass would refuse fails the run now, naming the glob
  // and where it was written. The same config file may serve `dream run`, which takes `~/...` globs
  // (its user's own files); on a runner only the checkout holds transcripts.
  try {
    checkSessionGlobs(sessions);
  } catch (e) {
    const where = typed ? 'input sessions' : `config file ${config}`;
    throw new Error(`${where}: ${(e as Error).message}; the Action reads transcripts committed to the checkout only`);
  }
  return {
    ...s,
    sessions,
    memory: inputs.lines('memory') ?? s.memory,
    engine: engine ?? s.engine,
    provider: inputs.oneOf('provider', PROVIDER_NAMES) ?? s.provider,
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
export function passSettings({
  inputs,
  env,
  context,
  settings,
  keys,
}: {
  inputs: Inputs;
  env: NodeJS.ProcessEnv;
  context: RunContext;
  settings: Settings;
  keys: { token: string; anthropicKey?: string };
}): PassSettings {
  const pub = publishSettings(inputs, context, settings.dryRun);
  if (!keys.token)
    throw new Error('the `github-token` input is empty: set it to `${{ github.token }}` (the default) or a GitHub App token from a secret');
  const artifactName = inputs.text('artifact-name');
  return {
    settings,
    publish: pub,
    github: { token: keys.token, apiUrl: context.apiUrl },
    anthropic: { apiKey: keys.anthropicKey, baseURL: env.ANTHROPIC_BASE_URL },
    providerEnv: Object.fromEntries(PROVIDER_ENV_NAMES.map((n) => [n, env[n]])),
    ...(artifactName
      ? {
          artifacts: {
            name: artifactName,
            lookbackDays: inputs.int('artifact-lookback-days') ?? 7,
            allowForks: inputs.bool('allow-fork-artifacts') ?? false,
          },
        }
      : {}),
    tempDir: env.RUNNER_TEMP || os.tmpdir(),
  };
}

function publishSettings(inputs: Inputs, context: RunContext, dryRun: boolean): PublishSettings {
  const where = repositoryOf(context);
  const d = defaultPublishSettings(where.owner, where.repo);
  const serverUrl = context.serverUrl || d.serverUrl;
  const runUrl = runUrlOf(context, serverUrl, where);
  const committer = identity('committer', inputs.text('committer')) ?? { name: d.botName, email: d.botEmail };
  const given = identity('author', inputs.text('author'));
  // An author who is the committer (both at their defaults, say) is no separate author.
  const author = given && (given.name !== committer.name || given.email !== committer.email) ? given : undefined;
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
    serverUrl,
    // A runner passes every declared input; absent (a test env) means action.yml's default, empty disables.
    stateBranch: inputs.given('state-branch') ? inputs.text('state-branch') : d.stateBranch,
    botName: committer.name,
    botEmail: committer.email,
    ...(author ? { author } : {}),
    ...(inputs.text('commit-message') ? { commitMessage: inputs.text('commit-message') } : {}),
    ...(inputs.text('title') ? { title: inputs.text('title') } : {}),
    ...(runUrl ? { runUrl } : {}),
  };
}

/** `Name <email>`, the format git and create-pull-request use for `author` and `committer`. */
function identity(name: 'author' | 'committer', v: string): { name: string; email: string } | undefined {
  if (!v) return undefined;
  const m = /^([^<>\n]+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(v);
  if (!m) throw new TypeError(`input ${name} must read \`Display Name <email@address.com>\`, got "${v}"`);
  return { name: m[1]!, email: m[2]! };
}

/**
 * An engine that cannot reach Claude as configured: name the input, the secret or the variable to
 * set, before anything is read. mode: sync and managed-sessions name the input in their own checks
 * (src/pipeline), after their other settings.
 */
export function assertEngineAccess(settings: Settings, key: string | undefined, env: NodeJS.ProcessEnv): void {
  if (settings.mode === 'sync' || settings.engine === 'offline') return;
  const { provider, engine } = settings;
  if (engine === 'anthropic-dreams' && provider !== 'anthropic') {
    throw new Error(
      `\`engine: anthropic-dreams\` runs on Anthropic's hosted Dreams (the Managed Agents API), which ${PROVIDER_LABEL[provider]} does not serve: set \`engine: claude\` to dream through ${PROVIDER_LABEL[provider]}, or \`provider: anthropic\``,
    );
  }
  if (provider === 'anthropic') {
    if (!key?.trim())
      throw new Error(
        `\`engine: ${engine}\` needs an Anthropic API key: set the \`anthropic-api-key\` input from a secret (\`anthropic-api-key: \${{ secrets.ANTHROPIC_API_KEY }}\`)`,
      );
    return;
  }
  if (!settings.model) {
    throw new Error(
      `\`provider: ${provider}\` needs the \`model\` input: the ${PROVIDER_LABEL[provider]} model id enabled in your account (for example \`${PROVIDER_MODEL_EXAMPLES[provider]}\`)`,
    );
  }
  if (providerProblem(targetFromEnv(provider, env))) {
    throw new Error(
      provider === 'bedrock'
        ? "`provider: bedrock` needs AWS_REGION in the step's environment: set `aws-region` on aws-actions/configure-aws-credentials (which also provides the credentials), or `env: AWS_REGION: <region>`"
        : "`provider: vertex` needs CLOUD_ML_REGION in the step's environment (`env: CLOUD_ML_REGION: <region or global>`), with ANTHROPIC_VERTEX_PROJECT_ID and credentials from google-github-actions/auth",
    );
  }
}
