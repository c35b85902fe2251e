import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-HWLFYMQD.js";
import "./chunk-JZBGFW55.js";
import "./chunk-NZCG7WPX.js";
import "./chunk-3S6JGGNN.js";
import "./chunk-64V7UP6B.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-O4UDRWAR.js";
import "./chunk-TIWB77VX.js";
import "./chunk-F6Q6QMMX.js";
import "./chunk-B5RBQ2ZZ.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-HFKBHVJN.js";
import "./chunk-45EVIIKM.js";
import "./chunk-LN4IHJCB.js";
import "./chunk-WNGDL2IF.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-2NVF3NBO.js";
import "./chunk-5ES4RQ7J.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
