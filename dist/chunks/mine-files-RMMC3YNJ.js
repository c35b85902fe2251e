import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-WRNCV7P2.js";
import "./chunk-JZBGFW55.js";
import "./chunk-4B3A3JHG.js";
import "./chunk-XSXTU6B5.js";
import "./chunk-5IFJ5YLV.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-4HUSLIRJ.js";
import "./chunk-TIWB77VX.js";
import "./chunk-AC7RMGUM.js";
import "./chunk-WD5CUDMV.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-AQSDLNGD.js";
import "./chunk-45EVIIKM.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-IAIXDJEW.js";
import "./chunk-KIVDSTF5.js";
import "./chunk-JLOAINIL.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
