/**
 * A ledger written before "from now on" took its rule's polarity (lingua/forbids.ts) holds prohibitions in the user's
 * words keyed `pos|said|…`. Read again from their quotes (signals/reread-signature.ts, as ledger/legacy-patterns.ts
 * does), they move to the `neg` key this version gives the same words, so a rejection or a count follows the rule.
 * Controls: a `pos` key whose quote asks stays, and so does one whose quotes read two ways.
 */
import { describe, expect, it } from 'vitest';
import { mayReadAnew, rereadSignature } from '../../src/signals/reread-signature.js';

describe('a "from now on" prohibition an older version keyed as an ask', () => {
  it.each<[string, string]>([
    ['pos|said|no hagas commit sin tests', 'A partir de ahora, no hagas commit sin tests.'],
    ['pos|said|não faça merge sem revisão', 'A partir de agora, não faça merge sem revisão.'],
    ['pos|said|keine commits auf main', 'Von nun an keine Commits auf main.'],
    ['pos|said|ne pousse plus sur main', 'Désormais, ne pousse plus sur main.'],
    ['pos|said|не пушь в main', 'Впредь не пушь в main.'],
    ['pos|said|不直接推到主分支', '从现在开始不要直接推到主分支。'],
    ['pos|said|メインブランチ直接プッシュしない', '今後はメインブランチに直接プッシュしないでください。'],
    ['mem|e1|pos|said|마그레션파일지우지마', '이제부터 마이그레이션 파일을 지우지 마.'],
  ])('moves to its neg key: %s', (old, quote) => {
    expect(mayReadAnew(old)).toBe(true);
    const now = rereadSignature(old, [quote, quote]);
    expect(now).toMatch(/^(?:mem\|e1\|)?neg\|said\|./);
    // The key the same words have when said now.
    expect(now.replace(/^mem\|e1\|/, '')).toBe(rereadSignature('neg|said|`x`', [quote]));
  });

  it('an ask stays an ask', () => {
    const old = 'pos|said|no olvides correr migraciones';
    expect(rereadSignature(old, ['De ahora en adelante, no olvides correr las migraciones.'])).toMatch(/^pos\|said\|./);
  });

  it('quotes that read two ways leave the key alone', () => {
    const old = 'pos|said|no hagas commit sin tests';
    expect(rereadSignature(old, ['A partir de ahora, no hagas commit sin tests.', 'Siempre actualiza el CHANGELOG.'])).toBe(old);
  });
});
