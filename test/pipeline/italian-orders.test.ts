/**
 * Italian rules: the prohibition "non" with the infinitive ("Non installare pacchetti globali"), "mai" with it ("Mai
 * committare le credenziali"), "evita di", an -ere/-ire imperative before "sempre" ("Aggiungi sempre un test per ogni
 * bug"), "ricordati di", "d'ora in poi", and "Non usare yarn, usa pnpm" as a preference. Main read no Italian but what
 * the Portuguese reader took from "sempre", so said in two sessions these were lost (helper probe10, session 25;
 * lingua/it.ts, lingua/standing.ts). Controls, wordings the reading was not written from: kind words ("Evita di
 * scusarti", "Non fare il furbo", "Non avere fretta"), statements ("Non compila più da ieri", "Mai capito perché
 * fallisce"), a moment or a thing pointed at ("Non toccare niente adesso", "Non perdere tempo con questo"), a question,
 * a prediction after "d'ora in poi", and what a program does ("Lancia sempre un'eccezione").
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('an Italian rule, said in two sessions', () => {
  it.each([
    'Non installare pacchetti globali.',
    'Mai committare le credenziali.',
    'Evita di modificare i file generati.',
    'Aggiungi sempre un test per ogni bug.',
    'Non usare mai var in JavaScript.',
    'Ricordati di aggiornare il changelog.',
    'Da ora in poi scrivi i commenti in inglese.',
  ])('a rule: %s', async (said) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/\.$/, ''));
  });

  it('a preference: Non usare yarn, usa pnpm.', async () => {
    expect(await addedLines(sessions(1, 'Non usare yarn, usa pnpm.'))).toEqual([expect.stringMatching(/^Use `?pnpm`?, not `?yarn`?/)]);
  });

  it.each([
    'Evita di scusarti.',
    'Non fare il furbo.',
    'Non avere fretta.',
    'Non compila più da ieri.',
    'Mai capito perché fallisce.',
    'Non toccare niente adesso.',
    'Non perdere tempo con questo.',
    'Scrivi sempre codice così pulito?',
    'Da ora in poi il build sarà più veloce.',
    "Lancia sempre un'eccezione.",
  ])('no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });
});
