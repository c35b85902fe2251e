/**
 * Partial adoption: a reviewer may delete one edit's lines on the dream PR's branch, or reword them,
 * and then merge. The pass after the merge compares each merged edit with the base: found as proposed
 * or reworded (src/ledger/adoption.ts), it is recorded as adopted, in the reviewer's words when
 * reworded; absent, it was dropped, and is recorded as rejected like an edit of a closed PR, so it
 * is not proposed again without new evidence.
 *
 * Decided once per edit: an adopted edit is never turned into a rejection later (a person may
 * delete the line months on, which is their edit, not a review), and edits the ledger cannot look
 * for (deletes, or a ledger from before entry hashes) are left undecided.
 */
import type { Logger } from '../model/index.js';
import { findAdoptions } from '../ledger/adoption.js';
import { loadLedger, recordAdopted, recordPull, serializeLedger, type Rejection } from '../ledger/index.js';
import type { MergedPull } from '../publish/merged.js';

export interface PartialAdoption {
  /** The ledger with adoptions (and PR numbers) recorded; unchanged text when nothing was decided. */
  ledgerText: string | null;
  /** Edits a reviewer dropped before merging: for runDream's `rejected`. */
  dropped: Rejection[];
  adopted: number;
  reworded: number;
}

export async function recordMergedPulls(opts: {
  repoDir: string;
  ledgerText: string | null;
  ledgerPath: string;
  merged: readonly MergedPull[];
  at: string;
  logger: Logger;
}): Promise<PartialAdoption> {
  const none: PartialAdoption = { ledgerText: opts.ledgerText, dropped: [], adopted: 0, reworded: 0 };
  if (opts.merged.length === 0 || opts.ledgerText === null) return none;
  const ledger = loadLedger(opts.ledgerText, opts.ledgerPath);
  // Only edits still waiting for a decision, each by the newest merged PR that carried it.
  const open = new Map<string, { pull: MergedPull; edit: MergedPull['edits'][number] }>();
  for (const pull of opts.merged) {
    for (const edit of pull.edits) {
      const e = ledger.edits[edit.id];
      if (!open.has(edit.id) && e?.status === 'proposed' && !e.adopted && e.entryHash) open.set(edit.id, { pull, edit });
    }
  }
  if (open.size === 0) return none;
  const found = new Map((await findAdoptions({ repoDir: opts.repoDir, ledger })).map((a) => [a.editId, a]));
  const out: PartialAdoption = { ledgerText: opts.ledgerText, dropped: [], adopted: 0, reworded: 0 };
  for (const [id, { pull, edit }] of open) {
    recordPull(ledger, [id], { number: pull.number, url: pull.url });
    const a = found.get(id);
    if (a) {
      recordAdopted(ledger, {
        editId: id,
        at: a.adoptedAt,
        sha: a.adoptedIn,
        how: a.how,
        ...(a.how === 'reworded' ? { text: a.entryText } : {}),
      });
      if (a.how === 'reworded') out.reworded++;
      else out.adopted++;
    } else {
      out.dropped.push({
        id,
        ...(edit.patternId ? { patternId: edit.patternId } : {}),
        sessions: edit.sessions,
        ...(edit.sessionCount ? { sessionCount: edit.sessionCount } : {}),
      });
    }
  }
  if (out.adopted + out.reworded + out.dropped.length > 0) {
    opts.logger.info(
      `merged dream PRs: ${out.adopted} edit(s) adopted as proposed, ${out.reworded} adopted in the reviewer's words, ${out.dropped.length} dropped by the reviewer (recorded as rejected)`,
    );
  }
  out.ledgerText = serializeLedger(ledger);
  return out;
}
