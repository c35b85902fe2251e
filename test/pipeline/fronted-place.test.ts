/**
 * "Always"/"never", a place, a tool or a moment, then a clause (helper probe9, session 24): main read "Nunca en develop
 * compila", "Always on develop it crashes", "Toujours sur develop ça casse", "Immer auf develop bricht es ab", "Sempre
 * depois do merge quebra o build" as orders, and said in two sessions each became memory. The clause after the phrase
 * says who does what (lingua/fronted.ts). End to end, in three agents' formats, with wordings other than the ones the
 * reading was written from. Controls: the same frame with the agent's own verb after the phrase stays an order, and one
 * main lost to a complaint reading ("Siempre por la mañana actualiza …") is kept.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('a place or a moment fronted after "always"/"never", said in two sessions', () => {
  it.each([
    'Nunca con docker levanta.',
    'Siempre después del deploy se cae la app.',
    'Nunca no Docker sobe.',
    'Sempre depois do deploy cai a aplicação.',
    'Toujours sur develop ça casse.',
    'Toujours après le déploiement l’appli tombe.',
    'Immer unter Windows stürzt es ab.',
    'Immer nach dem Deploy fällt die App aus.',
    'Always on Windows it fails to build.',
    'Never with Docker does the server start.',
    'Always after a rebase everything breaks.',
    // The phrase's noun after its adjective: the pronoun with a third person after it is the clause's subject.
    'Always on the first run it times out.',
    'Never on the staging box does it work.',
    'Sempre con docker si blocca.',
  ])('a thing does something there, no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each([
    'Nunca con docker uses la imagen latest.',
    'Siempre después del deploy revisa los logs.',
    'Sempre depois do deploy verifica os logs.',
    'Toujours après le déploiement vérifie les logs.',
    'Always on Windows use PowerShell.',
    'Always on the first deploy run it twice.',
    'Immer nach dem Deploy die Logs prüfen.',
    'Siempre por la mañana actualiza las dependencias.',
  ])('the agent’s verb after the phrase, a rule: %s', async (said) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/\.$/, '').split(' ').slice(-2).join(' '));
  });
});

// "Sempre de mal humor" (always in a bad mood): "de" opens a manner as "com" does (lingua/verbless.ts).
describe('a mood after "always", said in two sessions', () => {
  it.each(['Siempre de mal humor.', 'Toujours de mauvaise humeur.', 'Sempre de cara fechada.'])('no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });
});
