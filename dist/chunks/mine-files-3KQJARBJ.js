import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-5HIHKPSR.js";
import "./chunk-JZBGFW55.js";
import "./chunk-AY3Z6OYV.js";
import "./chunk-4NQ4NAKX.js";
import "./chunk-4HIYUILG.js";
import "./chunk-CEHGM4AZ.js";
import "./chunk-HGX66IUE.js";
import "./chunk-OOZKFMRS.js";
import "./chunk-B6QLRO3F.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-TU6VWGII.js";
import "./chunk-CHAIFBKO.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-DRR55QGK.js";
import "./chunk-EHDMCW5Y.js";
import "./chunk-TIWB77VX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-6DAOXQW4.js";
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
