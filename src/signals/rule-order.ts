/**
 * A rule's key is its stems, sorted (turn-text.ts ruleKey), so word forms and order do not split one rule. An order
 * between two things is the one case where the order is the rule: "Always run the migrations before the tests." and
 * "Always run the tests before the migrations." key alike and would join as one lesson "in 2 sessions". Keys are
 * pattern ids a ledger holds, so they stay as they are; instead a pattern whose sentences put the same things in
 * opposite orders teaches nothing (cluster.ts): a wrong edit costs more than a missed lesson.
 */
import { meaningStems } from './similar.js';
import { RULE_VERB } from './rule-wording.js';

/** "Before X, Y" / "After X, Y": the condition fronted. */
const FRONTED = /^(before|after)\s+([^,]+),\s*(.+)$/i;
/** "Y before X", "Y after X", "Y, then X", "Y and then X". */
const INNER = /^(.+?)(?:,\s*|\s+)(?:and\s+)?(before|after|then)\s+(.+)$/i;
/** The frame and the verb that open the whole order ("Always run …"): they govern both sides, so belong to neither. */
const OPENING = /^(?:please\s+)?(?:always\s+|never\s+|don'?t\s+|do not\s+|first\s+)*([a-z-]+)\s+/i;

/** Each stem the rule orders, with 0 for the side done first and 1 for the side done after; undefined for no order. */
function sides(lesson: string): Map<string, 0 | 1> | undefined {
  const text = lesson.replace(/:\s.*$/, '').replace(/[.!]+$/, '');
  const f = FRONTED.exec(text);
  const m = f ? undefined : INNER.exec(text);
  if (!f && !m) return undefined;
  // first, then: "Before X, Y" does Y first; "Y after X" does X first.
  const [first, then] = f
    ? f[1]!.toLowerCase() === 'before'
      ? [f[3]!, f[2]!]
      : [f[2]!, f[3]!]
    : m![2]!.toLowerCase() === 'after'
      ? [m![3]!, m![1]!]
      : [m![1]!, m![3]!];
  const bare = (clause: string) => {
    const verb = OPENING.exec(clause);
    return verb && RULE_VERB.test(verb[1]!) ? clause.slice(verb[0].length) : clause;
  };
  const a = new Set(meaningStems(bare(first)));
  const b = new Set(meaningStems(bare(then)));
  const out = new Map<string, 0 | 1>();
  for (const s of a) if (!b.has(s)) out.set(s, 0);
  for (const s of b) if (!a.has(s)) out.set(s, 1);
  return out;
}

/** Whether two of these lessons (one pattern's, at most its sample) order the same thing on opposite sides. */
export function ordersDisagree(lessons: readonly string[]): boolean {
  const read = lessons.map(sides).filter((s): s is Map<string, 0 | 1> => s !== undefined && s.size > 0);
  for (let i = 0; i < read.length; i++)
    for (let j = i + 1; j < read.length; j++)
      for (const [stem, side] of read[i]!) if (read[j]!.has(stem) && read[j]!.get(stem) !== side) return true;
  return false;
}
