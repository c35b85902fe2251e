/**
 * "From now on" in another language frames a rule only as an order to the agent, as in English
 * (from-now-on-orders.test.ts): on main "Désormais, je vais relire les PR moi-même.", "A partir de ahora, yo reviso los
 * PR." and "Ab jetzt mache ich die Deploys selbst." became memory, where the agent would read "I" as itself
 * (lingua/own-subject.ts). End to end in three agents' formats, with other verbs and subjects than those probes.
 * Controls: imperatives and "you" with a modal after the frame are still learnt.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('"from now on" before the speaker\'s plan or a prediction, in other languages', () => {
  it.each([
    'Désormais, on relit les PR nous-mêmes.',
    "Dorénavant, je m'occupe des déploiements.",
    "À l'avenir, il faudra plus de tests.",
    'De ahora en adelante me encargo yo de los despliegues.',
    'A partir de ahora, revisaré los PR personalmente.',
    'Desde ahora la rama main está protegida.',
    'Daqui pra frente a main fica protegida.',
    'Ab sofort kümmere ich mich um die Deploys.',
    'Künftig läuft die Pipeline nachts.',
    'Von nun an übernehme ich die Reviews.',
    'С этого момента я сам слежу за деплоем.',
    '从现在开始我来负责部署。',
    'これからは僕がデプロイします。',
    '이제부터는 내가 배포할게.',
  ])('is no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each([
    'Désormais, relis toujours le diff avant de pousser.',
    'Dorénavant, vous devez signer chaque commit.',
    'A partir de ahora, ejecuta las migraciones antes de los tests.',
    'De ahora en adelante, nunca hagas force push.',
    'Von nun an führe die Tests vor jedem Commit aus.',
    'Ab sofort verwenden Sie pnpm für Installationen.',
    'Впредь всегда запускай линтер перед коммитом.',
    '从现在开始每次提交前先运行测试。',
    'これからはコミット前にテストを実行してください。',
    '이제부터는 커밋 전에 테스트를 실행해 주세요.',
  ])('an order to the agent is still a rule: %s', async (said) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/[.。]$/u, ''));
  });
});
