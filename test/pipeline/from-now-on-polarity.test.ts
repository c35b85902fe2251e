/**
 * A rule that "from now on" frames, in another language and with no code to gloss, was labelled as an ask whatever its
 * order said: "A partir de ahora, no hagas commit sin tests" reached the pull request's patterns table as
 * `pos|said|…`, a prohibition shown as its opposite (helper probe7, session 22; misses16 had fixed German with code
 * only). The order's own negation now decides (lingua/forbids.ts). End to end, in three agents' formats, with wordings
 * other than the probe's, in the eight languages standing.ts reads. Controls: a framed order that asks, and one whose
 * negation belongs to "don't forget", stay `pos`.
 */
import { describe, expect, it } from 'vitest';
import { dreamed, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

async function label(said: string): Promise<string[]> {
  const { added, signatures } = await dreamed(sessions(said.length, said));
  expect(added).toHaveLength(1);
  return signatures.map((s) => s.split('|')[0]!);
}

describe('a rule framed by "from now on", said in two sessions, is labelled by its own polarity', () => {
  it.each([
    'De ahora en adelante, nunca borres las migraciones.',
    'Desde ahora no subas los cambios sin revisar.',
    'Daqui pra frente, nunca apague as migrações.',
    'A partir de agora, não faça merge sem revisão.',
    'Ab sofort nie wieder die Migrationen löschen.',
    'Künftig pushe nicht direkt auf main.',
    'Von nun an keine Merges ohne Review.',
    'Dorénavant, ne supprime plus les migrations.',
    'Впредь не удаляй миграции.',
    '以后不要直接推到主分支。',
    'これからはマイグレーションを削除しないでください。',
    '이제부터 메인 브랜치에 직접 푸시하지 마세요.',
  ])('forbids: %s', async (said) => {
    expect(await label(said)).toEqual(['neg']);
  });

  it.each([
    'De ahora en adelante, revisa los logs antes de reiniciar.',
    'De ahora en adelante, no olvides correr las migraciones.',
    'A partir de agora, não se esqueça de rodar as migrações.',
    'Von nun an immer zuerst die Tests laufen lassen.',
    'Désormais, écris les tests avant le code.',
    '今後はテストを実行するのを忘れないでください。',
  ])('asks: %s', async (said) => {
    expect(await label(said)).toEqual(['pos']);
  });
});
