/**
 * Italian chat reaches the Portuguese reader through "sempre" (lingua/standing.ts): "Sempre lo stesso errore", "Sempre
 * più lento" are complaints, yet main read them as orders with their verb dropped, and said in two sessions each became
 * memory (helper probe10, session 25; statements.ts). An article no Portuguese has, or "più"/"meno", opens a
 * complaint. Controls: Portuguese orders after "sempre" stay rules.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('an Italian complaint after "sempre", said in two sessions', () => {
  it.each([
    'Sempre il solito problema con la cache.',
    'Sempre peggio con questa build.',
    'Sempre gli stessi warning.',
    'Sempre più lento.',
  ])('no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each(['Sempre rode os testes antes do commit.', 'Sempre use pnpm para instalar.'])('a Portuguese order, a rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toHaveLength(1);
  });
});
