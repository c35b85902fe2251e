/**
 * The ledger: committed state (`.dreaming/ledger.json`) that makes dream runs incremental and
 * idempotent. Serialised with sorted keys and two-space indentation so each run's diff is small
 * (serialize.ts); read and checked by load.ts.
 */
import type { AdoptionHow } from '../model/index.js';
import type { FileMark } from '../sources/fingerprint.js';
import type { DreamedFilter } from './filter.js';

export type { AdoptionHow };

interface LedgerSession {
  id: string;
  sourceFile: string;
  dreamedAt: string;
  /** For sessions a hosted engine listed: when the session was created, the cursor of the next listing. */
  createdAt?: string;
}

interface LedgerPattern {
  kind: string;
  signature: string;
  /** Distinct sessions that supported the pattern, across all runs. */
  support: number;
  agents: string[];
  firstSeen: string;
  lastSeen: string;
  /** Session ids seen so far (bounded); used to tell new evidence from old. */
  sessions: string[];
  /**
   * The folders below the root every session of it so far ran in (Pattern.folders), where its lesson is added. Absent
   * when one ran at the root or in an unknown folder, and in ledgers written before folders were kept: the root's.
   */
  folders?: string[];
  /**
   * A few signals from distinct sessions (kind and signature are the pattern's), kept so that a later
   * run can cite them when this run's sessions alone fall short of the support threshold.
   */
  samples?: LedgerSample[];
}

export interface LedgerSample {
  sessionId: string;
  /** For a subagent's sample: the session that spawned it, which is what support counts. */
  rootSessionId?: string;
  agent: string;
  summary: string;
  lesson?: string;
  failed?: string;
  fixed?: string;
  memoryEntryId?: string;
  /** For an ask (Signal.asked): the sketch of the task around it, so a later run can tell a task sent again. */
  asked?: string;
  /** For a finishing step (Signal.named): the notes files it named. */
  named?: string[];
  evidence: { session: string; file: string; line: number; quote: string; unverified?: true }[];
}

interface LedgerEntry {
  /** Sessions in which following this memory entry led to a failure or a correction. */
  hurt: number;
  /** Sessions since the entry was adopted that used its commands without the failure it warns of (efficacy). */
  helped: number;
  lastSeen: string;
}

export interface LedgerEdit {
  op: string;
  file: string;
  patternId?: string;
  /** Memory entries the edit changes (entryId and merged entries), so a pending proposal is not contradicted. */
  entryIds?: string[];
  status: 'proposed' | 'rejected';
  proposedAt: string;
  rejectedAt?: string;
  /** Support of the pattern when the edit was proposed or rejected. */
  supportAtDecision: number;
  /**
   * The pattern's sessions when the edit was proposed or rejected (bounded): a rejection is lifted
   * only by sessions outside this list.
   */
  sessions?: string[];
  /**
   * Present when `sessions` is capped: how many sessions there were. A rejection is then lifted only
   * when more sessions fall outside the list than the list left out.
   */
  sessionCount?: number;
  /**
   * What lets `dream why` and adoption tracking recognise the edit's entry on the base after a merge,
   * squash or rebase changed every sha: the hash of the entry text it writes (normaliseEntryText,
   * see entryTextHash), the text itself (bounded), and for a move the file the text lands in.
   */
  entryHash?: string;
  entryText?: string;
  /** For edits that replace an entry (update, merge, move, delete): the replaced text's hash, where it was. */
  beforeHash?: string;
  toFile?: string;
  /** Why, and on what evidence (bounded), for `dream why`. */
  rationale?: string;
  evidence?: LedgerEvidence[];
  support?: { sessions: number; agents: number };
  /** The dream PR that proposed it, once known. */
  pr?: { number: number; url?: string };
  /** Recorded by a pass that saw the dream PR merged: the entry reached the base, maybe in the reviewer's words. */
  adopted?: LedgerAdoption;
}

export interface LedgerEvidence {
  session: string;
  file: string;
  line: number;
  quote: string;
  /** The quote is a turn the transcripts cannot attribute to the person (Evidence.unverified): kept, never shown. */
  unverified?: true;
}

interface LedgerAdoption {
  at: string;
  /** The commit that brought the entry to the base (for a merge commit: the merge). */
  sha: string;
  how: AdoptionHow;
  /** For `reworded`: the reviewer's text and its hash, which is what the base holds. */
  text?: string;
  hash?: string;
}

/** Where a pass stopped reading a transcript file (see sources/fingerprint.ts), and when. */
interface LedgerFile extends FileMark {
  dreamedAt: string;
  /** Sessions the file held when read: a pass that skips it counts them as already dreamed. */
  sessions?: number;
}

export interface Ledger {
  version: 1;
  /**
   * Keyed by the transcript's content hash; sessions a hosted engine read, by `<engine>:<session id>`.
   * Only the most recent are listed; older content hashes are compacted into `dreamed`.
   */
  sessions: Record<string, LedgerSession>;
  /** Transcript files by display path: the most recent, so the next pass skips or resumes them unparsed. */
  files?: Record<string, LedgerFile>;
  /** Keys of sessions and files compacted out of `sessions` and `files` (compact.ts). */
  dreamed?: DreamedFilter;
  patterns: Record<string, LedgerPattern>;
  /** Keyed by memory entry id. */
  entries: Record<string, LedgerEntry>;
  /** Keyed by edit id. */
  edits: Record<string, LedgerEdit>;
  /** Keyed by the adopted edit's id: episode counts before and after adoption (src/ledger/efficacy-ledger.ts). */
  efficacy?: Record<string, LedgerEfficacy>;
}

/** Cumulative counts of one adopted lesson, added to by every pass (a session is read once). */
export interface LedgerEfficacy {
  patternId: string;
  adoptedAt: string;
  /** `exposed`: sessions that met the lesson's situation; absent in ledgers written before it was counted. */
  before: { sessions: number; episodes: number; hitSessions: number; exposed?: number };
  after: { sessions: number; episodes: number; hitSessions: number; exposed?: number };
  /** Week offset from adoption -> [sessions, episodes], at most 2 * MAX_EFFICACY_WEEKS + 1 keys. */
  weeks: Record<string, [number, number]>;
  lastObserved?: string;
  /** Post-adoption failures of a new kind seen so far (bounded). */
  worse?: LedgerEvidence[];
  /** How many of those the miner tied to the entry itself; absent in older ledgers (then all were counted as tied). */
  tiedWorse?: number;
  /**
   * What each conversation of the sessions still listed met (`a|root` or `b|root`, after or before
   * adoption -> 1 exposed, 2 hit, 3 both): a later pass that reads more of one (a subagent's file, the
   * file grown) counts only what is new. Absent in older ledgers and when no listed conversation met it.
   */
  conversations?: Record<string, number>;
}

export const emptyLedger = (): Ledger => ({ version: 1, sessions: {}, patterns: {}, entries: {}, edits: {} });

/**
 * The ledger as it is now, for what reads it while a pass records into it: which files to skip or
 * resume and which sessions were dreamed (sessions, files and the filter). Later records and compaction
 * do not show through: they add and delete keys of those records and replace their entries, never
 * change one in place, except the filter's last segment, whose bits filterAdd rewrites, so segments
 * are copied. A few shallow copies, where parsing the ledger's text again cost a pass more than
 * anything else it did with nothing new.
 *
 * The two records are copied by Object.assign, not spread: JSON.parse gives a record of up to about a
 * thousand members a fast-mode shape, and V8's spread copy of such an object grows a new shape member
 * by member, each copying the last one's descriptors (quadratic): 13-17 ms for the 1,000 sessions and
 * 1,000 files of a 1,000-session ledger, against about 2 ms. The copies hold the same members in the
 * same order either way (see copyRecord).
 */
export function ledgerSnapshot(l: Ledger): Ledger {
  return {
    ...l,
    sessions: copyRecord(l.sessions),
    ...(l.files ? { files: copyRecord(l.files) } : {}),
    ...(l.dreamed ? { dreamed: { ...l.dreamed, segments: l.dreamed.segments.map((s) => ({ ...s })) } } : {}),
  };
}

/**
 * A shallow copy of a record, member for member as spread makes it. Object.assign sets members where spread
 * defines them, which differs only for a member named `__proto__` (assigning it would set the copy's
 * prototype): a record holding one is spread.
 */
function copyRecord<T extends object>(r: T): T {
  return Object.prototype.hasOwnProperty.call(r, '__proto__') ? { ...r } : Object.assign({}, r);
}

/**
 * The part of a ledger that reading consults (which sessions were dreamed, where each file's read
 * stopped, the filter), as ledger text: what each read worker parses. The patterns, entries and edits
 * it never reads were half of a large ledger's text, and each worker held them parsed for the whole pass.
 */
export function readersLedgerText(l: Ledger): string {
  return JSON.stringify({ version: l.version, sessions: l.sessions, files: l.files, dreamed: l.dreamed });
}
