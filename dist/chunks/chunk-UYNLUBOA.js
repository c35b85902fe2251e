import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/pipeline/copies.ts
var KEY_CHARS = 24;
var HEX_KEY = /^[0-9a-f]{24}/;
var FileCopies = class {
  table = new Uint32Array(3 * 1024);
  /** Slots in use: a key may be all zeros, so emptiness is not a value of the table. */
  used = new Uint8Array(1024);
  size = 0;
  others = /* @__PURE__ */ new Set();
  /** Sessions of the copies found so far. */
  sessions = 0;
  /** True when `contentHash` is that of a file taken earlier; `sessions` of this file are then counted as copies. */
  isCopy(contentHash, sessions) {
    if (!contentHash) return false;
    if (!this.seen(contentHash)) return false;
    this.sessions += sessions;
    return true;
  }
  /** True when `hash`'s key was seen before; otherwise it is remembered. */
  seen(hash) {
    if (!HEX_KEY.test(hash)) {
      const key = hash.slice(0, KEY_CHARS).split("").join("");
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
  find(a, b, c) {
    const mask = this.used.length - 1;
    for (let i = a & mask; ; i = i + 1 & mask) {
      if (!this.used[i]) return i;
      if (this.table[3 * i] === a && this.table[3 * i + 1] === b && this.table[3 * i + 2] === c) return i;
    }
  }
  put(slot, a, b, c) {
    this.used[slot] = 1;
    this.table[3 * slot] = a;
    this.table[3 * slot + 1] = b;
    this.table[3 * slot + 2] = c;
  }
  grow() {
    const { table, used } = this;
    this.table = new Uint32Array(2 * table.length);
    this.used = new Uint8Array(2 * used.length);
    for (let i = 0; i < used.length; i++)
      if (used[i]) {
        const [a, b, c] = [table[3 * i], table[3 * i + 1], table[3 * i + 2]];
        this.put(this.find(a, b, c), a, b, c);
      }
  }
};

export {
  FileCopies
};
