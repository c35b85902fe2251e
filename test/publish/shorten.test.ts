import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/publish/shorten.js';
import { formatRunSummary, SUMMARY_EDIT_CHARS } from '../../src/pipeline/summary.js';
import { edit, passResult } from './helpers.js';

describe('shorten', () => {
  it('leaves text that fits alone', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        expect(shorten(s, 40)).toBe(s);
      }),
    );
  });

  it('fits the limit, ends with an ellipsis, and keeps only whole words when there are any', () => {
    const word = fc.stringMatching(/^[a-z`/]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 10, max: 80 }), (words, max) => {
        const text = words.join(' ');
        const out = shorten(text, max);
        if (text.length <= max) {
          expect(out).toBe(text);
          return;
        }
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out.endsWith('…')).toBe(true);
        const kept = out.slice(0, -1);
        expect(text.startsWith(kept)).toBe(true);
        // Cut between words, unless the only space that fits is in the first half (one long word).
        const lastFittingSpace = text.lastIndexOf(' ', max - 2);
        if (lastFittingSpace >= (max - 1) / 2) expect(text[kept.length]).toBe(' ');
        else expect(kept.length).toBe(max - 1);
      }),
    );
  });

  it('never splits a character made of two UTF-16 units', () => {
    const out = shorten('🙂'.repeat(30), 10);
    expect(out).toBe('🙂'.repeat(9) + '…');
  });
});

describe("dream run's summary", () => {
  it('prints a long edit cut at a word with an ellipsis', () => {
    const text =
      '- Run `PYTHONPATH=src pytest -q` from the repository root, never from tests/, because the conftest imports the package by its installed name';
    const summary = formatRunSummary(passResult([edit('e-1', text)]).report);
    const line = summary.split('\n').find((l) => l.includes('CLAUDE.md:'))!;
    const shown = line.slice(line.indexOf('CLAUDE.md: ') + 'CLAUDE.md: '.length);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(SUMMARY_EDIT_CHARS);
    expect(text.startsWith(shown.slice(0, -1))).toBe(true);
    expect(text[shown.length - 1]).toBe(' ');
  });
});
