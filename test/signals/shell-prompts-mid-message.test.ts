import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { session, type Step } from './session-builder.js';

// Round 31 knew a pasted zsh or bash prompt at a line's start ("user@host dir % …", "host:dir user$ …"). The prompts it
// missed: zsh's short "dir % " prompt, a prompt inside the person's sentence, Windows PowerShell's "PS C:\x>" and cmd's
// "C:\x>" there, fish's "user@host ~/x>", bash's "bash-5.2$" and a prompt carrying a git branch ("(main)$"). After a
// prompt the terminal's text follows, and the command on the prompt's own line is the terminal's too: neither is the
// person's order. The fixtures are hosts, commands and shells of our own; the controls are what people type.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const edit: Step = { tool: 'Edit', input: { file_path: '/app/src/a.ts', old_string: 'a', new_string: 'b' } };
const interrupt: Step = { interrupt: '[Request interrupted by user for tool use]' };
/** After an interrupt even a plain imperative counts as a rule: the strictest place for a paste to hide. */
const lessons = (text: string) =>
  mineSession(session('s1', [edit, interrupt, { user: text }]), noMemory)
    .filter((s) => s.kind === 'instruction' && !s.restated)
    .map((s) => s.lesson);

describe('a shell prompt the person pasted, wherever it sits, starts the terminal text', () => {
  it.each([
    ["zsh's short prompt", 'shop % git push --force\nNever force-push to a shared branch, use --force-with-lease.'],
    ["zsh's short prompt after the person's words", 'still broken\nweb-app % yarn dev\nAlways run yarn install first, not yarn alone.'],
    ['a zsh prompt inside a sentence', 'same as before ana@Anas-MBP shop % yarn dev\nAlways run yarn install first, not yarn alone.'],
    ['a bash prompt with its git branch', 'dev@box:~/shop (main)$ npm test\nUse yarn, not npm, in this workspace.'],
    [
      'a bash prompt with its git branch inside a sentence',
      'look: dev@box:~/shop (feat/cart)$ npm test\nNever run the suite without --runInBand.',
    ],
    [
      'PowerShell inside a sentence',
      'after the update PS C:\\Users\\ana\\shop> dotnet build\nAlways restore packages first, not during the build.',
    ],
    ["cmd's prompt", 'C:\\src\\shop>npm run build\nNever run the build as administrator.'],
    ["cmd's prompt inside a sentence", 'it says C:\\src\\shop>npm run build\nNever run the build as administrator.'],
    ["fish's prompt", 'ana@studio ~/shop> cargo build\nAlways use the nightly toolchain, not stable.'],
    ["fish's prompt with its git branch", 'ana@studio ~/shop (main)> cargo test\nAlways use the nightly toolchain, not stable.'],
    ["bash's prompt with no PS1", 'bash-5.2$ make\nNever call make without -j.'],
  ])('%s', (_name, text) => {
    expect(lessons(text)).toEqual([]);
  });

  it("the person's words before a prompt in their line stay theirs", () => {
    expect(lessons('Never push from the release branch ana@Anas-MBP shop % git push origin release')).toEqual([
      'Never push from the release branch.',
    ]);
  });

  it.each([
    ['a percentage', 'Keep 100 % of the tests green, never skip one.', ['Keep 100 % of the tests green, never skip one.']],
    ['a modulo', 'Never use x % y for money, use the Decimal helpers.', ['Never use x % y for money, use the Decimal helpers.']],
    [
      'a Windows path',
      'Use C:\\tools\\bin for the binaries, not Program Files.',
      ['Use C:\\tools\\bin for the binaries, not Program Files.'],
    ],
    ['a comparison', 'Always check a > b before swapping, not after.', ['Always check a > b before swapping, not after.']],
    ['a command the person names', 'Run `git push` only after review, never force.', ['Run `git push` only after review, never force.']],
  ])('control: %s is still the person speaking', (_name, text, expected) => {
    expect(lessons(text)).toEqual(expected);
  });
});
