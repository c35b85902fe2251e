/**
 * Orders that statesNotAsks took for statements on main: a German noun phrase that an infinitive closes ("Nie die
 * Produktionsdatenbank anfassen": the noun-phrase reading is for "Immer die gleichen Warnungen"), and Russian
 * "сначала" (first), an adverb that ends like a feminine past. Tested through the reader that learns them.
 */
import { describe, expect, it } from 'vitest';
import { statesNotAsks } from '../../src/signals/statements.js';
import { standingRule } from '../../src/signals/lingua/standing.js';

describe('an order after a rule frame, not a statement', () => {
  it.each([
    'Nie die Produktionsdatenbank anfassen.',
    'Immer das Changelog aktualisieren.',
    'Niemals den Cache leeren.',
    'Всегда сначала прогоняй тесты.',
  ])('%s orders', (s) => {
    expect(statesNotAsks(s)).toBe(false);
    expect(standingRule(s)).toBeDefined();
  });

  it.each([
    'Immer die gleichen Warnungen.',
    'Immer der gleiche Fehler beim Build.',
    'Nie das erwartete Ergebnis.',
    'Всегда сломалась сборка.',
  ])('%s states', (s) => {
    expect(statesNotAsks(s)).toBe(true);
  });
});
