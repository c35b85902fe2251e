/**
 * An order about the persona the agent plays is that conversation's: BMAD's agent activations ("You must fully embody
 * this agent's persona … NEVER break character until given an exit command.") are expanded into the first prompt of
 * each session that loads an agent (round 23: 4 of 5 Codex sessions), and on main the sentence became memory at the
 * bar of two, telling every later session to stay in a character no one gave it. The class is an order to keep or
 * leave a character or the agent's persona, in any wording; end to end in four agents' formats, with wordings other
 * than the activation's. Controls: "break" and "character(s)" and "stay in" about other things stay rules.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, saidAfterWork, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const said = (formats: readonly Format[], user: string): WorldSession[] => saidAfterWork(formats, user);

describe('an order about the persona the agent plays proposes nothing', () => {
  it.each<[string, Format[], number]>([
    ["You must fully embody this agent's persona. NEVER break character until given an exit command.", ['codex', 'prompt-log'], 2],
    ['Stay in character as the architect, always.', ['claude'], 1],
    ["Don't break character, whatever I ask.", ['gemini', 'claude'], 2],
    ['Never step out of character while you play the scrum master.', ['prompt-log'], 1],
    ['Always remain in character as the product owner.', ['codex'], 1],
    ['Keep your persona for every answer and never drop it.', ['claude', 'codex'], 2],
    ['Always embody the persona from the agent file.', ['gemini'], 1],
  ])('%s (%s)', async (user, formats, bar) => {
    expect(await addedLines(said(formats, user), bar)).toEqual([]);
  });
});

describe('controls: the same words about other things stay rules', () => {
  it.each<[string, Format[], number, RegExp]>([
    ['Always escape special characters in SQL strings.', ['claude', 'codex'], 2, /special characters/],
    ['Never break the build on main.', ['prompt-log'], 1, /break the build/],
    ['Always keep the persona field in the user schema optional.', ['codex'], 1, /persona field/],
  ])('%s (%s)', async (user, formats, bar, about) => {
    expect((await addedLines(said(formats, user), bar)).filter((l) => about.test(l))).toHaveLength(1);
  });
});
