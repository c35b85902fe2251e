/**
 * A reproach said as its own sentence before the order (helper probe7, session 22): "また忘れてる。テストを先に実行して。"
 * says what "テストを先に実行するのを忘れないで" says, a standing rule, yet main read the order alone, a step of the
 * task, and learnt nothing in any language. The order after a bare reproach is now read as its reminder
 * (lingua/bare-reproach.ts). End to end, in three agents' formats, with wordings and languages other than the probe's.
 * Controls: after the reproach, a one-off (a pronoun, "now", "this file", "this time"), a statement of what is wrong,
 * or a question stays no rule; the reproach alone is none.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('a bare reproach, then an order, said in two sessions', () => {
  it.each<[string, string]>([
    ['また忘れてるね。プッシュの前にテストを実行してください。', 'プッシュの前にテストを実行してください'],
    ['又忘记了。提交之前先跑一下测试。', '提交之前先跑一下测试'],
    ['또 까먹었네요. 푸시 전에 린트를 돌려 주세요.', '푸시 전에 린트를 돌려 주세요'],
    ['Forgot it again. Update the changelog before you push.', 'Update the changelog before you push'],
    ['Você esqueceu de novo. Rode os testes antes do push.', 'Rode os testes antes do push'],
    ['De nuevo se te olvidó. Corre el linter antes de hacer push.', 'Corre el linter antes de hacer push'],
    ['Schon wieder vergessen. Führe zuerst die Tests aus.', 'Führe zuerst die Tests aus'],
  ])('is the order as a rule: %s', async (said, order) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(order);
  });

  it.each([
    'You forgot again. Fix it.',
    '又忘了。把这个文件改回来。',
    'Schon wieder vergessen. Mach das rückgängig.',
    'また忘れた。それを元に戻して。',
    '또 잊었어. 지금 바로 고쳐.',
    'You forgot again. The tests are red now.',
    'また忘れてる。テストが落ちてるよ。',
    'また忘れてる。今回はテストを飛ばして。',
    'You forgot again. Why?',
    '또 잊었어.',
  ])('is no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  // Helper probe8 (session 23): an order that says nothing of when it comes is the task of the moment, and main made
  // it a rule once two sessions had one ("Update the README" is a task; "before you push" makes it a step).
  it.each([
    'You forgot again. Update the README.',
    'Forgot it again. Close the modal in App.tsx.',
    'また忘れてる。package.json を更新して。',
    '又忘了。更新 README。',
    '又忘了。提交代码。',
    '또 잊었네. README 업데이트해 줘.',
    'Otra vez lo olvidaste. Actualiza el README.',
    'Você esqueceu de novo. Atualize o README.',
    'Schon wieder vergessen. Aktualisiere die README.',
    'また忘れた。ブランチをプッシュして。',
  ])('a one-off task after it, no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each<[string, string]>([
    ['You forgot again. Run the formatter before committing.', 'Run the formatter before committing'],
    ['又忘了。推送之前先跑测试。', '推送之前先跑测试'],
    ['또 잊었네. 커밋하기 전에 포맷터를 돌려 줘.', '커밋하기 전에 포맷터를 돌려 줘'],
    ['Schon wieder vergessen. Führe vor dem Push die Tests aus.', 'Führe vor dem Push die Tests aus'],
  ])('a step that says when, a rule: %s', async (said, order) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(order);
  });
});
