import { isRepoFolder, MAX_PATTERN_FOLDERS, REPO_FOLDER_RULE, type AdoptionHow } from '../model/index.js';

export type { AdoptionHow };

/**
 * The ledger: committed state (`.dreaming/ledger.json`) that makes dream runs incremental and
 * idempotent. Serialised with sorted keys and two-space indentation so each run's diff is small.
 */
import type { FileMark } from '../sources/fingerprint.js';
import { segmentBytes, type DreamedFilter } from './filter.js';
import { sameJsonValue } from './same-value.js';
import { rekeyFramedPatterns } from './legacy-patterns.js';

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

export class LedgerError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'LedgerError';
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks the fields of every item of a record. Indexed loops, without Object.entries: a pass loads the
 * ledger before anything is optimised, and a pair array per item and per field, or an iterator result
 * per step, cost more than the checks.
 */
function checkRecord(file: string, root: Record<string, unknown>, key: string, fields: Record<string, string>): void {
  const v = root[key];
  if (v === undefined) {
    root[key] = {};
    return;
  }
  if (!isObj(v)) throw new LedgerError(file, `"${key}" must be an object`);
  const names = Object.keys(fields);
  const ids = Object.keys(v);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const item = v[id];
    if (!isObj(item)) throw new LedgerError(file, `"${key}.${id}" must be an object`);
    for (let j = 0; j < names.length; j++) {
      const f = names[j]!;
      const type = fields[f]!;
      const value = item[f];
      if (typeof value === type ? type !== 'object' || !Array.isArray(value) : type === 'array' && Array.isArray(value)) continue;
      throw new LedgerError(file, `"${key}.${id}.${f}" must be ${type === 'array' || type === 'object' ? `an ${type}` : `a ${type}`}`);
    }
  }
}

/** Parse a ledger; null text (no file yet) is an empty ledger. Errors name the file. */
export function loadLedger(text: string | null, file: string): Ledger {
  if (text === null || text.trim() === '') return emptyLedger();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new LedgerError(file, `invalid JSON: ${(e as Error).message}`);
  }
  if (!isObj(raw)) throw new LedgerError(file, 'the ledger must be a JSON object');
  if (raw.version !== 1) throw new LedgerError(file, `unsupported ledger version ${JSON.stringify(raw.version)} (expected 1)`);
  checkRecord(file, raw, 'sessions', { id: 'string', sourceFile: 'string', dreamedAt: 'string' });
  checkRecord(file, raw, 'patterns', {
    kind: 'string',
    signature: 'string',
    support: 'number',
    sessions: 'array',
    agents: 'array',
    lastSeen: 'string',
  });
  checkRecord(file, raw, 'entries', { hurt: 'number', helped: 'number', lastSeen: 'string' });
  checkRecord(file, raw, 'edits', { op: 'string', file: 'string', status: 'string', proposedAt: 'string', supportAtDecision: 'number' });
  if (raw.efficacy !== undefined) {
    checkRecord(file, raw, 'efficacy', { patternId: 'string', adoptedAt: 'string', before: 'object', after: 'object', weeks: 'object' });
  }
  if (raw.files !== undefined)
    checkRecord(file, raw, 'files', {
      size: 'number',
      mtimeMs: 'number',
      bytes: 'number',
      lines: 'number',
      head: 'string',
      mark: 'string',
      dreamedAt: 'string',
    });
  if (raw.files !== undefined) checkFileIdentities(file, raw.files as Record<string, Record<string, unknown>>);
  checkPatternFolders(file, raw.patterns as Record<string, Record<string, unknown>>);
  if (raw.dreamed !== undefined) checkFilter(file, raw.dreamed);
  for (const [id, e] of Object.entries(raw.edits as Record<string, Record<string, unknown>>)) {
    if (e.status !== 'proposed' && e.status !== 'rejected')
      throw new LedgerError(file, `"edits.${id}.status" must be "proposed" or "rejected"`);
  }
  const ledger = raw as unknown as Ledger;
  // Patterns an older version keyed with a rule's frame words, under the ids this one computes (legacy-patterns.ts).
  rekeyFramedPatterns(ledger);
  loaded.set(ledger, { text, counts: countsOf(ledger) });
  return ledger;
}

/** A file mark's inode identity is optional (older ledgers lack it) but, when present, whole: both numbers. */
function checkFileIdentities(file: string, files: Record<string, Record<string, unknown>>): void {
  for (const id of Object.keys(files)) {
    const f = files[id]!;
    if (f.ctimeMs === undefined && f.ino === undefined) continue;
    if (typeof f.ctimeMs !== 'number' || typeof f.ino !== 'number')
      throw new LedgerError(file, `"files.${id}" must hold both ctimeMs and ino as numbers, or neither`);
  }
}

/** A pattern's folders, where present, are what a pass writes (model/folders.ts): a lesson is added below them. */
function checkPatternFolders(file: string, patterns: Record<string, Record<string, unknown>>): void {
  const ids = Object.keys(patterns);
  for (let i = 0; i < ids.length; i++) {
    const folders = patterns[ids[i]!]!.folders;
    if (folders === undefined) continue;
    if (!Array.isArray(folders) || folders.length === 0 || folders.length > MAX_PATTERN_FOLDERS || !folders.every(isRepoFolder))
      throw new LedgerError(
        file,
        `"patterns.${ids[i]!}.folders" must be 1 to ${MAX_PATTERN_FOLDERS} folders inside the repository (${REPO_FOLDER_RULE})`,
      );
  }
}

function checkFilter(file: string, f: unknown): void {
  if (!isObj(f) || !isCount(f.bitsPerKey) || !isCount(f.hashes) || !Array.isArray(f.segments))
    throw new LedgerError(file, '"dreamed" must be an object with bitsPerKey, hashes and segments');
  const filterBits = f.bitsPerKey;
  f.segments.forEach((s: unknown, i) => {
    const where = `"dreamed.segments[${i}]"`;
    if (!isObj(s)) throw new LedgerError(file, `${where} must be an object`);
    // A segment names its own parameters (both or neither), or takes the filter's.
    if (
      (s.bitsPerKey === undefined) !== (s.hashes === undefined) ||
      (s.bitsPerKey !== undefined && (!isCount(s.bitsPerKey) || !isCount(s.hashes)))
    )
      throw new LedgerError(file, `${where} must hold both bitsPerKey and hashes as positive integers, or neither`);
    const bytes = segmentBytes(typeof s.bitsPerKey === 'number' ? s.bitsPerKey : filterBits);
    if (typeof s.keys !== 'number' || typeof s.bits !== 'string' || Buffer.from(s.bits, 'base64').length !== bytes)
      throw new LedgerError(file, `${where} must hold keys and ${bytes} bytes of base64 bits`);
  });
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

/**
 * The value with every object's keys in sorted order, for a stable file. Copy on write: a ledger
 * loaded from its file is sorted already, and a pass adds to a few of its records, so only what is out
 * of order (and what holds it) is copied; the rest is the value itself. Whole-ledger copies cost more
 * than the rest of a pass with nothing new. JSON.stringify drops undefined members either way.
 */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const y: unknown = v[i];
      if (typeof y !== 'object' || y === null) continue;
      const x = sortKeys(y);
      if (x !== y) (out ??= v.slice())[i] = x;
    }
    return out ?? v;
  }
  if (!isObj(v)) return v;
  const keys = Object.keys(v);
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1]! < keys[i]!;
  if (!sorted) {
    const out: Record<string, unknown> = {};
    for (const k of keys.sort()) out[k] = sortKeys(v[k]);
    return out;
  }
  let out: Record<string, unknown> | undefined;
  // Indexed: unoptimised, for...of allocates a result object per step, and this runs over the whole ledger.
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const y = v[k];
    // Most members are strings and numbers: no call for them.
    if (typeof y !== 'object' || y === null) continue;
    const x = sortKeys(y);
    if (x !== y) (out ??= { ...v })[k] = x;
  }
  return out ?? v;
}

export function serializeLedger(l: Ledger): string {
  return `${JSON.stringify(sortKeys(l), null, 2)}\n`;
}

/**
 * The ledger's text after a pass: `previous` itself when the ledger still holds the value that text
 * parses to (a pass with nothing new), else serializeLedger's text, or `previous` when that is the same.
 *
 * Unchanged is decided by value (sameJsonValue against `previous` parsed again), not by a flag each
 * writer would have to set: a writer that forgot to say so would leave a stale file, and this needs no
 * writer to say anything. Parsing and comparing cost about a third of serialising (3 MB of ledger: 9 ms
 * against 22 ms, in process) and build no string the size of the file. A `previous` that holds the same
 * value in another layout (keys unsorted, other whitespace) is kept as it is: its first real change
 * writes it sorted. `stamp`, the pass's time, lets a changed ledger skip that parse (see stampIsNew).
 */
export function reserializeLedger(l: Ledger, previous: string | null, stamp?: string): string {
  if (previous !== null && !surelyChanged(l, previous, stamp) && sameJsonValue(l, parsedOrUndefined(previous))) return previous;
  // The text with its newline is a second string V8 copies into one piece to compare it with the ledger read.
  const json = JSON.stringify(sortKeys(l), null, 2);
  const same = previous !== null && previous.length === json.length + 1 && previous.endsWith('\n') && previous.startsWith(json);
  return same ? previous : `${json}\n`;
}

/**
 * What loadLedger saw of each ledger it returned: the text, and how many members its records held. A
 * pass that added a session or a file then needs no second parse to know it changed something: counts
 * that differ are a different value. Only a shortcut: equal counts still go to sameJsonValue.
 */
const loaded = new WeakMap<Ledger, { text: string; counts: string }>();

const countsOf = (l: Ledger): string =>
  [l.sessions, l.files, l.patterns, l.entries, l.edits, l.efficacy].map((r) => (r ? Object.keys(r).length : -1)).join() +
  `/${l.dreamed?.segments.length ?? -1}/${Object.keys(l).length}`;

function surelyChanged(l: Ledger, previous: string, stamp: string | undefined): boolean {
  const at = loaded.get(l);
  if (at !== undefined && at.text === previous && at.counts !== countsOf(l)) return true;
  return stamp !== undefined && stampIsNew(l, previous, stamp);
}

/** Characters a JSON string holds as themselves, never escaped: an ISO time is made of them. */
const PLAIN = /^[0-9A-Za-z:.+-]+$/;

/**
 * True when a file or session record of the ledger is stamped with `stamp` (the pass's time, which it
 * writes into every file mark and session it records) and `previous` holds no such string: then the
 * value differs from the one `previous` parses to, with no second parse. Above the caps a pass that
 * read something leaves as many records as it found (compaction moves the oldest out), so the counts
 * alone cannot tell, and the parse cost a 10%-new pass at 10,000 sessions about 20 ms.
 * Sound by the text alone: without a \u escape anywhere, a string value made of PLAIN characters can
 * only be written as itself between quotes.
 */
function stampIsNew(l: Ledger, previous: string, stamp: string): boolean {
  if (!PLAIN.test(stamp) || !stamped(l, stamp)) return false;
  return !previous.includes('\\u') && !previous.includes(`"${stamp}"`);
}

function stamped(l: Ledger, stamp: string): boolean {
  for (const records of [l.files, l.sessions]) {
    if (!records) continue;
    // Newest last: what a pass records is added after the records its ledger was read with.
    const keys = Object.keys(records);
    for (let i = keys.length - 1; i >= 0; i--) if (records[keys[i]!]!.dreamedAt === stamp) return true;
  }
  return false;
}

/** `text` as loadLedger reads it (sections it lacks added), or undefined when it is no ledger. */
function parsedOrUndefined(text: string): Ledger | undefined {
  try {
    return loadLedger(text, '');
  } catch {
    return undefined;
  }
}
