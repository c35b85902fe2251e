import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-S62ODQMD.js";
import "./chunk-JZBGFW55.js";
import "./chunk-V7IDFNH3.js";
import "./chunk-3C25OXEO.js";
import "./chunk-FFAK56GX.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-6CB63L3Y.js";
import "./chunk-TIWB77VX.js";
import "./chunk-V5VJF3PL.js";
import "./chunk-SV7JYL2F.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-PWMCW6NW.js";
import "./chunk-45EVIIKM.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
import "./chunk-FEAK7PJH.js";
import "./chunk-JHTC57UZ.js";
import "./chunk-JKZXDSA7.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
