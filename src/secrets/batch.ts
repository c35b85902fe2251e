/**
 * Redacting many items together, so secretlint's preset runs once per batch instead of once per text
 * that needs it (its cost per call is fixed: tens of microseconds, a regex clone per rule).
 *
 * `redact` is any pure function of one item that finds secrets through findSecrets (a transcript line
 * with its JSON walk, a text with its key). Each item is redacted once with the preset's answers
 * deferred: the texts it asks the preset about are recorded with our own findings, and answered empty.
 * Then the preset runs once over every recorded text. An item is redone, with those answers, only when
 * an answer adds a finding our rules did not already cover; every other item's first result is exactly
 * what the direct path gives, because findSecrets would have returned the same findings.
 */
import { withoutOverlaps, type SecretFinding } from './finding.js';
import { withPresetFinder } from './redact.js';
import { inScope, secretlintBatch, secretlintFindings, type PresetScope } from './secretlint.js';

interface Asked {
  item: number;
  text: string;
  scope: PresetScope;
  ours: readonly SecretFinding[];
}

export function redactBatch<T>(items: readonly T[], redact: (item: T) => string): string[] {
  const asked: Asked[] = [];
  let current = 0;
  const first = withPresetFinder(
    (text, scope, ours) => {
      asked.push({ item: current, text, scope, ours });
      return [];
    },
    () =>
      items.map((item, k) => {
        current = k;
        return redact(item);
      }),
  );
  if (asked.length === 0) return first;
  const seen = new Set(asked.map((a) => a.text));
  const texts = [...seen];
  const found = secretlintBatch(texts);
  const answers = new Map<string, SecretFinding[]>();
  texts.forEach((t, k) => {
    if (found[k]!.length > 0) answers.set(t, found[k]!);
  });
  if (answers.size === 0) return first;
  const redo = new Set<number>();
  for (const a of asked) {
    const all = answers.get(a.text);
    if (!all) continue;
    const extra = all.filter((f) => inScope(f, a.scope)).sort((x, y) => x.start - y.start);
    if (withoutOverlaps(extra, a.ours).length > 0) redo.add(a.item);
  }
  if (redo.size === 0) return first;
  // A redone item may ask about texts the first pass never saw (values already redacted): asked directly.
  const answer = (text: string, scope: PresetScope): SecretFinding[] => {
    const all = answers.get(text);
    if (all) return all.filter((f) => inScope(f, scope)).map((f) => ({ ...f }));
    return seen.has(text) ? [] : secretlintFindings(text, scope);
  };
  return withPresetFinder(answer, () => first.map((out, k) => (redo.has(k) ? redact(items[k]!) : out)));
}
