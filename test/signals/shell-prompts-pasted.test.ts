import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { session, type Step } from './session-builder.js';

// Round 31 (a VS Code Copilot session exported by SpecStory): the user pasted macOS zsh's default prompt and the
// shell's reply ("name@host dir % pip install x" / "zsh: command not found: pip"), and the reply was read as the
// user saying "… not found: pip", a rule "Use zsh: command, not found: pip". zsh's "user@host dir %" prompt, bash's
// macOS "host:dir user$" prompt and a shell's own message are terminal text, like the prompts already known.
// The fixtures are other hosts, commands and shells than the one seen; the controls are what users type.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const edit: Step = { tool: 'Edit', input: { file_path: '/app/src/a.ts', old_string: 'a', new_string: 'b' } };
const interrupt: Step = { interrupt: '[Request interrupted by user for tool use]' };
/** After an interrupt even a plain imperative counts as a rule: the strictest place for a paste to hide. */
const lessons = (text: string) =>
  mineSession(session('s1', [edit, interrupt, { user: text }]), noMemory)
    .filter((s) => s.kind === 'instruction' && !s.restated)
    .map((s) => s.lesson);

describe('shell prompts and shell messages are terminal text', () => {
  it.each([
    ['zsh prompt then its reply', 'maria@Marias-MBP api % yarn build\nzsh: command not found: yarn'],
    ['zsh prompt inside a venv', '(.venv) dev@studio-2 tools % python run.py\nuse the script instead of the module, not found: run'],
    ['zsh root prompt', 'root@buildbox srv # make deploy\nNever deploy from a dirty tree.'],
    ['bash prompt of macOS', 'Johns-iMac:web john$ npm start\nAlways run `npm ci` first, not npm install'],
    ['a bash message alone', 'bash: pnpm: command not found\nuse npm, not pnpm'],
    ['a login shell message', '-bash: line 1: tsc: command not found'],
    ['a dash message', 'sh: 1: cargo: not found'],
    ['a fish message', 'fish: Unknown command: bun'],
  ])('%s', (_name, text) => {
    expect(lessons(text)).toEqual([]);
  });

  it.each([
    ['a rule that names a shell', 'Always use zsh for the scripts, not bash.', ['Always use zsh for the scripts, not bash.']],
    [
      'an e-mail address in a rule',
      'Never commit as ops@acme.io, use your own identity.',
      ['Never commit as ops@acme.io, use your own identity.'],
    ],
    ['a percentage', 'Never let coverage drop below 80 % on main.', ['Never let coverage drop below 80 % on main.']],
  ])('control: %s is still the user speaking', (_name, text, expected) => {
    expect(lessons(text)).toEqual(expected);
  });
});
