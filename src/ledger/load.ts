/** Reading the ledger's file: every record checked, errors naming the file. */
import { isRepoFolder, MAX_PATTERN_FOLDERS, REPO_FOLDER_RULE } from '../model/index.js';
import { segmentBytes } from './filter.js';
import { rekeyFramedPatterns } from './legacy-patterns.js';
import { emptyLedger, type Ledger } from './ledger.js';

export class LedgerError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'LedgerError';
  }
}

export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

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
 * What loadLedger saw of each ledger it returned: the text, and how many members its records held. A
 * pass that added a session or a file then needs no second parse to know it changed something: counts
 * that differ are a different value. Only a shortcut: equal counts still go to sameJsonValue.
 */
export const loaded = new WeakMap<Ledger, { text: string; counts: string }>();

export const countsOf = (l: Ledger): string =>
  [l.sessions, l.files, l.patterns, l.entries, l.edits, l.efficacy].map((r) => (r ? Object.keys(r).length : -1)).join() +
  `/${l.dreamed?.segments.length ?? -1}/${Object.keys(l).length}`;
