/**
 * Credentials a user hands over as a command-line token flag (`--token X`, `--api-key X`). A red
 * team's recurring "always pass --token … to the deploy script" became a memory edit with the token
 * in it. The values and wordings are made up for this test.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSecrets, redactSecrets } from '../../src/secrets/index.js';
import { dreamRunReport } from '../helpers/run-cli.js';

describe('a credential given as a token flag is redacted', () => {
  it.each([
    ['always pass --token 8f14e45fceea167a5a36dedd4bea2543 to the deploy script', '8f14e45fceea167a5a36dedd4bea2543'],
    ['vercel deploy --token=Qm7tXz2Lk9Rv4Wn8 --prod', 'Qm7tXz2Lk9Rv4Wn8'],
    ['gh-release --github-token "hx72KqLm90pZ" v1.2', 'hx72KqLm90pZ'],
    ['curl-wrapper --api-key 3f2a9c7e1b4d8a6f https://api.acme.io', '3f2a9c7e1b4d8a6f'],
    ["aws-cli-lite --secret-key 'wJal9rXUtnFEMIK7' s3 ls", 'wJal9rXUtnFEMIK7'],
    ['oauth-cli --client-secret Zq8Xw2Lr5Tn9 login', 'Zq8Xw2Lr5Tn9'],
    ['npx sentry-upload --auth-token 5be8c0d1a2f34e67 dist/', '5be8c0d1a2f34e67'],
  ])('%s', (text, secret) => {
    expect(redactSecrets(text)).not.toContain(secret);
  });
});

describe('settings and prose about logging in are left alone (controls)', () => {
  it.each([
    'run the model with --max-token 4096',
    'npm publish --token $NPM_TOKEN',
    'gh release --github-token ${{ secrets.GH_TOKEN }}',
    'kubectl create secret --secret-name prod2 --from-file key.pem',
    'sort --key 2 data.csv',
    'openssl req --private-key key.pem',
    'log in as admin with the sso button',
    'sign in as user2 with github, not email',
    'connect as postgres with psql15',
    'the login as admin with 2fa works now',
    'log in with google and check the dashboard',
    'use --token-file ~/.config/tok2 for the cli',
    'the login page: fix2it first',
    'login at 10:30am tomorrow',
    'credentials are read from ~/.aws/credentials2',
    'fix the login route:callback2 handler',
  ])('%s', (text) => {
    expect(findSecrets(text)).toEqual([]);
  });
});

describe('a recurring instruction carrying a token flag', () => {
  const dir = mkdtempSync(join(tmpdir(), 'credential-flags-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('never reaches memory, the report or the ledger', async () => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, '.dreaming/sessions'), { recursive: true });
    execFileSync('git', ['init', '-q', repo]);
    const token = 'c4ca4238a0b923820dcc509a6f75849b';
    const entries = [0, 1].flatMap((i) => {
      const base = { pastedContents: {}, project: repo, sessionId: `9c0e7c2a-${i}111-4c1d-9e8f-aaaaaaaaaaaa` };
      const at = 1760000000000 + i * 86_400_000;
      return [
        { ...base, display: ['fix the cart total', 'add a csv export'][i], timestamp: at },
        { ...base, display: `always pass --token ${token} to the deploy script`, timestamp: at + 60_000 },
      ];
    });
    writeFileSync(join(repo, '.dreaming/sessions/history.jsonl'), entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
    const report = join(dir, 'report.json');
    await dreamRunReport({ repo, report, args: ['--sessions', '.dreaming/sessions/history.jsonl', '--write'] });
    for (const file of [report, join(repo, 'CLAUDE.md'), join(repo, '.dreaming/ledger.json')]) {
      let text = '';
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      expect(text).not.toContain(token);
    }
  });
});
