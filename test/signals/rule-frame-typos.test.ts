/**
 * "alwasy", "nevr", "allways": a standing rule's own frame word typed with a typo was read as no rule, so the session
 * that typed it never joined those that typed it right. The frame is read as meant (frame-typos.ts), the quote stays
 * as typed, and the wording guard vouches for the mended frame as the user's. Paraphrases in several agents' formats,
 * end to end; controls that are English words one edit from "always" or "never".
 */
import { describe, expect, it } from 'vitest';
import { mendFrameTypos } from '../../src/signals/frame-typos.js';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const shipped = (format: Format, user: string): WorldSession => ({
  format,
  turns: [{ user: 'Ship the fix.' }, { bash: 'git push origin main', out: 'To origin\n   1a2b3c4..5d6e7f8  main -> main' }, { user }],
});

describe('a typo in "always" or "never" opening a rule', () => {
  it.each<[string, string]>([
    ['alwasy', 'always'],
    ['allways', 'always'],
    ['alays', 'always'],
    ['Alwyas', 'Always'],
    ['nevr', 'never'],
    ['Nver', 'Never'],
    ['neevr', 'never'],
    ['nevre', 'never'],
  ])('"%s" is read as "%s"', (typed, meant) => {
    expect(mendFrameTypos(`${typed} open a PR for changes`)).toBe(`${meant} open a PR for changes`);
    expect(mendFrameTypos(`please ${typed} open a PR`)).toBe(`please ${meant} open a PR`);
  });

  it.each([
    'Newer versions drop the flag.',
    'Ever since the upgrade the build is slow.',
    'Fever charts go in docs/.',
    'Lever the old parser out first.',
    'Sever the link to the old repo.',
    'Naver maps needs its own key.',
    'Allays the fear of the merge.',
    'The tests in this folder nevr flake.',
  ])('leaves "%s" as typed', (text) => {
    expect(mendFrameTypos(text)).toBe(text);
  });
});

describe('end to end', () => {
  it.each<[Format, string, Format, string, string]>([
    ['claude', 'nevr push to main directly.', 'codex', 'Never push to main directly.', 'Never push to main directly'],
    ['codex', 'Nver push to main directly', 'gemini', 'never push to main directly!', 'Never push to main directly'],
    ['claude', 'alwasy open a PR for changes.', 'prompt-log', 'Allways open a PR for changes', 'Always open a PR for changes'],
    ['gemini', 'please alwyas open a PR for changes', 'claude', 'always open a PR for changes.', 'Always open a PR for changes'],
  ])('%s "%s" and %s "%s" are one rule', async (fa, a, fb, b, rule) => {
    const lines = await addedLines([shipped(fa, a), shipped(fb, b)]);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^${rule}: the user asked for it in 2 sessions`))]);
  });

  it('two typed sessions alone make the rule too, worded right', async () => {
    const lines = await addedLines([shipped('claude', 'nevr push to main directly.'), shipped('codex', 'Nevr push to main directly.')]);
    expect(lines).toEqual([expect.stringMatching(/^Never push to main directly: the user asked for it in 2 sessions/)]);
  });

  it('controls: words one edit from the frame make no rule', async () => {
    const lines = await addedLines([
      shipped('claude', 'Newer pushes to main run the deploy.'),
      shipped('codex', 'Newer pushes to main run the deploy.'),
    ]);
    expect(lines).toEqual([]);
  });
});
