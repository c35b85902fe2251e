import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSecrets, redactSecrets, SECRET_RULES, shannonEntropy } from '../../src/secrets/index.js';

/** Built at runtime (deterministically) so this file holds no literal that secret scanners flag. */
const rnd = (alphabet: string, n: number, seed: number) => {
  let out = '';
  let block = Buffer.alloc(0);
  for (let i = 0; out.length < n; i++) {
    if (i % 32 === 0) block = createHash('sha256').update(`${seed}:${i}`).digest();
    out += alphabet[block[i % 32]! % alphabet.length];
  }
  return out;
};
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const HEX = '0123456789abcdef';
const B64 = `${ALNUM}+/`;

/** [rule, text containing the secret, the secret itself]. */
const CASES: [string, string, string][] = [
  ['anthropic-api-key', `key=${'sk-ant-api03-' + rnd(ALNUM + '_-', 93, 1)}AA`, 'sk-ant-api03-'],
  ['openai-api-key', `OPENAI=${'sk-proj-' + rnd(ALNUM + '_-', 60, 2)}`, 'sk-proj-'],
  ['openai-api-key', `legacy ${'sk-' + rnd(ALNUM, 20, 3)}T3BlbkFJ${rnd(ALNUM, 20, 4)} ok`, 'T3BlbkFJ'],
  ['github-pat', `token ${'ghp_' + rnd(ALNUM, 36, 5)}`, 'ghp_'],
  ['github-oauth', `${'gho_' + rnd(ALNUM, 36, 6)}`, 'gho_'],
  ['github-app-token', `x ${'ghs_' + rnd(ALNUM, 36, 7)} y`, 'ghs_'],
  ['github-app-token', `x ${'ghu_' + rnd(ALNUM, 36, 8)} y`, 'ghu_'],
  ['github-refresh-token', `${'ghr_' + rnd(ALNUM, 36, 9)}`, 'ghr_'],
  ['github-fine-grained-pat', `${'github_pat_' + rnd(ALNUM + '_', 82, 10)}`, 'github_pat_'],
  ['gitlab-pat', `${'glpat-' + rnd(ALNUM, 20, 11)}`, 'glpat-'],
  ['aws-access-token', `aws key ${'AKIA' + rnd(UPPER_NUM, 16, 12)} in config`, 'AKIA'],
  ['aws-access-token', `${'ASIA' + rnd(UPPER_NUM, 16, 13)}`, 'ASIA'],
  ['aws-secret-access-key', `aws_secret_access_key = ${rnd(B64, 40, 14)}`, rnd(B64, 40, 14)],
  ['aws-secret-access-key', `{"secretAccessKey": "${rnd(B64, 40, 15)}"}`, rnd(B64, 40, 15)],
  ['slack-token', `${'xoxb-' + rnd('0123456789', 12, 16)}-${rnd('0123456789', 12, 17)}-${rnd(ALNUM, 24, 18)}`, 'xoxb-'],
  [
    'slack-webhook-url',
    `curl https://hooks.slack.com/services/T0${rnd(UPPER_NUM, 8, 19)}/B0${rnd(UPPER_NUM, 8, 20)}/${rnd(ALNUM, 24, 21)}`,
    'hooks.slack.com/services/',
  ],
  ['gcp-api-key', `${'AIza' + rnd(ALNUM + '_-', 35, 22)}`, 'AIza'],
  ['npm-access-token', `//registry.npmjs.org/:_authToken=${'npm_' + rnd(ALNUM, 36, 23)}`, 'npm_'],
  ['stripe-access-token', `${'sk_live_' + rnd(ALNUM, 24, 24)}`, 'sk_live_'],
  ['twilio-api-key', `${'SK' + rnd(HEX, 32, 25)}`, 'SK' + rnd(HEX, 32, 25)],
  ['sendgrid-api-token', `${'SG.' + rnd(ALNUM + '_-', 22, 26)}.${rnd(ALNUM + '_-', 43, 27)}`, 'SG.'],
  ['jwt', `Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.${rnd(ALNUM + '_-', 43, 28)}`, 'eyJzdWIi'],
  [
    'private-key',
    `-----BEGIN RSA PRIVATE KEY-----\n${rnd(B64, 64, 29)}\n${rnd(B64, 64, 30)}\n-----END RSA PRIVATE KEY-----`,
    'BEGIN RSA PRIVATE KEY',
  ],
  ['private-key', `cat id_ed25519\n-----BEGIN OPENSSH PRIVATE KEY-----\n${rnd(B64, 70, 31)}\n(truncated)`, 'BEGIN OPENSSH'],
  ['url-password', 'postgres://app:s3cr3t-Pa55@db.internal:5432/app', 's3cr3t-Pa55'],
  ['env-secret-assignment', 'export DB_PASSWORD=hunter2hunter2', 'hunter2hunter2'],
  ['env-secret-assignment', 'STRIPE_SECRET="whsec_localdev_value"', 'whsec_localdev_value'],
  ['env-secret-assignment', 'GITHUB_TOKEN: abcdef123456', 'abcdef123456'],
  ['generic-secret-kv', '{"password": "correct-horse-battery"}', 'correct-horse-battery'],
  ['generic-secret-kv', "client_secret = 'q8Zr1mN4vT'", 'q8Zr1mN4vT'],
  ['high-entropy', `blob ${rnd(ALNUM, 48, 32)} end`, rnd(ALNUM, 48, 32)],
  ['digitalocean-token', `DIGITALOCEAN=${'dop_v1_' + rnd('0123456789abcdef', 64, 34)}`, 'dop_v1_'],
  ['supabase-token', `supabase login --token ${'sbp_' + rnd('0123456789abcdef', 40, 35)}`, 'sbp_'],
  ['postman-api-token', `x-api-key: PMAK-${rnd('0123456789abcdef', 24, 36)}-${rnd('0123456789abcdef', 34, 37)}`, 'PMAK-'],
  [
    'slack-app-token',
    `connect xapp-1-A${rnd(UPPER_NUM, 10, 38)}-${rnd('0123456789', 13, 39)}-${rnd('0123456789abcdef', 64, 40)}`,
    'xapp-1-',
  ],
  ['age-secret-key', `AGE-SECRET-KEY-1${rnd('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58, 41)}`, 'AGE-SECRET-KEY-1'],
  ['new-relic-key', `NEW_RELIC=NRAK-${rnd(UPPER_NUM, 27, 42)}`, 'NRAK-'],
  ['cli-password', `mysql -h db -u root -pQ7w${rnd(ALNUM, 9, 43)} app`, 'Q7w'],
  ['cli-password', `curl -u deploy:Zx9${rnd(ALNUM, 9, 44)} https://ci.example.com`, 'Zx9'],
  ['cli-password', `sqlcmd -S localhost -d app -U sa -P Kq4${rnd(ALNUM, 9, 45)} -C`, 'Kq4'],
  ['prose-password', `log in as admin with password Wm7${rnd(ALNUM, 7, 46)} please`, 'Wm7'],
  ['authorization-header', `curl -H "Authorization: Bearer ${rnd(HEX, 40, 33)}" https://api.example.com`, rnd(HEX, 40, 33)],
  // Bare vendor keys (test/secrets/bare-vendor-keys.test.ts has their variants and look-alikes).
  ['openrouter-api-key', `sk-or-v1-${rnd(HEX, 64, 50)}`, rnd(HEX, 64, 50)],
  ['huggingface-token', `hf_${rnd(ALNUM.slice(0, 52), 34, 51)}`, rnd(ALNUM.slice(0, 52), 34, 51)],
  ['langsmith-api-key', `lsv2_pt_${rnd(HEX, 32, 52)}_${rnd(HEX, 10, 53)}`, rnd(HEX, 32, 52)],
  ['gitlab-token', `gldt-${rnd(ALNUM, 20, 54)}`, rnd(ALNUM, 20, 54)],
  ['fly-token', `FlyV1 fm2_${rnd(B64, 80, 55)}`, rnd(B64, 80, 55)],
  [
    'discord-bot-token',
    `${Buffer.from('1' + rnd('0123456789', 17, 56)).toString('base64url')}.${rnd(ALNUM, 6, 57)}.${rnd(ALNUM, 27, 58)}`,
    rnd(ALNUM, 27, 58),
  ],
  ['discord-webhook-url', `https://discord.com/api/webhooks/1${rnd('0123456789', 18, 59)}/${rnd(ALNUM, 68, 60)}`, rnd(ALNUM, 68, 60)],
  ['mailgun-api-key', `key-${rnd(HEX, 32, 61)}`, rnd(HEX, 32, 61)],
  ['sentry-token', `sntryu_${rnd(HEX, 64, 62)}`, rnd(HEX, 64, 62)],
  ['pulumi-access-token', `pul-${rnd(HEX, 40, 63)}`, rnd(HEX, 40, 63)],
  ['vault-token', `hvs.CAESI${rnd(ALNUM, 40, 64)}`, rnd(ALNUM, 40, 64)],
  ['azure-ad-client-secret', `${rnd(ALNUM, 3, 65)}8Q~${rnd(ALNUM + '.~_-', 34, 66)}`, rnd(ALNUM + '.~_-', 34, 66)],
  ['telegram-bot-token', `${rnd('0123456789', 10, 67)}:AA${rnd(ALNUM, 33, 68)}`, rnd(ALNUM, 33, 68)],
];

describe('secret rules', () => {
  it.each(CASES)('%s fires and its secret is gone from the redacted text', (rule, text, secret) => {
    const found = findSecrets(text);
    expect(found.map((f) => f.rule)).toContain(rule);
    const red = redactSecrets(text);
    expect(red).toContain(`[REDACTED:${rule}]`);
    expect(red).not.toContain(secret);
  });

  it('every rule in the table has a case above', () => {
    const covered = new Set(CASES.map((c) => c[0]));
    expect(SECRET_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('keeps user and host of a URL readable', () => {
    expect(redactSecrets('git clone https://deploy:tok3n-value@git.example.com/org/repo.git')).toBe(
      'git clone https://deploy:[REDACTED:url-password]@git.example.com/org/repo.git',
    );
  });

  it('keeps the name of a secret assignment and redacts only the value', () => {
    expect(redactSecrets('API_KEY=abc123def456 npm start')).toBe('API_KEY=[REDACTED:env-secret-assignment] npm start');
  });

  it('returns positions that slice out the secret', () => {
    const secret = 'ghp_' + rnd(ALNUM, 36, 40);
    const text = `before ${secret} after`;
    const [f] = findSecrets(text);
    expect(text.slice(f!.start, f!.end)).toBe(secret);
  });

  it('is idempotent: redacted text has nothing left to redact', () => {
    for (const [, text] of CASES) {
      const once = redactSecrets(text);
      expect(redactSecrets(once)).toBe(once);
    }
  });
});

describe('common non-secrets are left alone', () => {
  const CLEAN = [
    'commit 3f786850e387550fdab836ed7e6dc881de23001b (HEAD -> main)',
    'sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    'session 550e8400-e29b-41d4-a716-446655440000 started',
    '/home/dev/projects/spotter/lib/spotter_web/controllers/session_hook_controller.ex:42',
    'node_modules/@anthropic-ai/sdk/resources/beta/sessions/events.d.ts',
    'aGVsbG8gd29ybGQ= is base64 for a short phrase',
    'ThisIsAVeryLongCamelCaseIdentifierNameForAComponent',
    'test_that_a_very_long_snake_case_test_name_passes_ok',
    'const token = await getToken(); const password = readPassword(input);',
    'export API_KEY=$API_KEY && TOKEN=${GITHUB_TOKEN} make deploy',
    'PASSWORD=<your-password-here>',
    '"integrity": "sha512-' + rnd(B64, 86, 50) + '=="',
    'sk-learn is not a key, nor is task-runner-config',
    'https://github.com/anthropics/claude-code/blob/main/README.md',
    'Run `npm test` with NODE_OPTIONS=--max-old-space-size=4096',
    'toolu_01SZB3juMsXcXZbHjVubHiga and msg_01XtsVqbhT42CZjaDykTzTR7',
  ];
  it.each(CLEAN)('%s', (text) => {
    expect(findSecrets(text)).toEqual([]);
    expect(redactSecrets(text)).toBe(text);
  });
});

describe('properties', () => {
  it('findSecrets returns sorted, non-overlapping, in-bounds findings for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
        const found = findSecrets(text);
        let last = 0;
        for (const f of found) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          last = f.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a secret embedded in random text is always removed', () => {
    const secrets = CASES.filter(
      ([rule]) => !['env-secret-assignment', 'generic-secret-kv', 'aws-secret-access-key', 'url-password', 'private-key'].includes(rule),
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.constantFrom(...secrets),
        fc.string({ maxLength: 60 }),
        (pre, [, text, secret], post) => {
          expect(redactSecrets(`${pre} ${text} ${post}`)).not.toContain(secret);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('entropy of a uniform string is log2 of its alphabet', () => {
    expect(shannonEntropy('abcd'.repeat(8))).toBeCloseTo(2, 10);
    expect(shannonEntropy('aaaa')).toBe(0);
  });
});
