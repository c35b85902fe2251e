/**
 * An update that turns a rule around in memory's own words. "Always run `npm test` before committing" rewritten
 * as "Never run `npm test` before committing", or "Run the tests before committing, never after" as "Run the
 * tests after committing, never before", takes every word from memory: sentence provenance and grounding pass
 * it, yet it says the opposite of what the team wrote. A model (or a hosted dream, whose evidence names no line)
 * can propose one on any evidence. So an update whose meaning flips must show the flip in the user's own words:
 * a cited quote the user said that holds the side the update takes.
 *
 * A flip, read from the words alone (English): a negation added or dropped; a word swapped for its opposite
 * (before/after, enable/disable...); or something the old text said to do now named as what not to do, or the
 * reverse ("use pnpm, never npm" → "use npm, never pnpm").
 */
import { EN_NEGATING } from '../signals/lingua/negation.js';
import { foldForChecks } from './unicode.js';

/** Negations beside English's shared ones (lingua/negation.ts): a word after any of them is negated. */
const NEGATION = new Set(['not', 'avoid', 'stop', 'no', 'without']);
const NEGATING = new RegExp(`^(?:${EN_NEGATING})$`, 'i');
const isNegation = (w: string) => NEGATION.has(w) || NEGATING.test(w);
/** Words between a negation and what it negates ("never *use* npm", "don't *ever run* it"). */
const FILLER = new Set(['use', 'run', 'call', 'ever', 'be', 'the', 'a', 'an', 'to', 'do', 'longer', 'more', 'any', 'using', 'running']);
/** Opposites whose swap turns a rule around while every word stays memory's (always/never is a negation above). */
const OPPOSITES: [string, string][] = [
  ['before', 'after'],
  ['enable', 'disable'],
  ['enabled', 'disabled'],
  ['allow', 'deny'],
  ['allowed', 'forbidden'],
  ['include', 'exclude'],
  ['true', 'false'],
  ['on', 'off'],
  ['required', 'optional'],
  ['first', 'last'],
  ['add', 'remove'],
];
const OPPOSITE = new Map<string, string>(OPPOSITES.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));

/** A text's words, lower-cased and folded; a code span stays one token with its contents (`npm test`). */
function tokens(text: string): string[] {
  const folded = foldForChecks(text).toLowerCase().replace(/’/g, "'");
  return folded.match(/`[^`\n]+`|[\p{L}\p{N}_'][\p{L}\p{N}_'.-]*/gu)?.map((w) => w.replace(/[.'-]+$/, '')) ?? [];
}

interface Stance {
  /** What a negation points at: the first word after it that is not filler. */
  negated: Set<string>;
  /** Every other word. */
  asserted: Set<string>;
  counts: Map<string, number>;
}

function stanceOf(text: string): Stance {
  const words = tokens(text);
  const negated = new Set<string>();
  const counts = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    counts.set(w, (counts.get(w) ?? 0) + 1);
    if (!isNegation(w)) continue;
    let j = i + 1;
    while (j < words.length && FILLER.has(words[j]!)) j++;
    if (j < words.length && !isNegation(words[j]!)) negated.add(words[j]!);
  }
  const asserted = new Set(words.filter((w) => !isNegation(w) && !FILLER.has(w) && !negated.has(w)));
  return { negated, asserted, counts };
}

/**
 * The words on which `after` turns `before` around, or none when it does not: what it newly negates or
 * newly asserts, and the opposite it swapped in.
 */
export function flippedWords(before: string, after: string): string[] {
  const b = stanceOf(before);
  const a = stanceOf(after);
  const flipped = new Set<string>();
  for (const w of a.negated) if (b.asserted.has(w) && !b.negated.has(w)) flipped.add(w);
  for (const w of b.negated) if (a.asserted.has(w) && !a.negated.has(w)) flipped.add(w);
  for (const [w, n] of a.counts) {
    const other = OPPOSITE.get(w);
    if (other && n > (b.counts.get(w) ?? 0) && (b.counts.get(other) ?? 0) > (a.counts.get(other) ?? 0)) flipped.add(w);
  }
  // Order swapped around a pair both texts hold ("before …, never after" → "after …, never before").
  const [bw, aw] = [tokens(before), tokens(after)];
  for (const [x, y] of OPPOSITES) {
    const [bx, by, ax, ay] = [bw.indexOf(x), bw.indexOf(y), aw.indexOf(x), aw.indexOf(y)];
    if (bx >= 0 && by >= 0 && ax >= 0 && ay >= 0 && bx < by !== ax < ay) flipped.add(x).add(y);
  }
  return [...flipped];
}

/**
 * Whether a quote takes the update's side on the flipped words: it names each, negated where the update
 * negates it and not where the update asserts it (the opposite it swapped in is named as such).
 */
export function quoteTakesSide(quote: string, after: string, flipped: readonly string[]): boolean {
  const q = stanceOf(quote);
  const a = stanceOf(after);
  return flipped.every((w) => {
    if (a.negated.has(w)) return q.negated.has(w);
    return q.asserted.has(w) && !q.negated.has(w);
  });
}
