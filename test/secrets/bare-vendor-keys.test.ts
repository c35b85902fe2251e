/**
 * Vendor credentials pasted bare (no name before them) in prose, a command, tool output or a JSON
 * string: a red team's second round listed 80 current shapes and these were missed whole or in part
 * (hex bodies the entropy rule skips, letters-only bodies, runs under 32 characters, bodies cut by
 * '.', '~' or '/'). Values are built at run time from the vendors' published shapes; none is real.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findSecrets, redactSecrets, redactJsonValue } from '../../src/secrets/index.js';

const rnd = (alphabet: string, n: number, seed: number): string => {
  let out = '';
  let block = Buffer.alloc(0);
  for (let i = 0; out.length < n; i++) {
    if (i % 32 === 0) block = createHash('sha256').update(`bare:${seed}:${i}`).digest();
    out += alphabet[block[i % 32]! % alphabet.length];
  }
  return out;
};
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ALNUM = `${LETTERS}0123456789`;
const URLSAFE = `${ALNUM}_-`;
const HEX = '0123456789abcdef';
const DIGITS = '0123456789';
/** A Discord bot token: the bot's snowflake id in base64, a timestamp part and an HMAC part. */
const discord = (idDigits: number, hmac: number, seed: number): string =>
  `${Buffer.from('1' + rnd(DIGITS, idDigits - 1, seed)).toString('base64url')}.${rnd(URLSAFE, 6, seed + 1)}.${rnd(URLSAFE, hmac, seed + 2)}`;

/** [rule, the credential, the part that must be gone]. */
const KEYS: [string, string, string][] = [
  ['openrouter-api-key', `sk-or-v1-${rnd(HEX, 64, 1)}`, rnd(HEX, 64, 1)],
  ['huggingface-token', `hf_${rnd(LETTERS, 34, 2)}`, rnd(LETTERS, 34, 2)],
  ['huggingface-token', `api_org_${rnd(LETTERS, 34, 3)}`, rnd(LETTERS, 34, 3)],
  ['langsmith-api-key', `lsv2_pt_${rnd(HEX, 32, 4)}_${rnd(HEX, 10, 5)}`, rnd(HEX, 32, 4)],
  ['langsmith-api-key', `lsv2_sk_${rnd(HEX, 32, 6)}_${rnd(HEX, 10, 7)}`, rnd(HEX, 32, 6)],
  ['gitlab-token', `gldt-${rnd(URLSAFE, 20, 8)}`, rnd(URLSAFE, 20, 8)],
  ['gitlab-token', `glrt-${rnd(URLSAFE, 20, 9)}`, rnd(URLSAFE, 20, 9)],
  ['gitlab-token', `glptt-${rnd(HEX, 40, 10)}`, rnd(HEX, 40, 10)],
  ['gitlab-token', `GR1348941${rnd(URLSAFE, 20, 11)}`, rnd(URLSAFE, 20, 11)],
  ['fly-token', `fm2_lJPECAAAAAAAAMtKxBDnAAAAAAAAAAAAAAAAAAAAAAAA${rnd(`${ALNUM}+/`, 60, 12)}`, rnd(`${ALNUM}+/`, 60, 12)],
  ['discord-bot-token', discord(18, 38, 13), discord(18, 38, 13).split('.')[2]!],
  ['discord-bot-token', discord(17, 27, 16), discord(17, 27, 16).split('.')[2]!],
  ['discord-webhook-url', `https://discord.com/api/webhooks/1${rnd(DIGITS, 18, 19)}/${rnd(URLSAFE, 68, 20)}`, rnd(URLSAFE, 68, 20)],
  ['mailgun-api-key', `key-${rnd(HEX, 32, 21)}`, rnd(HEX, 32, 21)],
  ['sentry-token', `sntryu_${rnd(HEX, 64, 22)}`, rnd(HEX, 64, 22)],
  ['pulumi-access-token', `pul-${rnd(HEX, 40, 23)}`, rnd(HEX, 40, 23)],
  ['vault-token', `hvs.CAESI${rnd(URLSAFE, 40, 24)}`, rnd(URLSAFE, 40, 24)],
  ['vault-token', `hvb.AAAAAQ${rnd(URLSAFE, 120, 25)}`, rnd(URLSAFE, 120, 25)],
  ['azure-ad-client-secret', `${rnd(ALNUM, 3, 26)}8Q~${rnd(`${URLSAFE}.~`, 34, 27)}`, rnd(`${URLSAFE}.~`, 34, 27)],
  ['telegram-bot-token', `${rnd(DIGITS, 10, 28)}:AA${rnd(URLSAFE, 33, 29)}`, rnd(URLSAFE, 33, 29)],
];

/** Places a user or a tool puts a bare key, none naming it. */
const PLACES: [string, (k: string) => string][] = [
  ['prose', (k) => `here you go ${k} thanks, now deploy it`],
  ['command', (k) => `./deploy.sh --region eu-west-1 ${k} --yes`],
  ['tool output', (k) => `\u2713 created\n  ${k}\n  (copy it now, it will not be shown again)`],
  ['quoted', (k) => `Use "${k}" for the staging box.`],
  ['code span', (k) => `set it to \`${k}\`.`],
];

describe('bare vendor keys are redacted wherever they sit', () => {
  for (const [rule, key, secret] of KEYS) {
    it.each(PLACES)(`${rule} (${key.slice(0, 12)}…) in %s`, (_place, wrap) => {
      const text = wrap(key);
      expect(findSecrets(text).map((f) => f.rule)).toContain(rule);
      expect(redactSecrets(text)).not.toContain(secret);
    });
  }

  it('in a JSON tool result, escaped, the key is gone too', () => {
    for (const [, key, secret] of KEYS) {
      const out = redactJsonValue({ output: `token:\n${key}\r\n` });
      expect(JSON.stringify(out), key).not.toContain(secret);
    }
  });

  it('the public part of a key stays readable: a webhook keeps its host and id, a Telegram bot its id', () => {
    const id = `1${rnd(DIGITS, 18, 19)}`;
    expect(redactSecrets(`https://discord.com/api/webhooks/${id}/${rnd(URLSAFE, 68, 20)}`)).toContain(`discord.com/api/webhooks/${id}/`);
    const bot = rnd(DIGITS, 10, 28);
    expect(redactSecrets(`${bot}:AA${rnd(URLSAFE, 33, 29)}`)).toBe(`${bot}:[REDACTED:telegram-bot-token]`);
  });
});

describe('look-alikes are left alone (controls)', () => {
  const RULES = new Set(KEYS.map(([rule]) => rule));
  it.each([
    // Hugging Face: names, not tokens (snake_case, one case, too short or long).
    'from huggingface_hub import hf_hub_download, hf_transformers_cache_directory_x',
    `hf_${'abcdefghijklmnopqrstuvwxyzabcdefgh'} is all lower case`,
    `HF_${'ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH'} is a constant`,
    'see hf_TooShortButMixedCase for details',
    // OpenRouter, LangSmith, Sentry, Pulumi, Mailgun: the body must be exact hex of its length.
    `sk-or-v1-${'g'.repeat(64)} is not hex`,
    `lsv2_pt_${'0'.repeat(31)}_${'0'.repeat(10)} one short`,
    'pul-request-handler-for-the-deploy-queue',
    'key-value-store-configuration-for-redis',
    `key-${'0123456789abcdef'.repeat(2)}extra is one longer word`,
    'sntryu_ is the prefix of a Sentry user token',
    // GitLab: a short run after the prefix, and a word that merely starts like one.
    'gldt-short and glrt-12345 are truncated',
    'the glptt-based trigger is documented',
    // Discord: three dotted parts whose first is not a base64 snowflake id.
    `${'NTFSVolumeHeaderReaderXyzz'}.method.${'AnotherVeryLongIdentifierName12345'}`,
    `MyComponentNameIsVeryLongAb.render.${'useTheOtherHookWhenMountedXYZ12'}`,
    // Vault: the prefix without a protobuf body, a body without the prefix.
    'hvs.short is not a token, nor is hvs.CAES alone',
    `the base64 CAESIJ${rnd(URLSAFE, 40, 30)} without hvs. before it`,
    // Azure: Q~ in prose and paths.
    'press Q~ to quit, or see C:\\Users\\Q~1\\file.txt',
    // Telegram: an AA run with no bot id and colon before it.
    `AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA is padding`,
    `time 12:AA${rnd(URLSAFE, 33, 31)} is not a bot id`,
    'https://discord.com/api/webhooks is the endpoint',
  ])('%s', (text) => {
    expect(findSecrets(text).filter((f) => RULES.has(f.rule))).toEqual([]);
  });
});
