/**
 * Turns "the repo's memory file" vs "what the dream left in the store" into entry-level edits,
 * so a hosted dream's rewrite goes through the same review, guards and applier as every other
 * engine's proposals. Entries that survive unchanged produce nothing; changed ones become update,
 * new ones add and vanished ones delete.
 */
import { createHash } from 'node:crypto';
import { diffArrays } from 'diff';
import type { Edit, EditOp, Evidence, MemoryEntry, MemoryFile } from '../../model/index.js';
import { parseEntries } from '../../memory/parse.js';
import { normaliseEntryText } from '../../memory/normalise.js';

function editId(op: EditOp, file: string, entryId: string | undefined, after: string | undefined): string {
  return (
    'e' +
    createHash('sha256')
      .update(`${op}\0${file}\0${entryId ?? ''}\0${after ?? ''}`)
      .digest('hex')
      .slice(0, 16)
  );
}

interface DiffContext {
  rationale: string;
  evidence: Evidence[];
}

function make(op: EditOp, file: string, fields: Partial<Edit>, ctx: DiffContext): Edit {
  const edit: Edit = {
    id: editId(op, file, fields.entryId, fields.after),
    op,
    file,
    ...fields,
    rationale: ctx.rationale,
    evidence: ctx.evidence,
  };
  return edit;
}

/** Word overlap (Jaccard) at or above which a removed and an added entry count as one rewritten entry. */
const UPDATE_SIMILARITY = 0.3;

function words(text: string): Set<string> {
  return new Set(
    normaliseEntryText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}_]+/gu) ?? [],
  );
}

export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 && wb.size === 0) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / (wa.size + wb.size - common);
}

const sameText = (a: MemoryEntry, b: MemoryEntry) => normaliseEntryText(a.text) === normaliseEntryText(b.text);

/**
 * Edits that turn `before` (the repo's file, parsed) into `afterText`. Entries are aligned by id
 * (file, heading path and normalised text); inside each run of differing entries, removed and
 * added entries whose wording overlaps pair up as updates, the rest become deletes and adds.
 */
export function diffMemoryFile(before: MemoryFile, afterText: string, ctx: DiffContext): Edit[] {
  const file = before.path;
  const after = parseEntries(file, afterText);
  const parts = diffArrays(before.entries, after, { comparator: (a, b) => a.id === b.id });
  const edits: Edit[] = [];
  let removed: MemoryEntry[] = [];
  let added: MemoryEntry[] = [];
  const flush = () => {
    // The same text under a renamed heading needs no edit of its own: the heading's update moves it.
    const unmatchedAdded = added.filter((a) => {
      const i = removed.findIndex((r) => sameText(r, a));
      if (i === -1) return true;
      removed.splice(i, 1);
      return false;
    });
    // Only a rewrite that keeps enough of the old wording is an update; anything else is a delete and an add.
    const taken = new Set<MemoryEntry>();
    const leftover: MemoryEntry[] = [];
    for (const r of removed) {
      let best: MemoryEntry | undefined;
      let bestScore = UPDATE_SIMILARITY;
      for (const a of unmatchedAdded) {
        if (taken.has(a) || a.kind !== r.kind) continue;
        const score = similarity(r.text, a.text);
        if (score >= bestScore) [best, bestScore] = [a, score];
      }
      if (best) {
        taken.add(best);
        edits.push(make('update', file, { entryId: r.id, before: r.text, after: best.text }, ctx));
      } else {
        leftover.push(r);
      }
    }
    for (const r of leftover) edits.push(make('delete', file, { entryId: r.id, before: r.text }, ctx));
    for (const a of unmatchedAdded) if (!taken.has(a)) edits.push(make('add', file, { section: a.headingPath, after: a.text }, ctx));
    removed = [];
    added = [];
  };
  for (const part of parts) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else flush();
  }
  flush();
  return edits;
}

/** A memory the dream created at a path no repo file has: one add per entry of the new file. */
export function editsForNewFile(file: string, text: string, ctx: DiffContext): Edit[] {
  return parseEntries(file, text).map((e) => make('add', file, { section: e.headingPath, after: e.text }, ctx));
}

/** A repo file the dream removed from the store: every entry deleted (the guards cap the share). */
export function editsForRemovedFile(before: MemoryFile, ctx: DiffContext): Edit[] {
  return before.entries.map((e) => make('delete', before.path, { entryId: e.id, before: e.text }, ctx));
}
