/**
 * Copies of a transcript within one pass: a file whose bytes are those of a file the pass already took
 * sessions from (the same transcript in two folders, an artifact downloaded by two runs, a home folder's
 * file copied into the checkout). Its sessions are that file's, so they are counted once: in support, in
 * efficacy and in the report, as a later pass counts them (the ledger then holds their content hash as
 * dreamed). The sessions of one file share its content hash (the sha256 of its bytes, Session.contentHash).
 *
 * Asked in file order, so every thread count and every shard split folds the same copies: a file's first
 * reader wins, the rest are its copies. A transcript that was copied and then grew is no copy by its bytes;
 * its events are told by their identities (signals/occurrence.ts) where support counts.
 */

/**
 * Hex digits of the hash kept (96 bits): two different files agree on them about once in 10^19 pairs at
 * 100,000 files, and a pass holds one such key per file it mines (about 66 bytes each).
 */
const KEY_CHARS = 24;

/**
 * The first KEY_CHARS of `hash` as a string of its own. A slice of 13 characters or more is a view that keeps
 * the whole 64-character hash alive: 138 bytes a key, not 66 (a Set of 100,000 keys of fresh hashes, heap
 * after a full collection). Joining the characters again makes a flat copy of the same code units.
 */
const keyOf = (hash: string): string => hash.slice(0, KEY_CHARS).split('').join('');

export class FileCopies {
  private readonly seen = new Set<string>();
  /** Sessions of the copies found so far. */
  sessions = 0;

  /** True when `contentHash` is that of a file taken earlier; `sessions` of this file are then counted as copies. */
  isCopy(contentHash: string | undefined, sessions: number): boolean {
    if (!contentHash) return false;
    const key = keyOf(contentHash);
    if (!this.seen.has(key)) {
      this.seen.add(key);
      return false;
    }
    this.sessions += sessions;
    return true;
  }
}
