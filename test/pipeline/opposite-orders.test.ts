/**
 * A rule's key ignores word order, so "Always run the migrations before the tests." and "Always run the tests before
 * the migrations." (helper "misses14"'s pair) joined as one lesson "in 2 sessions" on main. Keys stay (a ledger holds
 * them as ids); a pattern whose sessions order the same things both ways teaches nothing. End to end, in three
 * agents' formats, with pairs other than that one and in mixed forms ("before", "after", "then", a fronted condition).
 * Controls: the same order said in two wordings is still one lesson.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const sessions = (format: Format, said: readonly string[]): WorldSession[] =>
  said.map((s, k) => ({ format, turns: [{ user: TASKS[k]! }, { say: 'Done.' }, { user: s }, { say: 'OK.' }] }));

describe('two sessions that order the same things both ways', () => {
  it.each<[Format, string, string]>([
    ['claude', 'Always build the client after the server.', 'Always build the server after the client.'],
    ['codex', 'Always seed the database, then start the API.', 'Always start the API, then seed the database.'],
    ['prompt-log', 'Never restart the worker before the queue.', 'Never restart the queue before the worker.'],
    ['claude', 'Before the integration suite, always run the unit suite.', 'Always run the integration suite before the unit suite.'],
  ])('teach no lesson (%s): %s / %s', async (format, one, other) => {
    expect(await addedLines(sessions(format, [one, other]))).toEqual([]);
  });
});

describe('the same order in two wordings', () => {
  it.each<[Format, string, string, RegExp]>([
    ['claude', 'Always regenerate the types before building.', 'Before building, always regenerate the types.', /regenerate the types/],
    ['codex', 'Always build the server before the client.', 'Always build the server before building the client.', /build the server/],
    [
      'prompt-log',
      'Always run the unit suite before the integration suite.',
      'Always run the unit suite before the integration suite.',
      /unit suite/,
    ],
  ])('is still one lesson (%s): %s / %s', async (format, one, other, about) => {
    const lines = await addedLines(sessions(format, [one, other]));
    expect(lines.filter((l) => about.test(l))).toHaveLength(1);
  });
});
