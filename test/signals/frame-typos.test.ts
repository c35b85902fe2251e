/**
 * A reminder typed with a typo in its frame word (round 8's K2, "esure you are doing TDD", in words of our own):
 * read as the reminder it is, so it joins the sessions that typed it right. Typos of each frame word, in several
 * places; controls that are English words one edit from a frame word, typos two edits away, and a typo-looking word
 * past the opening, none of which may be mended.
 */
import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { mendFrameTypos } from '../../src/signals/frame-typos.js';
import { matchTemplate } from '../../src/guards/wording-templates.js';
import { session } from './session-builder.js';

const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };

/** The instructions read from the session's opening prompt: a reminder there is a standing rule. */
function read(text: string) {
  return mineSession(session('s1', [{ user: text }, { run: 'ls', out: 'src' }]), noMemory)
    .filter((s) => s.kind === 'instruction')
    .map((s) => ({ signature: s.signature, lesson: s.lesson }));
}

describe('a typo in a reminder\u2019s frame word', () => {
  it.each<[string, string]>([
    ['esure you are doing TDD', 'Make sure you are doing TDD.'],
    ['Ensrue you are doing TDD.', 'ensure you are doing TDD'],
    ["esnure you're doing TDD", 'Make sure you are doing TDD'],
    ['Remeber to start the proxy.', 'Remember to start the proxy.'],
    ['remembr to start the proxy', 'Remember to start the proxy.'],
    ['please remmeber to start the proxy', 'Remember to start the proxy.'],
    ['Dont forgte to start the proxy.', "Don't forget to start the proxy."],
    ['do not froget to start the proxy', "Don't forget to start the proxy."],
  ])('%s reads as %s', (typo, right) => {
    const [a, b] = [read(typo), read(right)];
    expect(a).toHaveLength(1);
    expect(a).toEqual(b);
  });

  it('"make sure" with one of its two short words mistyped', () => {
    expect(mendFrameTypos('mkae sure you run the migrations')).toBe('make sure you run the migrations');
    expect(mendFrameTypos('ok make suer you run the migrations')).toBe('ok make sure you run the migrations');
  });

  it('a state to keep ("you are doing TDD") is worded by the engine\u2019s template, not as "Are doing TDD."', () => {
    const [r] = read('Make sure you are doing TDD.');
    expect(r?.lesson).toBe('Make sure you are doing TDD.');
    expect(matchTemplate(r!.lesson!)?.name).toMatch(/reminder of a state/);
  });
});

describe('what is not a mistyped frame stays as typed', () => {
  it.each([
    ["Unsure you're doing TDD right, can you check?", 'an English word one edit from "ensure"'],
    ['Insure you are covered first.', 'another English word'],
    ['Ensured you are on main, now merging.', 'a form of the frame word itself'],
    ['Forgot to say: the proxy is on 8080.', '"forgot" is a word of its own'],
    ['Rembr to start the proxy.', 'two edits from "remember"'],
    ['Take sure steps here.', 'a word one edit from "make", with "sure" but no reminder after it'],
    ['Make the proxy start first, then remeber.', 'a typo past the opening words'],
  ])('%s (%s)', (text) => {
    expect(mendFrameTypos(text)).toBe(text);
  });

  it('"take sure" is not "make sure": each of the pair must be one edit away with the other typed right', () => {
    expect(mendFrameTypos('take sure you run it')).toBe('make sure you run it');
    expect(mendFrameTypos('take suer you run it')).toBe('take suer you run it');
  });
});
