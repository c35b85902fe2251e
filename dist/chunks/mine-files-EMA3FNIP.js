import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-WVEFR4VA.js";
import "./chunk-JZBGFW55.js";
import "./chunk-D6YA2BWX.js";
import "./chunk-H26O22FE.js";
import "./chunk-5A2CEHKI.js";
import "./chunk-XFU2QIJV.js";
import "./chunk-CTC6OYTH.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-IOZKDHXY.js";
import "./chunk-QQPGRVGO.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-OUOB6P6Q.js";
import "./chunk-QYTGBTIW.js";
import "./chunk-45EVIIKM.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-ZTK4FURP.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-FZJXOQ3B.js";
import "./chunk-NBZ7IFQR.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
