/**
 * "From now on" makes a standing rule only of an order to the agent. Helper "misses14" found statements after it
 * reaching memory on main ("From now on, it will be faster.", "From now on I will review the PRs myself.", where the
 * agent would read "I" as itself), and "From now on, don't X" keyed as the positive rule, so it joined "From now on,
 * X" in another session as one lesson. End to end, in three agents' formats, with wordings other than those.
 * Controls: imperatives, "you"/"we" with a modal, and a framed prohibition said twice are still learnt.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const sessions = (format: Format, said: readonly string[]): WorldSession[] =>
  said.map((s, k) => ({ format, turns: [{ user: TASKS[k]! }, { say: 'Done.' }, { user: s }, { say: 'OK.' }] }));

describe('"from now on" before a statement', () => {
  it.each<[Format, string]>([
    ['claude', 'From now on, the staging server restarts every night.'],
    ['codex', 'From now on I am the one who merges to main.'],
    ['prompt-log', "From now on I'll write the release notes."],
    ['claude', 'From now on, the logs go to stderr.'],
    ['codex', 'From now on our CI uses Node 24.'],
    ['prompt-log', 'And from now on there is a second database for the reports.'],
    ['claude', 'From now on, everything should go smoother.'],
    ['codex', 'From now on, we are on the new billing API.'],
  ])('is no rule (%s): %s', async (format, said) => {
    expect(await addedLines(sessions(format, [said, said]))).toEqual([]);
  });

  it.each<[Format, string, RegExp]>([
    ['claude', 'From now on, open a draft PR for every change.', /open a draft PR/i],
    ['codex', 'From now on you must sign every commit.', /sign every commit/i],
    ['prompt-log', "From now on we'll pin every dependency.", /pin every dependency/i],
    ['claude', 'From now on, never push straight to main.', /push straight to main/i],
    ['codex', 'From now on you should not touch the generated client.', /generated client/i],
  ])('an order to the agent is still a rule (%s): %s', async (format, said, about) => {
    const lines = await addedLines(sessions(format, [said, said]));
    expect(lines.filter((l) => about.test(l))).toHaveLength(1);
  });
});

describe('"from now on, don\'t X" and "from now on, X" are opposite rules', () => {
  it.each<[Format, string, string]>([
    ['claude', "From now on, don't rebase the feature branches.", 'From now on, rebase the feature branches.'],
    ['codex', 'From now on, do not cache the API responses.', 'From now on, cache the API responses.'],
    ['prompt-log', 'From now on never squash merge.', 'From now on squash merge.'],
  ])('said once each, they join into no lesson (%s)', async (format, no, yes) => {
    expect(await addedLines(sessions(format, [no, yes]))).toEqual([]);
  });

  it('the prohibition said twice is learnt as one', async () => {
    const lines = await addedLines(
      sessions('codex', ["From now on, don't rebase the feature branches.", "Don't rebase the feature branches."]),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Don't rebase the feature branches/);
  });
});
