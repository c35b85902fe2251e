import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-A56NKDFD.js";
import "./chunk-JZBGFW55.js";
import "./chunk-SEV4SNLH.js";
import "./chunk-HT665IPF.js";
import "./chunk-DJKQKDNI.js";
import "./chunk-QFAYAEXZ.js";
import "./chunk-APXUXHAF.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-T3ZZVLJA.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-G3234NGI.js";
import "./chunk-CHAIFBKO.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-DRR55QGK.js";
import "./chunk-TX7VYM2X.js";
import "./chunk-TIWB77VX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-35U34XHC.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-C56VTM35.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-MEBIEL22.js";
import "./chunk-S4URGW26.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
