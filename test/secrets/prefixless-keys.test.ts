/**
 * Keys with no prefix and no name before them (Mistral's 32 letters and digits, Cohere's 40) rest on the entropy
 * rule alone, and a random run that short often cannot show 4.4 bits a character: one 32-character key in seven
 * fell short and was kept. Below the bar, a run of letters and digits alone is now judged by its shape: a key's
 * characters mostly fall outside words, an identifier's inside them. Keys are drawn at run time from a hash
 * (deterministic, none real); the look-alikes are written by hand, not drawn from what the rule was tuned on.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSecrets, redactJsonValue, redactSecrets } from '../../src/secrets/index.js';
import { shannonEntropy } from '../../src/secrets/entropy.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const rnd = (n: number, seed: string): string => {
  let out = '';
  let block = Buffer.alloc(0);
  for (let i = 0; out.length < n; i++) {
    if (i % 16 === 0) block = createHash('sha256').update(`prefixless:${seed}:${i}`).digest();
    // Two bytes a character, so the 62 letters and digits come out (nearly) evenly.
    out += ALNUM[block.readUInt16LE((i % 16) * 2) % ALNUM.length];
  }
  return out;
};
const keys = (length: number, n: number) => Array.from({ length: n }, (_, i) => rnd(length, `${length}:${i}`));
/** What the entropy rule asks of a key before entropy: letters of both cases and digits. */
const mixed = (k: string) => /[0-9]/.test(k) && /[a-z]/.test(k) && /[A-Z]/.test(k);
const flagged = (text: string, key: string) => !redactSecrets(text).includes(key.slice(8, 24));

/** Places a user or a tool puts a bare key, none naming it. */
const PLACES: [string, (k: string) => string][] = [
  ['prose', (k) => `here is the key ${k} for the api`],
  ['command', (k) => `./chat.sh --model small ${k} --yes`],
  ['tool output', (k) => `\u2713 created\n  ${k}\n  (copy it now, it will not be shown again)`],
  ['quoted', (k) => `Use "${k}" for the staging box.`],
  ['code span', (k) => `set it to \`${k}\`.`],
];

describe('prefixless keys of letters and digits', () => {
  it.each([
    [32, 0.97],
    [36, 0.99],
    [40, 0.995],
  ])('%i characters: at least %f of 2,000 random keys are redacted', (length, share) => {
    const sample = keys(length, 2000);
    const caught = sample.filter((k) => flagged(`here is the key ${k} for the api`, k)).length;
    expect(caught / sample.length).toBeGreaterThanOrEqual(share);
  });

  // The keys entropy alone missed (below 4.4 bits a character): the ones the shape rule exists for.
  const low = keys(32, 2000).filter((k) => mixed(k) && shannonEntropy(k) < 4.4);
  it('the sample holds keys below the entropy bar (one in seven)', () => {
    expect(low.length).toBeGreaterThan(200);
  });

  it.each(PLACES)('keys below the entropy bar, in %s: at least 85% are redacted', (_place, wrap) => {
    const caught = low.filter((k) => flagged(wrap(k), k)).length;
    expect(caught / low.length).toBeGreaterThanOrEqual(0.85);
  });

  it('in a JSON tool result, escaped, such a key is gone too', () => {
    const caught = low.filter((k) => !JSON.stringify(redactJsonValue({ output: `key:\n${k}\r\n` })).includes(k)).length;
    expect(caught / low.length).toBeGreaterThanOrEqual(0.85);
  });
});

describe('look-alikes below the entropy bar are left alone (controls)', () => {
  const base64 = (s: string) => Buffer.from(s).toString('base64');
  it.each([
    // Long names with version digits: words, not random characters.
    'createAwsAuthSigv4HttpAuthOption',
    'forEachChildInJsxNamespacedName2',
    'isRightSideOfQualifiedNameOrPropertyAccess2',
    'TestParseLargeJSONLLines10MBLine',
    'Http2ServerRequestHandlerFactory3',
    'Base64UrlEncoderV2ForWindows10x64',
    'ReactDOMServerRenderToPipeableStream18',
    'getUserProfileByEmailAddressV2Async',
    'AbstractSingletonProxyFactoryBean4Spring',
    'AwsSdkSigV4AuthSigningPropertiesProvider',
    'testHandlesUtf8InputWith3ByteSequences',
    // Hashes and ids: hex, never judged by entropy.
    'c3d34f9a1b2e4d5f60718293a4b5c6d7e8f90123',
    '3f2b8c1e-9d4a-4e7b-8c2f-1a2b3c4d5e6f',
    'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  ])('%s', (name) => {
    expect(findSecrets(`see ${name} in the log`)).toEqual([]);
  });

  it('base64 of ordinary text below the bar is not taken for a key', () => {
    const sentences = [
      'Run the tests before you push.',
      'Deploy to staging on Fridays only.',
      'The build is green again now.',
      'Use pnpm for every workspace.',
      'hello world from the agent!',
      'Please keep the changelog short.',
      'See the docs folder for details.',
      'Merge only after the review passes.',
      'We ship on Tuesdays at noon.',
      'Fix the flaky login test first.',
    ];
    let judged = 0;
    for (const s of sentences) {
      const encoded = base64(s).replace(/=+$/, '');
      // Below the bar: what the entropy rule alone always left.
      if (shannonEntropy(encoded) >= 4.4 || !/^[A-Za-z0-9]+$/.test(encoded)) continue;
      judged++;
      expect(findSecrets(`payload ${encoded} end`), s).toEqual([]);
    }
    expect(judged).toBeGreaterThanOrEqual(3);
  });
});

describe("GitLab's routable personal access tokens", () => {
  const token = `glpat-${rnd(27, 'gl').replace(/[0-9]/g, '_')}.01.${rnd(9, 'tail').toLowerCase()}`;
  it.each(PLACES)('in %s: no piece of the token is left, its checksum tail included', (_place, wrap) => {
    const out = redactSecrets(wrap(token));
    expect(out).toContain('[REDACTED:');
    expect(out).not.toContain(token.slice(-9));
    expect(out).not.toContain('.01.');
  });
});

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');

describe.skipIf(!existsSync(corpus))('real corpus', () => {
  it('no run the shape rule judged is among the findings: the real transcripts redact as before', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = path.join(d, e);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(jsonl|json|traj|md|txt)$/.test(e)) files.push(p);
      }
    };
    walk(corpus);
    const belowBar: string[] = [];
    let entropic = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const x of findSecrets(text)) {
        if (x.rule !== 'high-entropy') continue;
        entropic++;
        const run = text.slice(x.start, x.end).replace(/=+$/, '');
        if (run.length < 48 && shannonEntropy(run) < Math.min(4.4, Math.log2(run.length) - 0.4)) belowBar.push(run);
      }
    }
    expect(entropic).toBeGreaterThan(1_000);
    expect(belowBar).toEqual([]);
  }, 60_000);
});
