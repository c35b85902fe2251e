/**
 * Ledger updates about sessions and patterns (edits: record-edits.ts). Each function mutates the ledger it is given and returns it; recording the
 * same facts twice changes nothing, so a re-run over the same sessions yields a byte-identical file.
 */
import { joinFolders, newSessions as unlisted, rootFileIds, type Pattern, type Signal } from '../model/index.js';
import { redactSecrets } from '../secrets/index.js';
import { supportSession, wordsUnverified } from '../signals/cluster.js';
import type { Ledger, LedgerSample } from './ledger.js';
import { filterHas } from './filter.js';

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
export function newSessions(l: Ledger, p: Pattern, roots: ReadonlySet<string>): ReturnType<typeof unlisted> {
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
