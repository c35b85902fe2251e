import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-DUBR672T.js";
import "./chunk-JZBGFW55.js";
import "./chunk-Y7AKD2IN.js";
import "./chunk-EAGSOLCG.js";
import "./chunk-VSH66UR6.js";
import "./chunk-ICCVHM4Q.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-LJRZIRGD.js";
import "./chunk-UHKIAYNY.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-ZK6OPARO.js";
import "./chunk-3ZHH2TKA.js";
import "./chunk-45EVIIKM.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-PYQM3OWI.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-6E6T4LLQ.js";
import "./chunk-JKZXDSA7.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
