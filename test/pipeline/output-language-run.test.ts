/**
 * The language of the agent's words end to end: `dream run` over Claude Code transcripts where the user asked in two
 * sessions about different tasks for comments in Japanese (round 8's T1, in words of our own) proposes the engine's
 * English sentence, quoting the user, and the guards let it through. What is not the user asking stays out: the same
 * words in a file the agent read, in a README the user pasted, a single session, one task sent twice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TempRepo } from './helpers.js';
import type { Turn } from '../helpers/transcript-builders.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.dispose());

/** A session about `task` in which the user says `ask` after the agent's first step. */
const work = (task: string, ask: string): Turn[] => [
  { user: task },
  { bash: 'ls src', out: 'app.ts\nparser.ts' },
  { user: ask },
  { tool: 'Edit', input: { file_path: 'src/app.ts', old_string: 'a', new_string: 'b' }, out: 'ok' },
];

async function adds(...sessions: Turn[][]) {
  repo?.dispose();
  repo = new TempRepo();
  sessions.forEach((turns, i) => repo!.session(i + 1, turns));
  const { report } = await repo.run();
  return {
    edits: report.edits.filter((e) => e.op === 'add').map((e) => e.after),
    quotes: report.edits.flatMap((e) => e.evidence.map((ev) => ev.quote)).sort(),
    rejected: report.rejected.map((r) => r.reason),
  };
}

const TASK_A = 'ログイン画面にパスワードリセットのリンクを追加して';
const TASK_B = 'CSVエクスポートの日付の形式を直してください';

describe('dream run on the language the user wants the agent to write in', () => {
  it('comments in Japanese, asked in two sessions about different tasks, in two wordings', async () => {
    const r = await adds(work(TASK_A, 'コメントは日本語で書いてください'), work(TASK_B, 'コードのコメントは日本語でお願いします。'));
    expect(r.rejected).toEqual([]);
    expect(r.edits).toEqual(['Write code comments in Japanese: the user asked for it in 2 sessions.']);
    expect(r.quotes).toEqual(['コメントは日本語で書いてください', 'コードのコメントは日本語でお願いします。'].sort());
  });

  it('replies in Chinese, once in Chinese and once in English, at the opening of each session', async () => {
    const r = await adds(
      [{ user: '请用中文回答。帮我给导出功能加一个日期过滤' }, { bash: 'ls src', out: 'export.ts' }],
      [{ user: 'Please reply in Chinese. Fix the flaky upload test in the storage module.' }, { bash: 'ls test', out: 'upload.test.ts' }],
    );
    expect(r.rejected).toEqual([]);
    expect(r.edits).toEqual(['Answer in Chinese: the user asked for it in 2 sessions.']);
  });

  it('one session proposes nothing', async () => {
    expect((await adds(work(TASK_A, 'コメントは日本語で書いてください'))).edits).toEqual([]);
  });

  it('one task sent again in a second session proposes nothing', async () => {
    const ask = 'コメントは日本語で書いてください';
    expect((await adds([{ user: `${TASK_A}。${ask}` }], [{ user: `${TASK_A}。${ask}` }])).edits).toEqual([]);
  });

  it('the same words in a file the agent read, in two sessions, are not the user asking', async () => {
    const readsGuide = (task: string): Turn[] => [
      { user: task },
      { bash: 'cat CONTRIBUTING.md', out: '# 開発ガイド\n\nコメントは日本語で書いてください。\n提交信息请用英文写。\n' },
      { user: 'ok, go ahead' },
    ];
    expect((await adds(readsGuide(TASK_A), readsGuide(TASK_B))).edits).toEqual([]);
  });

  it('a README in Japanese pasted into the prompt, in two sessions, is not the user asking', async () => {
    const readme = [
      '# プロジェクト概要',
      '',
      'このリポジトリは社内向けの在庫管理ツールです。',
      '',
      '## 開発ルール',
      '',
      '- コメントは日本語で書いてください',
      '- コミットメッセージは英語で書いて',
      '',
      '## セットアップ',
      '',
      '`pnpm install` を実行し、`pnpm dev` で起動します。在庫データは `data/` に置きます。',
    ].join('\n');
    const pasted = (task: string): Turn[] => [{ user: `${task}\n\n${readme}` }, { bash: 'ls', out: 'src' }];
    expect((await adds(pasted(TASK_A), pasted(TASK_B))).edits).toEqual([]);
  });
});
