/**
 * "Never" is one list (signals/lingua/negation.ts) for the gloss, which writes a rule saying it as "Never ...", and
 * for the danger guard, which must then read a dangerous practice after it as forbidden, not ordered. Every word of
 * every language is checked on both sides, so a word the gloss reads and the guard does not shows here.
 */
import { describe, expect, it } from 'vitest';
import { dangerOf } from '../../src/guards/index.js';
import { NEVER } from '../../src/signals/lingua/negation.js';
import { de } from '../../src/signals/lingua/de.js';
import { es } from '../../src/signals/lingua/es.js';
import { fr } from '../../src/signals/lingua/fr.js';
import { pt } from '../../src/signals/lingua/pt.js';
import { ru } from '../../src/signals/lingua/ru.js';
import { it as italian } from '../../src/signals/lingua/it.js';
import { glossRule } from '../../src/signals/lingua/gloss.js';

const LEXICONS = { de, es, fr, pt, ru, it: italian };
const words = Object.entries(NEVER).flatMap(([lang, alternatives]) =>
  alternatives.split('|').map((word) => [lang as keyof typeof NEVER, word] as const),
);
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

describe('one "never" for the gloss and the danger guard', () => {
  it('the practice is dangerous when nothing forbids it', () => {
    expect(dangerOf('Run `git push --force` after a rebase.')?.name).toBeDefined();
  });

  it.each(words)('%s "%s": the gloss reads it as never, the guard as a prohibition', (lang, word) => {
    expect(LEXICONS[lang].never.test(`${word} ejecutes`)).toBe(true);
    // Russian says "never" with a negation of its own after it (никогда не ...).
    const never = lang === 'ru' ? `${word} не` : word;
    expect(dangerOf(`${capital(never)} \`git push --force\` after a rebase.`)).toBeUndefined();
    expect(dangerOf(`${never} git push --force`)).toBeUndefined();
  });
});

describe('one Chinese "don\'t" for the lexicon and the danger guard', () => {
  it.each(['不要', '不準', '不准', '不许', '不許', '别', '別', '禁止', '请勿', '請勿', '勿'])('%s', (dont) => {
    // The lexicon reads the rule, the guard lets it through as a prohibition.
    expect(glossRule(`${dont}用 yarn`, ['yarn install'])).toBe("Don't use `yarn`.");
    expect(dangerOf(`${dont}用 \`git push --force\``)).toBeUndefined();
    expect(dangerOf(`${dont}再使用 git push --force`)).toBeUndefined();
  });

  it('"no need to" is no prohibition, to either', () => {
    expect(glossRule('不用 yarn', ['yarn install'])).toBeUndefined();
    expect(dangerOf('不用 `git push --force`')).toBeDefined();
  });
});
