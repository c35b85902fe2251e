/**
 * English's forbidding words are one list (signals/lingua/negation.ts) for three jobs: a rule saying one is a
 * prohibition (staleness leaves it to a human), a dangerous practice after one is forbidden, not ordered (guard:danger),
 * and the word after one is negated (the flip guard). Each job had its own list with its own gaps; every form below
 * is checked in every job, so a word one job reads and another does not shows here.
 */
import { describe, expect, it } from 'vitest';
import { dangerOf } from '../../src/guards/index.js';
import { flippedWords } from '../../src/guards/flip.js';
import { isProhibition } from '../../src/signals/index.js';

/** Forms people type: apart, joined, with a straight or a curly apostrophe, or none. */
const FORBIDDING = [
  'never',
  'do not',
  "don't",
  'don\u2019t',
  'dont',
  'must not',
  "mustn't",
  'mustnt',
  'should not',
  "shouldn't",
  'shouldn\u2019t',
  'shouldnt',
  'cannot',
  'can not',
  "can't",
  'can\u2019t',
  'cant',
];
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

describe('one English "never" for every job', () => {
  it.each(FORBIDDING)('"%s" makes a prohibition', (no) => {
    expect(isProhibition(`You ${no} edit the files under \`generated/\`.`)).toBe(true);
    expect(isProhibition(`${capital(no)} commit straight to main; open a pull request.`)).toBe(true);
  });

  it.each([...FORBIDDING, "doesn't", 'doesnt', 'does not'])('"%s" before a dangerous practice forbids it', (no) => {
    expect(dangerOf(`${capital(no)} run \`git push --force\` on shared branches.`)).toBeUndefined();
    expect(dangerOf(`The release job ${no} pass \`--no-verify\` to git commit.`)).toBeUndefined();
  });

  it.each([...FORBIDDING, "doesn't", 'doesnt'])('"%s" turns "always run X" around', (no) => {
    const flipped = flippedWords('Always run `npm test` before committing.', `You ${no} run \`npm test\` before committing.`);
    expect(flipped).toContain('`npm test`');
  });

  it('"ever" after any of them still forbids', () => {
    expect(dangerOf("Don't ever run `git push --force` on main.")).toBeUndefined();
    expect(dangerOf('You cannot ever pass `--no-verify`.')).toBeUndefined();
  });
});

describe('controls: what is not a negation stays what it was', () => {
  it.each([
    'Run `git push --force` after a rebase.',
    "Don't forget to `git push --force` after a rebase.",
    'You can now run `git push --force` on main.',
    'Do nothing before you `git push --force`.',
  ])('the practice is ordered: %s', (text) => {
    expect(dangerOf(text)?.name).toBe('force-pushes');
  });

  it.each([
    'The linter does not run on generated code.',
    "The linter doesn't run on generated code.",
    'Keep the changelog short.',
    'Donations go through the sponsor page.',
  ])('no prohibition: %s', (text) => {
    expect(isProhibition(text)).toBe(false);
  });

  it('an update that keeps the rule flips nothing', () => {
    expect(flippedWords('Never run `npm test` in CI.', 'You mustnt run `npm test` in CI.')).toEqual([]);
    expect(flippedWords('Always run `npm test` before committing.', 'Run `npm test` before every commit.')).toEqual([]);
  });
});
