/**
 * Git network commands authenticate with the `github-token` input, not with whatever actions/checkout
 * left in .git/config: with `persist-credentials: false` there is nothing there, and an App token
 * given only to this action must be the one that pushes. Like peter-evans/create-pull-request, the
 * token travels as an `http.<server>/.extraheader` of `AUTHORIZATION: basic base64(x-access-token:TOKEN)`.
 * Unlike it, nothing is written to .git/config (so there is nothing to restore, even after a crash):
 * the header is given per command through GIT_CONFIG_COUNT, which also keeps it out of the process
 * list that `-c` arguments would put it in.
 */
import { simpleGit, type SimpleGit } from 'simple-git';

export interface GitAuth {
  token: string;
  /** The web host the token is for (GITHUB_SERVER_URL); other hosts never see it. */
  serverUrl: string;
}

/** The environment that gives git the token as an extra header for `serverUrl` only. */
function gitAuthEnv(auth: GitAuth): Record<string, string> {
  const key = `http.${new URL(auth.serverUrl).origin}/.extraheader`;
  const basic = Buffer.from(`x-access-token:${auth.token}`, 'utf8').toString('base64');
  return {
    GIT_CONFIG_COUNT: '2',
    // An empty value empties the header list: a header actions/checkout persisted for the same URL
    // (read earlier, from .git/config) is dropped instead of being sent alongside ours.
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: '',
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
    // A refused token fails at once instead of waiting for a password prompt no one answers.
    GIT_TERMINAL_PROMPT: '0',
  };
}

/** simple-git for `dir`, authenticated with `auth` when given. */
export function authenticatedGit(dir: string, auth?: GitAuth): SimpleGit {
  if (!auth) return simpleGit(dir);
  const extra = gitAuthEnv(auth);
  // simple-git guards git's environment: the variables set here are ours, built above, so they are allowed.
  const git = simpleGit({ baseDir: dir, unsafe: { allowUnsafeConfigEnvCount: true }, allowEnvironment: Object.keys(extra) });
  return git.env({ ...withoutGuarded(process.env), ...extra });
}

/**
 * simple-git drops GIT_* and editor/pager variables from the ambient environment, and refuses them in an
 * explicit one: they are left out here the same way, so an authenticated command sees what any other does.
 */
const GUARDED = new Set(['editor', 'visual', 'pager', 'prefix', 'ssh_askpass']);
function withoutGuarded(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    const key = k.toLowerCase();
    if (v !== undefined && !key.startsWith('git_') && !GUARDED.has(key)) out[k] = v;
  }
  return out;
}
