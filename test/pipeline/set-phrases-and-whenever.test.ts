/**
 * A set phrase after a rule's frame ("Siempre a la orden.", "Immer mit der Ruhe.", "Nunca digas nunca.", "Всегда рад
 * помочь.") and "whenever I …" ("Siempre que corro los tests, falla el build.") became memory word for word on main
 * when said in two sessions (probe6). Tested with other sentences than the probes'. Controls: orders after the same
 * frames are still learnt.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('a set phrase or "whenever I" after a rule frame, said in two sessions', () => {
  it.each([
    'Siempre a tu servicio.',
    'Nie ohne Grund.',
    'Всегда рада помочь.',
    'Siempre que compilo, se llena el disco.',
    'Immer wenn ich den Server starte, hängt er.',
  ])('is no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each(['Siempre que hagas merge, borra la rama.', 'Nie auf main direkt pushen.'])('an order is still a rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toHaveLength(1);
  });
});
