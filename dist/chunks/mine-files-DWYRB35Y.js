import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-OHSFFWXO.js";
import "./chunk-G6TIICPH.js";
import "./chunk-5QOU4ZSR.js";
import "./chunk-BM2SPKTO.js";
import "./chunk-HWOCLAUS.js";
import "./chunk-4FXVS2QU.js";
import "./chunk-BOWP7KNQ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-Y7F2N6NP.js";
import "./chunk-I4GJHMGQ.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-ISVY5UQK.js";
import "./chunk-XROMGHE2.js";
import "./chunk-NFLGOGMH.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-T4AXTQ2C.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-IDPNA3CW.js";
import "./chunk-WIOEOUEH.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
