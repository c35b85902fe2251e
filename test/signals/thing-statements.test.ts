/**
 * Statements after a rule frame whose verb's form an order shares, told by what follows the verb or by what the verb
 * says (statements.ts, lingua/romance-verbs.ts): Spanish/Portuguese "keeps failing", a verb of running with how it runs
 * and no object, a Portuguese casual negative with no object; French "ne … jamais" after a compound past, a verb of
 * working or failing, or a verb of building with nothing it acts on; German and Russian with no verb at all.
 * Orders in the same shapes name what to do, and stay rules.
 */
import { describe, expect, it } from 'vitest';
import { statesNotAsks } from '../../src/signals/statements.js';
import { standingRule } from '../../src/signals/lingua/standing.js';

describe('a statement about a thing after a rule frame', () => {
  it.each([
    'Siempre sigue colgando el servidor.',
    'Siempre continúa dando error el login.',
    'Siempre corre mal en Windows.',
    'Siempre compila lento con webpack.',
    'Sempre continua falhando o deploy.',
    'Nunca executa no Windows.',
    'Sempre roda mal no Safari.',
    'Nunca usa direito o cache.',
    "N'avait jamais planté avant.",
    'Ne fonctionnent jamais ensemble.',
    'Ne plante jamais chez moi.',
    'Ne compile jamais en CI.',
    'Ne se lance jamais du premier coup.',
    'Ne répondent jamais à temps.',
    'Immer Theater mit Webpack.',
    'Nie Ruhe vor dem Linter.',
    'Immer so langsam.',
    'Niemals zuverlässig genug.',
    'Всегда странные ошибки в тестах.',
    'Всегда очень медленно.',
    'Никогда не компилируется с первого раза.',
    'Всегда красные тесты.',
  ])('%s states', (s) => {
    expect(statesNotAsks(s)).toBe(true);
  });

  it.each([
    'Sempre executa o lint antes do push.',
    'Nunca roda o seed em produção.',
    'Siempre corre el formateador antes de commitear.',
    'Siempre sigue el formato de commits.',
    'Siempre ejecuta rápido los tests unitarios primero.',
    'Ne démarre jamais le worker en local.',
    'Ne compile jamais avec les flags de debug.',
    'Ne réponds jamais en anglais.',
    'Immer Tests vor dem Push ausführen.',
    'Nie Passwörter loggen.',
    'Immer zuerst die Typen prüfen.',
    'Всегда проверяй типы.',
    'Никогда не коммить секреты.',
    'Всегда обновляй зависимости через pnpm.',
  ])('%s orders', (s) => {
    expect(statesNotAsks(s)).toBe(false);
    expect(standingRule(s)).toBeDefined();
  });
});
