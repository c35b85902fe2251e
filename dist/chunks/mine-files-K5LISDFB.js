import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-2WYQ6SWA.js";
import "./chunk-JZBGFW55.js";
import "./chunk-PHGMYNMM.js";
import "./chunk-3MBBWR4S.js";
import "./chunk-B5EJBJNQ.js";
import "./chunk-TIWB77VX.js";
import "./chunk-KFSV5EEV.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-XKLEL2TJ.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-UR2CA2I7.js";
import "./chunk-C56VTM35.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-RNCEGLCI.js";
import "./chunk-XROMGHE2.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-5FX23UHQ.js";
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
