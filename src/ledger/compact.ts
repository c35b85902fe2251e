/**
 * Keeps the ledger's session and file lists bounded: past their caps, the oldest entries (by when they
 * were dreamed) move into the `dreamed` Bloom filter, which still answers "was this dreamed?" without
 * a false "no" (filter.ts gives the false-positive rate). What moves is only what the filter can answer:
 * a session's content hash, and a file's fingerprint (fileKey) when its last line was complete.
 * Hosted sessions (`engine:id`) stay listed: their createdAt is the next listing's cursor.
 */
import { trusted, type FileMark } from '../sources/fingerprint.js';
import { emptyFilter, filterAdd } from './filter.js';
import type { Ledger } from './ledger.js';

/** Sessions listed in full: enough for an open dream PR's sessions, which must stay removable. */
export const MAX_LISTED_SESSIONS = 2_000;
/** Files listed in full, with where they were last read: the ones most likely to grow again. */
export const MAX_LISTED_FILES = 2_000;

/**
 * A file's key in the filter, from what a pass sees before reading it: its git object id, which
 * names the content wherever it sits, or else its path, size, mtime and the hashes of its end blocks.
 */
export function fileKey(display: string, m: Pick<FileMark, 'size' | 'mtimeMs' | 'oid' | 'head' | 'mark'>): string {
  return m.oid ? oidKey(m.oid) : `file:${display}\0${m.size}\0${m.mtimeMs}\0${m.head}\0${m.mark}`;
}

/**
 * A file's second key, when its mark knows its inode (FileMark.ctimeMs): what a pass asks the filter
 * after one stat, before it opens the file for the blocks fileKey needs. Only a file unwritten since it
 * was marked answers to it; a copy or a rewrite falls through to fileKey.
 */
export function statKey(display: string, m: { size: number; mtimeMs: number; ctimeMs: number; ino: number }): string {
  return `stat:${display}\0${m.size}\0${Math.round(m.mtimeMs)}\0${m.ctimeMs}\0${m.ino}`;
}

/** The key of a file by its git object id alone: what a pass can ask the filter without opening the file. */
export const oidKey = (oid: string): string => `oid:${oid}`;

const isHosted = (key: string): boolean => key.includes(':');

/** Oldest first; ties by key, so compaction is deterministic. */
function oldest<T extends { dreamedAt: string }>(rec: Record<string, T>, keys: string[]): string[] {
  return keys.sort((a, b) => {
    const x = rec[a]!.dreamedAt;
    const y = rec[b]!.dreamedAt;
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
}

/**
 * Moves the oldest sessions and files past the caps into the filter. `keep` names sessions (by id)
 * that must stay listed, with their files (and `keepFiles` more files): those an open dream PR cites, which a later pass removes
 * from the ledger to dream them again. Returns how many entries were compacted.
 */
export function compactLedger(
  l: Ledger,
  opts: { keep?: ReadonlySet<string>; keepFiles?: ReadonlySet<string>; maxSessions?: number; maxFiles?: number } = {},
): number {
  const keep = opts.keep ?? new Set<string>();
  const maxSessions = opts.maxSessions ?? MAX_LISTED_SESSIONS;
  const maxFiles = opts.maxFiles ?? MAX_LISTED_FILES;
  const keptFiles = new Set<string>(opts.keepFiles ?? []);
  const compacted: string[] = [];
  const fileKeysCompacted: string[] = [];
  const sessionKeys = Object.keys(l.sessions).filter((k) => !isHosted(k));
  if (sessionKeys.length > maxSessions) {
    for (const k of oldest(l.sessions, sessionKeys)) {
      if (sessionKeys.length - compacted.length <= maxSessions) break;
      const s = l.sessions[k]!;
      if (keep.has(s.id)) continue;
      compacted.push(k);
    }
  }
  for (const s of Object.values(l.sessions)) if (keep.has(s.id)) keptFiles.add(s.sourceFile);
  const files = l.files ?? {};
  const fileKeys = Object.keys(files);
  let filesCompacted = 0;
  if (fileKeys.length > maxFiles) {
    for (const k of oldest(files, fileKeys)) {
      if (fileKeys.length - filesCompacted <= maxFiles) break;
      if (keptFiles.has(k)) continue;
      const f = files[k]!;
      // A file whose last line was unfinished cannot be recognised unread later: it is read again.
      if (f.bytes === f.size) {
        fileKeysCompacted.push(fileKey(k, f));
        if (trusted(f)) fileKeysCompacted.push(statKey(k, f));
      }
      delete files[k];
      filesCompacted++;
    }
  }
  if (compacted.length || filesCompacted) {
    l.dreamed ??= emptyFilter();
    filterAdd(l.dreamed, [...compacted, ...fileKeysCompacted]);
    for (const k of compacted) delete l.sessions[k];
  }
  forgetSettledConversations(l);
  return compacted.length + filesCompacted;
}

/**
 * The conversations efficacy keeps per lesson (LedgerEfficacy.conversations) are those of the sessions
 * the ledger still lists: the most recently dreamed, whose files are the likeliest to grow again and
 * whose subagents may still arrive. Older ones go with their sessions, so the section stays bounded by
 * the listed sessions, whatever the number of passes.
 */
function forgetSettledConversations(l: Ledger): void {
  if (!l.efficacy) return;
  const listed = new Set<string>();
  for (const s of Object.values(l.sessions)) {
    // A subagent's id extends its parent's (`<root>/agent-<id>`): its root's conversation is listed too.
    for (let i = s.id.indexOf('/'); i > 0; i = s.id.indexOf('/', i + 1)) listed.add(s.id.slice(0, i));
    listed.add(s.id);
  }
  for (const [id, e] of Object.entries(l.efficacy)) {
    if (!e.conversations) continue;
    const kept = Object.entries(e.conversations).filter(([key]) => listed.has(key.slice(2)));
    if (kept.length === Object.keys(e.conversations).length) continue;
    const { conversations: _, ...rest } = e;
    l.efficacy[id] = kept.length ? { ...rest, conversations: Object.fromEntries(kept) } : rest;
  }
}
