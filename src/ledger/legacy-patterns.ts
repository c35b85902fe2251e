/**
 * A ledger written before a rule's key left out its frame words ("From now on, run X" keyed with "now", "Don't ever
 * X" with "ever": signals/rule-frames.ts) holds its patterns under ids this version never computes. Read as it is,
 * its decisions would be lost: a lesson a person rejected would come back under the new id with no record of the
 * rejection, and its support would start again from nothing. So the ledger is re-keyed as it is read: each such
 * pattern moves to the id its sessions' words key to now (signals/legacy-signatures.ts reframedSignature; and a key
 * this version writes otherwise, a rule in another language or a stem: signals/reread-signature.ts), two that
 * now key alike become one, and the edits and efficacy records that name a moved pattern name it by its new id. The
 * file keeps the old ids until a pass changes something else (the re-keyed value is what a pass compares), so a pass
 * with nothing new writes nothing.
 */
import { mayHoldFrameWords, mayReadAnew, patternId, reframedSignature, rereadSignature } from '../signals/index.js';
import type { Signal } from '../model/index.js';
import type { Ledger } from './ledger.js';
import { MAX_PATTERN_SAMPLES, MAX_PATTERN_SESSIONS } from './record.js';

type LedgerPattern = Ledger['patterns'][string];

/** Two records of one pattern as one: sessions and agents joined, a session listed in both counted once. */
function joined(a: LedgerPattern, b: LedgerPattern): LedgerPattern {
  const listedInA = new Set(a.sessions);
  const both = b.sessions.filter((s) => listedInA.has(s)).length;
  const sampled = new Set((a.samples ?? []).map((x) => x.rootSessionId ?? x.sessionId));
  const samples = [...(a.samples ?? []), ...(b.samples ?? []).filter((x) => !sampled.has(x.rootSessionId ?? x.sessionId))];
  return {
    ...a,
    support: a.support + b.support - both,
    agents: [...new Set([...a.agents, ...b.agents])].sort(),
    firstSeen: a.firstSeen < b.firstSeen ? a.firstSeen : b.firstSeen,
    lastSeen: a.lastSeen > b.lastSeen ? a.lastSeen : b.lastSeen,
    sessions: [...new Set([...a.sessions, ...b.sessions])].slice(-MAX_PATTERN_SESSIONS),
    ...(samples.length ? { samples: samples.slice(0, MAX_PATTERN_SAMPLES) } : {}),
  };
}

/** Re-keys the patterns `l` holds under a pre-frame key, in place: `l` is the value loadLedger just parsed. */
export function rekeyFramedPatterns(l: Ledger): void {
  const moved = new Map<string, string>();
  for (const id of Object.keys(l.patterns)) {
    const p = l.patterns[id]!;
    if (!mayHoldFrameWords(p.signature) && !mayReadAnew(p.signature)) continue;
    const quotes = (p.samples ?? []).flatMap((s) => s.evidence.map((e) => e.quote));
    // A key with frame words, and one this version writes otherwise (signals/reread-signature.ts).
    const signature = rereadSignature(reframedSignature(p.signature, quotes), quotes);
    if (signature === p.signature) continue;
    const to = patternId(p.kind as Signal['kind'], signature);
    if (to === id) continue;
    const at = l.patterns[to];
    const renamed = { ...p, signature };
    l.patterns[to] = at ? joined(at, renamed) : renamed;
    delete l.patterns[id];
    moved.set(id, to);
  }
  if (moved.size === 0) return;
  for (const [id, e] of Object.entries(l.edits)) {
    const to = e.patternId && moved.get(e.patternId);
    if (to) l.edits[id] = { ...e, patternId: to };
  }
  for (const [id, e] of Object.entries(l.efficacy ?? {})) {
    const to = moved.get(e.patternId);
    if (to) l.efficacy![id] = { ...e, patternId: to };
  }
}
