/**
 * French "ne … jamais" with an -er verb off the closed list of forbidden doings (helper probe8, session 23): main read
 * it as what a program does ("Ne charge jamais la page"), so "Ne charge jamais les secrets dans le code" was lost. A
 * secret put in the agent's code or repository is what a rule forbids, whatever the verb (lingua/fr-never.ts). End to
 * end, in three agents' formats, with wordings other than the probe's. Controls: no place, a place outside the work, a
 * verb of finding or hiding (a program's failure), and objects that are no secret stay no rule.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('"ne … jamais" on a secret, said in two sessions', () => {
  it.each([
    'Ne sauvegarde jamais le mot de passe dans le code.',
    'N’envoie jamais les tokens sur git.',
    'Ne stocke jamais les clés API dans le repo.',
    'N’enregistre jamais les identifiants dans le code.',
    'Ne stocke jamais de secrets en clair.',
  ])('put in the work, a rule: %s', async (said) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/\.$/, ''));
  });

  it.each([
    'Ne charge jamais la page.',
    'Ne charge jamais les secrets.',
    'Ne récupère jamais les secrets du dépôt.',
    'Ne détecte jamais les tokens dans le code.',
    'Ne masque jamais les secrets dans le code.',
    'Ne charge jamais les images dans le code.',
    'N’enregistre jamais les tokens en base.',
  ])('anything else, no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });
});
