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
 * 100,000 files, and a pass holds one such key per file it mines.
 */
const KEY_CHARS = 24;
/** A hash as readers write it (sha256, lower-case hex): its key is kept as three 32-bit words. */
const HEX_KEY = /^[0-9a-f]{24}/;

/**
 * The keys are held in a flat table of three 32-bit words a key, not as strings in a Set: a string of 24
 * characters and its slot in a Set were about 66 bytes a key (6.6 MB at 100,000 files); here 12 bytes a slot,
 * grown at three quarters full, 16 to 32 bytes a key. A hash of another shape (none a reader writes) is kept as
 * its first KEY_CHARS characters, as before.
 */
export class FileCopies {
  private table = new Uint32Array(3 * 1024);
  /** Slots in use: a key may be all zeros, so emptiness is not a value of the table. */
  private used = new Uint8Array(1024);
  private size = 0;
  private readonly others = new Set<string>();
  /** Sessions of the copies found so far. */
  sessions = 0;

  /** True when `contentHash` is that of a file taken earlier; `sessions` of this file are then counted as copies. */
  isCopy(contentHash: string | undefined, sessions: number): boolean {
    if (!contentHash) return false;
    if (!this.seen(contentHash)) return false;
    this.sessions += sessions;
    return true;
  }

  /** True when `hash`'s key was seen before; otherwise it is remembered. */
  private seen(hash: string): boolean {
    if (!HEX_KEY.test(hash)) {
      // Its own characters (see FileCopies above: a slice would keep the whole hash alive).
      const key = hash.slice(0, KEY_CHARS).split('').join('');
      if (this.others.has(key)) return true;
      this.others.add(key);
      return false;
    }
    const a = parseInt(hash.slice(0, 8), 16);
    const b = parseInt(hash.slice(8, 16), 16);
    const c = parseInt(hash.slice(16, 24), 16);
    const slot = this.find(a, b, c);
    if (this.used[slot]) return true;
    this.put(slot, a, b, c);
    if (4 * ++this.size > 3 * this.used.length) this.grow();
    return false;
  }

  /** The slot holding (a, b, c), or the empty one where it would go (linear probing; the words are a hash's). */
  private find(a: number, b: number, c: number): number {
    const mask = this.used.length - 1;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      if (!this.used[i]) return i;
      if (this.table[3 * i] === a && this.table[3 * i + 1] === b && this.table[3 * i + 2] === c) return i;
    }
  }

  private put(slot: number, a: number, b: number, c: number): void {
    this.used[slot] = 1;
    this.table[3 * slot] = a;
    this.table[3 * slot + 1] = b;
    this.table[3 * slot + 2] = c;
  }

  private grow(): void {
    const { table, used } = this;
    this.table = new Uint32Array(2 * table.length);
    this.used = new Uint8Array(2 * used.length);
    for (let i = 0; i < used.length; i++)
      if (used[i]) {
        const [a, b, c] = [table[3 * i]!, table[3 * i + 1]!, table[3 * i + 2]!];
        this.put(this.find(a, b, c), a, b, c);
      }
  }
}
