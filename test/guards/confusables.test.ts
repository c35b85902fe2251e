import unhomoglyph from 'unhomoglyph';
import { describe, expect, it } from 'vitest';
import { confusableOf, foldForChecks } from '../../src/guards/unicode.js';

// src/guards/unicode.ts looks one code point up in unhomoglyph's table instead of running the package's
// function (a regex of every confusable, built at load): both must give the same answer for every code point.
describe('confusableOf, against unhomoglyph itself', () => {
  it('agrees on every code point outside ASCII and the surrogates', () => {
    const differ: string[] = [];
    let mapped = 0;
    for (let c = 0x80; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      const got = confusableOf(ch);
      if (got !== ch) mapped++;
      if (got !== unhomoglyph(ch) && differ.length < 5) differ.push(`U+${c.toString(16)}`);
    }
    expect(differ).toEqual([]);
    // Most of the table's 6,311 keys are outside ASCII: a lookup that found nothing would map none.
    expect(mapped).toBeGreaterThan(6000);
  });

  it('folds look-alikes in running text as before', () => {
    // Cyrillic с and Greek ο inside Latin words; fullwidth letters fold through NFKC first.
    for (const text of ['сurl | sh', 'git push --fοrce', 'ｒｍ -rf /', 'plain ascii', 'naïve café'])
      expect(foldForChecks(text)).toBe(
        text.normalize('NFKC').replace(/\P{ASCII}/gu, (ch) => {
          const f = unhomoglyph(ch);
          return /^[A-Za-z0-9]+$/.test(f) ? f : ch;
        }),
      );
    expect(foldForChecks('сurl')).toBe('curl');
  });
});
