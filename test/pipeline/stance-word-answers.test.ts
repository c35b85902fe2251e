/**
 * An answer to "which option?" that rejects one with a stance word ("Definitely not TUI.") is no swap: a real Codex
 * prompt log made "Use definitely, not tui." at --min-support 1. End to end through the real readers, miners and
 * offline engine (paraphrase-world.ts); fixtures are written for this test in other words, never copied from the data.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const asked = 'Which shell should the viewer use: a terminal UI, Electron, or a plain web page?';
const answer = (format: Format, user: string): WorldSession => ({
  format,
  turns: [{ user: 'Plan the log viewer.' }, { say: asked }, { user }],
});
const corrected = (format: Format, user: string): WorldSession => ({
  format,
  turns: [{ user: 'Add the date library.' }, { bash: 'yarn add dayjs', out: 'success Saved 1 new dependency.' }, { user }],
});

describe('a stance word before "not" makes no lesson of its own', () => {
  it.each<[Format, string, string]>([
    ['codex', 'Definitely not Electron.', 'Absolutely not Electron.'],
    ['prompt-log', 'Probably not a terminal UI.', 'Maybe not Electron.'],
    ['claude', 'Certainly not Electron, too heavy.', 'Honestly not Electron.'],
  ])('%s: "%s" and "%s"', async (format, a, b) => {
    for (const bar of [1, 2]) expect(await addedLines([answer(format, a), answer(format, b)], bar)).toEqual([]);
  });
});

describe('at the default bar', () => {
  it('the same stance word answering in two sessions of two agents is no "Use definitely, not ..."', async () => {
    // On main the two answers clustered as one preference for "definitely" and reached memory.
    expect(await addedLines([answer('codex', 'Definitely not Electron.'), answer('claude', 'Definitely not Electron.')])).toEqual([]);
  });
});

describe('a stance word still strengthens a correction', () => {
  it('"Definitely not yarn. Use pnpm." and "Absolutely not yarn - pnpm." in two sessions teach pnpm', async () => {
    const lines = await addedLines([
      corrected('claude', 'Definitely not yarn. Use pnpm.'),
      corrected('codex', 'Absolutely not yarn - pnpm.'),
    ]);
    expect(lines.filter((l) => /pnpm/.test(l))).toEqual([expect.stringMatching(/^Use pnpm, not yarn\b/)]);
  });
});
