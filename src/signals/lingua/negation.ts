/**
 * The negation words two jobs must read alike: the lexicons' (a rule saying them is a prohibition, glossed so) and
 * the danger guard's (guards/danger.ts: a dangerous practice right after one is forbidden, good memory, not ordered).
 * A word listed for only one of them would let a rule the gloss writes as "Never use `git push --force`" be refused
 * by the guard as an order to force-push; kept here, a word added is read the same way by both.
 */

/**
 * "Never" in the spaced languages whose rules the miner reads (lexicon.never: glossed "Never", not "Don't"), as
 * alternations (regex sources), lower-case as the patterns that take them are case-insensitive.
 */
export const NEVER = {
  de: 'nie|niemals',
  es: 'nunca|jamás',
  fr: 'jamais',
  pt: 'nunca|jamais',
  ru: 'никогда',
} as const;

/**
 * Chinese "don't" (simplified and traditional), as a regex source: the forbidding word that opens a rule, an optional
 * 再 ("again") after it. 不用 ("no need to") is left out: it does not forbid.
 */
export const ZH_DONT = '(?:不要|不準|不准|不许|不許|别|別|禁止|请勿|請勿|勿)(?:再)?';
