/**
 * A rule with its own expiry is no standing rule: on main "Never push to main until Friday.", "Always use the mock
 * server until the demo." and "Never merge before Monday's release." became memory at the bar of one and of two, to
 * outlive their date and bind every later task. The tell is the bound: "until", "till", "before", "by", "through" a
 * point in the calendar (a weekday, a date, tomorrow, the end of the sprint) or a one-off event (the demo, the
 * cutover, a numbered release), or "while the outage lasts". End to end in four agents' formats, with bounds, verbs
 * and events other than the probes'. Controls: bounds that recur with every task, "until further notice", "on Fridays".
 */
import { describe, expect, it } from 'vitest';
import { addedLines, saidAfterWork, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const said = (formats: readonly Format[], user: string): WorldSession[] => saidAfterWork(formats, user);

describe('a rule that expires proposes nothing', () => {
  it.each<[string, Format[], number]>([
    ['Never touch the billing module until Thursday.', ['claude'], 1],
    ['Always use the payments stub till the launch.', ['codex'], 1],
    ["Don't run database migrations before the 4.1 release.", ['gemini', 'prompt-log'], 2],
    ["Never rotate the API keys before Wednesday's cutover.", ['claude', 'codex'], 2],
    ['Always use the read replica until March 3.', ['prompt-log'], 1],
    ['Never restart the workers while the incident is ongoing.', ['codex', 'gemini'], 2],
    ['Always ask before deploying, through the end of the quarter.', ['claude'], 1],
  ])('%s (%s)', async (user, formats, bar) => {
    expect(await addedLines(said(formats, user), bar)).toEqual([]);
  });
});

describe('controls: bounds that recur with every task stay rules', () => {
  it.each<[string, Format[], number, RegExp]>([
    ["Don't merge until CI is green.", ['claude', 'codex'], 2, /merge until CI/],
    ['Always run the tests before the release.', ['prompt-log'], 1, /tests before the release/],
    ['From now on, until further notice, use yarn.', ['prompt-log'], 1, /use yarn/],
    ['Never deploy on Fridays.', ['codex'], 1, /deploy on Fridays/],
  ])('%s (%s)', async (user, formats, bar, about) => {
    expect((await addedLines(said(formats, user), bar)).filter((l) => about.test(l))).toHaveLength(1);
  });
});
