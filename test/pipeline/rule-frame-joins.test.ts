/**
 * One rule said with its frame words in one session and without them in another: "Don't ever X" / "Never X, ever" and
 * "Never X"; "Stop doing X" and "Don't do X"; "You forgot to X again" / "Remember to X next time" and "Always X"; "From now on, X" / "X, from now on" and "Always X" / "You forgot to X" (signals/rule-frames.ts). Two
 * sessions, one wording each, at the default bar: the rule is learnt once, in 2 sessions. Wordings written for this
 * test, not the ones the frames were read from; the controls must stay apart: the opposite rule, another object, a
 * question, an order for this moment, a rule with its exception, a "from now on" that states.
 */
import { describe, expect, it } from 'vitest';
import { promptLogLessons } from './helpers.js';

describe('a rule said with and without its frame words, in two sessions', () => {
  it.each([
    ['Do not ever run `terraform destroy`.', 'Never run `terraform destroy`.'],
    ["Don't you ever commit `.env` files!", 'Never commit `.env` files.'],
    ['Never edit `schema.prisma` by hand, ever!', "Don't edit `schema.prisma` by hand."],
    ['Never deploy on Fridays, ever.', "Don't deploy on Fridays."],
    ['Stop writing docstrings for private helpers.', 'Never write docstrings for private helpers.'],
    ['No, stop running `npm audit fix`.', 'Never run `npm audit fix`.'],
    ['Always run `ruff check` before pushing.', 'You forgot to run `ruff check` before pushing again.'],
    ['You forgot again to bump the version in `package.json` before tagging.', 'Always bump the version in `package.json` before tagging.'],
    [
      'Remember to regenerate the client with `make api` after editing the schema next time.',
      'Always regenerate the client with `make api` after editing the schema.',
    ],
    ['From now on, run `cargo fmt` before you push.', 'You forgot to run `cargo fmt` before you push.'],
    ['From now on, run `cargo fmt` before you push.', 'Always run `cargo fmt` before you push.'],
    ['Ok, now on, run `cargo fmt` before you push.', 'Make sure to run `cargo fmt` before you push.'],
    ['And from now on, always rebase on `origin/main` before opening a PR.', 'Always rebase on `origin/main` before opening a PR.'],
    [
      'Always regenerate the client with `make api` after editing the schema, from now on.',
      'Remember to regenerate the client with `make api` after editing the schema.',
    ],
  ])(
    '"%s" and "%s" are one rule, learnt in 2 sessions',
    async (first, second) => {
      const lessons = await promptLogLessons(first, second);
      expect(lessons).toHaveLength(1);
      expect(lessons[0]).toMatch(/in 2 sessions\.$/);
    },
    60_000,
  );
});

describe('what stays apart', () => {
  it.each([
    ['From now on, run `cargo fmt` before you push.', "Don't run `cargo fmt` before you push."],
    ["Don't ever run `terraform destroy`.", 'Never run `terraform apply`.'],
    ['Did you ever run `terraform destroy`?', 'Never run `terraform destroy`.'],
    ["Don't restart the staging server now.", 'Never restart the staging server.'],
    ["Don't you ever push to main now!", 'Never push to main.'],
    ['Never push to main, except for hotfixes.', 'Never push to main.'],
    ['Stop and ask before deleting files.', "Don't ask before deleting files."],
    ['Never stop the dev server.', "Don't run the dev server."],
    ['Remember to rebuild the search index again.', 'Always rebuild the search index.'],
    ['Always show the next time slot first.', 'Always show the slot first.'],
    ['Have you ever pushed to main?', "Don't push to main."],
    ['From now on, it will be faster to run `cargo fmt` before you push.', 'Always run `cargo fmt` before you push.'],
  ])(
    '"%s" and "%s": no lesson',
    async (first, second) => {
      expect(await promptLogLessons(first, second)).toEqual([]);
    },
    60_000,
  );
});
