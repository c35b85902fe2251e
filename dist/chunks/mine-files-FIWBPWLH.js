import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-XUCUYOI6.js";
import "./chunk-JZBGFW55.js";
import "./chunk-3QPNXFGC.js";
import "./chunk-EAGKXBQD.js";
import "./chunk-T6W36ROO.js";
import "./chunk-TIWB77VX.js";
import "./chunk-4PIOJ2MB.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-Q5OSSDZX.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-LT5C2MDK.js";
import "./chunk-C56VTM35.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-U7JO3PZD.js";
import "./chunk-YSVPFDDH.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-QAZ7NUWG.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-Z6C7UFYJ.js";
import "./chunk-X6M2KEEO.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
