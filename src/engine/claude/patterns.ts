/**
 * Ties each model-written edit to the mined pattern it teaches, so the ledger can recognise a lesson
 * however the model words it. The model's patternId is optional and may be invented; evidence is what
 * the verifier checks, so the pattern is derived from it when the model names none (or an unknown one).
 *
 * An edit tied to a pattern is identified by pattern, op and target (never its wording), so the same lesson
 * given twice in one answer is one edit. Whether the ledger holds a lesson back, in whatever words, is decided by
 * the ledger's one rule for every engine (ledger/same-proposal.ts), from the pattern this binding sets.
 */
import type { Edit, RejectedEdit, Pattern, DreamInput } from '../../model/index.js';
import { shortHash } from '../../signals/index.js';
import { editId } from '../offline/build.js';

/** Ops that write a lesson's own text into memory: without a pattern there is nothing to recognise it by next run. */
const TEACHING_OPS = new Set<Edit['op']>(['add', 'update']);

/** The id of an edit tied to a pattern: the same change to the same place for the same pattern, in any words. */
export function patternEditId(e: Pick<Edit, 'op' | 'file' | 'toFile' | 'entryId' | 'mergedEntryIds'>, patternId: string): string {
  const key = ['pattern', patternId, e.op, e.file, e.toFile ?? '', e.entryId ?? '', ...(e.mergedEntryIds ?? [])].join('\u0000');
  return `e_${shortHash(key)}`;
}

/** The pattern whose signals' evidence the edit cites most (ties: more support, then id). */
function patternFromEvidence(edit: Edit, byPoint: ReadonlyMap<string, readonly Pattern[]>): Pattern | undefined {
  const hits = new Map<Pattern, number>();
  for (const ev of edit.evidence)
    for (const p of byPoint.get(`${ev.session}\0${ev.file}\0${ev.line}`) ?? []) hits.set(p, (hits.get(p) ?? 0) + 1);
  return [...hits].sort(
    ([a, n], [b, m]) => m - n || b.support.sessions - a.support.sessions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )[0]?.[0];
}

export interface BoundEdits {
  kept: Edit[];
  rejected: RejectedEdit[];
  /** The content id each kept edit would have had (the one the offline engine gives the same text). */
  contentIds: Map<Edit, string>;
}

/**
 * Sets each edit's patternId from a known pattern (the model's, when it exists, else the one its
 * evidence cites) and re-keys it by that pattern. An add or update tied to no pattern is rejected.
 */
export function bindToPatterns(edits: readonly Edit[], input: Pick<DreamInput, 'patterns' | 'oneOffs'>): BoundEdits {
  const known = new Map<string, Pattern>();
  const byPoint = new Map<string, Pattern[]>();
  for (const p of [...input.patterns, ...input.oneOffs]) {
    known.set(p.id, p);
    for (const s of p.signals)
      for (const ev of s.evidence) {
        const k = `${ev.session}\0${ev.file}\0${ev.line}`;
        const list = byPoint.get(k) ?? [];
        if (!list.includes(p)) list.push(p);
        byPoint.set(k, list);
      }
  }
  const kept: Edit[] = [];
  const rejected: RejectedEdit[] = [];
  const contentIds = new Map<Edit, string>();
  const taken = new Set<string>();
  for (const edit of edits) {
    const named = edit.patternId ? known.get(edit.patternId) : undefined;
    const pattern = named ?? patternFromEvidence(edit, byPoint);
    const { patternId: claimed, ...rest } = edit;
    if (!pattern) {
      if (TEACHING_OPS.has(edit.op)) {
        const why = claimed ? `cites pattern ${claimed}, which was not mined,` : 'cites no pattern';
        rejected.push({
          edit,
          reason: `${why} and none of its evidence is a mined signal's: a lesson must rest on a known pattern`,
          by: 'claude-engine',
        });
        continue;
      }
      const bound = { ...rest, id: editId(rest) };
      contentIds.set(bound, bound.id);
      kept.push(bound);
      continue;
    }
    // Two different lessons for one pattern and target keep distinct ids: the second keeps its content id.
    const key = patternEditId(rest, pattern.id);
    const bound: Edit = { ...rest, patternId: pattern.id, id: taken.has(key) ? editId(rest) : key };
    taken.add(key);
    contentIds.set(bound, editId(rest));
    kept.push(bound);
  }
  return { kept, rejected, contentIds };
}
