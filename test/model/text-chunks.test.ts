import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textChunks } from '../../src/model/index.js';

/** What a writer given the pieces puts in the file: each piece encoded alone, as Node's writeFile does with an iterable. */
const written = (pieces: Iterable<string>): Buffer => Buffer.concat([...pieces].map((p) => Buffer.from(p, 'utf8')));

describe('textChunks', () => {
  it('writes the bytes the whole string encodes to, whatever the piece size', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 1, max: 9 }), (text, size) => {
        const pieces = [...textChunks(text, size)];
        expect(written(pieces).equals(Buffer.from(text, 'utf8'))).toBe(true);
        expect(pieces.join('')).toBe(text);
        expect(pieces.every((p) => p.length > 0)).toBe(true);
      }),
    );
  });

  it('never cuts a surrogate pair, which each half would encode as U+FFFD', () => {
    // An emoji (two UTF-16 units) across the first boundary, then a ledger-like line of CJK and emoji.
    const text = `${'a'.repeat(3)}😀b${'"quote": "不要 🚀 运行",\n'.repeat(50)}`;
    for (const size of [2, 3, 4, 5, 7, 16]) {
      const pieces = [...textChunks(text, size)];
      expect(written(pieces).toString('utf8')).toBe(text);
      for (const p of pieces.slice(0, -1)) expect(p.charCodeAt(p.length - 1) & 0xfc00).not.toBe(0xd800);
    }
    // Cut naively, the same text does come out broken: the guard above is what keeps it whole.
    const naive = Array.from({ length: Math.ceil(text.length / 4) }, (_, i) => text.slice(i * 4, i * 4 + 4));
    expect(written(naive).toString('utf8')).not.toBe(text);
  });

  it('yields big pieces of a big text, and nothing for an empty one', () => {
    const text = 'x'.repeat(2_500_000);
    const pieces = [...textChunks(text)];
    expect(pieces.map((p) => p.length)).toEqual([1 << 20, 1 << 20, 2_500_000 - 2 * (1 << 20)]);
    expect([...textChunks('')]).toEqual([]);
  });
});
