import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  DEFAULT_MEMORY_GLOBS,
  discoverMemoryFiles,
  memoryListings
} from "./chunk-FJ6SC6YX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-XG4F5EDH.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-TMPSVYBH.js";
import "./chunk-3LXENYO3.js";
import "./chunk-7OVR6L5L.js";
export {
  DEFAULT_MEMORY_GLOBS,
  discoverMemoryFiles,
  memoryListings
};
