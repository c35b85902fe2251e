/**
 * One quote rule for the engine's verifier and the evidence guard: a quote the one accepts, the other
 * matches the same way. Both stages import this function; these cases pin what it keeps and drops.
 */
import { describe, expect, it } from 'vitest';
import { MIN_QUOTE_CHARS, normaliseQuote } from '../../src/model/index.js';
import { evidenceIndexFromInput } from '../../src/engine/claude/verifier.js';
import type { Signal } from '../../src/model/index.js';

describe('normaliseQuote', () => {
  it('collapses whitespace and drops surrounding quote marks and clip marks, keeping inner ones', () => {
    expect(normaliseQuote('  run\n\t npm   test  ')).toBe('run npm test');
    expect(normaliseQuote('"npm test"')).toBe('npm test');
    expect(normaliseQuote('“use pnpm”')).toBe('use pnpm');
    expect(normaliseQuote("'don't push'")).toBe("don't push");
    expect(normaliseQuote('...tests failed…')).toBe('tests failed');
    expect(normaliseQuote('" ... the build broke ... "')).toBe('the build broke');
    expect(normaliseQuote('a "quoted" word')).toBe('a "quoted" word');
    expect(normaliseQuote('`...`')).toBe('');
  });

  it('is idempotent, so normalising twice (index, then lookup) never changes a match', () => {
    for (const q of ['"…x y z…"', ' `git  push` ', "'''a'''", '... ...b... ...'])
      expect(normaliseQuote(normaliseQuote(q))).toBe(normaliseQuote(q));
  });
});

describe('the verifier matches quotes by the shared rule', () => {
  const signal = (quote: string): Signal =>
    ({ kind: 'correction', session: 's1', evidence: [{ session: 's1', file: 't.jsonl', line: 3, quote }] }) as unknown as Signal;
  const index = (quote: string) => evidenceIndexFromInput({ signals: [signal(quote)], patterns: [], oneOffs: [], sessions: [] });

  it('accepts a quote wrapped in quote marks that the guard would also accept', () => {
    const has = index('always run the linter before committing');
    expect(has({ session: 's1', file: 't.jsonl', line: 3, quote: '"run the linter"' })).toBe(true);
    expect(has({ session: 's1', file: 't.jsonl', line: 3, quote: '…the linter before…' })).toBe(true);
    expect(has({ session: 's1', file: 't.jsonl', line: 4, quote: '"run the linter"' })).toBe(false);
  });

  it(`rejects a part of an event shorter than ${MIN_QUOTE_CHARS} characters, but not a whole short event`, () => {
    const short = 'x'.repeat(MIN_QUOTE_CHARS - 1);
    expect(index(`${short} and more text`)({ session: 's1', file: 't.jsonl', line: 3, quote: short })).toBe(false);
    expect(index(short)({ session: 's1', file: 't.jsonl', line: 3, quote: `"${short}"` })).toBe(true);
  });
});
