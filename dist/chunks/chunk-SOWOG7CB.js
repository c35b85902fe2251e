import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-5R3Y3LQC.js";
import {
  __toESM
} from "./chunk-7OVR6L5L.js";

// src/sources/glob.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var OPTIONS = { dot: true };
var globMatcher = (globs) => {
  const cleaned = globs.map((g) => g.replace(/^\.\//, "")).filter((g) => g !== "");
  return cleaned.length ? (0, import_picomatch.default)(cleaned, OPTIONS) : () => false;
};
var matchesAnyGlob = (path, globs) => globMatcher(globs)(path);

export {
  globMatcher,
  matchesAnyGlob
};
