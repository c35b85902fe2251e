import { describe, expect, it } from 'vitest';
import { sentencesAt, sentencesOf } from '../../src/guards/sentences.js';

/**
 * The sentence cutter as it was before its ASCII fast path: trim, strip a list marker by regex, keep
 * a piece only if a Unicode letter or digit is in it. The oracle the fast one is compared with.
 */
function referenceSentencesOf(text: string): string[] {
  const masked = text.includes('`') ? text.replace(/(`+)[^`\n][\s\S]*?\1/g, (m) => m.replace(/[.!?]/g, '_')) : text;
  const out: string[] = [];
  for (const line of masked.split(/\r?\n/))
    for (const piece of line.split(/(?<=[.!?])\s+/)) {
      const t = piece.trim().replace(/^(?:[-*+]|\d+[.)])\s+/, '');
      if (/[\p{L}\p{N}]/u.test(t)) out.push(t);
    }
  return out;
}

// Pieces the cutter must judge: list markers of every kind, pieces with no ASCII letter (other
// scripts, digits of other scripts, only punctuation or symbols), markers not followed by a space.
const PIECES = [
  '- run the tests',
  '* keep it',
  '+ added line',
  '12) twelfth item',
  '3. third item',
  '3.14 is pi',
  '-flag alone',
  '--- ',
  '***',
  '...',
  '-- —',
  '日本語のテキストです',
  'Ελληνικά κείμενα',
  '١٢٣',
  '🎉🎉',
  '— é',
  '- ½',
  '(!)',
  '42',
  '-',
  '`code.span! here` then text',
  'Ünïcödé first',
];

function variants(seed: number): string {
  let s = seed;
  const next = (n: number): number => {
    // xorshift32: an LCG's low bits repeat too soon to mix words and gaps.
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
  const parts: string[] = [];
  const count = 1 + next(8);
  for (let i = 0; i < count; i++) {
    parts.push(PIECES[next(PIECES.length)]!);
    // Every space JavaScript's \s takes cuts after . ! ?, a no-break or ideographic one too.
    parts.push(['. ', '! ', '? ', '\n', '\r\n', '.\t', ' ', '.  \n', '.\u00a0', '?\u3000', '!'][next(11)]!);
  }
  return '  '.repeat(next(2)) + parts.join('');
}

describe('sentencesOf', () => {
  it('cuts and keeps the same sentences as the regex cutter, on list markers, other scripts and symbol-only pieces', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const text = variants(seed);
      expect(sentencesOf(text), JSON.stringify(text)).toEqual(referenceSentencesOf(text));
    }
  });

  it('drops pieces with no letter or digit in any script and keeps those with one', () => {
    expect(sentencesOf('--- \n...\n🎉🎉\n١٢٣\n- ½\nΕλληνικά.')).toEqual(['١٢٣', '½', 'Ελληνικά.']);
  });
});

describe('sentencesAt', () => {
  it('returns, for a place at every word, the sentences sentencesOf cuts', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const text = variants(seed);
      // A place between two sentences (in the spaces that cut them) is in neither: places are words' starts.
      const places = Array.from(text.matchAll(/\S+/g), (m) => m.index);
      expect(sentencesAt(text, places), JSON.stringify(text)).toEqual(sentencesOf(text));
    }
  });
});
