/**
 * The first question a pass asks of each transcript file, before parsing it: was it dreamed already
 * (skip it), did it grow since (read only the appended lines), or is it new or changed (read it whole)?
 * Answered from the ledger's file marks and its compacted filter, for the price of a stat and two
 * small block reads; in the Action, by git object id (a checkout resets mtimes).
 */
import { statSync } from 'node:fs';
import { blockHashes, judgeFile, markFile, type FileMark } from '../sources/fingerprint.js';
import { fileKey, filterHas, type Ledger } from '../ledger/index.js';

/** A skipped file's `sessions`: as many as it held when dreamed (1 when only the filter knows it). */
export type FilePlan = { kind: 'skip'; sessions: number } | { kind: 'read'; from?: { offset: number; line: number } };

export async function planFile(ledger: Ledger, display: string, abs: string, oid: string | undefined): Promise<FilePlan> {
  const prev = ledger.files?.[display];
  if (prev) {
    const verdict = await judgeFile(abs, prev, oid);
    if (verdict.kind === 'same') return { kind: 'skip', sessions: prev.sessions ?? 1 };
    if (verdict.kind === 'grown') return { kind: 'read', from: { offset: verdict.offset, line: verdict.line } };
    return { kind: 'read' };
  }
  if (!ledger.dreamed?.segments.length) return { kind: 'read' };
  try {
    const st = statSync(abs);
    const blocks = oid ? { head: '', mark: '' } : blockHashes(abs, st.size);
    if (filterHas(ledger.dreamed, fileKey(display, { size: st.size, mtimeMs: Math.round(st.mtimeMs), ...(oid ? { oid } : {}), ...blocks })))
      return { kind: 'skip', sessions: 1 };
  } catch {
    // Unreadable here is reported by the reader, which names the file.
  }
  return { kind: 'read' };
}

/** Where a read of `abs` stopped, and from where it began: what the ledger keeps of the file. */
export type ReadMark = FileMark & { startOffset: number };

/**
 * Marks where a read stopped, on the thread (or runner) that read the file, while the file is at hand.
 * Undefined when the file vanished after it was read: it is simply read again next time.
 */
export async function markRead(
  abs: string,
  end: { startOffset: number; bytes: number; lines: number },
  oid: string | undefined,
): Promise<ReadMark | undefined> {
  try {
    return { ...(await markFile(abs, end, oid)), startOffset: end.startOffset };
  } catch {
    return undefined;
  }
}

/** Records a file's mark in the ledger, so the next pass skips or resumes it. Done in file order. */
export function recordMark(ledger: Ledger, display: string, read: ReadMark, sessions: number, at: string): void {
  const { startOffset, ...mark } = read;
  ledger.files ??= {};
  // A resumed read saw only the appended lines: the sessions before them are still in the file.
  const before = startOffset > 0 ? (ledger.files[display]?.sessions ?? 0) : 0;
  ledger.files[display] = { ...mark, dreamedAt: at, sessions: before + sessions };
}
