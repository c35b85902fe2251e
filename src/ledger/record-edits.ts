/**
 * Ledger updates about edits: proposed, pulled, adopted, rejected, and which of them a pass must not propose
 * again. As in record.ts, each function mutates the ledger it is given and returns it, and recording the same
 * facts twice changes nothing.
 */
import { newSessions as unlisted, rootFileIds, type Edit, type Pattern } from '../model/index.js';
import { normaliseEntryText, sha256Hex } from '../memory/normalise.js';
import type { AdoptionHow, Ledger, LedgerEdit } from './ledger.js';
import { proposalKey, proposalShape } from './same-proposal.js';
import { MAX_PATTERN_SESSIONS, newSessions } from './record.js';

/**
 * Count sessions in which following a memory entry went well (helped) or badly (hurt). The efficacy
 * pass calls it for adopted entries: helped, sessions since adoption in which the entry could apply
 * (efficacy's exposure) without the episode; hurt, sessions with a new failure in those commands.
 * `sessions` is negative when a later pass takes back what an earlier one counted.
 */
export function recordEntryOutcome(l: Ledger, entryId: string, outcome: 'helped' | 'hurt', sessions: number, at: string): Ledger {
  const e = l.entries[entryId] ?? { hurt: 0, helped: 0, lastSeen: at };
  // A count taken back (a conversation counted as helped, hit in what a later pass read of it) never goes below none.
  l.entries[entryId] = { ...e, [outcome]: Math.max(0, e[outcome] + sessions), lastSeen: at };
  return l;
}

const supportOf = (l: Ledger, e: Edit): number => (e.patternId ? l.patterns[e.patternId]?.support : undefined) ?? e.support?.sessions ?? 0;
const patternSessions = (l: Ledger, patternId: string | undefined): string[] | undefined =>
  patternId ? l.patterns[patternId]?.sessions : undefined;
/** The pattern's session count: its support, which outlives the bounded list of ids. */
const sessionsCount = (l: Ledger, patternId: string | undefined): number => {
  const p = patternId ? l.patterns[patternId] : undefined;
  return p ? Math.max(p.support, p.sessions.length) : 0;
};

/** Call after recordPatterns for this run, so the sessions recorded with each edit include tonight's. */
export function recordProposed(l: Ledger, edits: readonly Edit[], at: string): Ledger {
  for (const e of edits) {
    const prev = l.edits[e.id];
    const support = supportOf(l, e);
    if (prev && prev.status === 'proposed' && prev.supportAtDecision === support) continue;
    const { entryIds = [] } = proposalShape(e);
    const sessions = patternSessions(l, e.patternId);
    l.edits[e.id] = {
      op: e.op,
      file: e.file,
      ...(e.patternId ? { patternId: e.patternId } : {}),
      ...(entryIds.length ? { entryIds: [...entryIds] } : {}),
      status: 'proposed',
      proposedAt: at,
      supportAtDecision: support,
      ...(sessions ? { sessions: [...sessions] } : {}),
      ...(sessions && sessionsCount(l, e.patternId) > sessions.length ? { sessionCount: sessionsCount(l, e.patternId) } : {}),
      ...provenanceOf(e),
      ...(prev?.pr ? { pr: prev.pr } : {}),
    };
  }
  return l;
}

/** Evidence items and characters kept per edit: enough for `dream why`, bounded for big ledgers. */
const MAX_EDIT_EVIDENCE = 3;
const MAX_EDIT_TEXT = 600;

/** The hash adoption matches on: the entry's normalised text, so a marker or spacing change is the same entry. */
export const entryTextHash = (text: string): string => sha256Hex(normaliseEntryText(text)).slice(0, 16);

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** What a later `dream why` and adoption tracking need of an edit, bounded. */
function provenanceOf(e: Edit): Partial<LedgerEdit> {
  const text = e.op === 'delete' ? undefined : e.after;
  return {
    ...(text ? { entryHash: entryTextHash(text), entryText: clip(text, MAX_EDIT_TEXT) } : {}),
    ...(e.before ? { beforeHash: entryTextHash(e.before) } : {}),
    ...(e.op === 'move' && e.toFile ? { toFile: e.toFile } : {}),
    ...(e.rationale ? { rationale: clip(e.rationale, MAX_EDIT_TEXT) } : {}),
    ...(e.evidence.length
      ? {
          evidence: e.evidence
            .slice(0, MAX_EDIT_EVIDENCE)
            // `dream why` shows no quote the index marked as a turn no one can attribute to the person (Evidence.unverified).
            .map((v) => ({
              session: v.session,
              file: v.file,
              line: v.line,
              quote: clip(v.quote, 300),
              ...(v.unverified ? { unverified: v.unverified } : {}),
            })),
        }
      : {}),
    ...(e.support ? { support: { sessions: e.support.sessions, agents: e.support.agents } } : {}),
  };
}

/** The dream PR that carries these edits, once it exists. */
export function recordPull(l: Ledger, editIds: readonly string[], pr: { number: number; url?: string }): Ledger {
  for (const id of editIds) {
    const e = l.edits[id];
    if (e && e.status === 'proposed') l.edits[id] = { ...e, pr: { number: pr.number, ...(pr.url ? { url: pr.url } : {}) } };
  }
  return l;
}

/**
 * A merged dream PR's edit that reached the base: as proposed, or in the reviewer's words (`text`).
 * Recording it again changes nothing.
 */
export function recordAdopted(l: Ledger, a: { editId: string; at: string; sha: string; how: AdoptionHow; text?: string }): Ledger {
  const e = l.edits[a.editId];
  if (!e || e.adopted?.sha === a.sha) return l;
  const reworded = a.how === 'reworded' && a.text !== undefined;
  const adopted = {
    at: a.at,
    sha: a.sha,
    how: a.how,
    ...(reworded ? { text: clip(a.text!, MAX_EDIT_TEXT), hash: entryTextHash(a.text!) } : {}),
  };
  l.edits[a.editId] = { ...e, status: 'proposed', adopted };
  return l;
}

/** An edit of a dream PR closed unmerged, with the pattern and sessions it had when proposed. */
export interface Rejection {
  id: string;
  patternId?: string;
  sessions?: readonly string[];
  /** Present when `sessions` was capped: how many sessions the pattern really had. */
  sessionCount?: number;
}

/** Sessions a rejection counted but did not list: that many unlisted sessions may be old, not new. */
const omittedOf = (listed: number, count: number | undefined): number => Math.max(0, (count ?? listed) - listed);

/**
 * Edits of a dream PR that was closed without merging. Unknown ids are recorded too. A rejection
 * that is older than the ledger's proposal (the proposal cites sessions the rejection did not see)
 * does not overturn it; a rejection citing more sessions than one recorded widens it.
 */
export function recordRejected(l: Ledger, rejections: readonly (string | Rejection)[], at: string): Ledger {
  for (const r of rejections) {
    const { id, patternId, sessions: seen = [], sessionCount } = typeof r === 'string' ? ({ id: r } as Rejection) : r;
    const prev = l.edits[id];
    const seenSet = new Set(seen);
    const omitted = omittedOf(seenSet.size, sessionCount);
    if (prev?.status === 'proposed' && seen.length > 0 && (prev.sessions ?? []).filter((s) => !seenSet.has(s)).length > omitted) continue;
    const pid = prev?.patternId ?? patternId;
    if (prev?.status === 'rejected') {
      const before = prev.sessions ?? [];
      const widened = [...new Set([...before, ...seen])].sort();
      const prevOmitted = omittedOf(before.length, prev.sessionCount);
      const nextOmitted = Math.max(prevOmitted, omitted);
      if (widened.length === before.length && nextOmitted === prevOmitted) continue;
      l.edits[id] = withSessions({ ...prev }, widened, widened.length + nextOmitted);
      continue;
    }
    const support = pid ? (l.patterns[pid]?.support ?? prev?.supportAtDecision ?? seen.length) : (prev?.supportAtDecision ?? seen.length);
    const sessions = seen.length ? [...seenSet].sort() : (prev?.sessions ?? patternSessions(l, pid));
    const edit: LedgerEdit = {
      op: prev?.op ?? 'unknown',
      file: prev?.file ?? '',
      ...(pid ? { patternId: pid } : {}),
      ...(prev?.entryIds ? { entryIds: prev.entryIds } : {}),
      // Where a rejected move went is part of what was rejected (same-proposal.ts).
      ...(prev?.toFile ? { toFile: prev.toFile } : {}),
      status: 'rejected',
      proposedAt: prev?.proposedAt ?? at,
      rejectedAt: at,
      supportAtDecision: support,
    };
    const count = seen.length
      ? seenSet.size + omitted
      : prev?.sessions
        ? (prev.sessionCount ?? prev.sessions.length)
        : sessionsCount(l, pid);
    l.edits[id] = sessions ? withSessions(edit, sessions, count) : edit;
  }
  return l;
}

/** Keeps at most MAX_PATTERN_SESSIONS ids, and the true count whenever some are left out. */
function withSessions(e: LedgerEdit, sessions: readonly string[], count: number): LedgerEdit {
  const kept = sessions.slice(-MAX_PATTERN_SESSIONS);
  const { sessionCount: _dropped, ...rest } = e;
  return { ...rest, sessions: [...kept], ...(count > kept.length ? { sessionCount: count } : {}) };
}

/** Marker in the suppressed set for a memory entry that a pending (proposed, not rejected) edit changes. */
export const pendingEntryKey = (entryId: string): string => `entry:${entryId}`;

/**
 * Edits proposed or rejected before are suppressed unless their pattern has new evidence: for a
 * rejection that records its sessions, a session outside them; otherwise sessions the ledger has
 * not seen. The set also holds pendingEntryKey(id) for every entry a pending proposal changes, so
 * a later pass does not propose a different edit to it while that one is open, and each suppressed edit's
 * proposalKey, so its lesson worded anew is suppressed too (same-proposal.ts; engines ask isSuppressed).
 * Call before recordPatterns for this run.
 */
export function suppressedEditIds(l: Ledger, patterns: readonly Pattern[]): Set<string> {
  const byId = new Map(patterns.map((p) => [p.id, p]));
  // Listed once, when an edit first asks: a list per edit walked every session the ledger holds for each of its
  // edits (10,000 sessions: the most costly step of a pass over 1,000 new ones after reading them).
  let roots: ReadonlySet<string> | undefined;
  const rootIds = (): ReadonlySet<string> => (roots ??= rootFileIds(Object.values(l.sessions)));
  const out = new Set<string>();
  for (const [id, e] of Object.entries(l.edits)) {
    if (e.status === 'proposed') for (const entry of e.entryIds ?? []) out.add(pendingEntryKey(entry));
    const p = e.patternId ? byId.get(e.patternId) : undefined;
    if (p && hasNewEvidence(l, e, p, rootIds)) continue;
    out.add(id);
    const key = proposalKey(e);
    if (key) out.add(key);
  }
  return out;
}

function hasNewEvidence(l: Ledger, e: LedgerEdit, p: Pattern, roots: () => ReadonlySet<string>): boolean {
  if (e.status === 'rejected' && e.sessions && e.sessions.length > 0) {
    const seen = new Set(e.sessions);
    // Conservative when the list was capped: the unlisted sessions may be any of those outside it.
    const outside = unlisted(seen, p.sessions, roots()).fresh.length;
    return outside > omittedOf(seen.size, e.sessionCount);
  }
  return newSessions(l, p, roots()).fresh.length > 0;
}
