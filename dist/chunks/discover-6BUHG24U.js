import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  DEFAULT_MEMORY_GLOBS,
  discoverMemoryFiles,
  memoryListings
} from "./chunk-STRIXYJK.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
import "./chunk-FEAK7PJH.js";
import "./chunk-JHTC57UZ.js";
import "./chunk-JKZXDSA7.js";
import "./chunk-7OVR6L5L.js";
export {
  DEFAULT_MEMORY_GLOBS,
  discoverMemoryFiles,
  memoryListings
};
