/**
 * "Never" in the spaced languages whose rules the miner reads, kept once for the two jobs that read it:
 * the gloss (lexicon.never: a rule that says "never" is glossed "Never", not "Don't") and the danger guard
 * (guards/danger.ts: a dangerous phrase right after "never" is a prohibition, good memory, not an order).
 * A word added here is then read the same way by both; one listed in only one of them would let a rule the
 * gloss writes as "Never use `git push --force`" be refused by the guard as an order to force-push.
 *
 * Alternations (as regex sources), one per language, lower-case as the patterns are case-insensitive.
 */
export const NEVER = {
  de: 'nie|niemals',
  es: 'nunca|jamás',
  fr: 'jamais',
  pt: 'nunca|jamais',
  ru: 'никогда',
} as const;
