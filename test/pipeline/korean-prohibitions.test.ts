/**
 * Korean says "don't" by the verb's ending, with no frame word: "main에 직접 푸시하지 마세요", "테스트를 건너뛰지 마",
 * "코드에 API 키를 하드코딩하지 말 것". Main read a Korean rule only after 항상/반드시/절대 or "from now on", so said in two
 * sessions these were lost, where "Don't push to main directly" is kept (helper probe10, session 25; lingua/standing.ts
 * KO_DONT). Controls: a kind word with nothing it acts on ("걱정하지 마세요", "신경 쓰지 마"), a moment ("오늘은 머지하지
 * 마세요", "아직 배포하지 마세요"), a thing pointed at ("그 파일은 삭제하지 마세요"), and a question teach nothing.
 * Two politeness levels across the sessions are one rule.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: readonly [string, string]): WorldSession[] =>
  TASKS.map((task, j) => ({
    format: FORMATS[(k + j) % 3]!,
    turns: [{ user: task }, { say: 'Done.' }, { user: said[j]! }, { say: 'OK.' }],
  }));

describe('a Korean prohibition by its ending, said in two sessions', () => {
  it.each([
    ['package-lock.json 파일은 커밋하지 마세요.', 'package-lock.json 파일은 커밋하지 마세요.'],
    ['프로덕션 데이터베이스에 직접 접속하지 마.', '프로덕션 데이터베이스에 직접 접속하지 마세요.'],
    ['코드에 API 키를 하드코딩하지 말 것.', '코드에 API 키를 하드코딩하지 말 것.'],
    ['린트 경고를 무시하지 말아 주세요.', '린트 경고를 무시하지 마.'],
  ] as const)('a rule: %s / %s', async (a, b) => {
    const lines = await addedLines(sessions(a.length, [a, b]));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(a.split(' ')[0]);
  });

  it.each([
    '괜찮아요, 신경 쓰지 마세요.',
    '서두르지 마세요.',
    '오늘은 머지하지 마세요.',
    '아직 배포하지 마세요.',
    '그 파일은 삭제하지 마세요.',
    '왜 테스트를 건너뛰었어요?',
  ])('no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, [said, said]))).toEqual([]);
  });
});
