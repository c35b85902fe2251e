/**
 * End to end (offline pass over Gemini CLI chat recordings): a standing rule whose condition is fronted between commas
 * ("Always, before you change a file, say what and why.", "Never, under any circumstances, …") is read as the plain
 * form is. Round 18's real user said "And always, before you do anything, tell me what are you going to do, and why
 * are you doing it."; on main no miner read it, in any wording of that shape. The wordings here are others. Controls:
 * a fronted "for now" limits the rule to this moment, as it does in the plain form.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TempRepo } from './helpers.js';
import { lessonsFromTwoChats } from './gemini-chats.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.dispose());

async function lessons(rule: string): Promise<string[]> {
  repo?.dispose();
  repo = new TempRepo();
  return lessonsFromTwoChats(repo, rule);
}

describe('a rule with its condition fronted between commas, said in two sessions', () => {
  it.each<[string, RegExp]>([
    ['Always, before you change a file, explain what you will change and why.', /explain what you will change/],
    ['Always, when a test fails, show me the failing output before fixing it.', /failing output/],
    ['Never, under any circumstances, push straight to main.', /push straight to main/],
    ['Please always, once a migration is added, run `npm run db:check`.', /db:check/],
  ])('%s: learnt', async (rule, about) => {
    expect((await lessons(rule)).filter((l) => about.test(l))).toHaveLength(1);
  });

  it.each<[string, RegExp]>([
    ['Always, for now, use yarn for installs.', /yarn/],
    ['Always, just for this task, skip the slow tests.', /slow tests/],
  ])('%s: limited to this moment, not learnt (control)', async (rule, about) => {
    expect((await lessons(rule)).filter((l) => about.test(l))).toEqual([]);
  });
});
