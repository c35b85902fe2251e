import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-WUDEWDAR.js";
import "./chunk-JZBGFW55.js";
import "./chunk-VJ56TBRK.js";
import "./chunk-YOFJTYFJ.js";
import "./chunk-3433JFFK.js";
import "./chunk-TIWB77VX.js";
import "./chunk-XFKU36J3.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-76SKM2TO.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-EMTOB66E.js";
import "./chunk-C56VTM35.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-RNCEGLCI.js";
import "./chunk-XROMGHE2.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-BMXKEMOX.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-S5HYDHBM.js";
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
