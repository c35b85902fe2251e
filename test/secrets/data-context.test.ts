/**
 * A password of letters alone under a credential name was taken for a variable (`password=newPassword` is code),
 * so `&password=CorrectHorseBatteryStaple` in a form body, a query string or a connection string was kept whole
 * (red team, third round). Where the pair sits tells data from code: after `?` or `&`, beside `;`, in a `--flag=`.
 * Passwords and places below were written for this test, not taken from what the rule was written from.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findSecrets, redactSecrets } from '../../src/secrets/index.js';

/** Random letters of both cases, as a generated key without digits would be. */
const letters = (n: number, seed: string): string => {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let out = '';
  for (let i = 0; out.length < n; i++) out += A[createHash('sha256').update(`${seed}:${i}`).digest()[0]! % A.length];
  return out;
};
const PASSWORDS = ['TangerineOctopusLadder', 'silverfoxjumpingmoon', 'QuietRiverStone', letters(32, 'data-context')];

const PLACES: [string, (pw: string) => string][] = [
  ['a form body', (pw) => `curl -X POST -d "user=ops&password=${pw}&remember=1" https://intranet.example/login`],
  ['a query string, first', (pw) => `open "https://reports.example/export?password=${pw}&fmt=csv"`],
  ['a query string, later', (pw) => `GET /api/v2/sync?account=7&client_secret=${pw} HTTP/1.1`],
  ['a JDBC url', (pw) => `jdbc:mysql://db.internal:3306/shop?user=shop&password=${pw}&useSSL=true`],
  ['a SQL Server connection string', (pw) => `Server=tcp:sql.internal,1433;Database=shop;User ID=shop;Password=${pw};Encrypt=True;`],
  ['an ODBC string', (pw) => `DRIVER={PostgreSQL};SERVER=db;UID=shop;PWD=${pw};`],
  ['a flag', (pw) => `./migrate --host db.internal --db-password=${pw} --dry-run`],
  ['a token in a callback', (pw) => `https://app.example/callback#state=x&access_token=${pw}&expires_in=3600`],
];

describe('a password of letters alone, where only data sits', () => {
  for (const pw of PASSWORDS)
    it.each(PLACES)(`${pw.slice(0, 10)}… in %s is redacted`, (_place, wrap) => {
      expect(redactSecrets(wrap(pw))).not.toContain(pw);
    });
});

describe('code, flag words and placeholders in the same places stay (controls)', () => {
  it.each([
    'GET /reset?password=required&user=bob',
    'https://x.example/settings?show_password=false&tab=security',
    'https://x.example/oauth/authorize?response_type=code&client_secret=CLIENT_SECRET',
    '?password=yourPassword&user=you',
    'Server=db;Password=;Trusted_Connection=yes;',
    'Data Source=db;Initial Catalog=app;Integrated Security=True;',
    './deploy --password=PASSWORD --token=GITHUB_TOKEN',
    'for (;password=nextCandidate();) {}',
    // Code, where a name after `=` is a variable: unchanged.
    'password=newPassword',
    'token=accessToken',
    'db.password=config',
  ])('%s', (text) => {
    expect(findSecrets(text)).toEqual([]);
  });
});
