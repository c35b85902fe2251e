import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-MAUNKFVE.js";
import "./chunk-JZBGFW55.js";
import "./chunk-OATKEBFV.js";
import "./chunk-NOHZ5GY3.js";
import "./chunk-NLCBZBK3.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-UVPUX5MS.js";
import "./chunk-TIWB77VX.js";
import "./chunk-4363DFUG.js";
import "./chunk-JWSZRECO.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-IZYBZCC4.js";
import "./chunk-45EVIIKM.js";
import "./chunk-QSZCD7PY.js";
import "./chunk-R3KDNQSQ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-MG3SJ6S2.js";
import "./chunk-C3WFARGW.js";
import "./chunk-JO54VIGZ.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
