/** The messages between the pass and its read workers (plain data: structured clone). */
import type { FileDigest, PassFile } from './mine-file.js';
import type { WireLesson } from './efficacy.js';
import type { ProvenanceBits } from '../guards/index.js';
import type { RuleDates } from '../signals/rule-dates.js';

export interface WorkerSetup {
  repoDir: string;
  memoryGlobs: string[];
  /** Memory's rule lines dated by the pass (one blame per file for the pass, not per worker). */
  ruleDates?: RuleDates;
  /** The part of the ledger the pass started from that reading consults (readersLedgerText), loaded read only by each worker; absent: the pass includes dreamed sessions. */
  ledger?: { text: string; path: string };
  /** Adopted lessons whose episodes the pass counts. */
  lessons: WireLesson[];
  /** The sizes of the pass's provenance filters, which the worker's must share to merge into them. */
  provenance: { log2Bits: number; untrustedLog2Bits: number };
}

/** `position` is the file's place in this thread pool's list, by which digests are put back in order. */
export type ToWorker = { type: 'file'; position: number; file: PassFile & { index: number } } | { type: 'end' };

export type FromWorker =
  /** Booted: the worker's code is loaded and its context built, so files sent now are mined at once. */
  | { type: 'ready' }
  | { type: 'digest'; position: number; digest: FileDigest }
  | { type: 'provenance'; filters: ProvenanceBits }
  | { type: 'error'; message: string };
