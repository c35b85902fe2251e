/**
 * German puts "always"/"never" after the verb's object or a phrase, and a separable verb's particle last: "Führe vor dem
 * Commit immer den Linter aus", "Schalte die Typprüfung niemals ab". Main read the adverb only right after the verb, so
 * said in two sessions these were lost (helper probe9, session 24; lingua/standing.ts afterVerbApart). Controls: "immer
 * wieder/noch" (again and again, still) ask it now, and a sentence opened by its subject states.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('a German imperative with its adverb after the object, said in two sessions', () => {
  it.each([
    'Aktualisiere nach jedem Merge immer das Changelog.',
    'Lösche temporäre Dateien niemals von Hand.',
    'Nutze für Abhängigkeiten immer pnpm.',
    'Pushe auf main niemals direkt.',
    'Baue das Projekt vor dem Push immer neu.',
    'Entferne Debug-Ausgaben vor dem Commit immer.',
  ])('a rule: %s', async (said) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/\.$/, ''));
  });

  it.each([
    'Führe es immer wieder aus.',
    'Lade die Seite immer wieder neu.',
    'Teste das bitte immer noch einmal.',
    'Diese Tests laufen nie durch.',
  ])('no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });
});
