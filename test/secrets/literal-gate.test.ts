import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLiterals, HAS_AT, HAS_KEY_BLOCK, HAS_URL } from '../../src/secrets/table.js';
import { SECRET_RULES } from '../../src/secrets/rules.js';
import { findSecrets, redactSecrets } from '../../src/secrets/index.js';

/**
 * findLiterals answers "none" from one alternation before it looks for each literal: its answer must
 * be the one an indexOf per literal gives, for every literal and for texts that hold pieces of them.
 */
const ruleLiterals = [...new Set(SECRET_RULES.flatMap((r) => r.includes ?? []))];
const EXTRAS: [string, number][] = [
  ['://', HAS_URL],
  ['PRIVATE KEY', HAS_KEY_BLOCK],
  ['@', HAS_AT],
];

/**
 * The answer from one indexOf per literal: the rules any of their literals select (bit i worth 2^i,
 * summed, which is the mask src/secrets/rule-mask.ts packs past 32 bits), and the extras seen.
 */
function reference(text: string): { rules: number; extras: number } {
  let rules = 0;
  SECRET_RULES.forEach((r, i) => {
    if (r.includes?.some((lit) => text.includes(lit))) rules += 2 ** i;
  });
  let extras = 0;
  for (const [lit, bit] of EXTRAS) if (text.includes(lit)) extras |= bit;
  return { rules, extras };
}

function answer(text: string): { rules: number; extras: number } {
  const got = findLiterals(text);
  return { rules: got.rules, extras: got.present & (HAS_URL | HAS_KEY_BLOCK | HAS_AT) };
}

describe('findLiterals', () => {
  it('the rules gate on literals at all (the checks below are not vacuous)', () => {
    expect(ruleLiterals.length).toBeGreaterThan(5);
  });

  it('finds each literal alone, at the start, the end and in the middle of a text', () => {
    for (const lit of [...ruleLiterals, ...EXTRAS.map(([l]) => l)]) {
      for (const t of [lit, `${lit} tail`, `head ${lit}`, `a long head of plain words ${lit} and a tail`]) {
        const want = reference(t);
        expect(want.rules + want.extras, t).not.toBe(0);
        expect(answer(t), t).toEqual(want);
      }
    }
  });

  it('a text holding a literal only in part, or with a regex metacharacter in its place, holds none', () => {
    // `SG.` with any character for the dot, `-pass` without its dash, `zation` cased half and half, `:/ /`.
    for (const t of [
      'SGx',
      'SG',
      'S G.',
      'pass',
      'zatioN',
      'Zation',
      ':/ /',
      'PRIVATE  KEY',
      'as sw',
      'p w d',
      'P|W|D',
      'a.b*c+d?',
      '(-)[u]',
    ])
      expect(answer(t), t).toEqual({ rules: 0, extras: 0 });
  });

  it('agrees with an indexOf per literal on texts mixing literals, their pieces and metacharacters (property)', () => {
    const pieces = [
      ...ruleLiterals,
      ...EXTRAS.map(([l]) => l),
      ...ruleLiterals.flatMap((l) => [l.slice(0, -1), l.slice(1)]),
      ...'.*+?^${}()|[]\\/-:@ \n\tSGPZzpuaA'.split(''),
      'alpha bravo',
      'password',
      'https://example.com',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(answer(t)).toEqual(reference(t));
      }),
      { numRuns: 5000, seed: 7 },
    );
  });

  it('agrees past the places it compares one by one: every literal before, at and after the cut-over (helper speed8)', () => {
    // findLiterals compares the first 32 places where a literal starts, then looks for the rest from the 33rd on.
    const lits = [...ruleLiterals, ...EXTRAS.map(([l]) => l)];
    for (const places of [0, 1, 31, 32, 33, 40]) {
      for (const filler of ['@', '-u', 'x://', ' -p ']) {
        const head = Array.from({ length: places }, () => filler).join(' ');
        for (const lit of lits) {
          for (const t of [`${head} ${lit}`, `${lit} ${head}`, `${head}${lit}`, `${head.slice(0, head.length >> 1)} ${lit} ${head}`]) {
            expect(answer(t), t).toEqual(reference(t));
          }
        }
      }
    }
    // Texts of many places with one literal each time at another of them.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 80 }), fc.constantFrom(...lits), (n, k, lit) => {
        const parts = Array.from({ length: n }, () => '@');
        parts.splice(Math.min(k, n), 0, lit);
        const t = parts.join('.');
        expect(answer(t)).toEqual(reference(t));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('lets no secret of a literal-gated rule through after many places where a literal starts (each rule family, helper speed8)', () => {
    // One secret per rule the table gates by literals, each caught by that rule alone in a clean text.
    const samples: [string, string][] = [
      ['private-key', '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAq1w2e3r4t5y6u7i8o9p0\n-----END RSA PRIVATE KEY-----'],
      ['slack-webhook-url', 'https://hooks.slack.com/services/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'],
      ['sendgrid-api-token', 'SG.q1W2e3R4t5Y6u7I8o9P0aS.q1W2e3R4t5Y6u7I8o9P0a1S2d3F4g5H6j7K8l9Z0x1C'],
      ['authorization-header', 'Authorization: Bearer q1W2e3R4t5Y6u7I8o9P0a1S2d3F4g5H6'],
      ['discord-webhook-url', `https://discord.com/api/webhooks/123456789012345678/${'q1W2e3R4t5Y6u7I8o9P0'.repeat(3)}x`],
      ['azure-ad-client-secret', 'abc8Q~q1W2e3R4t5Y6u7I8o9P0a1S2d3F4g5H'],
      ['cli-password', 'curl -u admin:Hunter2xyz https://api.example.com'],
      ['cli-password', 'mysql -u root -pHunter2xyz appdb'],
      ['cli-password', 'sshpass -p Hunter2xyz ssh deploy@host'],
      ['prose-password', 'the password is Hunter2xyz now'],
      ['cli-password', 'psql --pass Hunter2xyz'],
      ['cli-password', 'deploy --api-key Hunter2xyz9'],
    ];
    for (const [rule, secret] of samples) {
      expect(
        findSecrets(`run: ${secret}`).map((f) => f.rule),
        secret,
      ).toContain(rule);
      // Places where a literal starts, before the secret: the gate compares 32 of them one by one, then looks further with indexOf.
      for (const places of [31, 32, 33, 64]) {
        for (const filler of ['a@b', 'x-u', ' -p', 'ftp://x']) {
          const text = `${Array.from({ length: places }, () => filler).join(' ')} ${secret} done`;
          expect(
            findSecrets(text).map((f) => f.rule),
            `${rule} after ${places} × ${filler}`,
          ).toContain(rule);
          const secretPart = /Hunter2xyz|q1W2e3R4t5Y6u7I8o9P0|MIIEpAIBAAKCAQEA\w+/.exec(secret)![0];
          expect(redactSecrets(text)).not.toContain(secretPart);
        }
      }
    }
  });
});
