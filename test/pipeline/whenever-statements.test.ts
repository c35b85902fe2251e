/**
 * "Siempre que …" / "Sempre que …" / "Immer wenn …" / "Toujours quand …" (whenever) followed by what happens, said in two sessions, became memory word for
 * word on main, read as "always" + a rule: "Siempre que corres X, se borra Y: the user asked for it in 2 sessions."
 * Round 34 found the form in real Spanish text. Controls: "whenever" followed by an order is still learnt, in the
 * person's words.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a currency column to the invoice list.', 'The invoice PDF cuts the last line; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('"whenever" in two sessions', () => {
  it.each([
    'Siempre que levantas el servidor, tarda dos minutos en responder.',
    'Siempre que el job nocturno corre se llena el disco.',
    'Sempre que você reinicia o banco, as sessões expiram.',
    'Sempre que o CI roda, o cache some.',
    'Immer wenn du den Server neu startest, hängt der Worker.',
    'Toujours quand tu lances les tests, la base se bloque.',
  ])('followed by what happens is no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each([
    'Siempre que cambies una dependencia, actualiza el lockfile.',
    'Siempre que se agrega una tabla, hay que escribir la migración.',
    'Sempre que alterar uma rota, atualize a documentação.',
    'Immer wenn du eine Tabelle anlegst, schreibe die Migration dazu.',
    'Toujours quand tu ajoutes une table, écris la migration.',
  ])('followed by an order is a rule in the person’s words: %s', async (said) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/\.$/u, ''));
  });
});
