/**
 * "from now on" typed fast: its "from" dropped ("Ok, now on, when …", round 18's real user) or one of its words one
 * edit off ("form now on", "from now one", "from no on"). Read as the frame it is, before an order only: "now on"
 * starts statements too ("Now on the login page the button is gone"), and so would a statement after the frame
 * ("Now on, the build takes five minutes."). End to end, said in two sessions, in wordings other than round 18's.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const twice = (format: Format, said: string): WorldSession[] =>
  ['Add a dark mode toggle to the settings page.', 'The CSV import skips the header row; please fix it.'].map((task) => ({
    format,
    turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }],
  }));

describe('"from now on" with a word dropped or mistyped', () => {
  it.each<[Format, string, RegExp]>([
    ['claude', 'Okay, now on, before you touch the schema, show me the migration.', /show me the migration/i],
    ['codex', 'now on, always link the issue in the PR description.', /link the issue/i],
    ['prompt-log', 'Now on never commit the .env file.', /commit the \.env file/i],
    ['claude', 'Form now on, write the changelog entry with each fix.', /changelog entry/i],
    ['codex', 'From now one, ask before deleting any branch.', /deleting any branch/i],
    ['prompt-log', 'from no on, run `make fmt` before committing.', /make fmt/],
  ])('is read as the frame (%s): %s', async (format, said, about) => {
    const lines = await addedLines(twice(format, said));
    expect(lines.filter((l) => about.test(l))).toHaveLength(1);
  });

  it.each<[Format, string]>([
    ['claude', 'Now on the settings page, the toggle does nothing.'],
    ['codex', 'Now on to the CSV bug: the header row is skipped.'],
    ['prompt-log', 'Now on, the build takes five minutes.'],
    ['claude', 'Form now on, it will be faster.'],
    ['codex', 'now on main the pipeline is green.'],
    ['prompt-log', 'From now one, for this task only, use yarn.'],
  ])('control stays unlearnt (%s): %s', async (format, said) => {
    expect(await addedLines(twice(format, said))).toEqual([]);
  });
});
