/**
 * Statements about a program whose verb reads as an order (helper probe7, session 22). Spanish and Portuguese: a rule
 * verb's tú order is also its third person, so "Siempre responde con JSON la API" (the API always answers with JSON)
 * became memory as "(you,) always answer with JSON"; only the subject after the complement, or a complement only a
 * server answers with ("Sempre responde com erro 500"), tells it (lingua/system-subject.ts). French: "Ne charge jamais
 * la page" (it never loads the page) read as "never load the page"; the verb's form tells -ir/-re verbs' third person
 * ("finit"), and an -er verb is an order only of what an agent is told never to do (lingua/fr-never.ts). Each became
 * memory on main, said in two sessions; the sentences here are other verbs, subjects and word orders than the probe's.
 * Controls: orders whose last noun phrase is an object (after a preposition, an infinitive, "y", "luego", a clause of
 * its own, a time) are still learnt, and so are French orders in every form.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('a statement about a program, said in two sessions', () => {
  it.each([
    'Siempre contesta con un 503 el balanceador.',
    'Sempre responde com 404 a rota de usuários.',
    'Siempre usa demasiada memoria el worker.',
    'Sempre usa muita memória o worker.',
    'Siempre crea dos réplicas el deployment de Kubernetes.',
    'Sempre apaga o cache o script de limpeza.',
    'Siempre pide la contraseña dos veces el instalador.',
    'Siempre responde con XML el servicio legado.',
    'Usa siempre la versión vieja el CI.',
    'Siempre responde con un error 404.',
    'Siempre usa `npm` el CI.',
    'Ne charge jamais les images en production.',
    'Ne rafraîchit jamais la liste.',
    'Ne met jamais à jour le cache.',
    'Ne chargent jamais les polices.',
    'Ne récupère jamais les données du serveur.',
    'Ne sauvegarde jamais les préférences.',
  ])('is no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each([
    'Siempre revisa los logs antes de reiniciar el servidor.',
    'Siempre ejecuta las migraciones y luego los tests.',
    'Siempre corre los tests de integración el viernes.',
    'Siempre actualiza la documentación cuando cambies la API.',
    'Sempre roda o linter antes de abrir o PR.',
    'Sempre usa o pnpm e o turbo.',
    'Siempre responde con ejemplos de código.',
    'Revisa siempre los logs del servidor.',
    'Ne supprimez jamais les migrations.',
    'Ne mets jamais de secrets dans le code.',
    'N\u2019écrase jamais le fichier de config.',
    'Ne réécris jamais l\u2019historique de main.',
  ])('an order is still a rule: %s', async (said) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
  });
});
