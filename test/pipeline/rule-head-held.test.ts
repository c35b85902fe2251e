/**
 * Memory holds a short rule with its definition after it ("Don't use default exports — named exports keep imports
 * greppable", "Do not mock the database, which hides migration bugs …") and the sessions say the rule alone: main added
 * "Do not use default exports." beside the line, a near duplicate, its two words too few of the whole line's (helper
 * probe10, session 25; engine/offline/entry-says.ts sameHead). The line's head, before a relative clause, a colon, a
 * dash, a parenthesis or a comma, says the same words (a closing "for any reason", "in this repo" widens nothing): the
 * rule is held. Controls: a head that says more ("Never add comments to tests", "Don't mock the database in unit
 * tests") or the opposite is narrower or other, and the rule is added; a head that restricts the lesson's words ("Never
 * deploy the app on Fridays"), which main took to hold the rule and marked IMPORTANT, holds only a narrower rule.
 */
import { describe, expect, it } from 'vitest';
import { editsBesideEntry } from '../helpers/memory-world.js';

describe('a rule memory holds with its definition after it', () => {
  it.each<[string, string]>([
    ['Do not use default exports.', "Don't use default exports — named exports keep imports greppable."],
    ["Don't mock the database.", 'Do not mock the database, which hides migration bugs that only show up against a real Postgres.'],
    ['Never disable the linter.', 'Never disable the linter, since it catches real bugs in this codebase.'],
    ["Don't touch the lockfile.", "**Don't touch the lockfile** (regenerate it with `npm install` if needed)."],
    // A closing phrase that widens nothing is no part of the head.
    ['Never force push.', 'Never force push for any reason.'],
    ['Never push to main.', 'Never push to main under any circumstances.'],
  ])('no second rule: %s', async (said, entry) => {
    expect((await editsBesideEntry(said, entry)).filter((e) => e.op === 'add')).toEqual([]);
  });

  it.each<[string, string]>([
    ['Never add comments.', 'Never add comments to tests that restate what the code does.'],
    ["Don't mock the database.", "Don't mock the database in unit tests, which slows them down a lot."],
    ['Never disable the linter.', 'Always run the linter, since it catches real bugs.'],
    // A head that restricts the lesson's words holds a narrower rule: main marked it IMPORTANT instead.
    ['Never deploy the app.', 'Never deploy the app on Fridays.'],
    ['Avoid global state.', 'Avoid global state in React components, which breaks SSR.'],
  ])('a narrower or another line: the rule is added, %s', async (said, entry) => {
    const added = (await editsBesideEntry(said, entry)).filter((e) => e.op === 'add');
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((e) => (e.after ?? '').startsWith(said.replace(/\.$/, '')))).toBe(true);
  });
});
