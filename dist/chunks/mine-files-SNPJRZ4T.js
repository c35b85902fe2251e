import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-DKIPC3BZ.js";
import "./chunk-JZBGFW55.js";
import "./chunk-423MNQEL.js";
import "./chunk-H3ZR5XIZ.js";
import "./chunk-MFVHYC45.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-324K4P4N.js";
import "./chunk-TIWB77VX.js";
import "./chunk-PERJFBZQ.js";
import "./chunk-24Q2QWCX.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-YBAVEXWE.js";
import "./chunk-45EVIIKM.js";
import "./chunk-LN4IHJCB.js";
import "./chunk-4ITQQUFP.js";
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
