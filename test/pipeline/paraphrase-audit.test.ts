/**
 * A paraphrase audit of the miners that make most real edits, end to end (real readers, miners, guards, offline
 * engine). The wordings were written before reading any miner's patterns: other word orders, politeness, typos,
 * non-native English, the rule inside a longer message. Each is said in two sessions about different tasks, by two
 * agents: Claude Code and Codex where the agent's action is part of the structure (it ran the rejected program, it
 * just committed), and Gemini CLI's chat with Claude Code's prompt log where the words alone must carry the rule.
 *
 * A positive must become an edit that names its subject; a near-miss (a question, "for now", a task, a report of
 * what happened, the opposite rule) must become no edit at all. Known misses are listed with `it.fails`, so the day
 * one is read it fails here and moves to the caught list. Measured on the session-12 base: swap 9/14 and 8/14,
 * don't-run 8/11, habit-before-commit 2/10, asked-again 0/10, finishing steps 2/12; see the report of that session.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format } from '../helpers/paraphrase-world.js';
import { afterRun, audit, dream, row, TASKS, WITH_TOOLS, WORDS_ONLY, type Row } from '../helpers/paraphrase-audit.js';

// "Use Y, not X": the agent ran X (with tools) or said it did (words only).
audit(
  'use this, not that',
  [WITH_TOOLS, WORDS_ONLY],
  [
    row("Don't use npm, use pnpm.", 'npm install', /\bpnpm\b/),
    row('please use uv instead of pip', 'pip install requests', /\buv\b/),
    row('We use vitest here, not jest.', 'npx jest', /\bvitest\b/),
    row('no flake8!! ruff only', 'flake8 src', /\bruff\b/),
    row('stop using yarn, we are on bun', 'yarn add zod', /\bbun\b/),
    row('pls dont use npm use pnpm', 'npm install', /\bpnpm\b/),
    row('I told you, use uv not pip', 'pip install requests', /\buv\b/),
    row('vitest, not jest.', 'npx jest', /\bvitest\b/),
    row('use ruff in place of flake8', 'flake8 src', /\bruff\b/),
    row('yarn is wrong here, use bun', 'yarn add zod', /\bbun\b/),
  ],
  [
    row('This project uses bun, so please don’t run yarn.', 'yarn add zod', /\bbun\b/),
    row('Looks good. One thing though: you should be using pnpm instead of npm. Then fix the failing test.', 'npm install', /\bpnpm\b/),
    row('Why flake8? This repo uses ruff.', 'flake8 src', /\bruff\b/),
  ],
  [
    row('Should we use pnpm instead of npm?', 'npm install', /pnpm/),
    row('use uv instead of pip for now', 'pip install requests', /uv/),
    row('Migrate the build from jest to vitest.', 'npx jest', /vitest/),
    row('flake8 or ruff, whichever you prefer', 'flake8 src', /ruff/),
    row('The README says to use bun, not yarn. Is that still true?', 'yarn add zod', /bun/),
  ],
);

// "Don't run X" after the agent ran it.
audit(
  "don't run this",
  [WITH_TOOLS, WORDS_ONLY],
  [
    row('never run docker compose down -v', 'docker compose down -v', /docker compose/),
    row("please don't run `docker system prune -a`, it wipes my images", 'docker system prune -a', /docker system/),
    row('stop running `npm audit fix`, it breaks the lockfile', 'npm audit fix', /npm audit/),
    row('dont ever run `prisma migrate reset` again', 'prisma migrate reset', /prisma migrate/),
    row('You must not run `prisma migrate reset` in this repo.', 'prisma migrate reset', /prisma migrate/),
    row("I don't want you running `docker system prune -a`.", 'docker system prune -a', /docker system/),
    row('Please avoid running `npm audit fix` yourself.', 'npm audit fix', /npm audit/),
    row('Never, ever run `prisma migrate reset`: it drops the database.', 'prisma migrate reset', /prisma migrate/),
    row('you shouldnt run `docker compose down -v` here', 'docker compose down -v', /docker compose/),
    row('no more `npm audit fix` please', 'npm audit fix', /npm audit/),
  ],
  [],
  [
    row("don't run `npm audit fix` yet", 'npm audit fix', /npm/),
    row("don't run `docker system prune -a` this time", 'docker system prune -a', /docker/),
    row('Did you run `prisma migrate reset`?', 'prisma migrate reset', /prisma/),
    row('I ran `docker compose down -v` by mistake, can you check the damage?', 'docker compose down -v', /docker/),
    row("I don't want you to worry about `npm audit fix`.", 'npm audit fix', /npm/),
  ],
);

// A habit tied to the commit the agent just made: read only where the agent's commit is on record.
audit(
  'run this before committing',
  [WITH_TOOLS],
  [
    row('always run `npm run lint` before committing', 'git commit -am "wip"', /npm run lint/),
    row('Before you commit, run `cargo fmt` please.', 'git commit -am "wip"', /cargo fmt/),
    row('run `ruff check .` before every commit', 'git commit -am "wip"', /ruff check/),
    row('make sure to run `mix format` before you commit anything', 'git commit -am "wip"', /mix format/),
    row('You need to run `npm run lint` before committing.', 'git commit -am "wip"', /npm run lint/),
    row('Every time before committing, run `ruff check .`.', 'git commit -am "wip"', /ruff check/),
    row('Remember: `cargo fmt` before each commit.', 'git commit -am "wip"', /cargo fmt/),
    row('You committed without running `mix format` again. Always run it first.', 'git commit -am "wip"', /mix format/),
    // Refused until session 14 by the provenance guard, which took `./...` for a path with no name.
    row('pls run `go vet ./...` b4 commit', 'git commit -am "wip"', /go vet/),
  ],
  [],
  [
    row('run `npm run lint` before committing this time', 'git commit -am "wip"', /lint/),
    row('run `npm run lint`', 'git commit -am "wip"', /lint/),
    // The habit must answer the agent's commit: after a listing it is one more step of the task.
    row('run `ruff check .` before every commit', 'ls src', /ruff/),
    row('Did `cargo fmt` pass before you committed?', 'git commit -am "wip"', /cargo/),
    row('I ran `go vet ./...` before committing and it was fine.', 'git commit -am "wip"', /go vet/),
  ],
);

// "Why aren't you using X?" after the session's opening request asked for X.
const againRow = (said: string, tool: string, names: RegExp): Row => ({ said, ran: tool, names });
const askedFirst = (r: Row) => (task: string) => [
  { user: `${task} Use ${r.ran} for it.` },
  { bash: 'ls src', out: 'tides.ts' },
  { user: r.said },
  { say: 'Sorry.' },
];
describe('asked again', () => {
  const caught = [
    againRow("why aren't you using the playwright mcp?", 'the playwright mcp', /playwright/),
    againRow('Did you not use the rocq-mcp server?', 'the rocq-mcp server', /rocq-mcp/),
    againRow("you didn't use ripgrep again", 'ripgrep', /ripgrep/),
    againRow('Why did you skip the context7 mcp??', 'the context7 mcp', /context7/),
    againRow('I asked you to use the playwright mcp. why not?', 'the playwright mcp', /playwright/),
    againRow("how come you're not using the rocq-mcp server", 'the rocq-mcp server', /rocq-mcp/),
    againRow('you were supposed to use ripgrep', 'ripgrep', /ripgrep/),
    againRow('Again: use the context7 mcp.', 'the context7 mcp', /context7/),
    againRow('why not uv?', 'uv', /\buv\b/),
    againRow("wasn't I clear? use uv", 'uv', /\buv\b/),
  ];
  for (const f of [WITH_TOOLS, WORDS_ONLY])
    it.each(caught)(`${f.join('+')}: "$said" becomes an edit`, async (r) => {
      expect((await dream(f, askedFirst(r))).filter((l) => r.names.test(l))).toHaveLength(1);
    });
  // Never asked for earlier in the session: a suggestion, not a correction. And questions about the tool.
  it.each([againRow("you didn't use ripgrep", 'ripgrep', /ripgrep/), againRow('why not uv?', 'uv', /uv/)])(
    '"$said" with no earlier ask teaches nothing',
    async (r) => {
      expect(await dream(WITH_TOOLS, afterRun({ ...r, ran: 'ls src' }))).toEqual([]);
    },
  );
  it.each([
    againRow('why is the playwright mcp failing?', 'the playwright mcp', /playwright/),
    againRow('did ripgrep work?', 'ripgrep', /ripgrep/),
    againRow('is uv installed?', 'uv', /uv/),
    againRow('thanks, the rocq-mcp server looks good', 'the rocq-mcp server', /rocq/),
    againRow("don't use the context7 mcp for this one", 'the context7 mcp', /context7/),
  ])('"$said" after the ask teaches nothing', async (r) => {
    expect(await dream(WITH_TOOLS, askedFirst(r))).toEqual([]);
  });
});

// A step asked for once the work is done (signals/finishing-steps.ts), in other words in each session.
describe('finishing steps', () => {
  const work = (said: string) => (task: string) => [
    { user: task },
    { bash: 'git status --short', out: ' M src/tides.ts' },
    { say: 'Done: the tide table rounds to minutes.' },
    { user: said },
    { say: 'Updated.' },
  ];
  const both = (f: [Format, Format], a: string, b: string) =>
    addedLines([
      { format: f[0], turns: work(a)(TASKS[0]!) },
      { format: f[1], turns: work(b)(TASKS[1]!) },
    ]);
  const caught: [string, string, RegExp][] = [
    ["don't forget to update the md files", 'have you updated the md files?', /update the md files/],
    ['have you updated the README?', "Don't forget to update the README when you're done.", /update the README/],
    ['make sure you also update the docs', "you didn't update the docs", /update the docs/],
    ['Please make sure the documentation is updated too.', 'once done, update the docs', /update the docs/],
    ["also add tests for it before you're done", 'have you added tests for this?', /add tests/],
    ['before you finish, write unit tests for this', 'did you write tests for it?', /add tests/],
    ['you forgot to run the linter', 'Did you run lint?', /run the linter/],
    ["When you're finished, run the linter and fix any warnings.", 'you forgot to run the linter', /run the linter/],
    ['remember to update the CHANGELOG', 'Did you update the changelog?', /update the changelog/],
    ['make sure to run the tests before you finish', 'did u run the tests', /run the tests/],
    ['pls dont forget updating the md files', 'You forgot to update the md files again.', /update the md files/],
    ['Also please keep the README up to date.', 'did u update readme', /update the README/],
  ];
  for (const f of [WITH_TOOLS, WORDS_ONLY])
    it.each(caught)(`${f.join('+')}: "%s" and "%s" become one edit`, async (a, b, names) => {
      const lines = await both(f, a, b);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(names);
    });
  // Run them or add them? The words don't say; what the agent does next does (paraphrase-misses.test.ts), and here it
  // does nothing.
  it.fails('known miss: "you forgot the tests" (run them or add them?)', async () => {
    expect(await both(WITH_TOOLS, 'you forgot the tests', 'you forgot the tests')).toHaveLength(1);
  });
  it.each([
    // A task's own step, a commit, other checks, a negation, a statement.
    ['update the README to describe the new flag', 'update the README to list the moon phases'],
    ["don't forget to commit", 'have you pushed?'],
    ['did you see the error?', 'did you update the function signature?'],
    ["don't update the docs", 'no need to update the README'],
    ["don't add tests for this", 'add tests for the parser'],
    ['have you read the README?', 'the docs are outdated'],
    ["don't forget the error handling", 'you forgot to close the file handle'],
    ['did you run the migration?', 'did you update the dependency?'],
    ['update the docs for now', "don't forget to update the docs this time"],
  ])('"%s" and "%s" teach nothing', async (a, b) => {
    expect(await both(WITH_TOOLS, a, b)).toEqual([]);
  });
  it('one task opened again teaches nothing', async () => {
    const task = 'Round the tide times to whole minutes and keep the old fixtures passing.';
    const lines = await addedLines([
      { format: 'claude', turns: work("don't forget to update the docs")(task) },
      { format: 'codex', turns: work('have you updated the README?')(task) },
    ]);
    expect(lines).toEqual([]);
  });
});

// A standing "always"/"never" rule, said with no failure before it: it stands on two sessions.
audit(
  'always and never',
  [WITH_TOOLS, WORDS_ONLY],
  [
    row('always use absolute imports', 'ls src', /absolute imports/),
    row('Please never edit src/generated/', 'ls src', /src\/generated/),
    row('From now on, always put the tests in tests/', 'ls src', /tests\//),
    row('you should always use absolute imports', 'ls src', /absolute imports/),
    row('make sure you always use absolute imports', 'ls src', /absolute imports/),
    row('never touch src/generated/ again', 'ls src', /src\/generated/),
    row('In this project we always use absolute imports.', 'ls src', /absolute imports/),
    row('I want you to always use absolute imports', 'ls src', /absolute imports/),
    row('Always, always use absolute imports.', 'ls src', /absolute imports/),
    row('I want you to never push to main', 'ls src', /push to main/),
  ],
  [],
  [
    row('we always get this error on CI', 'ls src', /error/),
    row('we never know what it prints', 'ls src', /prints/),
    row('I want you to fix the flaky test', 'ls src', /flaky/),
    row('Do we always use absolute imports?', 'ls src', /imports/),
    row('always use absolute imports for now', 'ls src', /imports/),
  ],
);
