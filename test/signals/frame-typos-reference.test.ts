/**
 * mendFrameTypos finds the opening words by hand and compares words in place (frame-typos.ts says why): the same
 * sentences as the regex formulation it replaced, kept here as the oracle, on generated sentences of every shape
 * the opening can take (fewer than four words, punctuation and digits between them, letters outside ASCII, capitals,
 * typos of every kind in every position, "make sure" pairs).
 */
import { describe, expect, it } from 'vitest';
import { mendFrameTypos } from '../../src/signals/frame-typos.js';

const FRAME_WORDS = ['remember', 'forget', 'ensure', 'always', 'never'];
const REAL_WORDS = new Set(['unsure', 'insure', 'ensue', 'ensures', 'ensured', 'forgot', 'forge', 'forger', 'forgets', 'remembers']);
for (const w of ['allays', 'ever', 'fever', 'lever', 'sever', 'newer', 'naver', 'nevus']) REAL_WORDS.add(w);
const OPENING = /^[^A-Za-z]*(?:[A-Za-z]+[^A-Za-z]+){0,3}[A-Za-z]*/;

function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [m, n] = [a.length, b.length];
  if (Math.abs(m - n) > 1) return false;
  let i = 0;
  while (i < Math.min(m, n) && a[i] === b[i]) i++;
  if (m === n) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return m > n ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function meant(word: string): string | undefined {
  const w = word.toLowerCase();
  if (REAL_WORDS.has(w) || FRAME_WORDS.includes(w)) return undefined;
  return FRAME_WORDS.find((f) => oneEdit(w, f));
}

function mendMakeSure(text: string): string {
  return text.replace(
    /^((?:\S+\s+){0,2}?)([A-Za-z]{3,5})(\s+)([A-Za-z]{3,5})(?=\s+(?:to|you|that)\b)/i,
    (all, lead: string, a: string, sp: string, b: string) => {
      const [x, y] = [a.toLowerCase(), b.toLowerCase()];
      const ok = (x === 'make' && oneEdit(y, 'sure')) || (y === 'sure' && oneEdit(x, 'make'));
      return ok && !(x === 'make' && y === 'sure') ? `${lead}make${sp}sure` : all;
    },
  );
}

const sameCase = (typed: string, word: string | undefined): string | undefined =>
  word && /^[A-Z]/.test(typed) ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : word;

function reference(sentence: string): string {
  const head = OPENING.exec(sentence)?.[0] ?? '';
  return mendMakeSure(head.replace(/[A-Za-z]+/g, (w) => sameCase(w, meant(w)) ?? w) + sentence.slice(head.length));
}

let seed = 0x2545f491;
function rand(n: number): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}
const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)]!;

/** A word one edit (or two) from `w`, or `w` itself: dropped, added, changed, swapped letters. */
function typo(w: string): string {
  const i = rand(w.length + 1);
  const c = pick([...'abcdefghijklmnopqrstuvwxyzE']);
  switch (rand(6)) {
    case 0:
      return w.slice(0, i) + w.slice(i + 1);
    case 1:
      return w.slice(0, i) + c + w.slice(i);
    case 2:
      return w.slice(0, i) + c + w.slice(i + 1);
    case 3:
      return i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w;
    case 4:
      return typo(typo(w));
    default:
      return w;
  }
}

const WORDS = [
  ...FRAME_WORDS,
  ...REAL_WORDS,
  'make',
  'sure',
  'sur',
  'mkae',
  'please',
  'dont',
  'to',
  'you',
  'that',
  'run',
  'the',
  'tests',
  'ok',
  'I',
  'a',
  'pnpm',
  'néver',
  'ålways',
  'über',
  'push',
  'main',
  'x',
  'ensureing',
  'rememberr',
];
const SEPARATORS = [' ', '  ', ', ', '. ', "'", '-', '_', '3', ' 42 ', '\t', '\n', '`', ' (', '! ', 'é', '日本', ' — '];

function sentence(): string {
  let s = rand(4) === 0 ? pick(SEPARATORS) : '';
  const n = rand(8);
  for (let k = 0; k < n; k++) {
    let w = typo(pick(WORDS));
    if (rand(3) === 0) w = w.charAt(0).toUpperCase() + w.slice(1);
    if (rand(10) === 0) w = w.toUpperCase();
    s += w + (k + 1 < n || rand(2) ? pick(SEPARATORS) : '');
  }
  return s;
}

describe('mendFrameTypos, read by hand', () => {
  it('mends as the regex formulation did, on 50,000 generated sentences', () => {
    const differ: string[] = [];
    let mended = 0;
    for (let k = 0; k < 50_000; k++) {
      const s = sentence();
      const want = reference(s);
      if (want !== s) mended++;
      if (mendFrameTypos(s) !== want) differ.push(s);
    }
    expect(differ.slice(0, 5)).toEqual([]);
    // The generator reaches the mending, not only sentences left as typed.
    expect(mended).toBeGreaterThan(5_000);
  });

  it('mends the cases the rule was written for, and leaves real words and the fifth word as typed', () => {
    for (const s of [
      'alwasy open a PR',
      'Nevr push to main',
      'dont forgt to update the docs',
      'ok mkae sure you run it',
      'esure you are doing TDD',
      'I ever said',
      'one two three four nevr',
      '',
      '...',
      'Ensure',
    ]) {
      expect(mendFrameTypos(s)).toBe(reference(s));
    }
    expect(mendFrameTypos('Nevr push to main')).toBe('Never push to main');
    expect(mendFrameTypos('one two three four nevr')).toBe('one two three four nevr');
  });
});
