import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  DEFAULT_MEMORY_GLOBS,
  discoverMemoryFiles,
  memoryListings
} from "./chunk-SLGAPID7.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-RX2VEXLW.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-6QYA2SXI.js";
import "./chunk-ZDDVHDXC.js";
import "./chunk-7OVR6L5L.js";
export {
  DEFAULT_MEMORY_GLOBS,
  discoverMemoryFiles,
  memoryListings
};
