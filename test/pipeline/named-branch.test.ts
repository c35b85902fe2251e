/**
 * "This branch" points at a branch a reviewer of memory cannot see, so a rule about it is no standing rule
 * (lingua/this-thing.ts) — unless the user names it in the same breath: "never push to this branch, it's main". On
 * main the named forms were refused too, a missed lesson. Only the branches every clone knows by that name (main,
 * master, trunk, develop, "the default branch") name it; "this branch, it's broken" or "this branch (feature-login)"
 * still teach nothing. End to end in four agents' formats, two sessions each, with verbs and names other than the
 * probes'.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, saidAfterWork, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const said = (formats: readonly Format[], user: string): WorldSession[] =>
  saidAfterWork(formats, user, 'On branch main\nnothing to commit');

describe('a branch pointed at and named as a standing branch is learnt', () => {
  it.each<[string, Format[], RegExp]>([
    ["Don't rebase this branch — it's master.", ['claude', 'codex'], /rebase this branch/],
    ['Never merge into this branch (trunk) by hand.', ['gemini', 'prompt-log'], /merge into this branch/],
    ['never force push to this branch, which is the default branch', ['codex', 'gemini'], /force push/],
  ])('%s (%s)', async (user, formats, about) => {
    expect((await addedLines(said(formats, user), 2)).filter((l) => about.test(l))).toHaveLength(1);
  });
});

describe("controls: a branch only pointed at, or named as one task's, teaches nothing", () => {
  it.each<[string, Format[]]>([
    ["never push to this branch, it's broken", ['claude', 'prompt-log']],
    ['Never force-push to this branch (feature-login).', ['codex', 'claude']],
    ['Never commit to this branch.', ['gemini', 'codex']],
  ])('%s (%s)', async (user, formats) => {
    expect(await addedLines(said(formats, user), 2)).toEqual([]);
  });
});
