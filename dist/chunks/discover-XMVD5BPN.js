import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  DEFAULT_MEMORY_GLOBS,
  discoverMemoryFiles
} from "./chunk-RI4SSW3L.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-XF4STVAC.js";
import "./chunk-LBZLCI5P.js";
import "./chunk-4IWP5TPU.js";
import "./chunk-IXQMH7Z3.js";
import "./chunk-7OVR6L5L.js";
export {
  DEFAULT_MEMORY_GLOBS,
  discoverMemoryFiles
};
