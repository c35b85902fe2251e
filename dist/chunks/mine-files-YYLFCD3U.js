import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-COWBVSZJ.js";
import "./chunk-JZBGFW55.js";
import "./chunk-G36SZM64.js";
import "./chunk-3RZUYIQC.js";
import "./chunk-YPF52SZA.js";
import "./chunk-NY73TQWN.js";
import "./chunk-PLWKZF2X.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-LXXRIGE5.js";
import "./chunk-R5JRYFZH.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-EKMZAYIO.js";
import "./chunk-YSVPFDDH.js";
import "./chunk-45EVIIKM.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-WPRNBTAO.js";
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
