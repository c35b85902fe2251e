/**
 * Deterministic limits on one pass, shared by every engine: at most maxDeleteShare of a file's entries
 * removed, each file within its line/byte budget, at most maxEdits edits. A model is asked to respect
 * these too, but a model's judgement is not a limit, and two copies of this logic had drifted apart.
 */
import type { Edit, MemoryFile, RejectedEdit, DreamOptions } from '../model/index.js';

/** Which edits win when a limit cuts: fixing memory that misled agents comes first. */
const PRIORITY: Record<Edit['op'], number> = { update: 0, move: 1, add: 2, merge: 3, delete: 4 };

const byPriority = (a: Edit, b: Edit): number =>
  PRIORITY[a.op] - PRIORITY[b.op] || (b.support?.sessions ?? 0) - (a.support?.sessions ?? 0) || (a.id < b.id ? -1 : 1);

const lineCount = (text: string): number => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

/** Lines and bytes an add or move will need, including a new section heading and its blank line. */
function growth(e: Edit, destText: string): { lines: number; bytes: number } {
  const after = e.after ?? '';
  const heading = e.section?.at(-1);
  const needsHeading =
    heading !== undefined && !destText.split('\n').some((l) => /^#{1,6}\s/.test(l) && l.replace(/^#+\s*/, '').trim() === heading);
  const headingBytes = needsHeading ? Buffer.byteLength(`\n${'#'.repeat(e.section!.length + 1)} ${heading}\n`) : 0;
  return { lines: lineCount(after) + (needsHeading ? 2 : 0), bytes: Buffer.byteLength(after) + 1 + headingBytes };
}

export function applyPassLimits({
  edits,
  memory,
  options,
  by,
}: {
  edits: readonly Edit[];
  memory: readonly MemoryFile[];
  options: DreamOptions;
  /** The engine, named in each rejection. */
  by: string;
}): { kept: Edit[]; rejected: RejectedEdit[] } {
  const rejected: RejectedEdit[] = [];
  const fileOf = (p: string | undefined) => memory.find((f) => f.path === p);
  const removals = new Map<string, number>();
  const lines = new Map<string, number>();
  const bytes = new Map<string, number>();
  const kept: Edit[] = [];
  for (const e of [...edits].sort(byPriority)) {
    const f = fileOf(e.file);
    const removing = e.op === 'delete' || e.op === 'move' ? 1 : e.op === 'merge' ? (e.mergedEntryIds?.length ?? 0) : 0;
    if (removing > 0 && f) {
      const total = f.entries.filter((x) => x.kind !== 'heading').length;
      const allowed = Math.floor(options.maxDeleteShare * total + 1e-9);
      const used = removals.get(f.path) ?? 0;
      if (used + removing > allowed) {
        rejected.push({
          edit: e,
          reason: `would remove more than ${Math.round(options.maxDeleteShare * 100)}% of ${f.path}'s entries in one pass`,
          by,
        });
        continue;
      }
      removals.set(f.path, used + removing);
    }
    const dest = e.op === 'move' ? e.toFile : e.op === 'add' ? e.file : undefined;
    if (dest && e.after) {
      const text = fileOf(dest)?.text ?? '';
      const g = growth(e, text);
      const l = (lines.get(dest) ?? lineCount(text)) + g.lines;
      const b = (bytes.get(dest) ?? Buffer.byteLength(text)) + g.bytes;
      if (l > options.budget.maxLines || b > options.budget.maxBytes) {
        rejected.push({
          edit: e,
          reason: `${dest} is at its budget (${options.budget.maxLines} lines / ${options.budget.maxBytes} bytes): merge or prune first`,
          by,
        });
        continue;
      }
      lines.set(dest, l);
      bytes.set(dest, b);
    }
    if (kept.length >= options.maxEdits) {
      rejected.push({ edit: e, reason: `over the limit of ${options.maxEdits} edits per pass`, by });
      continue;
    }
    kept.push(e);
  }
  return { kept, rejected };
}
