export { readersLedgerText, emptyLedger, ledgerSnapshot } from './ledger.js';
export { loadLedger, LedgerError } from './load.js';
export { serializeLedger, reserializeLedger } from './serialize.js';
export type { Ledger, LedgerEdit, LedgerEvidence } from './ledger.js';
export {
  isDreamed,
  recordSessions,
  recordSession,
  recordHostedSessions,
  hostedSessionKey,
  recordPatterns,
  prunePatterns,
  capPatternSessions,
} from './record.js';
export {
  recordEntryOutcome,
  recordProposed,
  recordRejected,
  recordPull,
  recordAdopted,
  entryTextHash,
  suppressedEditIds,
  pendingEntryKey,
} from './record-edits.js';
export type { Rejection } from './record-edits.js';
export { isSuppressed } from './same-proposal.js';
export { mergeLedgers, hasAllSessions, reconcileLedgers, withoutPending } from './merge.js';
export { readLedgerFile, lastDreamTime } from './file.js';
export { compactLedger, fileKey, oidKey, statKey, MAX_LISTED_SESSIONS, MAX_LISTED_FILES } from './compact.js';
export { filterHas, filterAdd, emptyFilter, ledgerTextToScan, ledgerLineToScan, LEDGER_SCAN, SEGMENT_KEYS } from './filter.js';
