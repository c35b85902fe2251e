import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-HDIXUAMQ.js";
import "./chunk-JZBGFW55.js";
import "./chunk-DFAIBG6F.js";
import "./chunk-MJAE7WG6.js";
import "./chunk-ACN4QAIC.js";
import "./chunk-TIWB77VX.js";
import "./chunk-BQNKJNUT.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-CC25PW33.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-ESYGSEPQ.js";
import "./chunk-C56VTM35.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-PRR2UZ2J.js";
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
