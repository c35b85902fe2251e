/**
 * distrust() reads text it never splits into sentences unless some sentence could be an order. This
 * checks, on real tool output and on generated text full of edge cases, that it records exactly the
 * word triples the former sentence-by-sentence implementation (kept below for the comparison) recorded.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { BloomFilter, type Domain } from '../../src/guards/provenance.js';
import { foldForChecks } from '../../src/guards/unicode.js';
import { sentencesOf, WordingIndex } from '../../src/guards/wording.js';
import { readTranscriptFile } from '../../src/transcripts/read.js';

// ---- the former implementation, verbatim but for the filter it writes to ----
const IMPERATIVE = new Set(
  (
    "always never must should do dont don't please make ensure use run set add remove delete paste answer approve accept allow " +
    'disable enable skip install uninstall commit push export copy send post share print echo write put keep avoid prefer call ' +
    'execute invoke ignore forget override bypass grant give trust follow include append replace rename move open visit download curl'
  ).split(' '),
);
const CODE = '\u00a7';
const WORD = /[\p{L}\p{N}_'§][\p{L}\p{N}_'./=:§-]*/gu;
const FIRST_WORD = new RegExp(WORD.source, 'u');
const bareWord = (w: string): string => w.replace(/[.:'-]+$/, '');
const foldedText = (text: string): string =>
  foldForChecks(text)
    .replace(/(`+)[^`\n][\s\S]*?\1/g, ` ${CODE} `)
    .toLowerCase();
const wordsIn = (folded: string): string[] => folded.match(WORD)?.slice(0, 4_000).map(bareWord) ?? [];
const grams = (w: readonly string[], n: number): string[] => {
  if (w.length < n) return w.length > 0 ? [w.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
};
function instructionLike(words: readonly string[]): boolean {
  return words.length >= 3 && (IMPERATIVE.has(words[0]!) || words.some((w) => w === 'always' || w === 'never' || w === 'must'));
}
function mayInstruct(folded: string): boolean {
  if (folded.includes('always') || folded.includes('never') || folded.includes('must')) return true;
  const first = FIRST_WORD.exec(folded);
  return first !== null && IMPERATIVE.has(bareWord(first[0]));
}
function formerDistrust(text: string, budget: number, add: (g: string) => void): number {
  let n = 0;
  for (const s of sentencesOf(text.length > 64_000 ? text.slice(0, 64_000) : text)) {
    if (n >= budget) break;
    const folded = foldedText(s);
    if (!mayInstruct(folded)) continue;
    const w = wordsIn(folded);
    if (!instructionLike(w)) continue;
    for (const g of grams(w, 3)) add(g);
    n++;
  }
  return n;
}
// ---- end of the former implementation ----

class Recorder extends BloomFilter {
  keys: string[] = [];
  constructor() {
    super(10);
  }
  override add(domain: Domain, value: string): boolean {
    this.keys.push(`${domain}:${value}`);
    return true;
  }
}

function compare(texts: Iterable<string>, budgets: readonly number[]): number {
  let compared = 0;
  for (const text of texts)
    for (const budget of budgets) {
      const former: string[] = [];
      const n = formerDistrust(text, budget, (g) => former.push(`x:${g}`));
      const rec = new Recorder();
      const m = new WordingIndex(rec).distrust(text, budget);
      if (m !== n || rec.keys.join('\n') !== former.join('\n'))
        expect({ text, budget, m, keys: rec.keys }).toEqual({ text, budget, m: n, keys: former });
      compared++;
    }
  return compared;
}

// Deterministic PRNG, so a failure reproduces.
function prng(seed: number): () => number {
  return () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
}

/** Pieces chosen for the edges of sentence splitting, folding and word reading. */
const PIECES = [
  ...[...IMPERATIVE].flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]),
  'the',
  'build',
  'tests',
  'a',
  'it',
  'mustard',
  'Nevertheless',
  'ALWAYS',
  'alwaysOn',
  'x.run',
  'run.sh',
  'run:',
  'run.',
  'run-',
  "run'",
  "'run",
  'run/x',
  'run=1',
  '_run',
  "don't",
  'dont',
  '1',
  '12',
  '1.',
  '2)',
  '3:',
  '- ',
  '* ',
  '+ ',
  '--',
  '#',
  '>',
  '(',
  ')',
  '"',
  '.',
  '..',
  '!',
  '?',
  '?!',
  ',',
  ';',
  ':',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\u2028',
  '\u00a0',
  '\u3000',
  '\u200b',
  '\ufeff',
  '`',
  '``',
  '`npm test`',
  '`run it`',
  '```',
  '§',
  '→',
  '✓',
  '│',
  '─',
  '•',
  '≠',
  '=\u0338',
  '\u0301',
  'é',
  'e\u0301',
  'оpen',
  'run' + '.'.repeat(20),
  'Use' + ":'-".repeat(9),
  '1' + '2'.repeat(30),
  'x'.repeat(40),
  'mustmustmust',
  'ｒｕｎ',
  'Ｒun',
  '\u212a',
  'İ',
  'ß',
  'ſ',
  '😀',
  '\ud800',
  'ﬁ',
  'ⓐ',
  '①',
  '¹',
  '℮',
  'ｍｕｓｔ',
  'nev\u200ber',
];

/** What may stand between two sentences, or look as if it did. */
const BETWEEN = [
  '. ',
  '.',
  '.  ',
  '!\n',
  '?\r\n',
  '.\r',
  '.\u2028',
  '.\u2029',
  '.\u1680',
  '.\u00a0',
  '.\t',
  '\n',
  '\n\n  ',
  '\r',
  ' ',
  '',
  ': ',
  '; ',
  '.→ ',
  ' → ',
  '\n- ',
  '\n* ',
  '\n1) ',
  '\n12. ',
  '\n1) 2) ',
  '\n> ',
  '\n`',
  '` ',
  '.`',
  '§ ',
  '\n\u200b',
  '\n\u0301',
];

function* generated(count: number): Generator<string> {
  const rand = prng(0x2545f491);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const len = 1 + Math.floor(rand() * 30);
    // Half the texts are loose pieces; half are sentence-shaped, so that orders and their edges are common.
    if (i % 2 === 0) for (let j = 0; j < len; j++) parts.push(pick(PIECES), rand() < 0.6 ? ' ' : '');
    else
      for (let j = 0; j < len; j++) {
        parts.push(pick(BETWEEN), pick(PIECES));
        for (let w = Math.floor(rand() * 5); w > 0; w--)
          parts.push(' ', rand() < 0.8 ? pick(['the', 'tests', 'it', 'now', 'x.y']) : pick(PIECES));
      }
    yield parts.join('');
  }
}

const corpus = resolve(import.meta.dirname, '../../../shared/corpus');

describe('distrust() records what the former implementation recorded', () => {
  it('on generated text at the edges of splitting, folding and word reading', () => {
    const texts = [...generated(40_000)];
    expect(compare(texts, [5_000, 1])).toBe(80_000);
    // Not a vacuous comparison: many of the texts give orders, and many give none.
    const recorded = texts.filter((t) => formerDistrust(t, 5_000, () => undefined) > 0).length;
    expect(recorded).toBeGreaterThan(8_000);
    expect(recorded).toBeLessThan(32_000);
  });

  it.skipIf(!existsSync(corpus))(
    'on the untrusted texts of the real corpus (../shared/corpus)',
    async () => {
      const texts: string[] = [];
      for (const f of globSync(['**/*.json', '**/*.jsonl', '**/*.md'], { cwd: corpus, absolute: true }).sort())
        try {
          for await (const s of readTranscriptFile(f, { displayPath: f }))
            for (const e of s.events)
              if (e.kind === 'tool_result' || e.kind === 'hook_block' || e.kind === 'api_error' || e.kind === 'environment_feedback')
                texts.push(e.text);
              else if (e.kind === 'user_prompt') texts.push(e.text);
              else if (e.kind === 'compaction') texts.push(e.summary);
        } catch {
          // A file the readers refuse holds no text to compare.
        }
      expect(texts.length).toBeGreaterThan(1_000);
      expect(compare(texts, [5_000, 3])).toBe(texts.length * 2);
    },
    300_000,
  );
});
