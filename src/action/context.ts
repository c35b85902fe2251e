/**
 * The run's facts (repository, hosts, run id, triggering event) as @actions/github's `context` reads
 * them from the runner, the way actions/checkout and create-pull-request do: GHES hosts, the event
 * payload and the repository then mean what users of other actions expect. The one module that
 * imports @actions/github outside publish/.
 */
import { context } from '@actions/github';

/** The part of `context` the Action reads; tests pass a plain value of this shape for an isolated run. */
export type RunContext = Pick<typeof context, 'repo' | 'serverUrl' | 'apiUrl' | 'runId' | 'runAttempt' | 'sha' | 'eventName' | 'payload'>;

/** The runner's context, read once when the Action starts. */
export function actionContext(): RunContext {
  return context;
}

/** owner/name, with the remedy named: `context.repo` throws a bare message outside a workflow run. */
export function repositoryOf(ctx: RunContext): { owner: string; repo: string } {
  try {
    const { owner, repo } = ctx.repo;
    if (owner && repo) return { owner, repo };
  } catch {
    // The message below says what is missing and why.
  }
  throw new Error('GITHUB_REPOSITORY is not set (owner/name): is this running inside GitHub Actions?');
}

/** The workflow run's page (its attempt, past the first), for the PR body; undefined outside a run. */
export function runUrlOf(ctx: RunContext, server: string, where: { owner: string; repo: string }): string | undefined {
  if (!(ctx.runId > 0)) return undefined;
  const attempt = ctx.runAttempt > 1 ? `/attempts/${ctx.runAttempt}` : '';
  return `${server}/${where.owner}/${where.repo}/actions/runs/${ctx.runId}${attempt}`;
}
