export { readersLedgerText, emptyLedger, ledgerSnapshot } from './ledger.js';
export { loadLedger, LedgerError } from './load.js';
export { serializeLedger, reserializeLedger } from './serialize.js';
export type { Ledger, LedgerEdit, LedgerEvidence } from './ledger.js';
export {
  isDreamed,
  recordEntryOutcome,
  recordSessions,
  recordSession,
  recordHostedSessions,
  hostedSessionKey,
  recordPatterns,
  recordProposed,
  recordRejected,
  recordPull,
  recordAdopted,
  entryTextHash,
  suppressedEditIds,
  pendingEntryKey,
  prunePatterns,
  capPatternSessions,
} from './record.js';
export type { Rejection } from './record.js';
export { isSuppressed } from './same-proposal.js';
export { mergeLedgers, hasAllSessions, reconcileLedgers, withoutPending } from './merge.js';
export { readLedgerFile, lastDreamTime } from './file.js';
export { compactLedger, fileKey, oidKey, statKey, MAX_LISTED_SESSIONS, MAX_LISTED_FILES } from './compact.js';
export { filterHas, filterAdd, emptyFilter, ledgerTextToScan, ledgerLineToScan, LEDGER_SCAN, SEGMENT_KEYS } from './filter.js';
