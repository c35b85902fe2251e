import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-33PNYTN5.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7NCMX7PO.js";
import "./chunk-WWJBKLMY.js";
import "./chunk-5ZQNNVDS.js";
import "./chunk-3CWKFP67.js";
import "./chunk-QUAQTPBG.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-KOIP6U32.js";
import "./chunk-V7JUFLF4.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-VNLAV3FF.js";
import "./chunk-RX2VEXLW.js";
import "./chunk-45EVIIKM.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-O5JETYOD.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-6QYA2SXI.js";
import "./chunk-ZDDVHDXC.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
