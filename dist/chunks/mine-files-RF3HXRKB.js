import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-7PBRDB3M.js";
import "./chunk-JZBGFW55.js";
import "./chunk-MRNDA5OR.js";
import "./chunk-GB7YNWQ7.js";
import "./chunk-FAPFLAPO.js";
import "./chunk-5KJYIEY2.js";
import "./chunk-HMQAUIQJ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-KAUSIMNY.js";
import "./chunk-5VWOZ2W4.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-K2L7JFSN.js";
import "./chunk-YSVPFDDH.js";
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
