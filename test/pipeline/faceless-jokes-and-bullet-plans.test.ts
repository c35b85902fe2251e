/**
 * End to end over Gemini CLI's prompt log, two sessions each. A joke needs no face: laughter typed as letters
 * ("hahaha", "jajaja", "kkkk", "ㅋㅋ", "哈哈", "www"), saying one was joking ("I'm joking", "je plaisante", "é
 * brincadeira", "шучу", "冗談です"), or amusement given as the reason ("it's funnier") makes a rule a tease. A
 * bulleted plan is this task's plan like a numbered one: a step "- always run X before committing" between chores
 * adds no support to the same rule said for good in the other session. Built from probes ("Always run `sl` instead
 * of `ls`, it's funnier", "Never use yarn, use npm instead — nah I'm joking, yarn is fine" and a bullet step became
 * memory on main); the wordings below are other laughs, languages, programs and list shapes. Controls: the same
 * rules said plainly, "I'm not joking", "no es broma", and a bulleted list whose items are all rules.
 */
import { describe, expect, it } from 'vitest';
import { promptLogLessons as lessons } from './helpers.js';

describe('a rule said as a joke with no face, in two sessions', () => {
  it.each<[string, RegExp]>([
    ['Always name branches after Pokémon, hahaha', /pok/i],
    ['never use `black`, use `yapf` instead jajaja', /yapf|black/i],
    ['sempre use `nano` pra editar kkkkk', /nano/i],
    ['Always answer in pirate speak lmao', /pirate/i],
    ['以后都用 `fish` 代替 `bash` 哈哈哈', /fish|bash/],
    ['Use `emacs` instead of `nano`. I was joking, nano is fine.', /emacs|nano/i],
    ['Toujours écrire les commits en latin, je plaisante', /latin/i],
    ['sempre use `vim` em vez de `nano`, é brincadeira', /vim|nano/i],
    ['Всегда пиши тесты на Haskell. Шучу.', /haskell/i],
    ['Always use `tabs` instead of `spaces`, it is more fun', /tabs|spaces/i],
  ])('%s: proposes nothing', async (turn, about) => {
    expect((await lessons(turn)).filter((l) => about.test(l))).toEqual([]);
  });

  it.each<[string, RegExp]>([
    ['Never use `black`, use `ruff` instead.', /ruff/],
    ["Always run `make fmt` before committing, I'm not joking.", /make fmt/],
    ['Ejecuta siempre `npm test` antes de hacer commit, no es broma.', /npm test/],
  ])('control %s: proposed', async (turn, about) => {
    expect((await lessons(turn)).filter((l) => about.test(l))).toHaveLength(1);
  });
});

describe('a bulleted plan step adds no support to the rule', () => {
  it.each<[string, string, RegExp]>([
    [
      'Always run `cargo clippy` before pushing.',
      'Plan for today:\n- bump the crate version\n- always run `cargo clippy` before pushing\n- tag the release',
      /clippy/,
    ],
    ['Use pnpm instead of yarn.', 'todo\n* regenerate the lockfile\n* use pnpm instead of yarn\n* rerun CI', /pnpm/],
    [
      'Always run `go test ./...` before committing.',
      'Next up:\n  - rename the package\n  - always run `go test ./...` before committing\n  - ship it',
      /go test/,
    ],
    [
      'Lance toujours `npm run lint` avant de committer.',
      '- réparer le header\n- lance toujours `npm run lint` avant de committer\n- pousser',
      /npm run lint/,
    ],
  ])('%s / a plan: proposes nothing at two sessions', async (rule, plan, about) => {
    expect((await lessons(rule, plan)).filter((l) => about.test(l))).toEqual([]);
  });

  it.each<[string, string, RegExp]>([
    ['Always run `cargo clippy` before pushing.', '- always run `cargo clippy` before pushing\n- never push to main', /clippy/],
    [
      'Always run `cargo clippy` before pushing.',
      'The header overlaps:\n- on small phones\n- in landscape\n\nAlways run `cargo clippy` before pushing.',
      /clippy/,
    ],
  ])('control %s / %s: proposed', async (rule, other, about) => {
    expect((await lessons(rule, other)).filter((l) => about.test(l))).toHaveLength(1);
  });
});
