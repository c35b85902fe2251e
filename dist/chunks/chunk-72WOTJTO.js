import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/managed-agents/ports.ts
var MemoryWriteConflict = class extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
  kind;
  name = "MemoryWriteConflict";
};

export {
  MemoryWriteConflict
};
