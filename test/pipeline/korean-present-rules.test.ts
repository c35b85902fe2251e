/**
 * Korean rules in the plain present ("항상 린트를 먼저 돌린다", a rules list's style) and soft -요 requests ("반드시
 * 마이그레이션을 먼저 적용해요") were read as statements by their endings alone, so said in two sessions they were lost
 * (helper probe9, session 24). An object (을/를) and no subject, failure, past, "must" or telling ending make them rules
 * (lingua/cjk-statements.ts); -요, which says "it does" as readily as "do", only with a step's order, 반드시 or a tool as
 * typed. Controls in the same endings: statements with a subject, a failure, a past, a "must", an amount.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('a Korean present after "always", said in two sessions', () => {
  it.each([
    '항상 커밋 메시지를 영어로 작성한다.',
    '반드시 PR 설명을 업데이트한다.',
    '항상 yarn을 사용한다.',
    '매번 배포 전에 스냅샷을 갱신해요.',
    '반드시 환경 변수를 확인해요.',
    '항상 pnpm을 사용해요.',
  ])('an order with its object, a rule: %s', async (said) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/\.$/, ''));
  });

  it.each([
    '항상 린트에서 경고가 나와요.',
    '매번 빌드를 다시 해야 해요.',
    '항상 테스트를 통과 못 해요.',
    '항상 서버를 재시작했어요.',
    '매번 캐시를 너무 많이 써요.',
    '항상 메모리를 잡아먹어요.',
    '매번 타입 에러를 낸다.',
    '항상 빌드가 느린다.',
  ])('a statement in the same endings, no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });
});
