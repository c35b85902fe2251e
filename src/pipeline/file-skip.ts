/**
 * The first question a pass asks of each transcript file, before parsing it: was it dreamed already
 * (skip it), did it grow since (read only the appended lines), or is it new or changed (read it whole)?
 * Answered from the ledger's file marks and its compacted filter, for the price of a stat and two
 * small block reads; in the Action, by git object id (a checkout resets mtimes).
 */
import { glanceFile, judgeFile, markFile, statFile, type FileMark, type ReadSight } from '../sources/fingerprint.js';
import {
  compactLedger,
  fileKey,
  oidKey,
  statKey,
  filterHas,
  recordSession,
  MAX_LISTED_FILES,
  MAX_LISTED_SESSIONS,
  type Ledger,
} from '../ledger/index.js';

/**
 * A skipped file's `sessions`: as many as it held when dreamed (1 when only the filter knows it). `byFilter`:
 * only the ledger's compacted filter vouched for it (its mark had moved into the filter), a probabilistic
 * "dreamed" the report counts apart from files whose mark showed them unchanged.
 */
export type FilePlan = { kind: 'skip'; sessions: number; byFilter?: true } | { kind: 'read'; from?: { offset: number; line: number } };
/** Where a read stopped: the end of its last complete line, and where it began. */
export type FileEnd = { startOffset: number; bytes: number; lines: number; seen?: ReadSight };

export function planFile(ledger: Pick<Ledger, 'files' | 'dreamed'>, display: string, abs: string, oid: string | undefined): FilePlan {
  const prev = ledger.files?.[display];
  if (prev) {
    const verdict = judgeFile(abs, prev, oid);
    if (verdict.kind === 'same') return { kind: 'skip', sessions: prev.sessions ?? 1 };
    if (verdict.kind === 'grown') return { kind: 'read', from: { offset: verdict.offset, line: verdict.line } };
    return { kind: 'read' };
  }
  const dreamed = ledger.dreamed;
  if (!dreamed?.segments.length) return { kind: 'read' };
  const skip: FilePlan = { kind: 'skip', sessions: 1, byFilter: true };
  // A blob id names the content by itself.
  if (oid) return filterHas(dreamed, oidKey(oid)) ? skip : { kind: 'read' };
  // Unwritten since it was marked: one stat. Otherwise the key needs the file's size, mtime and end blocks.
  // Unreadable here is reported by the reader, which names the file.
  const st = statFile(abs);
  if (st && filterHas(dreamed, statKey(display, st))) return skip;
  const seen = glanceFile(abs);
  return seen && filterHas(dreamed, fileKey(display, seen)) ? skip : { kind: 'read' };
}

/** Where a read of `abs` stopped, and from where it began: what the ledger keeps of the file. */
export type ReadMark = FileMark & { startOffset: number };

/**
 * Marks where a read stopped, on the thread (or runner) that read the file, while the file is at hand.
 * Undefined when the file vanished after it was read: it is simply read again next time.
 */
export function markRead(abs: string, end: FileEnd, oid: string | undefined): ReadMark | undefined {
  try {
    return { ...markFile(abs, end, oid), startOffset: end.startOffset };
  } catch {
    return undefined;
  }
}

/** Records a file's mark in the ledger, so the next pass skips or resumes it. Done in file order. */
function recordMark(ledger: Ledger, display: string, read: ReadMark, sessions: number, at: string): void {
  const { startOffset, ...mark } = read;
  ledger.files ??= {};
  // A resumed read saw only the appended lines: the sessions before them are still in the file.
  const before = startOffset > 0 ? (ledger.files[display]?.sessions ?? 0) : 0;
  ledger.files[display] = { ...mark, dreamedAt: at, sessions: before + sessions };
}

/**
 * What a pass writes to the ledger while it reads: each file's mark and each session's key, in file
 * order on the thread that consumes the digests. Kept bounded as it goes: past twice the listed caps,
 * the oldest entries move into the filter (compact.ts), so a pass over 100,000 sessions never holds
 * them all listed at once. Sessions marked `keep` (the report's sample, which an open PR cites) and
 * the files in `keepFiles` stay listed.
 *
 * What it compacts never feeds back into the pass: files are planned and sessions asked "dreamed?"
 * against the ledger as the pass loaded it (mine-file.ts), so a fuller filter's false "dreamed" cannot
 * drop a new session or file, and every thread or shard sees the same answers.
 */
export class PassRecorder {
  private readonly keep = new Set<string>();
  private files: number;
  private sessions: number;

  constructor(
    private readonly ledger: Ledger,
    private readonly opts: { at: string; keepFiles: ReadonlySet<string> },
  ) {
    this.files = Object.keys(ledger.files ?? {}).length;
    this.sessions = Object.keys(ledger.sessions).length;
  }

  /** Records where the pass stopped reading a file (see recordMark). */
  file(display: string, mark: ReadMark, sessions: number): void {
    const known = this.ledger.files?.[display] !== undefined;
    recordMark(this.ledger, display, mark, sessions, this.opts.at);
    if (!known) this.files++;
    this.bound();
  }

  /** Lists a session the pass read (once: a copy of it in another file is then already dreamed). */
  session(s: { id: string; contentHash: string; sourceFile: string }, opts: { keep?: boolean } = {}): void {
    if (opts.keep) this.keep.add(s.id);
    if (!recordSession(this.ledger, s, this.opts.at)) return;
    this.sessions++;
    this.bound();
  }

  private bound(): void {
    if (this.files <= 2 * MAX_LISTED_FILES && this.sessions <= 2 * MAX_LISTED_SESSIONS) return;
    compactLedger(this.ledger, { keep: this.keep, keepFiles: this.opts.keepFiles });
    this.files = Object.keys(this.ledger.files ?? {}).length;
    this.sessions = Object.keys(this.ledger.sessions).length;
  }
}
