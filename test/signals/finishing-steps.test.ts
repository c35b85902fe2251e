import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { clusterSignals } from '../../src/signals/cluster.js';
import { finishingStepIn } from '../../src/signals/finishing-steps.js';
import type { AgentKind, Signal } from '../../src/model/index.js';
import { session, type Step } from './session-builder.js';

// Steps the user keeps asking for once the work is done (signals/finishing-steps.ts): notes brought up to date for the
// next session, a check that a step was not skipped. One session's step is its task's; the same step after the work of
// sessions about different tasks is a lesson. Wordings written for this test, none taken from a real transcript.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const steps = (id: string, list: Step[], agent: AgentKind = 'claude-code'): Signal[] =>
  mineSession(session(id, list, agent), noMemory).filter((s) => s.signature.startsWith('ask|finish|'));
const work: Step[] = [{ run: 'git status' }];
/** A session that opens with `task`, does some work, then the user says `later`. */
const finished = (id: string, task: string, later: string, agent: AgentKind = 'claude-code') =>
  steps(id, [{ user: task }, ...work, { user: later }, ...work], agent);
const taught = (signals: Signal[], minSupport = 2) =>
  clusterSignals(signals, minSupport).patterns.map((p) => [p.signature, p.support.sessions, p.lesson]);

describe('a finishing step, read from one sentence', () => {
  it.each([
    ['a check on a notes file', 'did you update the ROADMAP_NOTES.md?', 'Before finishing, update `ROADMAP_NOTES.md`.'],
    [
      'a check with "have you" and an @ mention',
      'Have you also updated @docs/progress.md?',
      'Before finishing, update `docs/progress.md`.',
    ],
    ['a check on the docs', 'ok, did you update the docs too?', 'Before finishing, update the docs.'],
    ['a check on the tests', 'did you run the tests?', 'Before finishing, run the tests.'],
    ['a check on a forgotten step', 'Did you forget to update the changelog?', 'Before finishing, update the changelog.'],
    ['a check on a remembered step', 'did you remember to run the integration tests?', 'Before finishing, run the tests.'],
    ['a check on the unit tests', 'Have you run the unit tests?', 'Before finishing, run the tests.'],
    ['the notes as a set', 'update the md files', 'Before finishing, update the md files.'],
    ['the markdown docs as a set, with a lead-in', 'Great, now please update the markdown docs.', 'Before finishing, update the md files.'],
    ['the progress notes', 'refresh the progress notes', 'Before finishing, update the notes.'],
    ['the notes kept up to date', 'Please keep the markdown files up to date.', 'Before finishing, update the md files.'],
    [
      'one file kept for the next iteration',
      'update the SPRINT_LOG.md file, it is what the next iteration starts from',
      'Before finishing, update `SPRINT_LOG.md`.',
    ],
    ['a hand-off note', 'write what is left in a md file for the next session', 'Before finishing, update the md files.'],
    [
      'a hand-off note, the order turned',
      'tidy up and get ready for the next iteration by summarising the open points in a markdown file',
      'Before finishing, update the md files.',
    ],
  ])('%s', (_, sentence, lesson) => {
    expect(finishingStepIn(sentence)?.lesson).toBe(lesson);
  });

  it.each([
    ['a question about what the agent saw', 'did you see the error in the build log?'],
    ['a status question', 'did you finish?'],
    ['a question about what it forgot', 'did you forget to close the file handle?'],
    ['a question about something else it ran', 'did you run the migration on staging?'],
    ['a check on a commit: when to commit is the user’s call', 'have you committed?'],
    ['a check on dependencies', 'did you update the dependencies?'],
    ['one file a task changed', 'update @README.md'],
    ['one file kept current', 'keep CHANGES.md current'],
    ['one file, with what to write', 'update README.md with the new flags'],
    ['a notes set given another choice', 'update the other md files or delete them'],
    ['a document as the task’s deliverable', 'write a md file giving a plan to port the parser'],
    ['a hand-off question', 'what should be done in the next session?'],
    ['a moment, not a habit', 'update the md files for now'],
    ['a note with no notes file', 'write down the next steps for the next session'],
  ])('not: %s', (_, sentence) => {
    expect(finishingStepIn(sentence)).toBeUndefined();
  });
});

describe('a finishing step asked for in sessions about different tasks', () => {
  it('teaches once it recurs after the work of two sessions, in different words and agents', () => {
    const signals = [
      ...finished('s1', 'Add a CSV export to the invoices page.', 'update the md files'),
      ...finished('s2', 'The login form forgets the remember-me box; fix it.', 'did you update the PROGRESS.md?', 'codex'),
    ];
    expect(taught(signals)).toEqual([['ask|finish|notes', 2, expect.stringMatching(/^Before finishing, update /)]]);
  });

  it('a check on the tests in two sessions teaches to run them', () => {
    const signals = [
      ...finished('s1', 'Add a CSV export to the invoices page.', 'did you run the tests?'),
      ...finished('s2', 'The login form forgets the remember-me box; fix it.', 'Have you run the test suite?'),
    ];
    expect(taught(signals)).toEqual([['ask|finish|tests', 2, 'Before finishing, run the tests.']]);
  });

  it('one session is a one-off, even at support 1', () => {
    expect(taught(finished('s1', 'Add a CSV export to the invoices page.', 'update the md files'), 1)).toEqual([]);
  });

  it('the same task opened again in two sessions is one task', () => {
    const task = 'Port the date parser to the new calendar API and keep the old tests green.';
    const signals = [...finished('s1', task, 'update the md files'), ...finished('s2', task, 'update the docs')];
    expect(taught(signals, 1)).toEqual([]);
  });

  it('said as the opening request it is the task itself, not a step after it', () => {
    const signals = [
      ...steps('s1', [{ user: 'update the md files' }, ...work]),
      ...steps('s2', [{ user: 'did you update the docs?' }, ...work]),
    ];
    expect(signals).toEqual([]);
  });

  it('a pasted line is not the user asking', () => {
    const pasted = 'Here is what the bot replied:\n```\ndid you run the tests?\n```';
    const signals = [
      ...finished('s1', 'Add a CSV export to the invoices page.', pasted),
      ...finished('s2', 'The login form forgets the remember-me box; fix it.', pasted),
    ];
    expect(signals).toEqual([]);
  });
});

// Held-out wordings, written before the patterns were: a reminder ("don't forget to"), a reproach ("you forgot to",
// "you didn't"), a check without ".md", and a step tied to the end of the work. Each names the lesson it reads as.
describe('a finishing step asked as a reminder, a reproach or at the end of the work', () => {
  it.each([
    ["don't forget to update the md files", 'Before finishing, update the md files.'],
    ["Dont forget to update the docs when you're done.", 'Before finishing, update the docs.'],
    ['Don’t forget to update README.md and the docs.', 'Before finishing, update the md files.'],
    ['have you updated the README?', 'Before finishing, update the README.'],
    ['did u update readme', 'Before finishing, update the README.'],
    ['You forgot to update the README again.', 'Before finishing, update the README.'],
    ['Also please keep the README up to date.', 'Before finishing, update the README.'],
    ['make sure you also update the docs', 'Before finishing, update the docs.'],
    ['Please make sure the documentation is updated too.', 'Before finishing, update the docs.'],
    ["you didn't update the docs", 'Before finishing, update the docs.'],
    ['once done, update the docs', 'Before finishing, update the docs.'],
    ['remember to update the CHANGELOG', 'Before finishing, update the changelog.'],
    ['pls dont forget updating the md files', 'Before finishing, update the md files.'],
    ["also add tests for it before you're done", 'Before finishing, add tests for the change.'],
    ['before you finish, write unit tests for this', 'Before finishing, add tests for the change.'],
    ['have you added tests for this?', 'Before finishing, add tests for the change.'],
    ['did you write tests for it?', 'Before finishing, add tests for the change.'],
    ['make sure to run the tests before you finish', 'Before finishing, run the tests.'],
    ['you forgot to run the linter', 'Before finishing, run the linter.'],
    ['Did you run lint?', 'Before finishing, run the linter.'],
    ["When you're finished, run the linter and fix any warnings.", 'Before finishing, run the linter.'],
  ])('"%s"', (sentence, lesson) => {
    expect(finishingStepIn(sentence)?.lesson).toBe(lesson);
  });

  it.each([
    // A task's own step: a bare imperative on one file, or tests for a named part.
    'update the README to describe the new flag',
    'add tests for the parser',
    // Commit and push are the user's call; other checks and reminders are about other things.
    "don't forget to commit",
    'have you pushed?',
    'did you see the error?',
    'did you update the function signature?',
    "don't forget the error handling",
    'you forgot to close the file handle',
    'did you forget anything?',
    'have you read the README?',
    'did you run the migration?',
    'did you update the dependency?',
    'make sure the button is blue',
    // Negations and statements.
    "don't update the docs",
    'no need to update the README',
    "don't add tests for this",
    'the docs are outdated',
    // A rule of its own, tied to another moment than the end of the work.
    "don't forget to run the linter before committing",
    // Bound to the moment.
    "don't forget to update the docs this time",
  ])('"%s" is no finishing step', (sentence) => {
    expect(finishingStepIn(sentence)).toBeUndefined();
  });

  it('a reminder is the step, not a standing "Update the md files." besides', () => {
    const signals = steps('r1', [{ user: 'Round the tide times.' }, ...work, { user: "don't forget to update the md files" }]);
    const all = mineSession(
      session('r1', [{ user: 'Round the tide times.' }, ...work, { user: "don't forget to update the md files" }]),
      noMemory,
    );
    expect(signals.map((s) => s.lesson)).toEqual(['Before finishing, update the md files.']);
    expect(all.filter((s) => s.signature.startsWith('pos|'))).toEqual([]);
  });
});
