/**
 * git fetches and pushes with the github-token input, over a real smart-HTTP remote (git
 * http-backend on loopback) that accepts only that token: with nothing persisted by checkout
 * (persist-credentials: false), and with a different credential persisted in .git/config, which
 * must not be the one sent. Nothing is written to .git/config.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DreamBranch } from '../../src/publish/git.js';
import { StateBranch } from '../../src/publish/state-branch.js';
import { makeRepo, type RepoFixture } from '../helpers/fake-github/repo-fixture.js';
import { basicToken, startGitHttpServer, type GitHttpServer } from '../helpers/git-http/server.js';
import { CLAUDE_MD, recordingLogger } from './helpers.js';

const TOKEN = 'ghs_the_input_token';
let repo: RepoFixture;
let server: GitHttpServer;
const env = { ...process.env };
beforeEach(async () => {
  // No terminal prompt for a refused credential: the test must fail, not hang.
  process.env.GIT_TERMINAL_PROMPT = '0';
  repo = makeRepo({ 'CLAUDE.md': CLAUDE_MD });
  server = await startGitHttpServer(repo.root, basicToken(TOKEN));
  repo.git(repo.work, 'remote', 'set-url', 'origin', `${server.url}/${path.basename(repo.bare)}`);
});
afterEach(async () => {
  process.env = { ...env };
  await server.close();
  repo.cleanup();
});

const branch = (auth?: { token: string; serverUrl: string }) =>
  new DreamBranch({
    repoDir: repo.work,
    botName: 'bot',
    botEmail: 'bot@example.com',
    logger: recordingLogger(),
    ...(auth ? { auth } : {}),
  });

async function pushOnce(b: DreamBranch): Promise<string> {
  const baseSha = await b.resolveBase('main');
  const r = await b.publish({
    baseSha,
    branch: 'dreaming/memory',
    files: [{ path: 'CLAUDE.md', content: `${CLAUDE_MD}- more\n` }],
    message: 'dream\n\nDream-Engine: offline\n',
  });
  return r.headSha;
}

describe('git authenticates with the github-token input', () => {
  it('persist-credentials: false: nothing in .git/config, and the push still lands with the input token', async () => {
    const configBefore = readFileSync(path.join(repo.work, '.git', 'config'), 'utf8');
    await expect(pushOnce(branch())).rejects.toThrow();
    const head = await pushOnce(branch({ token: TOKEN, serverUrl: server.url }));
    expect(repo.git(repo.bare, 'rev-parse', 'dreaming/memory').trim()).toBe(head);
    expect(server.authorizations.filter((a) => a !== '')).toContain(basicToken(TOKEN));
    expect(readFileSync(path.join(repo.work, '.git', 'config'), 'utf8')).toBe(configBefore);
  });

  it('a credential persisted by checkout for the same host is replaced, never sent alongside', async () => {
    repo.git(repo.work, 'config', `http.${server.url}/.extraheader`, `AUTHORIZATION: ${basicToken('ghs_checkout_token')}`);
    const head = await pushOnce(branch({ token: TOKEN, serverUrl: server.url }));
    expect(repo.git(repo.bare, 'rev-parse', 'dreaming/memory').trim()).toBe(head);
    const sent = server.authorizations.filter((a) => a !== '');
    expect(sent.length).toBeGreaterThan(1);
    expect(new Set(sent)).toEqual(new Set([basicToken(TOKEN)]));
  });

  it('the token is for the server it names only: another host gets no header', async () => {
    await expect(pushOnce(branch({ token: TOKEN, serverUrl: 'https://github.example' }))).rejects.toThrow();
    expect(server.authorizations.every((a) => a === '')).toBe(true);
  });

  it('the state branch pushes with the input token too', async () => {
    const state = new StateBranch({
      repoDir: repo.work,
      branch: 'dreaming/state',
      ledgerPath: '.dreaming/ledger.json',
      botName: 'bot',
      botEmail: 'bot@example.com',
      logger: recordingLogger(),
      auth: { token: TOKEN, serverUrl: server.url },
    });
    const snap = await state.read();
    expect(snap.sha).toBeUndefined();
    await state.write({ path: '.dreaming/ledger.json', content: '{"version":1,"sessions":{},"edits":{}}\n' }, snap.sha, 'state\n');
    expect(repo.git(repo.bare, 'ls-tree', '--name-only', 'dreaming/state').trim()).toBe('.dreaming');
  });
});
