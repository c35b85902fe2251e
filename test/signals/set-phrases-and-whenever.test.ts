/**
 * After a rule's frame, a set phrase (a politeness, a proverb that mentions the frame word, Spanish/Portuguese/German
 * with no verb, Russian "always glad") and "whenever I …" (what happens to the speaker) state; each became memory on
 * main when said in two sessions (probe6). Controls: "whenever you …" with an order, an emphatic repeated "never", and
 * a German order after a preposition stay orders.
 */
import { describe, expect, it } from 'vitest';
import { statesNotAsks } from '../../src/signals/statements.js';

describe('set phrases and "whenever I" after a rule frame', () => {
  it.each([
    'Nunca jamás.',
    'Siempre a su servicio.',
    'Sempre ao seu dispor.',
    'Immer mit Vorsicht.',
    'Nie ohne meinen Kaffee.',
    'Jamás digas jamás.',
    'Jamais dis jamais.',
    'Всегда готов помочь.',
    'Siempre que abro el proyecto, tarda un minuto.',
    'Sempre que eu rodo o lint, trava.',
    'Immer wenn ich pushe, läuft die CI zweimal.',
    "Toujours quand j'ouvre le projet, ça rame.",
    'Всегда, когда я запускаю сборку, вентилятор шумит.',
  ])('%s states', (s) => {
    expect(statesNotAsks(s)).toBe(true);
  });

  it.each([
    'Siempre que hagas push, corre los tests antes.',
    'Never push to main, never.',
    'Nie auf main pushen.',
    'Immer mit pnpm installieren.',
    'Nunca más uses yarn.',
    'Всегда запускай тесты перед пушем.',
  ])('%s orders', (s) => {
    expect(statesNotAsks(s)).toBe(false);
  });
});
