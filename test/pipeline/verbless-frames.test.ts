/**
 * A frame word with no verb after it (helper probe7, session 22). German capitalises its nouns, so a lower-case word
 * alone after the preposition is a name, and the sentence an order without its verb ("Immer mit yarn", "Nie auf
 * master"): main read every "Immer mit …" as the user's complaint ("Immer mit der Ruhe") and lost them. A preposition
 * before a noun phrase with an article is what keeps coming along, a complaint ("Toujours avec des warnings partout",
 * "Siempre con los mismos errores", "Immer mit dem gleichen Fehler"), which main made memory. End to end, in three
 * agents' formats. Controls: a German order that an infinitive closes, and code or a bare name after a Romance frame,
 * stay rules; German complaints with a capitalised noun stay none.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('a frame with no verb after it, said in two sessions', () => {
  it.each([
    'Siempre con los mismos errores.',
    'Toujours avec des warnings partout.',
    'Nunca con la documentación al día.',
    'Toujours avec le même problème de cache.',
    'Immer mit dem gleichen Fehler.',
    'Nie ohne einen neuen Bug.',
    'Immer mit der Ruhe.',
    'Immer mit Webpack.',
  ])('is no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each([
    'Immer mit yarn.',
    'Nie auf master.',
    'Immer mit uv.',
    'Nie ohne tests.',
    'Nie mit dem Admin-Token arbeiten.',
    'Siempre con yarn.',
    'Toujours avec `uv`.',
    'Nunca en master.',
  ])('is a rule: %s', async (said) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/\.$/, ''));
  });
});
