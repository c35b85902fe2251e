/**
 * Ties each model-written edit to the mined pattern it teaches, so the ledger can recognise a lesson
 * however the model words it. The model's patternId is optional and may be invented; evidence is what
 * the verifier checks, so the pattern is derived from it when the model names none (or an unknown one).
 *
 * Suppression runs on ids: an edit tied to a pattern is identified by pattern, op and target (never
 * its wording), so a rejected lesson that comes back reworded has the same id and the ledger's
 * suppressed set (which lifts when the pattern gains new sessions) holds it back.
 */
import type { Edit, MemoryFile, RejectedEdit, Pattern, DreamInput } from '../../model/index.js';
import { shortHash } from '../../signals/index.js';
import { editId } from '../offline/build.js';
import { lessonEdits, memoryFailureEdit } from '../offline/lessons.js';
import { brokenRuleEdits } from '../offline/broken-rules.js';

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
  /** The pattern key of each edit tied to a pattern, also for edits that could not take it as their id. */
  patternKeys: Map<Edit, string>;
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
  const patternKeys = new Map<Edit, string>();
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
    patternKeys.set(bound, key);
    kept.push(bound);
  }
  return { kept, rejected, contentIds, patternKeys };
}

/**
 * Patterns the ledger holds back: one whose deterministic (offline) edit is in the suppressed set was
 * proposed or rejected before and has no new evidence since, whichever engine proposed it then.
 */
export function suppressedPatterns(input: Pick<DreamInput, 'patterns' | 'memory' | 'suppressedEditIds'>): Set<string> {
  const out = new Set<string>();
  if (input.suppressedEditIds.size === 0) return out;
  const memory: readonly MemoryFile[] = input.memory;
  for (const p of input.patterns) {
    const ctx = { memory, notes: [] as string[] };
    // A fix that memory caused is also taught as a lesson (to agents that never read the entry).
    const lessons =
      p.kind === 'memory_failure' && p.signature.startsWith('fix|') ? lessonEdits(p, ctx, [...p.agents]) : lessonEdits(p, ctx);
    // A broken rule several files state is marked in each of them: any of those edits rejected suppresses it.
    const own = p.signature.startsWith('broken|') ? brokenRuleEdits([p], memory) : [memoryFailureEdit(p, ctx)];
    const offline = [...(p.kind === 'memory_failure' ? own : []), ...lessons];
    if (offline.some((e) => e && input.suppressedEditIds.has(e.id))) out.add(p.id);
  }
  return out;
}
