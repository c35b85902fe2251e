/**
 * German after "immer"/"nie" and a fronted place or moment puts the finite verb second and its subject after it: "Nie
 * in CI laufen die Tests durch", "Immer auf main scheitern die Tests", "Nie mit Docker kann man das testen" say what a
 * thing does. Main read a plural's -en and a modal as an order's infinitive, and said in two sessions each became memory
 * (helper probe10, session 25; statements.ts germanVerbSecond, lingua/own-subject.ts). "Ab jetzt laufen die Tests in
 * CI" is the same statement after "from now on", and "Ab jetzt zuerst die Tests laufen lassen" an order main lost to its
 * "-t" adverb. End to end, in three agents' formats, with wordings other than the ones the reading was written from.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('a German verb before its own subject, said in two sessions', () => {
  it.each([
    'Immer beim Build fallen die Snapshots um.',
    'Nie in Safari funktionieren die Animationen.',
    'Immer mit Node 18 brechen die Imports.',
    'Immer am Montag sind die Runner voll.',
    'Nie im Staging werden die Mails verschickt.',
    'Immer bei Timeouts können die Jobs nicht neu starten.',
    'Immer zu Monatsbeginn explodieren die Kosten.',
    'Immer nach dem Update fehlen Dateien.',
    'Von nun an sind die Builds schneller.',
  ])('what a thing does, no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each([
    'Nie auf dem Laptop die Produktionsdaten laden.',
    'Immer oben die Imports sortieren.',
    'Ab jetzt zuerst die Tests laufen lassen.',
    'Immer einen Test für jeden Bugfix schreiben.',
    'Nie in Produktion lösche die Logs.',
  ])('an order, a rule: %s', async (said) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/\.$/, ''));
  });
});
