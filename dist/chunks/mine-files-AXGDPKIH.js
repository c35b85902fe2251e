import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-W73L66O3.js";
import "./chunk-JZBGFW55.js";
import "./chunk-63E7VUTC.js";
import "./chunk-IM3TN6EI.js";
import "./chunk-6BBJCOP4.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-SJNAXRRY.js";
import "./chunk-TIWB77VX.js";
import "./chunk-A6EW44Z3.js";
import "./chunk-CQOBC2HB.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-AQSDLNGD.js";
import "./chunk-45EVIIKM.js";
import "./chunk-GVFEZ6UC.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
import "./chunk-IAIXDJEW.js";
import "./chunk-KIVDSTF5.js";
import "./chunk-JLOAINIL.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
