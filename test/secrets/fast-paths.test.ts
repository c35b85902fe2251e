import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTableSecrets as findSecrets, redactSecrets } from '../../src/secrets/index.js';
import { repoRoot } from '../transcripts/helpers.js';
import { findSecretsReference } from './reference-redact.js';

/**
 * The fast paths (trait-table entropy vetoes, indexOf-anchored generic-secret-kv, shared include
 * literals) must find exactly what the plain implementation finds.
 */
const FRAGMENTS = [
  'password',
  'Password',
  'passwd',
  'secret',
  'client_secret',
  'api_key',
  'apiKey',
  'access_token',
  'AWS_SECRET_ACCESS_KEY',
  'DB_PASSWORD',
  'export ',
  'password: "',
  'secret:\t"',
  '"api_key": "',
  "secret='",
  'client_secret = "',
  'PASSWORD=',
  ': ',
  ':',
  '=',
  ' = ',
  '=\t',
  '"',
  "'",
  ' ',
  '\t',
  '\n',
  '{',
  '}',
  '$',
  '<',
  '>',
  '://',
  'https://',
  'user:',
  'postgres://app:',
  'postgres://app:s3cr3tPa55@db.example.com/x',
  '@db.example.com',
  'hooks.slack.com/services/',
  'Authorization: Bearer ',
  'authorization=token ',
  'sk-ant-api03-',
  'sk-proj-',
  'sk-',
  'ghp_',
  'github_pat_',
  'glpat-',
  'AKIA',
  'xoxb-',
  'AIza',
  'npm_',
  'sk_live_',
  'SK',
  'eyJ',
  '.eyJ',
  'SG.',
  '-----BEGIN RSA PRIVATE KEY-----',
  '-----END RSA PRIVATE KEY-----',
  '/',
  '+',
  '=',
  '==',
  '-',
  '_',
  '.',
  'REDACTED',
  '[REDACTED:x]',
  'sha512-',
  'toolu_',
  'msg_',
  'changeme',
  '${TOKEN}',
  'lib/spotter/transcripts/session',
  '→',
  'é',
  '😀',
];
const TOKEN_CHARS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-'];
const HEX_CHARS = [...'0123456789abcdefABCDEF'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), minLength: 6, maxLength: 90 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...HEX_CHARS), minLength: 30, maxLength: 64 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));

describe('redaction fast paths', () => {
  it('find the same secrets as the plain implementation (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findSecrets(t)).toEqual(findSecretsReference(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('the property does exercise findings of every kind it mixes (the comparison is not vacuous)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(text, (t) => {
        for (const f of findSecretsReference(t)) seen.add(f.rule);
      }),
      { numRuns: 3000, seed: 42 },
    );
    for (const rule of ['high-entropy', 'authorization-header', 'private-key', 'github-pat']) expect(seen).toContain(rule);
  });

  it('a separator at a probe position still splits the run into word-runs (prefix rules behind it fire)', () => {
    const token = 'ghp_' + 'aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5';
    for (let k = 0; k < 40; k++) {
      for (const sep of ['/', '+', '=']) {
        const t = `${'x'.repeat(k)}${sep}${token} tail`;
        expect(findSecrets(t), t).toEqual(findSecretsReference(t));
        expect(
          findSecrets(t).map((f) => f.rule),
          t,
        ).toContain('github-pat');
      }
    }
  });

  it('generic-secret-kv: back-to-back, rejected and unterminated values', () => {
    const cases = [
      `password: 'abcdefgh' secret='ijklmnop' api_key = "qrstuvwx"`,
      `password: "changeme" password: "realvalue1"`,
      `x=:="secret":"abcdefghij" password=='abcdefg'`,
      `password:\t \t"spaced1234"`,
      `password: "unterminated value`,
      `=====""""::::password:"a1b2c3d4"`,
    ];
    // The keyed scan (src/secrets/assignments.ts) replaced the quotedAfter regex: its results are pinned here.
    expect(redactSecrets(cases[1]!)).toBe(`password: "changeme" password: "[REDACTED:generic-secret-kv]"`);
    expect(redactSecrets(cases[4]!)).toBe(cases[4]);
    expect(redactSecrets(cases[0]!)).toBe(
      `password: '[REDACTED:generic-secret-kv]' secret='[REDACTED:generic-secret-kv]' api_key = "[REDACTED:generic-secret-kv]"`,
    );
  });
});

/** Every string in the stored corpus, bounded: real text is where regressions would show. */
const corpus = resolve(repoRoot, '../shared/corpus');
const hasCorpus = (() => {
  try {
    return statSync(corpus).isDirectory();
  } catch {
    return false;
  }
})();

function* corpusFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* corpusFiles(p);
    else if (/\.(?:jsonl?|traj|md)$/.test(e.name) && statSync(p).size < 8 * 1024 * 1024) yield p;
  }
}

describe.skipIf(!hasCorpus)('redaction fast paths on the real corpus', () => {
  it('find the same secrets as the plain implementation in every file', () => {
    let texts = 0;
    let findings = 0;
    for (const f of corpusFiles(corpus)) {
      // Whole lines (JSON source as the key-aware redactor sees it) and the file in one piece.
      const content = readFileSync(f, 'utf8');
      const lines = content.split('\n');
      for (const t of [content, ...lines]) {
        const got = findSecrets(t);
        expect(got, `${f}`).toEqual(findSecretsReference(t));
        texts++;
        findings += got.length;
      }
    }
    expect(texts).toBeGreaterThan(1000);
    expect(findings).toBeGreaterThan(0);
  }, 120_000);
});
