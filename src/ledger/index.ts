export { loadLedger, serializeLedger, emptyLedger, LedgerError } from './ledger.js';
export type { Ledger, LedgerSession, LedgerPattern, LedgerEntry, LedgerEdit } from './ledger.js';
export { isDreamed, recordEntryOutcome, recordSessions, recordPatterns, recordProposed, recordRejected, suppressedEditIds, pendingEntryKey } from './record.js';
