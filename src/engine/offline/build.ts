/**
 * Construction of edits: stable ids, evidence drawn from distinct sessions, and the rationale.
 */
import type { Edit, Evidence, MemoryEntry, MemoryFile, Pattern, Signal } from '../../model/index.js';
import { WITHHELD_WORDS } from '../../model/index.js';
import { clip, shortHash, supportSession } from '../../signals/index.js';

export const MAX_EVIDENCE = 5;

/** An entry's text as compared: no list marker, spacing or case. */
export const norm = (t: string | undefined) =>
  (t ?? '')
    .replace(/^\s*([-*+]|\d+[.)])\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Stable id: op, files and normalised content, so the ledger recognises the same proposal next run. */
export function editId(e: Pick<Edit, 'op' | 'file' | 'toFile' | 'before' | 'after' | 'mergedEntryIds'>): string {
  const key = [e.op, e.file, e.toFile ?? '', norm(e.before), norm(e.after), ...(e.mergedEntryIds ?? [])].join('\u0000');
  return `e_${shortHash(key)}`;
}

/** A pattern as a note names it: its summary, unless only turns no one can attribute to the person said it (Pattern.unverified). */
export const named = (p: Pattern): string => (p.unverified ? WITHHELD_WORDS : clip(p.summary, 120));

/** Up to MAX_EVIDENCE items: each session's first item before anyone's second. */
export function pickEvidence(signals: readonly Signal[]): Evidence[] {
  const bySession = new Map<string, Evidence[]>();
  // A subagent and its parent are one session of work: citing both would not widen the evidence.
  for (const s of signals) if (!bySession.has(supportSession(s))) bySession.set(supportSession(s), s.evidence);
  const lists = [...bySession.keys()].sort().map((k) => bySession.get(k) ?? []);
  const out: Evidence[] = [];
  for (let round = 0; out.length < MAX_EVIDENCE && lists.some((l) => l.length > round); round++) {
    for (const l of lists) {
      const ev = l[round];
      if (ev && out.length < MAX_EVIDENCE && ev.quote) out.push(ev);
    }
  }
  return out;
}

export function supportText(p: Pattern): string {
  const s = p.support.sessions;
  // One session is enough only for a standing correction: the reviewer should see why.
  const standing =
    s === 1 && p.signals.some((x) => x.standing)
      ? '; the user scoped the correction beyond the task, right after the agent went wrong'
      : '';
  return `${s} session${s === 1 ? '' : 's'}${agentsText(p)}${standing}`;
}

const agentsText = (p: Pattern): string => (p.agents.length > 1 ? ` across ${p.agents.join(' and ')}` : ` (${p.agents.join(', ')})`);

/**
 * A preference's support when some sessions only named the tool again (Signal.restated): the reviewer sees how many
 * sessions corrected and how many repeated, not one count that makes every session sound like a correction.
 */
export function preferSupportText(p: Pattern): string {
  const corrected = new Set(p.signals.filter((x) => !x.restated).map(supportSession)).size;
  const again = p.support.sessions - corrected;
  if (again <= 0 || !p.signals.some((x) => x.restated)) return supportText(p);
  return `${corrected} session${corrected === 1 ? '' : 's'}, and named it again in ${again} more${agentsText(p)}`;
}

/** The fields of an edit that rewrites one entry in place: which entry, as it reads now, and what it becomes. */
export function entryUpdate(
  file: MemoryFile,
  entry: MemoryEntry,
  after: string,
): Pick<Edit, 'op' | 'file' | 'entryId' | 'before' | 'after'> {
  return { op: 'update', file: file.path, entryId: entry.id, before: entry.text, after };
}

export function makeEdit(fields: Omit<Edit, 'id'>): Edit {
  return { id: editId(fields), ...fields };
}

export function fromPattern(p: Pattern): Pick<Edit, 'evidence' | 'patternId' | 'support'> {
  return { evidence: pickEvidence(p.signals), patternId: p.id, support: { ...p.support } };
}
