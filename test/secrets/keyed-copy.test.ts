/**
 * redactJsonValue copies an array or object only from its first changed item on. Checked against the
 * walk that copies everything (what it replaced): the same JSON, with keys in the same order, the
 * same object back when nothing changed, and the input never mutated, whatever changes where.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasVendorRun, redactJsonValue, redactSecrets } from '../../src/secrets/index.js';
import { scanTokenRuns } from '../../src/secrets/token-runs.js';
import { arrayPlan } from '../../src/secrets/keyed.js';

/** Shaped like a GitHub token, built at runtime so this file holds no literal secret. */
const token = (n: number) => 'ghp_' + 'Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2'.slice(0, 35) + String(n % 10);

/** The eager walk: a new array or object for every one, compared item by item. */
function copyAll(value: unknown, key?: string): unknown {
  if (value === null || typeof value !== 'object') return redactJsonValue(value, key);
  if (Array.isArray(value)) {
    let changed = false;
    // What an array adds to its items' own redaction (a list's key, a token cut across items) is the same plan.
    const { itemKey, split } = arrayPlan(value, key);
    const out = value.map((v, i) => {
      const r = split?.get(i) ?? copyAll(v, itemKey);
      if (r !== v) changed = true;
      return r;
    });
    return changed ? out : value;
  }
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const r = copyAll(v, k);
    const rk = redactSecrets(k);
    if (r !== v || rk !== k) changed = true;
    out[rk] = r;
  }
  return changed ? out : value;
}

/** Keys and strings drawn so that changes land first, last, in the middle, in keys and in values. */
const KEYS = ['command', 'file_path', 'password', 'api_key', 'content', 'x', token(1), token(2)];
const leaf = fc.oneof(
  fc.constantFrom('npm test', 'src/a.ts', '', `export T=${token(3)}`, `use ${token(4)} now`, 'hunter2-correct-horse', '{"a":1}'),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const json = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 6 }),
  ),
})).value;

/** Keys in order at every level, so a copy that reorders them is told apart from one that does not. */
const shape = (v: unknown): unknown =>
  v === null || typeof v !== 'object' ? v : Array.isArray(v) ? v.map(shape) : Object.entries(v).map(([k, x]) => [k, shape(x)]);

describe('redactJsonValue copies from the first change on', () => {
  it('gives what copying everything gives, and the same value when nothing changed', () => {
    fc.assert(
      fc.property(json, (value) => {
        const before = JSON.stringify(value);
        const lazy = redactJsonValue(value);
        const eager = copyAll(value);
        expect(JSON.stringify(value)).toBe(before);
        expect(shape(lazy)).toEqual(shape(eager));
        expect(lazy === value).toBe(eager === value);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the items before and after a change, in order', () => {
    const value = { a: 'npm test', password: 'hunter2-correct-horse', b: ['x', `use ${token(5)}`, 'y'], c: 1 };
    expect(redactJsonValue(value)).toEqual({
      a: 'npm test',
      password: '[REDACTED:secret-field]',
      b: ['x', 'use [REDACTED:github-pat]', 'y'],
      c: 1,
    });
    expect(Object.keys(redactJsonValue({ a: 1, [token(6)]: 2, z: 3 }) as object)).toEqual(['a', '[REDACTED:github-pat]', 'z']);
  });
});

describe('hasVendorRun', () => {
  it('answers what the scan answers, also for texts too short to hold a vendor run', () => {
    fc.assert(
      // Lengths around the shortest vendor run (16) are where a wrong bound would show.
      fc.property(fc.oneof(fc.stringMatching(/^[A-Za-z0-9]{14,18}$/), fc.stringMatching(/^[A-Za-z0-9_+/=. -]{0,40}$/)), (text) => {
        expect(hasVendorRun(text)).toBe(scanTokenRuns(text).vendorRuns.length > 0);
      }),
      { numRuns: 2000 },
    );
  });
});
