/**
 * startsLikeToken finds a token rule's prefix at the start of a word-run's words through a table keyed by the first
 * two characters (token-runs.ts says why). The oracle is the plain question it answers: does any rule's prefix start
 * at a word's start? Asked of words made from every prefix, of words one character off a prefix (the second
 * character changed, the prefix cut short), of plain words, and of runs joining several of them with `/`, `+`, `=`.
 */
import { describe, expect, it } from 'vitest';
import { SECRET_RULES } from '../../src/secrets/rules.js';
import { startsLikeToken } from '../../src/secrets/token-runs.js';

const PREFIXES = SECRET_RULES.flatMap((r) => r.prefixes ?? []);

/** Word starts in [s, e): s and each place after a '+', '/' or '='. */
function referenceStartsLikeToken(text: string, s: number, e: number): boolean {
  for (let w = s; w <= e; w++) {
    if (w !== s && !'+/='.includes(text[w - 1]!)) continue;
    if (PREFIXES.some((p) => text.startsWith(p, w))) return true;
  }
  return false;
}

let seed = 0x9e3779b9;
const next = (n: number): number => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-';

function word(): string {
  const p = PREFIXES[next(PREFIXES.length)]!;
  const tail = Array.from({ length: next(20) }, () => ALPHABET[next(ALPHABET.length)]).join('');
  switch (next(4)) {
    case 0:
      return p + tail;
    case 1:
      // The second character changed: the first alone no longer selects the prefix.
      return p[0]! + ALPHABET[next(ALPHABET.length)]! + p.slice(2) + tail;
    case 2:
      return p.slice(0, 1 + next(p.length - 1));
    default:
      return tail;
  }
}

describe('startsLikeToken', () => {
  it('finds every rule prefix at a word start', () => {
    for (const p of PREFIXES) {
      const text = `${p}${'A'.repeat(20)}`;
      expect(startsLikeToken(text, 0, text.length), p).toBe(true);
      expect(startsLikeToken(`x/${text}`, 0, text.length + 2), p).toBe(true);
    }
  });

  it('answers as the plain prefix question does on generated runs', () => {
    let yes = 0;
    for (let k = 0; k < 20_000; k++) {
      const text = Array.from({ length: 1 + next(3) }, word).join('+/='[next(3)]);
      const answer = startsLikeToken(text, 0, text.length);
      expect(answer, text).toBe(referenceStartsLikeToken(text, 0, text.length));
      if (answer) yes++;
    }
    // Both answers were asked for often.
    expect(yes).toBeGreaterThan(5000);
    expect(yes).toBeLessThan(15_000);
  });
});
