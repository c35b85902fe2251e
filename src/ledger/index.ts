export { loadLedger, serializeLedger, emptyLedger, LedgerError } from './ledger.js';
export type {
  Ledger,
  LedgerFile,
  LedgerSession,
  LedgerPattern,
  LedgerSample,
  LedgerEntry,
  LedgerEdit,
  LedgerEvidence,
  LedgerAdoption,
  AdoptionHow,
} from './ledger.js';
export {
  isDreamed,
  recordEntryOutcome,
  recordSessions,
  recordHostedSessions,
  hostedSessionKey,
  recordPatterns,
  recordProposed,
  recordRejected,
  recordPull,
  recordAdopted,
  entryTextHash,
  MAX_EDIT_EVIDENCE,
  suppressedEditIds,
  pendingEntryKey,
  prunePatterns,
  capPatternSessions,
  MAX_PATTERN_SAMPLES,
  MAX_LEDGER_PATTERNS,
} from './record.js';
export type { Rejection } from './record.js';
export { mergeLedgers, hasAllSessions, reconcileLedgerTexts, withoutPending } from './merge.js';
export { readLedgerFile, lastDreamTime } from './file.js';
export { compactLedger, fileKey, MAX_LISTED_SESSIONS, MAX_LISTED_FILES } from './compact.js';
export { filterHas, filterAdd, emptyFilter, SEGMENT_KEYS } from './filter.js';
export type { DreamedFilter, FilterSegment } from './filter.js';
