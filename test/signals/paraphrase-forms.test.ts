/**
 * The forms the paraphrase audit (test/pipeline/paraphrase-audit.test.ts) found missed, read by the instruction miner
 * from one session: a prohibition said through a modal or a wish, a habit tied to the commit the agent just made, a
 * swap typed without its comma or with "in place of", and the reproaches of "asked again" without "why". With the
 * controls each form must leave alone. Wordings written for this test.
 */
import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { session, type Step } from './session-builder.js';

const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const lessons = (steps: Step[]) =>
  mineSession(session('s1', steps), noMemory)
    .filter((s) => s.kind === 'instruction' && !s.restated && !s.signature.startsWith('ask|'))
    .map((s) => [s.signature, s.lesson]);
const after = (ran: string, said: string) => lessons([{ user: 'Round the tide times.' }, { run: ran, out: 'ok' }, { user: said }]);

describe('a prohibition said through a modal or a wish', () => {
  it.each([
    ['You must not run `prisma migrate reset` in this repo.', 'You must not run `prisma migrate reset` in this repo.'],
    ["I don't want you running `npm audit fix`.", "I don't want you running `npm audit fix`."],
    ['you shouldnt run `docker compose down -v` here', 'You shouldnt run `docker compose down -v` here.'],
    ['Never, ever run `prisma migrate reset`: it drops the database.', 'Never, ever run `prisma migrate reset`: it drops the database.'],
  ])('"%s" is a prohibition, in the user\'s words', (said, lesson) => {
    const got = after(said.match(/`([^`]+)`/)![1]!, said);
    expect(got).toHaveLength(1);
    expect(got[0]![0]).toMatch(/^neg\|/);
    expect(got[0]![1]).toBe(lesson);
  });
  it.each([
    "I don't want you to worry about `npm audit fix`.",
    "You shouldn't have run `npm audit fix`.",
    'You may not need `npm audit fix` at all.',
  ])('"%s" is not', (said) => {
    expect(after('npm audit fix', said)).toEqual([]);
  });
});

describe('a habit tied to the commit the agent just made', () => {
  it.each([
    ['Before you commit, run `cargo fmt` please.', 'Before you commit, run `cargo fmt`.'],
    ['run `ruff check .` before every commit', 'Run `ruff check .` before every commit.'],
    ['You need to run `npm run lint` before committing.', 'You need to run `npm run lint` before committing.'],
  ])('"%s" after `git commit`', (said, lesson) => {
    expect(after('git commit -am "wip"', said).map((x) => x[1])).toEqual([lesson]);
  });
  it('the same words after anything but a commit are a step of the task', () => {
    expect(after('ls src', 'run `ruff check .` before every commit')).toEqual([]);
    expect(after('git push', 'Before you commit, run `cargo fmt` please.')).toEqual([]);
  });
});

describe('a swap typed without its comma, or with "in place of"', () => {
  it.each([
    ['pls dont use npm use pnpm', 'npm install', 'Use pnpm, not npm.'],
    ['use ruff in place of flake8', 'flake8 src', 'Use ruff, not flake8.'],
  ])('"%s"', (said, ran, lesson) => {
    expect(after(ran, said).map((x) => x[1])).toEqual([lesson]);
  });
  it('without the comma both sides must be one name each', () => {
    expect(after('ls', "don't use anything you use elsewhere").filter((x) => x[0]!.startsWith('prefer|'))).toEqual([]);
    expect(after('ls', 'dont use the old api use the new one').filter((x) => x[0]!.startsWith('prefer|'))).toEqual([]);
  });
});

describe('"for this one" binds a rule to the task', () => {
  it('is no standing prohibition', () => {
    expect(after('npx context7', "don't use the context7 mcp for this one")).toEqual([]);
  });
});

describe('asked again, without "why"', () => {
  const again = (said: string) =>
    lessons([{ user: 'Round the tide times. Use the playwright mcp for it.' }, { run: 'ls src', out: 'a.ts' }, { user: said }]);
  it.each([
    'Did you not use the playwright mcp?',
    "you didn't use playwright again",
    "how come you're not using playwright",
    'you were supposed to use the playwright mcp',
    'I asked you to use playwright. why not?',
    'Again: use the playwright mcp.',
    'why not playwright?',
    'Why did you skip playwright??',
  ])('"%s" after the opening request asked for it', (said) => {
    expect(again(said)).toEqual([['prefer|playwright', 'Use playwright.']]);
  });
  it.each(['why is playwright failing?', 'did playwright work?', 'is playwright installed?'])('"%s" is a question', (said) => {
    expect(again(said)).toEqual([]);
  });
  it('with no earlier ask it is a suggestion', () => {
    expect(after('ls src', "you didn't use playwright")).toEqual([]);
  });
});
