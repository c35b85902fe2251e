import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/pipeline/copies.ts
var KEY_CHARS = 24;
var keyOf = (hash) => hash.slice(0, KEY_CHARS).split("").join("");
var FileCopies = class {
  seen = /* @__PURE__ */ new Set();
  /** Sessions of the copies found so far. */
  sessions = 0;
  /** True when `contentHash` is that of a file taken earlier; `sessions` of this file are then counted as copies. */
  isCopy(contentHash, sessions) {
    if (!contentHash) return false;
    const key = keyOf(contentHash);
    if (!this.seen.has(key)) {
      this.seen.add(key);
      return false;
    }
    this.sessions += sessions;
    return true;
  }
};

export {
  FileCopies
};
