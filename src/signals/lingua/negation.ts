/**
 * The negation words the jobs that read them must read alike: the lexicons' (a rule saying them is a prohibition,
 * glossed so), the danger guard's (guards/danger.ts: a dangerous practice right after one is forbidden, good memory,
 * not ordered), the prohibition class's (signals/prohibition.ts: staleness never deletes such a rule) and the flip
 * guard's (guards/flip.ts: the word after one is negated). A word listed for only one of them would let a rule the
 * gloss writes as "Never use `git push --force`" be refused by the guard as an order to force-push; kept here, a word
 * added is read the same way by all.
 */

/**
 * English's forbidding words, as a regex source of whole words (case-insensitive): "never", and "not" after an
 * auxiliary of an order, apart or joined, with a straight or curly apostrophe or none, as people type them ("do not",
 * "don't", "dont", "cannot", "can't", "must not", "mustn't", "mustnt"). Each job had its own list with its own gaps:
 * the danger guard read no "cannot", "can't" or curly "don’t", the flip guard and the prohibition class no "mustnt".
 */
export const EN_FORBIDDING = String.raw`never|(?:do|must|should|shall|may|can|need)\s*not|(?:do|must|should|need)n['\u2019]?t|can['\u2019]?t`;
/** The same, and "does not"/"doesn't", which negate what follows without forbidding it (the flip and danger guards'). */
export const EN_NEGATING = String.raw`${EN_FORBIDDING}|does\s*not|doesn['\u2019]?t`;

/**
 * "Never" in the spaced languages whose rules the miner reads (lexicon.never: glossed "Never", not "Don't"), as
 * alternations (regex sources), lower-case as the patterns that take them are case-insensitive.
 */
export const NEVER = {
  de: 'nie|niemals',
  es: 'nunca|jamás',
  fr: 'jamais',
  it: 'mai',
  pt: 'nunca|jamais',
  ru: 'никогда',
} as const;

/**
 * Chinese "don't" (simplified and traditional), as a regex source: the forbidding word that opens a rule, an optional
 * 再 ("again") after it. 不用 ("no need to") is left out: it does not forbid.
 */
export const ZH_DONT = '(?:不要|不準|不准|不许|不許|别|別|禁止|请勿|請勿|勿)(?:再)?';
