/**
 * Caps: bytes per entry, and edits per pass. When there are more edits than a pass may propose, the
 * best supported win (distinct sessions, then agents), ties broken by id so the cut is deterministic.
 */
import type { Edit, RejectedEdit } from '../model/index.js';
import type { EditCheck } from './types.js';

export const entrySizeGuard: EditCheck = (edit, ctx) => {
  if (typeof edit.after !== 'string') return undefined;
  const bytes = Buffer.byteLength(edit.after, 'utf8');
  return bytes > ctx.maxEntryBytes ? `entry is ${bytes} bytes, above the ${ctx.maxEntryBytes}-byte limit per entry` : undefined;
};

export function capEdits(edits: readonly Edit[], maxEdits: number): { kept: Edit[]; rejected: RejectedEdit[] } {
  const ranked = [...edits].sort(
    (a, b) =>
      (b.support?.sessions ?? 0) - (a.support?.sessions ?? 0) ||
      (b.support?.agents ?? 0) - (a.support?.agents ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const limit = Math.max(0, Math.floor(maxEdits));
  return {
    kept: ranked.slice(0, limit),
    rejected: ranked.slice(limit).map((edit) => ({ edit, reason: `over the limit of ${limit} edits per pass`, by: 'guard:budget' })),
  };
}
