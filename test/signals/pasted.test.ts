import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { session, type Step } from './session-builder.js';

// Text the user pasted (a doc page, a CI log, a page copied with its chrome, a line of tool output) is
// not the user's instruction, though it says "always" and "never". Real SpecStory turns showed it: a
// Gemini docs paragraph after "did you read this? <url>" became "Always use the Files API when ...", and a
// project name picked from `gcloud projects list` became "Use this project instead <name>.". The
// fixtures below are other docs, logs and tables, written after the rule; the controls are what users type.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const edit: Step = { tool: 'Edit', input: { file_path: '/app/src/upload.ts', old_string: 'a', new_string: 'b' } };
const interrupt: Step = { interrupt: '[Request interrupted by user for tool use]' };

const lessonsOf = (steps: Step[]) =>
  mineSession(session('s1', steps), noMemory)
    .filter((s) => s.kind === 'instruction' && !s.restated)
    .map((s) => s.lesson);
/** A message right after an interrupt, where even a plain imperative would count as a rule. */
const lessons = (text: string, before: Step[] = []) => lessonsOf([...before, edit, interrupt, { user: text }]);

describe('pasted text is not the user speaking', () => {
  it.each([
    [
      'a doc page after a line ending in its URL',
      'have you seen this https://docs.example.dev/storage/blobs\nSending large blobs\nSmall blobs can go inline. Always use the multipart endpoint when the payload is over 5 MB or the blob is reused.',
    ],
    [
      'doc bullets after a framing line naming the docs',
      'this is what their docs say:\n- Always pin the SDK to a minor version.\n- Never call `init()` twice in one process.',
    ],
    ['a quoted block', 'they wrote this in the issue\n> The job failed. Never run the migrations on boot.'],
    ['an indented block', 'from the style guide\n    Always prefer composition over inheritance.\n    Never export default.'],
    [
      'a CI log with annotations',
      'CI is red again\n##[error]Process completed with exit code 1. Always run `npm ci` instead of `npm install` in CI.',
    ],
    [
      'an error and its continuation lines',
      'Installing dependencies for billing-svc\nError: The lockfile is out of date with package.json\nRun `pnpm install` to update it.\nDo not edit the lockfile by hand.',
    ],
    ['timestamped log lines', '2026-02-11T09:14:03Z WARN credentials missing. Never use the default credentials in production.'],
    ['a compiler finding at file:line', 'src/queue/worker.ts:88:14 - Unexpected any. Do not use `any` for the job payload.'],
    [
      'a Python traceback',
      'Traceback (most recent call last):\n  File "app/main.py", line 12, in <module>\nRuntimeError: not initialised. Always call setup() before run()',
    ],
    ['a terminal session', '➜  api git:(main) ✗ make deploy\nuse `make release` instead of `make deploy` for tagged builds'],
    [
      'a Java exception and its frames',
      'got this when building\njava.lang.IllegalStateException: pool closed. Never reuse a closed pool.\n\tat com.acme.db.Pool.get(Pool.java:42)',
    ],
    ['a Go panic', 'it crashed\npanic: nil map. Always initialise maps with make().\ngoroutine 1 [running]:'],
    ['a package manager error', 'install broke\nnpm ERR! code ERESOLVE. Never use --force to resolve peer deps.'],
    [
      'a reference after "see ... below:"',
      'see their reference below:\nUploading\nResumable uploads survive network drops. Always send the Content-Range header.',
    ],
    ['what a tool said, after "the output says:"', 'the output says:\nDeprecation notice. Do not call connect() without a timeout.'],
    ['a page that starts at its "On this page" chrome', 'On this page\nOverview\nNever store tokens in localStorage.'],
    [
      'a terminal paste after a prompt in the middle of the line',
      'after the readme this happens ➜  app git:(main) ✗ poetry shell\n\nThe shell command is not installed by default.\n\nAlways use poetry env activate instead.',
    ],
    [
      'a page copied with its chrome',
      'Docs > Guides > Uploading files\nCopy code\nAlways use resumable uploads for files over 8 MB.\nNever retry a 409 response.',
    ],
  ])('%s', (_name, text) => {
    expect(lessons(text)).toEqual([]);
  });

  // A comment copied from a thread (code review, issue, forum, chat) has a header: its author and its age on a
  // line of their own. What follows is the commenter's text (round 14: CodeRabbit and human review comments pasted
  // into Codex prompts). The sites, languages and rules below are other than those seen.
  it.each([
    [
      'a pull request review by a bot',
      'is this right? src/cache.ts\n@lintbot\nlintbot bot\n2 days ago\nAlways run `make lint` before pushing.',
    ],
    ['an issue comment with its verb', 'see the thread\nmaria-k commented 5 hours ago\nNever run the seed script on staging.'],
    ['a merge request note with a middle dot', 'from the MR\nJane Roe @jroe · 1 week ago\nAlways squash commits before merging.'],
    ['a forum answer', 'found this\nanswered yesterday\nNever call `eval` on user input.'],
    ['an edited comment', 'the reviewer said\n@sam\n3 hours ago (edited)\nAlways use `pnpm` for installs.'],
    ['a thread in a Japanese UI', 'レビューを見て\n山田\n4日前\nAlways run `make test` before pushing.'],
    ['a thread in a Chinese UI', '看看这个评论\n李雷\n2小时前\nNever push to `main` directly.'],
    ['a thread in a Korean UI', '리뷰 확인해줘\n김철수\n3일 전\nAlways run `make lint` before pushing.'],
    ['a thread in a Spanish UI', 'mira el hilo\n@lucia\nhace 2 días\nNever edit the generated files.'],
    ['a thread in a German UI', 'schau mal\nvor 3 Tagen\nAlways run `npm test` before committing.'],
    ['a thread in a French UI', 'regarde\nil y a 2 jours\nNever commit `.env` files.'],
    ['a thread in a Russian UI', 'посмотри\n3 дня назад\nAlways run `make lint` before pushing.'],
    ['a link aggregator comment', 'this thread\nu/devops_guy · 4 hr. ago\nNever store secrets in the repo.'],
  ])('%s', (_name, text) => {
    expect(lessons(text)).toEqual([]);
  });

  it.each([
    [
      'a time in the user own sentence',
      'it broke 3 days ago\nAlways run `make lint` before pushing.',
      ['Always run `make lint` before pushing.'],
    ],
    [
      'a time that is not a whole line',
      'the deploy failed 2 days ago. Always use `pnpm` for installs.',
      ['Always use `pnpm` for installs.'],
    ],
    ['a rule after a thread header, then the user', 'from the review\n@lintbot\n2 days ago\nNever edit `dist/` by hand.', []],
  ])('the user typing around a time still speaks: %s', (_name, text, expected) => {
    expect(lessons(text)).toEqual(expected);
  });

  it('a fenced block bounds the paste a framing line opens: the line after it is the user again', () => {
    expect(
      lessons('I got this error:\n~~~\nTypeError: x is undefined. Never trust the payload.\n~~~\nAlways guard optional fields with `?.`.'),
    ).toEqual(['Always guard optional fields with `?.`.']);
  });

  it('the framing sentence outside a pasted log is still the user speaking', () => {
    expect(
      lessons('Always run the linter before pushing. Here is the log I got:\nERROR: lint failed\nNever ignore rule no-unused-vars.'),
    ).toEqual(['Always run the linter before pushing.']);
  });
});

describe('text the agent was shown first is not the user speaking', () => {
  const readme = 'Contributing\n\nNever edit the generated clients by hand, regenerate them with `make gen`.\n';
  const line = 'Never edit the generated clients by hand, regenerate them with `make gen`.';
  const projects =
    'ID                 TITLE                 STATE\nproj-0042          Mobile App Launch     open\nproj-0043          Billing Rewrite       open\n';
  const pick = 'use the board Mobile App Launch instead';

  it('a line the user copied from a file the agent read', () => {
    expect(lessons(line, [{ tool: 'Read', input: { file_path: '/app/CONTRIBUTING.md' }, out: readme }])).toEqual([]);
  });
  it('the same line typed without the agent having read it is a rule', () => {
    expect(lessons(line)).toHaveLength(1);
  });
  it('only the last few outputs are looked in: the window is bounded, not the whole session', () => {
    const read: Step = { tool: 'Read', input: { file_path: '/app/CONTRIBUTING.md' }, out: readme };
    // Eight outputs are kept; the edit before the interrupt is the last of them.
    const later: Step[] = Array.from({ length: 7 }, (_, k) => ({ run: `ls dir${k}`, out: `file${k}.txt` }));
    expect(lessons(line, [read, ...later])).toHaveLength(1);
    expect(lessons(line, [read, ...later.slice(1)])).toEqual([]);
  });
  it('a value picked from a table a tool listed', () => {
    expect(lessons(pick, [{ run: 'gh project list', out: projects }])).toEqual([]);
  });
  it('the same words with no table before them are a rule', () => {
    expect(lessons(pick)).toEqual(['Use the board Mobile App Launch instead.']);
  });
  it('a one-word name that appears in a listing does not make a rule pasted', () => {
    expect(lessons('never use the proj-0043 board', [{ run: 'gh project list', out: projects }])).toEqual([
      'Never use the proj-0043 board.',
    ]);
  });
});

describe('what the user typed is still mined', () => {
  it.each([
    [
      'bulleted rules the user wrote',
      '- always run `make lint` before committing\n- never push to main directly',
      ['Always run `make lint` before committing.', 'Never push to main directly.'],
    ],
    [
      'a framing line that introduces the user own rules',
      'Rules for this repo:\n- always use pnpm for installs\n- never edit dist/ by hand',
      ['Always use pnpm for installs.', 'Never edit dist/ by hand.'],
    ],
    [
      'typed paragraphs',
      'I looked at the diff and it is close.\n\nAlways run the migrations through `bin/migrate`.\n\nThanks for the quick turnaround.',
      ['Always run the migrations through `bin/migrate`.'],
    ],
    [
      'a numbered plan the user wrote',
      'here is the plan:\n1. always write the test first\n2. never skip CI on release branches',
      ['Always write the test first.', 'Never skip CI on release branches.'],
    ],
    ['one short imperative', 'use the staging project instead', ['Use the staging project instead.']],
    [
      'a rule that names a log setting',
      'Always run the integration suite with level=debug.',
      ['Always run the integration suite with level=debug.'],
    ],
    [
      'a paragraph after a link in parentheses',
      'the guide is long (https://example.com/guide)\n\nAlways use the staging bucket for uploads.',
      ['Always use the staging bucket for uploads.'],
    ],
    [
      'a paragraph after a line ending in a link and a blank line',
      'did you read https://example.com/api/v2\n\nnever call the v1 endpoints',
      ['Never call the v1 endpoints.'],
    ],
    [
      'a rule that ends in a link',
      'Never deploy without checking https://status.example.com',
      ['Never deploy without checking https://status.example.com.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(lessons(text)).toEqual(expected);
  });
});
