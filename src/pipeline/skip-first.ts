/**
 * The files a pass skips are answered on this thread before any reader starts: the ledger's marks
 * settle them for a stat and two small block reads each (file-skip.ts). Only the files left to read
 * go to the readers, so the thread count follows what is new rather than the whole corpus: a pass
 * with nothing new starts no worker (each loads the code and parses the ledger), and a pass with a
 * few new files does not pay for workers to skip the rest.
 *
 * Digests still come out strictly in file order, skipped ones in their place, so what the pass
 * consumes is what it consumed when every reader planned its own files. A file planned as a whole
 * read is read whole; one planned as grown is planned again by its reader against the same ledger, so
 * a file that changed in between is read whole, as it would have been, not from a stale offset.
 */
import type { Ledger } from '../ledger/index.js';
import { planFile } from './file-skip.js';
import { mineFiles, type MineFilesOptions } from './mine-files.js';
import type { FileDigest, PassFile, PassFileList } from './mine-file.js';

interface SkipFirstOptions {
  /** The ledger as the pass loaded it, before anything was recorded; undefined: every file is read. */
  ledger: Ledger | undefined;
  /**
   * How to read the files left (so the thread count can follow what there is to read). Asked only when
   * there are files to read, so what only reading needs (rule dates: git blame) is not made otherwise.
   */
  readers: (files: PassFileList) => MineFilesOptions | Promise<MineFilesOptions>;
}

/**
 * A file's plan, beside the session counts of skipped files (never negative): read it whole, let its reader
 * plan it (grown, or no ledger here), or skip it on the compacted filter's word (one session, see FilePlan).
 */
const READ_WHOLE = -2;
const REPLAN = -1;
const BY_FILTER = -3;
const planReads = (plan: number): boolean => plan === READ_WHOLE || plan === REPLAN;

/**
 * Skipped files' digests handed on at once, at most: one await per run of skipped files rather than per
 * file (an async generator's step costs promises and result objects; 10,000 unchanged files allocated
 * more for that than for settling them), and a bounded array however many files a pass skips.
 */
const SKIPPED_BATCH = 1_000;

/**
 * The digests in file order, in batches: a run of skipped files, or one file a reader read. Files carry
 * their place in the whole pass when they are not all of it (a reduce's unsharded files); otherwise their
 * place in `files`.
 */
export async function* skipFirst(files: PassFileList, opts: SkipFirstOptions): AsyncGenerator<FileDigest[]> {
  // Per file: the sessions a skipped one held, or READ_WHOLE / REPLAN. A typed array, not a Map and a
  // Set: a pass over 100,000 files holds it while the new ones are read (3 MB as a Map, 0.4 MB here).
  const plans = new Int32Array(files.length).fill(REPLAN);
  if (opts.ledger)
    for (let i = 0; i < files.length; i++) {
      const f = files.at(i)!;
      const plan = planFile(opts.ledger, f.display, f.abs, f.oid);
      plans[i] = plan.kind === 'skip' ? (plan.byFilter ? BY_FILTER : plan.sessions) : plan.from ? REPLAN : READ_WHOLE;
    }
  const toRead = filesToRead(files, plans);
  const mined = toRead.length > 0 ? mineFiles(toRead, await opts.readers(toRead)) : undefined;
  try {
    let skipped: FileDigest[] = [];
    for (let i = 0; i < files.length; i++) {
      const plan = plans[i]!;
      if (!planReads(plan)) {
        const f = files.at(i)!;
        skipped.push(skippedDigest(f, f.index ?? i, plan));
        if (skipped.length < SKIPPED_BATCH) continue;
      }
      if (skipped.length > 0) {
        yield skipped;
        skipped = [];
      }
      if (!planReads(plan)) continue;
      const next = await mined!.next();
      if (next.done) throw new Error(`readers ended before ${files.at(i)!.display}`);
      yield [next.value];
    }
    if (skipped.length > 0) yield skipped;
    // The readers' last step after their last digest: the workers' provenance filters merge into the pass's.
    if (mined && !(await mined.next()).done) throw new Error('readers yielded more digests than files to read');
  } finally {
    // Stops the workers when the pass ends early (an error while consuming).
    await mined?.return({ byWorkers: 0 });
  }
}

/**
 * The files planned to be read, as a view over `files`: only their positions are held (a typed
 * array), and each file's object, with its place in the pass and whether it is read whole, is made
 * when a reader asks for it. A copy of each was held until the pass ended: 100,000 objects of 95 bytes, 9 MB,
 * in a pass from nothing over 100,000 files.
 */
function filesToRead(files: PassFileList, plans: Int32Array): PassFileList {
  let count = 0;
  for (let i = 0; i < plans.length; i++) if (planReads(plans[i]!)) count++;
  const positions = new Int32Array(count);
  for (let i = 0, k = 0; i < plans.length; i++) if (planReads(plans[i]!)) positions[k++] = i;
  return {
    length: count,
    at: (p) => {
      const i = positions[p];
      if (i === undefined) return undefined;
      const f = files.at(i)!;
      return { ...f, index: f.index ?? i, ...(plans[i] === READ_WHOLE ? { whole: true as const } : {}) };
    },
  };
}

/**
 * What a skipped file's digest holds besides its name and place: nothing read. One frozen value shared
 * by every skipped file (a pass with nothing new makes 10,000 of them, and they are read, never changed).
 */
const NOTHING_READ = Object.freeze({
  sessions: Object.freeze([]),
  issues: Object.freeze([]),
  alreadyDreamed: 0,
  health: Object.freeze({ format: null, unknownTypes: Object.freeze([]), sessions: Object.freeze([]) }),
  memoryUse: Object.freeze({ touched: Object.freeze([]), missing: Object.freeze([]), ran: Object.freeze([]) }),
  efficacy: Object.freeze([]),
}) as unknown as Omit<FileDigest, 'index' | 'display' | 'source' | 'unchanged'>;

/** A file skipped unread: only `unchanged` says anything (the sessions it held when dreamed), and `byFilter` how it was known. */
function skippedDigest(file: PassFile, index: number, plan: number): FileDigest {
  const known = { ...NOTHING_READ, index, display: file.display, source: file.source };
  return plan === BY_FILTER ? { ...known, unchanged: 1, byFilter: true } : { ...known, unchanged: plan };
}
