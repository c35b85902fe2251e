/**
 * Deterministic limits on a pass, applied after review: at most maxDeleteShare of a file's entries
 * removed, each file within its line/byte budget, at most maxEdits edits. The reviewer is asked to
 * respect these too, but a model's judgement is not a limit.
 */
import type { Edit, MemoryFile, RejectedEdit } from '../../edits/types.js';
import type { DreamOptions } from '../types.js';

const PRIORITY: Record<Edit['op'], number> = { update: 0, merge: 1, delete: 2, move: 3, add: 4 };
const lineCount = (text: string) => (text === '' ? 0 : text.replace(/\n$/, '').split('\n').length);

export function applyLimits(edits: Edit[], memory: readonly MemoryFile[], options: DreamOptions): { kept: Edit[]; rejected: RejectedEdit[] } {
  const rejected: RejectedEdit[] = [];
  const fileOf = (p: string | undefined) => memory.find((f) => f.path === p);
  const removals = new Map<string, number>();
  const lines = new Map<string, number>();
  const bytes = new Map<string, number>();
  const kept: Edit[] = [];
  // Fixes and removals first, then the strongest additions.
  const ordered = [...edits].sort((a, b) => PRIORITY[a.op] - PRIORITY[b.op] || (b.support?.sessions ?? 0) - (a.support?.sessions ?? 0) || (a.id < b.id ? -1 : 1));
  for (const e of ordered) {
    const f = fileOf(e.file);
    const removing = e.op === 'delete' || e.op === 'move' ? 1 : e.op === 'merge' ? (e.mergedEntryIds?.length ?? 0) : 0;
    if (removing > 0 && f) {
      const total = f.entries.filter((x) => x.kind !== 'heading').length;
      const allowed = Math.floor(options.maxDeleteShare * total + 1e-9);
      const used = removals.get(f.path) ?? 0;
      if (used + removing > allowed) {
        rejected.push({ edit: e, reason: `would remove more than ${Math.round(options.maxDeleteShare * 100)}% of ${f.path}'s entries in one pass`, by: 'claude' });
        continue;
      }
      removals.set(f.path, used + removing);
    }
    const dest = e.op === 'move' ? e.toFile : e.op === 'add' ? e.file : undefined;
    if (dest && e.after) {
      const text = fileOf(dest)?.text ?? '';
      const l = (lines.get(dest) ?? lineCount(text)) + lineCount(e.after);
      const b = (bytes.get(dest) ?? Buffer.byteLength(text)) + Buffer.byteLength(e.after) + 1;
      if (l > options.budget.maxLines || b > options.budget.maxBytes) {
        rejected.push({ edit: e, reason: `${dest} is at its budget (${options.budget.maxLines} lines / ${options.budget.maxBytes} bytes): merge or prune first`, by: 'claude' });
        continue;
      }
      lines.set(dest, l);
      bytes.set(dest, b);
    }
    if (kept.length >= options.maxEdits) {
      rejected.push({ edit: e, reason: `over the limit of ${options.maxEdits} edits per pass`, by: 'claude' });
      continue;
    }
    kept.push(e);
  }
  return { kept, rejected };
}
