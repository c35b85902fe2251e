import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  changedMemoryFiles,
  runSyncMode,
  syncFailure,
  syncMemoryToStore,
  syncPush
} from "./chunk-EERSJXKK.js";
import "./chunk-4KJHURX6.js";
import "./chunk-72WOTJTO.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-C56VTM35.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-7OVR6L5L.js";
export {
  changedMemoryFiles,
  runSyncMode,
  syncFailure,
  syncMemoryToStore,
  syncPush
};
