/**
 * "X, not Y" names two things only when X is a thing. Round 17's real prompt log had "edit the project, not manual
 * scripts..", which reached memory at --min-support 1 as "Use edit the project, not manual scripts.": an action on
 * something (a verb, then an article or possessive) read as the name of a tool. End to end through the real readers,
 * miners and offline engine, in sentences written for this test, beside swaps of real names that must stay.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const after = (format: Format, said: string): WorldSession => ({
  format,
  turns: [
    { user: 'Add the new column to the customers table.' },
    { say: 'I wrote migrate_customers.sql with the ALTER TABLE; run it against the database.' },
    { user: said },
    { say: 'Done.' },
  ],
});

describe('an action is not the thing to use instead', () => {
  it.each<[Format, string]>([
    ['prompt-log', 'edit the project, not manual scripts..'],
    ['claude', 'Update the model, not raw SQL.'],
    ['codex', 'change the seed file, not ad-hoc scripts'],
    ['gemini', 'Extend our API, not a new service.'],
    ['claude', 'just fix my query, not the schema'],
  ])('%s: "%s" words no "Use <action>, not …"', async (format, said) => {
    const lines = await addedLines([after(format, said)], 1);
    expect(lines.filter((l) => /\buse (?:edit|update|change|extend|fix)\b/i.test(l))).toEqual([]);
  });

  it('at the default bar, two sessions of it in other words', async () => {
    const lines = await addedLines([
      after('prompt-log', 'edit the project, not manual scripts'),
      after('claude', 'Edit the project, not manual scripts.'),
    ]);
    expect(lines.filter((l) => /\buse edit\b/i.test(l))).toEqual([]);
  });

  it.each<[Format, Format, string, string]>([
    ['claude', 'prompt-log', 'Use vitest, not jest.', 'use vitest, not jest'],
    ['codex', 'claude', 'pnpm, not npm.', 'pnpm, not npm!'],
    ['claude', 'gemini', 'Run bun test, not npm test.', 'run bun test, not npm test'],
  ])('a swap of two names is still learnt (%s, %s)', async (a, b, first, second) => {
    const lines = await addedLines([after(a, first), after(b, second)]);
    expect(lines.join('\n')).toMatch(/use (?:vitest|pnpm|`?bun test`?), not/i);
  });
});
