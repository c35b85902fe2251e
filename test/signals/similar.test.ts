import { describe, expect, it } from 'vitest';
import { meaningStems, sameMeaning } from '../../src/signals/similar.js';

// Pairs written for this test, not taken from the evaluation set the thresholds were tuned on.
describe('duplicates by meaning', () => {
  it('folds number words, hyphenated compounds and word forms', () => {
    expect(meaningStems('Use 4-space indentation')).toEqual(expect.arrayContaining(['4', 'space', 'indent']));
    expect(meaningStems('Indent Python with four spaces')).toEqual(expect.arrayContaining(['4', 'space', 'indent']));
  });

  it.each([
    ['Use 4-space indentation in Python files.', 'Indent Python with four spaces.'],
    ['Wrap lines at 100 characters.', 'Lines wrap at one hundred characters.'],
    ['Squash commits before merging.', 'Merge only squashed commits.'],
    ['Tests are written with pytest fixtures.', 'Write tests using pytest fixtures.'],
  ])('"%s" = "%s"', (a, b) => {
    expect(sameMeaning(a, b)).toBe(true);
  });

  it.each([
    ['Never log request bodies.', 'Log request bodies at debug level.'],
    ['Run the unit tests with `pnpm test`.', 'Run the e2e tests with `pnpm e2e`.'],
    ['Use 2-space indentation.', 'Use 4-space indentation.'],
    ['Keep functions short.', 'Keep commit messages short.'],
  ])('"%s" != "%s"', (a, b) => {
    expect(sameMeaning(a, b)).toBe(false);
  });
});

describe('sameMeaning asked again', () => {
  it('answers each pair the same however often and in whatever order it is asked', () => {
    const texts = [
      'Use 4-space indentation in Python files.',
      'Indent Python with four spaces.',
      'Never log request bodies.',
      'Log request bodies.',
    ];
    const answers = (order: string[]) => order.flatMap((a) => order.map((b) => `${a}|${b}|${sameMeaning(a, b)}`)).sort();
    const first = answers(texts);
    // More distinct texts than the stems kept, so the answers also come from stems taken again.
    for (let i = 0; i < 5_000; i++) sameMeaning(`Run tool${i} with --flag${i} first.`, texts[i % texts.length]!);
    expect(answers([...texts].reverse())).toEqual(first);
    expect(first.filter((a) => a.endsWith('|true'))).toContain(`${texts[0]}|${texts[1]}|true`);
    expect(first).toContain(`${texts[2]}|${texts[3]}|false`);
  });
});
