/**
 * End to end (offline pass over Gemini CLI chat recordings): a rule about a thing the user points at instead of naming
 * ("never edit this file by hand") proposes nothing, even said in two sessions: in memory "this file" points at nothing,
 * or at the memory file itself. Round 18 met it in a real Gemini CLI export ("Please do not remove any lines from this
 * file, it is a history of our conversations."); the wordings here are others, in five languages. On main each was
 * memory ("- Never edit this file by hand, it is generated."). The same rules naming the thing are still learnt.
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

describe('a rule about a thing the user points at, said in two sessions', () => {
  it.each<[string, string, RegExp]>([
    ['en, "this file"', 'Never edit this file by hand, it is generated.', /by hand/i],
    ['en, "these tests"', "Don't touch these tests.", /touch/i],
    ['en, "that function" after a preposition', 'Do not change anything in that function.', /change anything/i],
    ['es', 'Nunca modifiques este archivo a mano.', /modifiques/],
    ['fr', 'Ne modifie jamais ce fichier à la main.', /modifie/],
    ['ru', 'Никогда не меняй этот файл вручную.', /меняй/],
  ])('%s: proposes nothing', async (_case, rule, about) => {
    expect((await lessons(rule)).filter((l) => about.test(l))).toEqual([]);
  });

  it.each<[string, string, RegExp]>([
    ['en, the files named by kind', 'Never edit the generated files by hand.', /generated files/i],
    ['en, "that" as a relative pronoun', 'Never edit files that the build generates.', /build generates/i],
    ['en, the project pointed at', 'Always run the linter in this repo before you commit.', /linter/i],
    ['ru, named by kind', 'Никогда не меняй сгенерированные файлы вручную.', /сгенерированные/],
  ])('%s: the rule is proposed (control)', async (_case, rule, about) => {
    expect((await lessons(rule)).filter((l) => about.test(l))).toHaveLength(1);
  });
});
