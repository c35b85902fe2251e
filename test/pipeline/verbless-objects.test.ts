/**
 * "Always"/"never" with no verb, a preposition's phrase after it (helper probe8, session 23). Main read any such
 * phrase without an article as an order, so a complaint of a manner, a time or a feeling ("Siempre con dudas", "Toujours
 * sans succès", "Всегда с ошибками"), said in two sessions, became memory; and it lost orders whose phrase names a thing
 * the agent uses behind an article, a kind's noun or a preposition main did not know ("Sempre com poetry", "Siempre por
 * la rama develop", "Jamais dans main", "Никогда на master"). What the phrase names now decides (lingua/verbless.ts).
 * End to end, in three agents' formats, with wordings other than the probe's. Controls: a language's name ("Siempre
 * en español") stays an order; German complaints with a capitalised noun stay none.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('a frame with no verb, said in two sessions', () => {
  it.each([
    'Siempre con dudas.',
    'Nunca sin quejas.',
    'Nunca por gusto.',
    'Sempre em pânico.',
    'Nunca sem confusão.',
    'Toujours sans succès.',
    'Toujours par hasard.',
    'Toujours en galère.',
    'Всегда с ошибками.',
    'Immer mit der Ruhe.',
    // Korean "the same …" after the frame, as "Always the same error".
    '매번 같은 에러.',
    '항상 똑같은 문제네.',
  ])('names no thing to use, no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each([
    'Sempre com poetry.',
    'Sempre na branch develop.',
    'Siempre por la rama develop.',
    'Nunca na main.',
    'Jamais dans main.',
    'Jamais sans --dry-run.',
    'Всегда через make.',
    'Всегда с --frozen-lockfile.',
    'Никогда на master.',
    'Sempre via docker.',
    'Siempre en español.',
    'Toujours en français.',
  ])('names a thing the agent uses, a rule: %s', async (said) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/\.$/, ''));
  });

  // The guard read "pnpm。" as the user's word, mark and all, and refused the gloss's "Always use `pnpm`" as a
  // command no one typed.
  it.each<[string, string]>([
    ['始终用 pnpm。', '`pnpm`'],
    ['总是用 yarn。', '`yarn`'],
  ])('a command before a full-width stop is the user’s own: %s', async (said, command) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(command);
  });
});
