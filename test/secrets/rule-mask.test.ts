import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachRule, MAX_RULES, ruleBit, union } from '../../src/secrets/rule-mask.js';
import { SECRET_RULES } from '../../src/secrets/rules.js';

/** A mask's rules, read back through forEachRule. */
const members = (mask: number): number[] => {
  const out: number[] = [];
  forEachRule(mask, (i) => out.push(i));
  return out;
};
const maskOf = (rules: Iterable<number>): number => [...rules].reduce((m, i) => union(m, ruleBit(i)), 0);

describe('rule masks hold more rules than a 32-bit word', () => {
  it('the table has more than 31 rules (what the mask was widened for), and fewer than it holds', () => {
    expect(SECRET_RULES.length).toBeGreaterThan(31);
    expect(SECRET_RULES.length).toBeLessThanOrEqual(MAX_RULES);
  });

  it('each rule alone, on both sides of bit 31, reads back as itself', () => {
    for (let i = 0; i < MAX_RULES; i++) expect(members(ruleBit(i))).toEqual([i]);
    expect(() => ruleBit(MAX_RULES)).toThrow();
  });

  it('union and forEachRule agree with a Set (property)', () => {
    const rules = fc.uniqueArray(fc.integer({ min: 0, max: MAX_RULES - 1 }), { maxLength: MAX_RULES });
    fc.assert(
      fc.property(rules, rules, (a, b) => {
        const want = [...new Set([...a, ...b])].sort((x, y) => x - y);
        expect(members(union(maskOf(a), maskOf(b)))).toEqual(want);
        expect(union(maskOf(a), maskOf(b))).toBe(maskOf(want));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});
