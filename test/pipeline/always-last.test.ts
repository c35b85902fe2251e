/**
 * "Run the linter before committing, always.": a standing order whose "always" closes it says what "Always run the
 * linter before committing." says, and was left unread (a plain order is a rule only as an answer). End to end, said
 * in two sessions, in two agents' formats, with orders and objects other than the ones the rule was written from.
 * Controls: statements that end the same way with a subject that can double as a verb, a question, "for now".
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const twice = (format: Format, said: string): WorldSession[] =>
  ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'].map((task) => ({
    format,
    turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }],
  }));

describe('an order that ends with "always"', () => {
  it.each<[Format, string]>([
    ['claude', 'Format your code with `black` before pushing, always!'],
    ['codex', 'Update the changelog in each PR, always.'],
    ['codex', 'Bump the version in `package.json` before tagging - always.'],
    ['claude', 'Document every new endpoint in `docs/api.md`, always.'],
    ['codex', 'Sign your commits, always.'],
  ])('is a standing rule (%s): %s', async (format, said) => {
    const lines = await addedLines(twice(format, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/[.!]+$/, ''));
  });

  it.each<[Format, string]>([
    ['claude', 'Build breaks on Windows, always.'],
    ['codex', 'Check fails on CI, always.'],
    ['claude', 'Push to main fails, always.'],
    ['claude', 'Deploy hangs at the migration step — always.'],
    ['codex', 'Lint complains about the generated files, always.'],
    ['claude', 'Run `cargo fmt` before committing, always?'],
    ['codex', 'Run `make seed` before the demo, always, for now.'],
  ])('a statement, a question or a moment is none (%s): %s', async (format, said) => {
    expect(await addedLines(twice(format, said))).toEqual([]);
  });
});
