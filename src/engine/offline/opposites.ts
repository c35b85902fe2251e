/**
 * Two supported fixes that undo each other (`pytest` -> `bin/test` in some sessions, `bin/test` ->
 * `pytest` in others) mean the sessions do not agree on what works: proposing both would have memory
 * contradict itself, and proposing either would ignore the other half of the evidence.
 */
import type { Pattern } from '../../model/index.js';
import { supportText } from './build.js';

function mode(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

const direction = (p: Pattern) => {
  const failed = mode(p.signals.map((s) => s.failed));
  const fixed = mode(p.signals.map((s) => s.fixed));
  return failed && fixed && failed !== fixed ? { failed, fixed } : undefined;
};

/** The patterns without those whose fix another supported pattern reverses; a note names each pair. */
export function withoutOpposites(patterns: readonly Pattern[], notes: string[]): Pattern[] {
  const byPair = new Map<string, Pattern>();
  for (const p of patterns) {
    const d = direction(p);
    if (d) byPair.set(`${d.failed}\u0000${d.fixed}`, p);
  }
  const dropped = new Set<string>();
  for (const p of patterns) {
    const d = direction(p);
    const other = d ? byPair.get(`${d.fixed}\u0000${d.failed}`) : undefined;
    if (!d || !other || dropped.has(p.id)) continue;
    dropped.add(p.id).add(other.id);
    notes.push(`no edit for \`${d.failed}\` vs \`${d.fixed}\`: sessions went both ways (${supportText(p)}; ${supportText(other)})`);
  }
  return patterns.filter((p) => !dropped.has(p.id));
}
