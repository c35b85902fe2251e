/**
 * Spanish and Portuguese drop the subject and may put it after the verb, so a statement opens with the frame word of
 * a rule: "Nunca funciona make.", "Siempre falla el test de login.", "Sempre falha o build." each became memory on main
 * (session 19's probes). The verb's form tells them apart where the grammar does (lingua/romance-verbs.ts): a negative
 * order is a subjunctive, a first or second person or "es/está/hay" states, and a tú form after "siempre" is an order
 * only of a rule's own verb. End to end, in three agents' formats, with other verbs and persons than the probes'.
 * Controls: orders in every person and mood an order takes (tú, usted, ustedes, vos, infinitive, a pronoun attached,
 * "hay que") are still learnt.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('a statement after "nunca"/"siempre"/"sempre", said in two sessions', () => {
  it.each([
    'Nunca termina el build de Docker.',
    'Siempre explota el test de pagos en CI.',
    'Nunca anda el hot reload con Vite.',
    'Siempre tardan una eternidad los tests de integración.',
    'Nunca me respondes en español.',
    'Siempre olvidas correr el linter.',
    'Siempre hago el deploy los viernes.',
    'Nunca está limpio el árbol de git.',
    'Nunca termina o build do Docker.',
    'Sempre explode o teste de pagamento no CI.',
    'Nunca responde o servidor de staging.',
    'Sempre esqueces de rodar o linter.',
    'Sempre faço o deploy na sexta.',
    'Nunca sobe o servidor de primeira.',
  ])('is no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each([
    'Nunca reescribas el historial de main.',
    'Nunca mezcles ramas sin revisar.',
    'Nunca haga commits en main.',
    'Siempre corre el linter antes de hacer push.',
    'Siempre valida los formularios en el servidor.',
    'Siempre pídeme confirmación antes de borrar.',
    'Siempre ejecuten las migraciones antes de los tests.',
    'Siempre usá pnpm para instalar dependencias.',
    'Siempre hay que correr las migraciones antes de los tests.',
    'Nunca reescreva o histórico da main.',
    'Sempre valide os formulários no servidor.',
    'Nunca suba segredos para o repositório.',
  ])('an order is still a rule: %s', async (said) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/\.$/, ''));
  });
});
