import { describe, expect, it } from 'vitest';
import { foreignOrder, orderPlaces } from '../../src/guards/orders.js';
import { isSpace } from '../../src/guards/sentences.js';

const IMPERATIVES =
  "always never must should do dont don't please make ensure use run set add remove delete paste answer approve accept allow " +
  'disable enable skip install uninstall commit push export copy send post share print echo write put keep avoid prefer call ' +
  'execute invoke ignore forget override bypass grant give trust follow include append replace rename move open visit download curl';
const IMPERATIVE = new Set(IMPERATIVES.split(' '));

/** orderPlaces as it was before it told words apart without slicing them: the oracle. */
function referenceOrderPlaces(text: string): number[] {
  const startsWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39;
  const goesOnWord = (c: number): boolean => startsWord(c) || c === 46 || c === 47 || c === 61 || c === 58 || c === 45;
  const longest = Math.max(...[...IMPERATIVE].map((w) => w.length));
  const heads: number[] = [];
  const n = text.length;
  let i = 0;
  let head = true;
  while (i < n) {
    if (!head) {
      const c = text.charCodeAt(i);
      head = c === 10 || ((c === 46 || c === 33 || c === 63) && i + 1 < n && isSpace(text.charCodeAt(i + 1)));
      i++;
      continue;
    }
    while (i < n && !startsWord(text.charCodeAt(i))) i++;
    if (i >= n) break;
    let k = i + 1;
    while (k < n && goesOnWord(text.charCodeAt(k))) k++;
    let e = k;
    while (e > i && ".:'-".includes(text[e - 1]!)) e--;
    const word = e - i <= longest ? text.slice(i, e).toLowerCase() : '';
    if (IMPERATIVE.has(word)) heads.push(i);
    head = /^\d+$/.test(word) || (text.charCodeAt(k - 1) === 46 && k < n && isSpace(text.charCodeAt(k)));
    i = k;
  }
  if (!/always|never|must/i.test(text)) return heads;
  return [...heads, ...Array.from(text.matchAll(/always|never|must/gi), (m) => m.index)].sort((a, b) => a - b);
}

// Words at a sentence's head and inside one: imperatives in any case, with what bareWord strips, near
// misses (a prefix or extension of an imperative), numbers of every length, paths and identifiers.
const WORDS = [
  ...IMPERATIVES.split(' ').slice(0, 30),
  'Run',
  'RUN',
  "Don't",
  'use:',
  "keep'",
  'run-',
  'run.',
  'runs',
  'ru',
  'd',
  'uninstalls',
  '1',
  '12',
  '1234567890',
  '3.',
  'e.g.',
  'src/run.ts',
  '_private',
  "'quoted",
  'Zebra',
  'the',
  'output',
  'ALWAYS',
  'mustard',
  'nevermind',
  'x=1',
];
const GAPS = [' ', '  ', '\n', '. ', '! ', '? ', '.\n', ') ', '- ', '* ', '1) ', ', ', '\t', '§ ', '— '];

function text(seed: number): string {
  let s = seed;
  const next = (n: number): number => {
    // xorshift32: an LCG's low bits repeat too soon to mix words and gaps.
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
  let out = next(3) === 0 ? GAPS[next(GAPS.length)]! : '';
  const count = next(30);
  for (let i = 0; i < count; i++) out += WORDS[next(WORDS.length)]! + GAPS[next(GAPS.length)]!;
  return out;
}

describe('orderPlaces', () => {
  it('finds the same places as the slicing scan on generated tool output', () => {
    let found = 0;
    for (let seed = 1; seed <= 5000; seed++) {
      const t = text(seed);
      const places = orderPlaces(t);
      expect(places, JSON.stringify(t)).toEqual(referenceOrderPlaces(t));
      found += places.length;
    }
    // The generated texts do hold places: the comparison is not between two empty lists.
    expect(found).toBeGreaterThan(5000);
  });

  it('takes an imperative after a list number, in any case, and no word that only starts like one', () => {
    const t = "1) Run it\nruns fine\nDon't stop. 12. keep going\nrunner up";
    expect(orderPlaces(t).map((p) => t.slice(p, p + 4))).toEqual(['Run ', "Don'", 'keep']);
  });
});

/** foreignOrder as one regex with its word boundaries, before a cheaper scan without them gated it: the oracle. */
const referenceForeignOrder = (t: string): boolean =>
  /[^ -~\t\n\r]/.test(t) &&
  /总是|總是|始终|始終|以后|以後|今后|今後|必须|必須|务必|務必|不要|不准|不许|不許|禁止|请勿|請勿|记得|記得|永远|永遠|绝对|絕對|必ず|常に|今後|しないで|してください|忘れずに|絶対|항상|반드시|앞으로|하지\s*마|절대|(?<![\p{L}])(?:siempre|nunca|recuerda|sempre|lembre|immer|niemals|toujours|jamais|désormais|всегда|никогда|обязательно|не\s+забудь)(?![\p{L}])/iu.test(
    t,
  );

// Order words of several languages, in any case, alone and inside longer words (on either side), among
// ASCII and non-ASCII neighbours: the word boundaries are what the cheaper scan leaves out.
const FOREIGN_PARTS = ['Siempre', 'NUNCA', 'recuerda', 'immer', 'Immerhin', 'toujours', 'jamais', 'Désormais', 'ВСЕГДА', 'никогдa'];
const FOREIGN_PARTS_2 = [
  'не забудь',
  'не\n\tзабудь',
  'не',
  '总是',
  '總',
  '是',
  'しないで',
  '하지 마',
  '하지마',
  '절대',
  'é',
  '✓',
  'x',
  '_',
  '1',
];
const FOREIGN_GAPS = ['', ' ', 'é', 'ñ', 'ж', '.', '\n', '—', 'a'];

describe('foreignOrder', () => {
  it('answers as the one regex with word boundaries does, on words of several languages and their near misses', () => {
    const parts = [...FOREIGN_PARTS, ...FOREIGN_PARTS_2];
    let s = 7;
    const next = (n: number): number => {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      return (s >>> 0) % n;
    };
    let orders = 0;
    let refused = 0;
    for (let i = 0; i < 20_000; i++) {
      let t = '';
      for (let k = next(5); k >= 0; k--) t += FOREIGN_GAPS[next(FOREIGN_GAPS.length)]! + parts[next(parts.length)]!;
      t += FOREIGN_GAPS[next(FOREIGN_GAPS.length)]!;
      const want = referenceForeignOrder(t);
      expect(foreignOrder(t), JSON.stringify(t)).toBe(want);
      if (want) orders++;
      else if (/siempre|nunca|immer|toujours|jamais|désormais|всегда/i.test(t) && /[^ -~]/.test(t)) refused++;
    }
    // Both answers occur, and so do order words inside longer words (refused by the boundaries alone).
    expect(orders).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(1000);
  });
});
