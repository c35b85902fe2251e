/**
 * Two copies of the ledger meet when the state branch (advanced by every pass) and the checkout
 * (advanced only when a dream PR merges) disagree, or when two runs pushed the state branch at once.
 * Neither copy may lose what the other recorded: a dropped session is re-dreamed (and re-billed), a
 * dropped rejection is proposed again.
 */
import { joinFolders } from '../model/index.js';
import type { Ledger, LedgerEdit } from './ledger.js';
import { loadLedger } from './load.js';
import { serializeLedger } from './serialize.js';
import { isDreamed, prunePatterns } from './record.js';
import { filterCovers, filterUnion } from './filter.js';

const later = (a: string | undefined, b: string | undefined): boolean => (a ?? '') > (b ?? '');

/** When an edit's current status was decided: a rejection after its proposal, a re-proposal after that. */
const decidedAt = (e: LedgerEdit): string => (e.status === 'rejected' ? (e.rejectedAt ?? e.proposedAt) : e.proposedAt);

function pickEdit(a: LedgerEdit, b: LedgerEdit): LedgerEdit {
  const ta = decidedAt(a);
  const tb = decidedAt(b);
  if (ta !== tb) return ta > tb ? a : b;
  // Same moment: a rejection is the reviewer's word and must not be undone by a copy that missed it.
  return b.status === 'rejected' && a.status !== 'rejected' ? b : a;
}

/**
 * The union of two ledgers. Sessions: every one either recorded (the first dreamedAt kept). Patterns:
 * the copy with the higher support (support is cumulative, so it is the one that saw more), with both
 * copies' folders. Entries: the copy seen last. Edits: by id, the latest decision. Neither input is modified.
 */
export function mergeLedgers(a: Ledger, b: Ledger): Ledger {
  const out: Ledger = structuredClone(a);
  for (const [key, s] of Object.entries(b.sessions)) {
    const mine = out.sessions[key];
    if (!mine || later(mine.dreamedAt, s.dreamedAt)) out.sessions[key] = structuredClone(s);
  }
  for (const [path, f] of Object.entries(b.files ?? {})) {
    out.files ??= {};
    const mine = out.files[path];
    // The copy that read further knows more; the other would only make the next pass re-read lines.
    if (!mine || f.bytes > mine.bytes || (f.bytes === mine.bytes && later(f.dreamedAt, mine.dreamedAt)))
      out.files[path] = structuredClone(f);
  }
  const dreamed = filterUnion(a.dreamed, b.dreamed);
  if (dreamed) out.dreamed = dreamed;
  for (const [id, p] of Object.entries(b.patterns)) {
    const mine = out.patterns[id];
    if (!mine || p.support > mine.support || (p.support === mine.support && later(p.lastSeen, mine.lastSeen))) {
      out.patterns[id] = structuredClone(p);
    }
    // Where its lesson goes takes both copies' sessions: one that ran at the root keeps it at the root.
    const kept = out.patterns[id]!;
    const folders = mine ? joinFolders(mine.folders, p.folders) : p.folders;
    if (folders) kept.folders = folders;
    else delete kept.folders;
  }
  for (const [id, e] of Object.entries(b.entries)) {
    const mine = out.entries[id];
    if (!mine || later(e.lastSeen, mine.lastSeen)) out.entries[id] = structuredClone(e);
  }
  for (const [id, e] of Object.entries(b.edits)) {
    const mine = out.edits[id];
    out.edits[id] = structuredClone(mine ? pickEdit(mine, e) : e);
  }
  prunePatterns(out);
  return out;
}

/** True when every session `of` records is recorded in `l` too. */
export function hasAllSessions(l: Ledger, of: Ledger): boolean {
  return Object.keys(of.sessions).every((k) => isDreamed(l, k)) && filterCovers(l.dreamed, of.dreamed);
}

/**
 * The ledger a pass starts from, given the state branch's copy and the checkout's (null: absent).
 * The state branch is normally ahead (it advances on every pass), so it wins outright when it holds
 * every session the checkout does; otherwise (a dream PR merged whose ledger the state branch never
 * saw, say) the two are merged. Returns serialised text, as runDream takes it, and the ledgers it
 * parsed on the way: `ledger` is that text parsed (when it is the state branch's) and `checkout` the
 * checkout's. A caller that reads them takes these rather than parse the same text again (a ledger of
 * 10,000 sessions is 3 MB of JSON); each is the caller's own.
 */
export function reconcileLedgers(
  state: { text: string | null; file: string },
  checkout: { text: string | null; file: string },
): { text: string | null; ledger?: Ledger; checkout?: Ledger } {
  if (state.text === null) return { text: checkout.text };
  if (checkout.text === null) return { text: state.text };
  const s = loadLedger(state.text, state.file);
  const c = loadLedger(checkout.text, checkout.file);
  if (hasAllSessions(s, c)) return { text: state.text, ledger: s, checkout: c };
  const merged = mergeLedgers(s, c);
  // The merged text is what the pass reads; its value is `merged` (serializeLedger writes it as it is, keys sorted).
  return { text: serializeLedger(merged), checkout: c };
}

/**
 * The ledger without what an open dream PR still proposes: its sessions (by session id, as its
 * marker lists them) and its proposed edits. The PR's branch is rebuilt from the base on every pass
 * with that pass's edits only, so its sessions must be dreamed again or their edits would vanish
 * from the PR; the state branch already recorded them. Rejections are kept. Not modified in place.
 */
export function withoutPending(l: Ledger, pending: { sessionIds: readonly string[]; editIds: readonly string[] }): Ledger {
  const ids = new Set(pending.sessionIds);
  const edits = new Set(pending.editIds);
  if (ids.size === 0 && edits.size === 0) return l;
  const out = structuredClone(l);
  for (const [key, s] of Object.entries(out.sessions)) {
    if (!ids.has(s.id)) continue;
    delete out.sessions[key];
    // Its file too, or the next pass would skip the file unread and never dream the session again.
    delete out.files?.[s.sourceFile];
  }
  for (const [id, e] of Object.entries(out.edits)) if (edits.has(id) && e.status === 'proposed') delete out.edits[id];
  return out;
}
