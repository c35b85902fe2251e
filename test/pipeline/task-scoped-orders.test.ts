/**
 * An order scoped to the piece of work at hand is no standing rule: "remember to bump the version in this PR" and
 * "remember, use the staging db for this" became memory on main at the bar of one (and of two when said in two
 * sessions), telling every later task to bump a version or use staging. The tell is structural: the sentence points
 * at the work itself ("this PR", "these changes", "the current ticket", a closing "for this"/"with this"), and a
 * request to remember, a reminder frame or "always" does not make it standing. End to end through the real readers,
 * miners, offline engine and guards, in four agents' formats, with nouns, verbs and frames other than the probes'.
 * Controls: the project pointed at ("this repo"), "every PR", a rule whose reason closes on "this".
 */
import { describe, expect, it } from 'vitest';
import { addedLines, saidAfterWork, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const said = (formats: readonly Format[], user: string): WorldSession[] => saidAfterWork(formats, user);

describe('an order about the work at hand proposes nothing', () => {
  it.each<[string, Format[], number]>([
    ['Remember, use the sandbox webhook for this.', ['claude'], 1],
    ['remember to run the slow tests on these changes', ['codex'], 1],
    ['Remember: use the old payment client with this.', ['prompt-log'], 1],
    ["Don't forget to add a release note in this merge request.", ['prompt-log'], 1],
    ['Make sure you deploy this patch to canary first.', ['claude'], 1],
    ['Save in memory: use `schema/v2.json` for the current story.', ['codex'], 1],
    ['Never squash the commits of this pull request.', ['codex', 'claude'], 2],
    ['Always use the staging bucket for this story.', ['prompt-log', 'gemini'], 2],
  ])('%s (%s)', async (user, formats, bar) => {
    expect(await addedLines(said(formats, user), bar)).toEqual([]);
  });
});

describe('controls: standing rules stay', () => {
  it.each<[string, Format[], number, RegExp]>([
    ['Remember, always rebase feature branches on develop.', ['claude'], 1, /rebase feature branches/],
    ['remember to update CHANGELOG.md in every PR', ['prompt-log'], 1, /CHANGELOG\.md in every PR/],
    ['Never push to main in this repo.', ['codex', 'prompt-log'], 2, /push to main/],
    ['Always run `make lint` before committing, we are strict on this.', ['claude', 'codex'], 2, /make lint/],
  ])('%s (%s)', async (user, formats, bar, about) => {
    expect((await addedLines(said(formats, user), bar)).filter((l) => about.test(l))).toHaveLength(1);
  });
});
