/**
 * A statement that opens with "always"/"every time"/"never" in Chinese, Japanese or Korean, said in two sessions, became
 * memory word for word on main ("总是报同样的错。" as a rule: probe6). Tested with other sentences than the probes':
 * a failure at the clause's end, a potential complement, forgetting, a polite or plain statement ending, a subject
 * particle. Controls: orders after the same frames, with and without a marker, are still learnt.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('a statement after a CJK rule frame, said in two sessions', () => {
  it.each([
    '每次都上传失败。',
    '总是启动不了。',
    '总是忘记写注释。',
    '毎回マイグレーションが失敗する。',
    '常にテストに時間がかかります。',
    '항상 배포가 실패해요.',
    '매번 빌드가 느립니다.',
  ])('is no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each(['每次都先跑一遍测试。', '常にコミット前にテストを実行してください。', '항상 커밋 전에 테스트를 실행하세요.'])(
    'an order is still a rule: %s',
    async (said) => {
      const lines = await addedLines(sessions(said.length, said));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(said.replace(/[.。]$/u, ''));
    },
  );
});
