/**
 * When two edits are one proposal, so that a lesson proposed or rejected before is not proposed again without new
 * evidence, whatever its words. One rule for every engine (offline, claude, anthropic-dreams). A lesson efficacy
 * strengthens is held back by its id alone (pipeline/run.ts): it recurred after adoption, new evidence the pattern's
 * sessions do not show.
 *
 * An edit's id hashes its text (or, for the claude engine, its pattern and target), and the text of a lesson can
 * change with no new evidence: a model words it anew each pass; a file read again by a version that words the lesson
 * otherwise; a pattern re-keyed with another wording of its rule (legacy-patterns.ts), whose most said wording then
 * leads. So an edit tied to a mined pattern is also known by what it does with that pattern:
 * - `add` and `update` write the pattern's lesson into a file: the key is the pattern and the file, not the op or
 *   the entry updated. A person who rejected "add: always X" rejected the lesson X in that file, and an update that
 *   rewrites a neighbouring entry to say X is the same lesson in new words. Another file is another proposal (another
 *   agent reads it; the offline engine proposes one edit per file, and a reviewer may keep one and delete another).
 * - `delete`, `merge` and `move` change entries that exist: the key is the op, the file and the entries (and a
 *   move's destination), as these say what the proposal is; a delete of another entry is another proposal.
 * An edit tied to no pattern (a hosted dream's, hygiene's) has only its id: there is nothing else to know it by.
 *
 * The ledger lifts the key with the id when the pattern gains sessions beyond those recorded (suppressedEditIds), so
 * a lesson with new evidence comes back in any words.
 */
import type { Edit } from '../model/index.js';

/** The ops that write a pattern's lesson in words of their own. */
const TEACHING_OPS: ReadonlySet<string> = new Set(['add', 'update']);

/** What a proposal is, as an edit of this pass or the ledger's record of an earlier one describes it. */
export interface ProposalShape {
  patternId?: string;
  op: string;
  file: string;
  toFile?: string;
  /** The entries it changes: the target first, then those merged into it (LedgerEdit.entryIds). */
  entryIds?: readonly string[];
}

/** The key of the proposal an edit tied to a pattern makes, in the suppressed set; undefined without a pattern. */
export function proposalKey(p: ProposalShape): string | undefined {
  if (!p.patternId) return undefined;
  if (TEACHING_OPS.has(p.op)) return `pattern:${p.patternId}|teach|${p.file}`;
  return `pattern:${p.patternId}|${p.op}|${p.file}|${p.toFile ?? ''}|${(p.entryIds ?? []).join(',')}`;
}

/** An edit's shape: its target entry, then the entries merged into it, as the ledger records them (recordProposed). */
export const proposalShape = (e: Pick<Edit, 'patternId' | 'op' | 'file' | 'toFile' | 'entryId' | 'mergedEntryIds'>): ProposalShape => ({
  ...(e.patternId ? { patternId: e.patternId } : {}),
  op: e.op,
  file: e.file,
  ...(e.op === 'move' && e.toFile ? { toFile: e.toFile } : {}),
  entryIds: [e.entryId, ...(e.mergedEntryIds ?? [])].filter((x): x is string => !!x),
});

/**
 * Whether the ledger holds this edit back (suppressedEditIds): its id, or another id the engine knows it by (the
 * content id of the same text), or its proposal key.
 */
export function isSuppressed(
  e: Pick<Edit, 'id' | 'patternId' | 'op' | 'file' | 'toFile' | 'entryId' | 'mergedEntryIds'>,
  suppressed: ReadonlySet<string>,
  otherIds: readonly string[] = [],
): boolean {
  if (suppressed.has(e.id) || otherIds.some((id) => suppressed.has(id))) return true;
  const key = proposalKey(proposalShape(e));
  return key !== undefined && suppressed.has(key);
}
