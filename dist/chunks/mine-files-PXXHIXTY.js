import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-7VPT5R2O.js";
import "./chunk-JZBGFW55.js";
import "./chunk-Z4X3KE2A.js";
import "./chunk-MKMJ4K77.js";
import "./chunk-Y5QYALV3.js";
import "./chunk-ZWC32RDC.js";
import "./chunk-GKBLOMOR.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-Q3ORMMCL.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-RHCHKTVJ.js";
import "./chunk-CHAIFBKO.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-DRR55QGK.js";
import "./chunk-KUZ7R7G3.js";
import "./chunk-TIWB77VX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-DEZSTP76.js";
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
