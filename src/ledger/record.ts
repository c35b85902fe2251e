/**
 * Ledger updates. Each function mutates the ledger it is given and returns it; recording the
 * same facts twice changes nothing, so a re-run over the same sessions yields a byte-identical file.
 */
import type { Edit } from '../edits/types.js';
import type { Pattern } from '../signals/types.js';
import type { Ledger } from './ledger.js';

/** Session ids remembered per pattern: enough to tell new evidence from old, bounded for big corpora. */
export const MAX_PATTERN_SESSIONS = 500;

export function isDreamed(l: Ledger, contentHash: string): boolean {
  return Object.prototype.hasOwnProperty.call(l.sessions, contentHash);
}

export function recordSessions(l: Ledger, sessions: { id: string; contentHash: string; sourceFile: string }[], at: string): Ledger {
  for (const s of sessions) {
    if (isDreamed(l, s.contentHash)) continue;
    l.sessions[s.contentHash] = { id: s.id, sourceFile: s.sourceFile, dreamedAt: at };
  }
  return l;
}

function newSessions(l: Ledger, p: Pattern): string[] {
  const known = new Set(l.patterns[p.id]?.sessions ?? []);
  return p.sessions.filter((s) => !known.has(s));
}

export function recordPatterns(l: Ledger, patterns: readonly Pattern[], at: string): Ledger {
  for (const p of patterns) {
    const fresh = newSessions(l, p);
    const prev = l.patterns[p.id];
    if (prev && fresh.length === 0) continue;
    const sessions = [...new Set([...(prev?.sessions ?? []), ...fresh])].sort();
    l.patterns[p.id] = {
      kind: p.kind,
      signature: p.signature,
      support: (prev?.support ?? 0) + fresh.length,
      agents: [...new Set([...(prev?.agents ?? []), ...p.agents])].sort(),
      firstSeen: prev?.firstSeen ?? at,
      lastSeen: at,
      sessions: sessions.slice(-MAX_PATTERN_SESSIONS),
    };
    // A memory entry that keeps failing or being corrected has hurt; count it per session.
    const entryIds = new Set(p.signals.map((s) => s.memoryEntryId).filter((x): x is string => !!x));
    for (const id of entryIds) {
      const e = l.entries[id] ?? { hurt: 0, helped: 0, lastSeen: at };
      l.entries[id] = { ...e, hurt: e.hurt + fresh.length, lastSeen: at };
    }
  }
  return l;
}

/** Count sessions in which following a memory entry went well (helped) or badly (hurt). */
export function recordEntryOutcome(l: Ledger, entryId: string, outcome: 'helped' | 'hurt', sessions: number, at: string): Ledger {
  const e = l.entries[entryId] ?? { hurt: 0, helped: 0, lastSeen: at };
  l.entries[entryId] = { ...e, [outcome]: e[outcome] + sessions, lastSeen: at };
  return l;
}

const supportOf = (l: Ledger, e: Edit): number => (e.patternId ? l.patterns[e.patternId]?.support : undefined) ?? e.support?.sessions ?? 0;

export function recordProposed(l: Ledger, edits: readonly Edit[], at: string): Ledger {
  for (const e of edits) {
    const prev = l.edits[e.id];
    const support = supportOf(l, e);
    if (prev && prev.status === 'proposed' && prev.supportAtDecision === support) continue;
    const entryIds = [e.entryId, ...(e.mergedEntryIds ?? [])].filter((x): x is string => !!x);
    l.edits[e.id] = {
      op: e.op,
      file: e.file,
      ...(e.patternId ? { patternId: e.patternId } : {}),
      ...(entryIds.length ? { entryIds } : {}),
      status: 'proposed',
      proposedAt: at,
      supportAtDecision: support,
    };
  }
  return l;
}

/** Edits of a dream PR that was closed without merging. Unknown ids are recorded too. */
export function recordRejected(l: Ledger, editIds: readonly string[], at: string): Ledger {
  for (const id of editIds) {
    const prev = l.edits[id];
    if (prev?.status === 'rejected') continue;
    const support = prev?.patternId ? (l.patterns[prev.patternId]?.support ?? prev.supportAtDecision) : (prev?.supportAtDecision ?? 0);
    l.edits[id] = {
      op: prev?.op ?? 'unknown',
      file: prev?.file ?? '',
      ...(prev?.patternId ? { patternId: prev.patternId } : {}),
      ...(prev?.entryIds ? { entryIds: prev.entryIds } : {}),
      status: 'rejected',
      proposedAt: prev?.proposedAt ?? at,
      rejectedAt: at,
      supportAtDecision: support,
    };
  }
  return l;
}

/** Marker in the suppressed set for a memory entry that a pending (proposed, not rejected) edit changes. */
export const pendingEntryKey = (entryId: string): string => `entry:${entryId}`;

/**
 * Edits proposed or rejected before are suppressed unless their pattern has sessions the ledger
 * has not seen (new evidence). The set also holds pendingEntryKey(id) for every entry a pending
 * proposal changes, so a later pass does not propose a different edit to it while that one is open.
 * Call before recordPatterns for this run.
 */
export function suppressedEditIds(l: Ledger, patterns: readonly Pattern[]): Set<string> {
  const byId = new Map(patterns.map((p) => [p.id, p]));
  const out = new Set<string>();
  for (const [id, e] of Object.entries(l.edits)) {
    if (e.status === 'proposed') for (const entry of e.entryIds ?? []) out.add(pendingEntryKey(entry));
    const p = e.patternId ? byId.get(e.patternId) : undefined;
    if (p && newSessions(l, p).length > 0) continue;
    out.add(id);
  }
  return out;
}
