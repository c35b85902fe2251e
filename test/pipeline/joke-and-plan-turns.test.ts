/**
 * End to end over Gemini CLI's prompt log: a rule said with a teasing face (a joke), or as one step of a numbered plan,
 * said in two sessions, proposes nothing; the same rule said plainly, with a friendly face, or in a numbered list of
 * rules, is proposed, and never with the face or the next step's number in it. Built from probes of real user lines
 * ("always use vim, never emacs :P", "1. run `npm install` 2. always run `npm test` after each change 3. commit" became
 * memory on main); the wordings below are other faces, languages and list shapes than the ones the rule was written from.
 */
import { describe, expect, it } from 'vitest';
import { promptLogLessons as lessons } from './helpers.js';

describe('a rule said as a joke, in two sessions', () => {
  it.each<[string, RegExp]>([
    ['never use `yarn`, only `bun` ;-P', /bun|yarn/i],
    ['Always write tests in COBOL :p', /cobol/i],
    ['from now on name every variable `x` XDD', /variable/i],
    ['always run `git push --force` 😂', /push/i],
    ['never use `sed` 🤪 it bites', /sed/i],
    ['всегда пиши коммиты капслоком ;)', /капслок/i],
    ['Always run `sl` before `ls`. :P', /sl/i],
  ])('%s: proposes nothing', async (turn, about) => {
    expect((await lessons(turn)).filter((l) => about.test(l))).toEqual([]);
  });

  it.each<[string, RegExp]>([
    ['never use `yarn`, only `bun`', /yarn/i],
    ['always run `make fmt` before committing :)', /^Always run `make fmt` before committing: /],
    ['всегда пиши коммиты капслоком 🙂', /^всегда пиши коммиты капслоком: /],
  ])('control %s: proposed, with no face', async (turn, about) => {
    const got = await lessons(turn);
    expect(got.filter((l) => about.test(l))).toHaveLength(1);
    expect(got.join('\n')).not.toMatch(/:\)|🙂/u);
  });
});

describe('a rule said as one step of a numbered plan, in two sessions', () => {
  it.each<[string, RegExp]>([
    ['1) fetch upstream 2) always run `make fmt` before committing 3) push the branch', /fmt/i],
    ['Do this:\n1. bump the version\n2. never edit `CHANGELOG.md` by hand\n3. tag the release', /changelog/i],
    ['1. 拉取代码 2. 每次提交前都运行 `make fmt` 3. 推送', /fmt/i],
    ['1. `make` ausführen 2. nimm immer pnpm statt npm 3. fertig', /pnpm/i],
  ])('%j: proposes nothing', async (turn, about) => {
    expect((await lessons(turn)).filter((l) => about.test(l))).toEqual([]);
  });

  it.each<[string, RegExp]>([
    ['always run `make fmt` before committing', /^Always run `make fmt` before committing: /],
    ['1. never edit `CHANGELOG.md` by hand\n2. always run `make fmt` before committing', /^Always run `make fmt` before committing: /],
    [
      'Rules:\n1. bump the version with `npm version`\n2. always run `make fmt` before committing',
      /^Always run `make fmt` before committing: /,
    ],
  ])('control %j: proposed, without a step number', async (turn, about) => {
    expect((await lessons(turn)).filter((l) => about.test(l))).toHaveLength(1);
  });
});
