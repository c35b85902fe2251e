/**
 * Ledger updates. Each function mutates the ledger it is given and returns it; recording the
 * same facts twice changes nothing, so a re-run over the same sessions yields a byte-identical file.
 */
import { joinFolders, newSessions as unlisted, rootFileIds, type Edit, type Pattern, type Signal } from '../model/index.js';
import { redactSecrets } from '../secrets/index.js';
import { supportSession, wordsUnverified } from '../signals/cluster.js';
import { normaliseEntryText, sha256Hex } from '../memory/normalise.js';
import type { AdoptionHow, Ledger, LedgerEdit, LedgerSample } from './ledger.js';
import { filterHas } from './filter.js';
import { proposalKey, proposalShape } from './same-proposal.js';

/** Session ids remembered per pattern: enough to tell new evidence from old, bounded for big corpora. */
export const MAX_PATTERN_SESSIONS = 500;

/** Listed, or compacted into the filter (which may, rarely, say yes for a key it never held). */
export function isDreamed(l: Ledger, contentHash: string): boolean {
  return Object.prototype.hasOwnProperty.call(l.sessions, contentHash) || filterHas(l.dreamed, contentHash);
}

export function recordSessions(l: Ledger, sessions: { id: string; contentHash: string; sourceFile: string }[], at: string): Ledger {
  for (const s of sessions) recordSession(l, s, at);
  return l;
}

/** Lists a session unless the ledger has it already; true when it was listed. */
export function recordSession(l: Ledger, s: { id: string; contentHash: string; sourceFile: string }, at: string): boolean {
  if (isDreamed(l, s.contentHash)) return false;
  // File names and ids come from the transcripts' names: a secret there must not reach the ledger,
  // which is committed. The content hash is the key, so the redacted name loses nothing the ledger needs.
  l.sessions[s.contentHash] = { id: redactSecrets(s.id), sourceFile: redactSecrets(s.sourceFile), dreamedAt: at };
  return true;
}

/** Ledger key of a session read by a hosted engine: no transcript, so no content hash, only its API id. */
export const hostedSessionKey = (engine: string, sessionId: string): string => `${engine}:${sessionId}`;

/**
 * Sessions an engine read through an API rather than from transcript files (anthropic-dreams). They
 * are keyed by engine and id, apart from the content hashes, and carry the time of the pass, which
 * is what the next pass lists sessions after.
 */
export function recordHostedSessions(
  l: Ledger,
  engine: string,
  sessionIds: readonly string[],
  at: string,
  createdAt: Readonly<Record<string, string>> = {},
): Ledger {
  for (const id of sessionIds) {
    const key = hostedSessionKey(engine, id);
    if (isDreamed(l, key)) continue;
    const created = createdAt[id];
    l.sessions[key] = { id, sourceFile: engine, dreamedAt: at, ...(created ? { createdAt: created } : {}) };
  }
  return l;
}

/** `roots`: rootFileIds of the ledger's sessions, listed once by the caller for all its patterns (they scale with the ledger). */
function newSessions(l: Ledger, p: Pattern, roots: ReadonlySet<string>): ReturnType<typeof unlisted> {
  return unlisted(new Set(l.patterns[p.id]?.sessions ?? []), p.sessions, roots);
}

/** Signals kept per pattern for later runs: a one-off needs one more session, so a few suffice. */
export const MAX_PATTERN_SAMPLES = 3;
/** Patterns kept in the ledger; beyond this the weakest, least recent one-offs are forgotten. */
const MAX_LEDGER_PATTERNS = 5_000;

/**
 * redactSecrets, remembered for one recordPatterns call. Samples cite the same few session ids and
 * files over and over (a session is sampled by each pattern it supports): at 1,000 sessions a cold
 * pass redacted ~12,000 short strings here, most of them seen before. Redaction is a pure function of
 * the text, so a remembered answer is the answer; the map lives for one call, bounded by its samples.
 */
type Redact = (text: string) => string;

function rememberedRedaction(): Redact {
  const seen = new Map<string, string>();
  return (text) => {
    let out = seen.get(text);
    if (out === undefined) seen.set(text, (out = redactSecrets(text)));
    return out;
  };
}

function toSample(s: Signal, redact: Redact): LedgerSample {
  return {
    sessionId: s.sessionId,
    ...(s.rootSessionId ? { rootSessionId: s.rootSessionId } : {}),
    agent: s.agent,
    summary: s.summary,
    ...(s.lesson ? { lesson: s.lesson } : {}),
    ...(s.failed ? { failed: s.failed } : {}),
    ...(s.fixed ? { fixed: s.fixed } : {}),
    ...(s.memoryEntryId ? { memoryEntryId: s.memoryEntryId } : {}),
    ...(s.asked !== undefined ? { asked: s.asked } : {}),
    ...(s.named?.length ? { named: s.named.slice(0, 8).map(redact) } : {}),
    evidence: s.evidence.slice(0, 1).map((e) => ({
      session: redact(e.session),
      file: redact(e.file),
      line: e.line,
      quote: redact(e.quote),
      // Kept so a pattern the ledger recalls still shows no words only unverified turns carried (Evidence.unverified),
      // and takes none of its wording from them (wordsUnverified): the one quote kept stands for the signal's, so it
      // is marked when any of them was such a turn (the quote is then withheld too, never shown by mistake).
      ...(wordsUnverified(s) ? { unverified: true as const } : {}),
    })),
  };
}

/**
 * Records patterns and one-offs alike: a one-off tonight may be the second session of a pattern
 * next week, so its sessions and a few samples are kept.
 */
export function recordPatterns(l: Ledger, patterns: readonly Pattern[], at: string): Ledger {
  const redact = rememberedRedaction();
  const roots = rootFileIds(Object.values(l.sessions));
  for (const p of patterns) {
    const { fresh, claimed } = newSessions(l, p, roots);
    const prev = l.patterns[p.id];
    if (prev && fresh.length === 0 && claimed.size === 0) continue;
    // Oldest first, so the cap below forgets the oldest sessions, not the alphabetically last. A bare name a
    // placed id claimed is listed as that id from now on: it stands for no other session (unlisted).
    const sessions = [...new Set([...(prev?.sessions ?? []).map((s) => claimed.get(s) ?? s), ...fresh])];
    const samples = [...(prev?.samples ?? [])];
    const sampled = new Set(samples.map((x) => x.rootSessionId ?? x.sessionId));
    for (const s of p.signals) {
      if (samples.length >= MAX_PATTERN_SAMPLES) break;
      if (sampled.has(supportSession(s)) || s.evidence.length === 0) continue;
      sampled.add(supportSession(s));
      samples.push(toSample(s, redact));
    }
    // Every session's folder so far, not only the listed ones': a pattern recorded without them is the root's.
    const folders = prev ? joinFolders(prev.folders, p.folders) : p.folders;
    l.patterns[p.id] = {
      kind: p.kind,
      signature: p.signature,
      support: (prev?.support ?? 0) + fresh.length,
      agents: [...new Set([...(prev?.agents ?? []), ...p.agents])].sort(),
      firstSeen: prev?.firstSeen ?? at,
      lastSeen: at,
      sessions: sessions.slice(-MAX_PATTERN_SESSIONS),
      ...(folders ? { folders } : {}),
      ...(samples.length ? { samples } : {}),
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

/**
 * Session ids listed across all patterns: MAX_LEDGER_PATTERNS patterns of MAX_PATTERN_SESSIONS ids
 * each would be over 100 MB of ledger, so the section as a whole is capped too (about 4.5 MB).
 */
const MAX_LEDGER_PATTERN_IDS = 100_000;

/**
 * Keeps the ledger bounded over years of runs: past `max` patterns, forgets the lowest-support,
 * least recently seen ones that no recorded edit refers to, then caps the ids they list in all
 * (capPatternSessions). Returns how many patterns were forgotten.
 */
export function prunePatterns(l: Ledger, max = MAX_LEDGER_PATTERNS): number {
  const forgotten = forgetPatterns(l, max);
  capPatternSessions(l);
  return forgotten;
}

/**
 * Past `maxIds` session ids over all patterns, the longest lists keep only their most recent ids, all
 * cut to one length (the largest that fits), so short lists keep every id. Support counts are kept:
 * the ids only tell a session seen before from a new one, and a dreamed session is not read again.
 */
export function capPatternSessions(l: Ledger, maxIds = MAX_LEDGER_PATTERN_IDS): void {
  const lengths = Object.values(l.patterns)
    .map((p) => p.sessions.length)
    .sort((a, b) => a - b);
  if (lengths.reduce((a, b) => a + b, 0) <= maxIds) return;
  // Water-filling: the longest cut that fits, given that lists shorter than it stay whole.
  let cut = 0;
  let below = 0;
  for (let i = 0; i < lengths.length; i++) {
    const rest = lengths.length - i;
    const fit = Math.floor((maxIds - below) / rest);
    if (fit < lengths[i]!) {
      cut = fit;
      break;
    }
    below += lengths[i]!;
  }
  for (const p of Object.values(l.patterns)) if (p.sessions.length > cut) p.sessions = cut > 0 ? p.sessions.slice(-cut) : [];
}

function forgetPatterns(l: Ledger, max: number): number {
  const ids = Object.keys(l.patterns);
  if (ids.length <= max) return 0;
  const referenced = new Set(Object.values(l.edits).map((e) => e.patternId));
  const candidates = ids
    .filter((id) => !referenced.has(id))
    .sort((a, b) => {
      const x = l.patterns[a]!;
      const y = l.patterns[b]!;
      return x.support - y.support || (x.lastSeen < y.lastSeen ? -1 : x.lastSeen > y.lastSeen ? 1 : a < b ? -1 : 1);
    });
  const drop = candidates.slice(0, ids.length - max);
  for (const id of drop) delete l.patterns[id];
  return drop.length;
}

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
