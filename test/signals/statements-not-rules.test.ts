import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { session, type Step } from './session-builder.js';

// Right after an interrupt, a plain imperative ("Only run the unit tests.") answers the agent and is
// mined as a rule. A remark that opens with the same adverb is not one: "Only difference in these 2 is
// `url` vs. `query`, no?" (a real SpecStory turn) became "Use difference in these 2 is `url` vs." because
// the sentence was cut after "vs." (losing its question mark) and "Only <noun> ..." was read as a verbless
// rule. The wordings below were written after the rules, in other words than the corpus turn.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const edit: Step = { tool: 'Edit', input: { file_path: '/app/src/format.go', old_string: 'a', new_string: 'b' } };
const interrupt: Step = { interrupt: '[Request interrupted by user for tool use]' };

const lessons = (text: string) =>
  mineSession(session('s1', [edit, interrupt, { user: text }]), noMemory)
    .filter((s) => s.kind === 'instruction' && !s.restated)
    .map((s) => s.lesson);

describe('a remark after an interrupt is not a rule', () => {
  it.each([
    ['a question cut by an abbreviation', 'That duplicates code. Only difference in these two is `id` vs. `name`, right?'],
    ['a tag question with e.g. inside', 'The only change is the key, e.g. `path` vs. `file`, no?'],
    ['a statement about the diff', 'Only difference between them is the field name.'],
    ['a statement with a copula after a place', 'Only thing in this file is the parser.'],
    ['a count, not an order', 'Just one test failed.'],
    ['an observation that opens with "first"', 'First time I see this error.'],
  ])('%s', (_name, text) => {
    expect(lessons(text)).toEqual([]);
  });
});

describe('rules that open with the same adverbs still count', () => {
  it.each([
    ['only + verb', 'Only run the unit tests in this repo.', 'Only run the unit tests in this repo.'],
    ['only + tool, no verb', 'Only pnpm in this repo.', 'Use pnpm in this repo.'],
    [
      'always + tool, a copula only inside its "when" clause',
      'Always pnpm when the lockfile is pnpm-lock.yaml.',
      'Use pnpm when the lockfile is pnpm-lock.yaml.',
    ],
    ['always + a verb of place', 'Always stay in the repo root when you run make.', 'Always stay in the repo root when you run make.'],
    [
      'always + a verb of manner',
      'Always respond in English, even to French questions.',
      'Always respond in English, even to French questions.',
    ],
    ['only + a verb of place', 'Only work on a feature branch in this repo.', 'Only work on a feature branch in this repo.'],
    ['just + verb', 'Just use `make check` for the linters.', 'Just use `make check` for the linters.'],
    ['first + verb', 'First run `go generate ./...` before building.', 'First run `go generate ./...` before building.'],
    [
      'a rule whose sentence holds vs. inside',
      'Only use `errors.Is` vs. string matching for error checks.',
      'Only use `errors.Is` vs. string matching for error checks.',
    ],
  ])('%s', (_name, text, lesson) => {
    expect(lessons(text)).toEqual([lesson]);
  });
});
