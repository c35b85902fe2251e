/** A secret's place in a text, and the merge passes that combine the finders' results. */

export interface SecretFinding {
  rule: string;
  start: number;
  end: number;
}

/**
 * Whether some run [runs[k], runs[k+1]) meets no finding. A run a finding touches is taken as handled:
 * `API_TOKEN=value` is one run whose value our keyed rule already redacted. Both lists are in text
 * order: one merge pass.
 */
export function someRunUncovered(found: readonly SecretFinding[], runs: readonly number[]): boolean {
  let j = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k]!;
    while (j < found.length && found[j]!.end <= start) j++;
    const f = found[j];
    if (!f || f.start >= runs[k + 1]!) return true;
  }
  return false;
}

/** The findings of `extra` (sorted by start) that overlap none of `found` (sorted, disjoint), in one merge pass. */
export function withoutOverlaps(extra: readonly SecretFinding[], found: readonly SecretFinding[]): SecretFinding[] {
  const out: SecretFinding[] = [];
  let j = 0;
  for (const x of extra) {
    while (j < found.length && found[j]!.end <= x.start) j++;
    const f = found[j];
    if (!f || f.start >= x.end) out.push(x);
  }
  return out;
}

export function overlapsAny(found: readonly SecretFinding[], start: number, end: number): boolean {
  for (const f of found) if (f.start < end && start < f.end) return true;
  return false;
}

/** Earlier start wins, then the longer match; overlapping tails extend the kept finding. */
export function resolveOverlaps(found: SecretFinding[]): SecretFinding[] {
  if (found.length <= 1) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SecretFinding[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) {
      if (f.end > prev.end) prev.end = f.end;
      continue;
    }
    out.push({ ...f });
  }
  return out;
}
