/**
 * A statement that opens with "always"/"never" in French, German, Russian, and a Spanish or Portuguese past tense, each
 * of which became memory on main when said in two sessions (probe5): a noun phrase ("Toujours la même erreur", "Immer
 * der gleiche Fehler", "Всегда одна и та же ошибка"), a past participle ("Toujours planté"), German "immer noch/wieder"
 * or a verb before its subject ("Nie funktioniert make"), a Russian present third person ("Всегда падает сборка"), the
 * Spanish first-person past ("Nunca usé yarn") and Portuguese pasts ("Sempre usei", "Nunca funcionou"). Tested with
 * other words than the probes'. Controls: each language's orders after the same frames are still learnt.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('a statement after a rule frame in another language, said in two sessions', () => {
  it.each([
    'Nunca probé con pnpm.',
    'Sempre testei com o npm.',
    'Nunca funcionou o hot reload.',
    'Toujours le même souci avec docker compose.',
    'Toujours cassé après un rebase.',
    'Immer das gleiche Problem mit pnpm.',
    'Immer wieder hängt der Dev-Server.',
    'Nie startet der Server beim ersten Versuch.',
    'Всегда зависает сборка на шаге тестов.',
    'Никогда не проходит линтер с первого раза.',
  ])('is no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each([
    'Siempre poné los tests primero.',
    'Toujours relis le diff avant de pousser.',
    'Immer zuerst die Migrationen ausführen.',
    'Всегда проверяй линтер перед пушем.',
    'Nunca mexa nos arquivos gerados.',
  ])('an order is still a rule: %s', async (said) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/\.$/, ''));
  });
});
