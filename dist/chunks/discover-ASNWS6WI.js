import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  DEFAULT_MEMORY_GLOBS,
  discoverMemoryFiles,
  memoryListings
} from "./chunk-3IJRHT7T.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-M2J457S2.js";
import "./chunk-WXCJRX4S.js";
import "./chunk-SNZZLAW2.js";
import "./chunk-7OVR6L5L.js";
export {
  DEFAULT_MEMORY_GLOBS,
  discoverMemoryFiles,
  memoryListings
};
