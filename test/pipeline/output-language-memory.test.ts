/**
 * The language of the agent's words against what memory already says, end to end (round 14: a Codex project whose
 * AGENTS.md said "- Respond in Japanese." while the user asked "日本語で解答して" in two sessions, and the engine would
 * have added "Answer in Japanese." beside it). An entry that asks for the same language for the same thing written, in
 * any words or language, already says the lesson; one for another language or another thing does not. And an ask
 * typed above a review comment the user pasted is the user's, while the reviewer's words below the comment's header
 * (its author and age) are not. Wordings, sites and tasks here are our own.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TempRepo } from './helpers.js';
import type { Turn } from '../helpers/transcript-builders.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.dispose());

/** A session about `task` in which the user says `ask` after the agent's first step. */
const work = (task: string, ask: string): Turn[] => [
  { user: task },
  { bash: 'ls src', out: 'app.ts\nsearch.ts' },
  { user: ask },
  { tool: 'Edit', input: { file_path: 'src/app.ts', old_string: 'a', new_string: 'b' }, out: 'ok' },
];

async function adds(memory: string | undefined, ...sessions: Turn[][]) {
  repo?.dispose();
  repo = new TempRepo();
  if (memory !== undefined) writeFileSync(path.join(repo.dir, 'CLAUDE.md'), memory);
  sessions.forEach((turns, i) => repo!.session(i + 1, turns));
  const { report } = await repo.run();
  return report.edits.filter((e) => e.op === 'add').flatMap((e) => e.after ?? []);
}

const TASK_A = '検索結果のページネーションを修正して';
const TASK_B = 'ユーザー一覧にメールアドレスの列を追加してください';
const ASKED = [work(TASK_A, '日本語で回答して'), work(TASK_B, '回答は日本語でお願いします')];
const LESSON = 'Answer in Japanese: the user asked for it in 2 sessions.';

describe('a reply language memory already asks for is not added again', () => {
  it.each([
    ['in English, with another verb', '# Project\n\n- Respond in Japanese.\n'],
    ['in Japanese', '# Project\n\n- 日本語で返答してください。\n'],
    ['beside a condition that names another language', '# Notes\n\n- Always answer in Japanese, even when the question is in English.\n'],
    ['as a paragraph under a heading', '# Project\n\n## Communication\n\nReplies must be in Japanese.\n'],
  ])('%s', async (_name, memory) => {
    expect(await adds(memory, ...ASKED)).toEqual([]);
  });

  it.each([
    ['another language', '# Project\n\n- Respond in English.\n'],
    ['another thing written in Japanese', '# Project\n\n- コメントは日本語で書いてください\n'],
    ['nothing about language', '# Project\n\n- Prefer small commits.\n'],
  ])('memory that asks for %s still gets the lesson', async (_name, memory) => {
    expect(await adds(memory, ...ASKED)).toEqual([LESSON]);
  });
});

describe('a review comment pasted into the prompt', () => {
  const review = (ask: string) =>
    `${ask} src/api/users.ts\n  email?: string\n@typebot\ntypebot bot\n5 days ago\nMake \`email\` required in CreateUserRequest.\n\nApply this diff:\n-  email?: string\n+  email: string`;

  it('the ask the user typed above it counts', async () => {
    const pasted: Turn[] = [{ user: review('下のレビュー指摘が正しいか確認して日本語で回答して') }, { bash: 'ls src', out: 'api' }];
    expect(await adds(undefined, pasted, work(TASK_B, '回答は日本語でお願いします'))).toEqual([LESSON]);
  });

  it("the reviewer's words below the comment's header are not the user's rule, in two sessions", async () => {
    const thread = (header: string): Turn[] => [
      ...work(TASK_A, 'ok'),
      { user: `what the reviewer wrote\n${header}\nAlways run \`make lint\` before pushing.` },
      { bash: 'ls', out: 'src' },
    ];
    const edits = await adds(undefined, thread('@ci-helper\nci-helper bot\n1 day ago'), thread('maria-k commented 3 hours ago'));
    expect(edits.filter((e) => e.includes('make lint'))).toEqual([]);
    // The same line typed by the user, in two sessions, is a rule.
    const typed = (): Turn[] => [...work(TASK_A, 'ok'), { user: 'Always run `make lint` before pushing.' }, { bash: 'ls', out: 'src' }];
    expect((await adds(undefined, typed(), typed())).filter((e) => e.includes('make lint'))).toHaveLength(1);
  });
});
