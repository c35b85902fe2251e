import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-O53EZVXH.js";
import "./chunk-JZBGFW55.js";
import "./chunk-HAN6J5F3.js";
import "./chunk-AK624WE2.js";
import "./chunk-EQWFJVWT.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-5H3GDYBU.js";
import "./chunk-TIWB77VX.js";
import "./chunk-FWX4VVYZ.js";
import "./chunk-JGEQWHLW.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-FBESS4T3.js";
import "./chunk-45EVIIKM.js";
import "./chunk-QSZCD7PY.js";
import "./chunk-R3KDNQSQ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-M2J457S2.js";
import "./chunk-WXCJRX4S.js";
import "./chunk-SNZZLAW2.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
