/**
 * A second paraphrase audit, of the classes the first one (paraphrase-audit.test.ts) and unseen rounds 4-6 found
 * missed: "no more X", a habit before committing said loosely ("b4 commit", "X before each commit", "you committed
 * without X"), "you forgot the tests", a reproach that repeats an earlier ask ("wasn't I clear? use uv"), a swap the
 * agent acted on (the agent ran X, the user objected, the agent ran Y), and rules taken back in a later sentence or
 * message. The wordings and controls were written before reading any miner's patterns. Positives must become one
 * edit naming their subject; controls must become no edit at all.
 */
import { describe, expect, it } from 'vitest';
import type { Turn } from '../helpers/transcript-builders.js';
import { addedLines, type Format } from '../helpers/paraphrase-world.js';
import { afterRun, audit, dream, row, TASKS, WITH_TOOLS, WORDS_ONLY, type Row } from '../helpers/paraphrase-audit.js';

// "No more X": a prohibition said as an end to something the agent just ran.
audit(
  'no more of this',
  [WITH_TOOLS, WORDS_ONLY],
  [
    row('no more `npm audit fix`, ok?', 'npm audit fix', /npm audit/),
    row('enough with `docker system prune -a` - it nukes my build cache', 'docker system prune -a', /docker system/),
    row('Please, no more `prisma migrate reset`. It wipes the dev db.', 'prisma migrate reset', /prisma migrate/),
    row('quit running `npm audit fix` pls', 'npm audit fix', /npm audit/),
    row(
      'ok that worked but no more `docker system prune -a` please, it takes an hour to rebuild',
      'docker system prune -a',
      /docker system/,
    ),
    // Read as "Don't run `git push --force`.", and refused until session 14 by the danger guard, which took the
    // backtick between "Don't run" and the command for the end of the prohibition.
    row('No more `git push --force` from you.', 'git push --force', /git push/),
  ],
  [
    // "anymore" reverses an earlier ask as often as it bans a command ("don't run the linter anymore"): transient.
    row('Could you please not run `docker compose down -v` anymore? I lose my volumes.', 'docker compose down -v', /docker compose/),
    row('plz no `prisma migrate reset` anymore', 'prisma migrate reset', /prisma migrate/),
  ],
  [
    row('no more `npm audit fix` for today, we are done', 'npm audit fix', /npm/),
    row('There are no more warnings from `npm audit fix` now, thanks!', 'npm audit fix', /npm/),
    row('Is there no more `docker compose down -v` in the Makefile?', 'docker compose down -v', /docker/),
    row('no more `prisma migrate reset` needed, the db is fresh', 'prisma migrate reset', /prisma/),
    row('no more `git push --force` until the release is out', 'git push --force', /git/),
    row('We have no more `docker system prune -a` in CI since last week.', 'docker system prune -a', /docker/),
  ],
);

// A habit tied to the commit the agent just made, said loosely. Read only where the agent's commit is on record.
audit(
  'run this before committing, loosely said',
  [WITH_TOOLS],
  [
    row('Remember: `cargo fmt` before each commit.', 'git commit -am "wip"', /cargo fmt/),
    row('You committed without running `mix format` again. Always run it first.', 'git commit -am "wip"', /mix format/),
    row('run `npm run lint` prior to committing, always', 'git commit -am "wip"', /npm run lint/),
    row('dont commit before `cargo fmt` pls', 'git commit -am "wip"', /cargo fmt/),
    row('never commit without running `npm run lint` first', 'git commit -am "wip"', /npm run lint/),
    row('before any commit: `ruff check .`', 'git commit -am "wip"', /ruff check/),
    row('hey, `mix format` b4 every commit pls', 'git commit -am "wip"', /mix format/),
    // Refused until session 14 by the provenance guard, which took `./...` for a path with no name.
    row('pls run `go vet ./...` b4 commit', 'git commit -am "wip"', /go vet/),
    row('Please always do `go vet ./...` before you commit, thank you!', 'git commit -am "wip"', /go vet/),
  ],
  [],
  [
    row('did you run `go vet ./...` b4 commit?', 'git commit -am "wip"', /go vet/),
    row('run `cargo fmt` before committing this one', 'git commit -am "wip"', /cargo/),
    row('I always run `npm run lint` before committing myself, so skip it', 'git commit -am "wip"', /lint/),
    row('`cargo fmt` failed before the commit, can you look?', 'git commit -am "wip"', /cargo/),
    // The habit must answer the agent's commit: after a listing it is one more step of the task. ("never commit
    // without running `npm run lint` first" after a listing was written here as a control too; it is a standing
    // "never" rule, which stands on two sessions without a commit, and a reviewer would merge it.)
    row('pls run `ruff check .` b4 commit', 'ls src', /ruff/),
    row('you committed without running `mix format`, fine for this once', 'git commit -am "wip"', /mix/),
  ],
);

// "Wasn't I clear? use X": a reproach that repeats the session's opening ask.
describe('asked again, as a reproach', () => {
  const askedFirst =
    (r: Row) =>
    (task: string): Turn[] => [
      { user: `${task} Use ${r.ran} for it.` },
      { bash: 'ls src', out: 'tides.ts' },
      { user: r.said },
      { say: 'Sorry.' },
    ];
  const caught = [
    row("wasn't I clear? use uv", 'uv', /\buv\b/),
    row('I said uv.', 'uv', /\buv\b/),
    row('how many times do I have to say it: the playwright mcp!', 'the playwright mcp', /playwright/),
    row('i already told you, ripgrep', 'ripgrep', /ripgrep/),
    row("Didn't I say to use the context7 mcp?", 'the context7 mcp', /context7/),
    row("what part of 'use ripgrep' was unclear?", 'ripgrep', /ripgrep/),
    row('As I mentioned at the start, use the rocq-mcp server.', 'the rocq-mcp server', /rocq-mcp/),
    row('I specifically asked for uv', 'uv', /\buv\b/),
  ];
  for (const f of [WITH_TOOLS, WORDS_ONLY])
    it.each(caught)(`${f.join('+')}: "$said" becomes an edit`, async (r) => {
      const lines = await dream(f, askedFirst(r));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(r.names);
    });
  const controls = [
    row("wasn't I clear about the rounding? it should floor", 'uv', /uv/),
    row('I said uv, but pip is fine here too', 'uv', /uv/),
    row("Didn't I say to use the context7 mcp? Never mind, it's down today.", 'the context7 mcp', /context7/),
    row('I already told you the ripgrep output, look above', 'ripgrep', /ripgrep/),
    row('As I mentioned at the start, the rocq-mcp server is down.', 'the rocq-mcp server', /rocq/),
    row("I specifically asked for uv, but it's not installed, so use pip for now.", 'uv', /uv/),
    row('Was I clear enough about using uv?', 'uv', /uv/),
  ];
  for (const f of [WITH_TOOLS, WORDS_ONLY])
    it.each(controls)(`${f.join('+')}: "$said" teaches nothing`, async (r) => {
      expect(await dream(f, askedFirst(r))).toEqual([]);
    });
});

// The agent ran X, the user objected, the agent then ran Y: the structure names the swap, whatever the language.
describe('a swap the agent acted on', () => {
  const caught = [
    row('This project uses bun, so please don’t run yarn.', 'yarn add zod', /\bbun\b/, 'bun add zod'),
    row('Why flake8? This repo uses ruff.', 'flake8 src', /\bruff\b/, 'ruff check src'),
    row(
      'Looks good. One thing though: you should be using pnpm instead of npm. Then fix the failing test.',
      'npm install',
      /\bpnpm\b/,
      'pnpm install',
    ),
    row('npm? seriously? it is pnpm here', 'npm install', /\bpnpm\b/, 'pnpm install'),
    row('不要用npm，用pnpm', 'npm install', /\bpnpm\b/, 'pnpm install'),
    row('Bitte kein yarn, wir nutzen bun.', 'yarn add zod', /\bbun\b/, 'bun add zod'),
    row('no uses jest, aquí usamos vitest', 'npx jest', /\bvitest\b/, 'npx vitest run'),
    row("pas de flake8 ici, c'est ruff", 'flake8 src', /\bruff\b/, 'ruff check src'),
  ];
  it.each(caught)('claude+codex: "$said" becomes an edit', async (r) => {
    const lines = await dream(WITH_TOOLS, afterRun(r));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(r.names);
  });
  const controls = [
    // A question, a task, a choice left to the agent, a one-off, a report; and the agent switching unasked.
    row('Should we use pnpm instead of npm?', 'npm install', /pnpm/, 'pnpm install'),
    row('Migrate the build from jest to vitest.', 'npx jest', /vitest/, 'npx vitest run'),
    row('flake8 or ruff, whichever you prefer', 'flake8 src', /ruff/, 'ruff check src'),
    row('use bun instead of yarn for now', 'yarn add zod', /bun/, 'bun add zod'),
    row('yarn failed on my machine too, weird', 'yarn add zod', /bun/, 'bun add zod'),
    row('ok, what next?', 'npm install', /pnpm/, 'pnpm install'),
    row('¿Deberíamos usar vitest en vez de jest?', 'npx jest', /vitest/, 'npx vitest run'),
  ];
  it.each(controls)('claude+codex: "$said" teaches nothing', async (r) => {
    expect(await dream(WITH_TOOLS, afterRun(r))).toEqual([]);
  });
});

// A rule taken back later in the same message or in the next one must teach nothing; a rule said after a change of
// mind ("actually, use Y") still teaches it.
describe('taken back', () => {
  const laterMessage =
    (said: string, back: string) =>
    (task: string): Turn[] => [
      { user: task },
      { bash: 'npm install', out: 'ok' },
      { user: said },
      { say: 'Understood.' },
      { user: back },
      { say: 'OK.' },
    ];
  const controls: [string, string | undefined][] = [
    ['Use pnpm, not npm. Actually no, keep npm.', undefined],
    ['always use absolute imports. just kidding, relative is fine', undefined],
    ["Don't use yarn, use bun. Scratch that, stay on yarn.", undefined],
    ['use uv instead of pip. nvm, pip is fine.', undefined],
    ['From now on, always put the tests in tests/. On second thought, keep them next to the code.', undefined],
    ['please dont use npm use pnpm - oh wait, forget it, npm is fine', undefined],
    ['Use pnpm, not npm.', 'Actually, never mind, npm is fine.'],
    ['never run `npm audit fix`', 'hmm, ignore what I said about npm audit fix, it is fine'],
  ];
  for (const f of [WITH_TOOLS, WORDS_ONLY])
    it.each(controls)(`${f.join('+')}: "%s" then "%s" teaches nothing`, async (said, back) => {
      const turns = back === undefined ? afterRun(row(said, 'npm install', /./)) : laterMessage(said, back);
      expect(await dream(f, turns)).toEqual([]);
    });
  const caught = [
    row('Actually, use pnpm, not npm.', 'npm install', /\bpnpm\b/),
    row('Wait, no: we use vitest here, not jest.', 'npx jest', /\bvitest\b/),
    row("Hmm, no. Don't use yarn, use bun.", 'yarn add zod', /\bbun\b/),
    row('Sorry, I meant: never run `npm audit fix`.', 'npm audit fix', /npm audit/),
    row('On second thought, always put the tests in tests/', 'ls src', /tests\//),
    row('nvm the last bit. use uv instead of pip', 'pip install requests', /\buv\b/),
    row('Actually no: never touch src/generated/.', 'ls src', /src\/generated/),
    row('Scratch that. Always use absolute imports.', 'ls src', /absolute imports/),
  ];
  for (const f of [WITH_TOOLS, WORDS_ONLY])
    it.each(caught)(`${f.join('+')}: "$said" becomes an edit`, async (r) => {
      const lines = await dream(f, afterRun(r));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(r.names);
    });
});

// "You forgot the tests": which step was forgotten is told by what the agent did next (ran them, or wrote them).
describe('you forgot the tests', () => {
  const runs = { bash: 'npm test', out: 'Tests: 12 passed' };
  const writes = {
    tool: 'Write',
    input: { file_path: 'test/tides.test.ts', content: "import { it } from 'vitest';\nit('rounds', () => {});\n" },
    out: 'File created',
  };
  // Codex writes a new file through apply_patch, Claude Code through its Write tool.
  const patched: Turn = {
    bash: "apply_patch <<'PATCH'\n*** Begin Patch\n*** Add File: test/tides.test.ts\n+it('rounds', () => {});\n*** End Patch\nPATCH",
    out: 'Success. Updated the following files:\nA test/tides.test.ts',
  };
  const work =
    (said: string, next: Turn) =>
    (task: string): Turn[] => [
      { user: task },
      { bash: 'git status --short', out: ' M src/tides.ts' },
      { say: 'Done: the change is in.' },
      { user: said },
      next,
      { say: 'Done.' },
    ];
  const both = (f: [Format, Format], a: [string, Turn], b: [string, Turn]) =>
    addedLines([
      { format: f[0], turns: work(a[0], a[1] === writes && f[0] === 'codex' ? patched : a[1])(TASKS[0]!) },
      { format: f[1], turns: work(b[0], b[1] === writes && f[1] === 'codex' ? patched : b[1])(TASKS[1]!) },
    ]);
  const caught: [[string, Turn], [string, Turn], RegExp][] = [
    [['you forgot the tests', runs], ['you forgot the tests', runs], /run the tests/],
    [['forgot the tests again...', runs], ['and the tests?', runs], /run the tests/],
    [['What about the tests?', runs], ['u forgot tests', runs], /run the tests/],
    [['tests??', runs], ['You forgot the tests. Again.', runs], /run the tests/],
    [['you forgot the tests', writes], ['Where are the tests?', writes], /add tests/],
    [['u forgot tests', writes], ['and the tests?', writes], /add tests/],
    [["You didn't do the tests.", writes], ['what about tests?', writes], /add tests/],
    [['you forgot the tests', runs], ['did you run the tests?', { say: 'Not yet.' }], /run the tests/],
  ];
  it.each(caught)('claude+codex: %j and %j become one edit', async (a, b, names) => {
    const lines = await both(WITH_TOOLS, a, b);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(names);
  });
  const nothing: Turn = { say: 'Sorry.' };
  const controls: [[string, Turn], [string, Turn]][] = [
    // Nothing done after the words tells which step was meant; words-only formats never tell.
    [
      ['you forgot the tests', nothing],
      ['you forgot the tests', nothing],
    ],
    [
      ['the tests are failing', runs],
      ['the tests are failing', runs],
    ],
    [
      ['forget the tests, just ship it', runs],
      ['forget the tests, just ship it', runs],
    ],
    [
      ['What about the tests? Never mind, skip them.', runs],
      ['What about the tests? Never mind, skip them.', runs],
    ],
    [
      ['you forgot the tests', { bash: 'git status', out: 'clean' }],
      ['and the tests?', { bash: 'ls', out: 'src' }],
    ],
    [
      ['the tests were written by Sam', writes],
      ['who wrote the tests?', runs],
    ],
  ];
  it.each(controls)('claude+codex: %j and %j teach nothing', async (a, b) => {
    expect(await both(WITH_TOOLS, a, b)).toEqual([]);
  });
  it.each(caught.slice(0, 3))('gemini+prompt-log: %j and %j teach nothing (no action on record)', async (a, b) => {
    expect(await both(WORDS_ONLY, a, b)).toEqual([]);
  });
});
