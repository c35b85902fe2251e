/**
 * Errors at the GitHub boundary. Each names what the user must change, because the person reading a
 * failed scheduled run was not there when it started.
 */

/** The operations we call, grouped by the workflow permission each one needs. */
export type GitHubArea = 'contents' | 'pull-requests' | 'issues' | 'actions' | 'metadata';

const permissionFor: Record<GitHubArea, string> = {
  contents: 'contents: write',
  'pull-requests': 'pull-requests: write',
  issues: 'pull-requests: write (labels on a pull request go through the issues API)',
  actions: 'actions: read',
  metadata: 'contents: read',
};

export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly operation: string,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

/** The repository forbids GITHUB_TOKEN from opening pull requests. */
class PullRequestsNotPermittedError extends GitHubApiError {
  constructor(operation: string, apiMessage: string) {
    super(
      `${apiMessage}. Allow it in the repository (or organization) settings: Settings > Actions > General > ` +
        `Workflow permissions > "Allow GitHub Actions to create and approve pull requests", ` +
        `or pass a GitHub App token as github-token (see docs/ACTION.md).`,
      403,
      operation,
    );
    this.name = 'PullRequestsNotPermittedError';
  }
}

class MissingPermissionError extends GitHubApiError {
  constructor(
    operation: string,
    readonly permission: string,
    apiMessage: string,
  ) {
    super(
      `${operation} was refused (${apiMessage}): the token lacks the "${permission}" permission. ` +
        `Add it to the workflow's permissions block, e.g.\n  permissions:\n    contents: write\n    pull-requests: write\n    actions: read`,
      403,
      operation,
    );
    this.name = 'MissingPermissionError';
  }
}

class BadCredentialsError extends GitHubApiError {
  constructor(operation: string, apiMessage: string) {
    super(
      `${operation} failed: ${apiMessage}. Check the github-token input (default \${{ github.token }}); ` +
        `a personal or App token may have expired or been revoked.`,
      401,
      operation,
    );
    this.name = 'BadCredentialsError';
  }
}

/** Turns an Octokit RequestError (or anything thrown by a request) into one of ours. */
export function toGitHubError(e: unknown, operation: string, area: GitHubArea): Error {
  if (e instanceof GitHubApiError) return e;
  const err = e as { status?: unknown; message?: unknown; response?: { data?: unknown } };
  const status = typeof err.status === 'number' ? err.status : 0;
  const apiMessage = apiMessageOf(err);
  if (status === 403 && /not permitted to create or approve pull requests/i.test(apiMessage)) {
    return new PullRequestsNotPermittedError(operation, apiMessage);
  }
  if (status === 403 && /resource not accessible|must have .*access|permission/i.test(apiMessage)) {
    return new MissingPermissionError(operation, permissionFor[area], apiMessage);
  }
  if (status === 401) return new BadCredentialsError(operation, apiMessage);
  if (status === 0) return new GitHubApiError(`${operation} failed: ${apiMessage}`, 0, operation);
  return new GitHubApiError(`${operation} failed with HTTP ${status}: ${apiMessage}`, status, operation);
}

function apiMessageOf(err: { message?: unknown; response?: { data?: unknown } }): string {
  const data = err.response?.data as { message?: unknown; errors?: { message?: unknown }[] } | undefined;
  const parts: string[] = [];
  if (data && typeof data.message === 'string') parts.push(data.message);
  for (const x of data?.errors ?? []) if (typeof x?.message === 'string') parts.push(x.message);
  if (parts.length === 0 && typeof err.message === 'string') parts.push(err.message);
  return parts.join('; ') || 'unknown error';
}
