import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-SGOEPZZK.js";
import "./chunk-JZBGFW55.js";
import "./chunk-E5Y5C3H2.js";
import "./chunk-MA3BKOGU.js";
import "./chunk-EVMSVDOO.js";
import "./chunk-KIIR7Q4C.js";
import "./chunk-PEWLJYWS.js";
import "./chunk-OOZKFMRS.js";
import "./chunk-3HTW6V3Q.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-GFMZHGGR.js";
import "./chunk-CHAIFBKO.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-DRR55QGK.js";
import "./chunk-DKX5KMIH.js";
import "./chunk-TIWB77VX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-WQCENYQM.js";
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
