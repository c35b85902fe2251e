/**
 * A statement about a thing after a rule frame, said in two sessions, became memory word for word on main where the
 * verb's form is also an order's (probe6): "keeps failing", a verb of running with only how and where it runs, a
 * Portuguese casual negative with no object, French "ne … jamais" after a verb of working or a compound past, and a
 * German or Russian complaint with no verb. Tested with other sentences than the probes'. Controls: orders in the same
 * shapes are still learnt.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('a statement about a thing after a rule frame, said in two sessions', () => {
  it.each([
    'Siempre sigue fallando el linter.',
    'Sempre roda devagar no CI.',
    'Nunca roda no Windows.',
    'Ne marche jamais sous Windows.',
    "N'a jamais compilé du premier coup.",
    'Immer Probleme mit dem Cache.',
    'Всегда проблемы с кэшем.',
  ])('is no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each([
    'Sempre roda o linter antes do commit.',
    'Ne lance jamais les migrations en production.',
    'Immer zuerst die Tests lokal ausführen.',
    'Всегда запускай линтер.',
  ])('an order is still a rule: %s', async (said) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/\.$/u, ''));
  });
});
