import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-KWFQEEZ7.js";
import "./chunk-G6TIICPH.js";
import "./chunk-2PFSHJNV.js";
import "./chunk-3X3QPAA7.js";
import "./chunk-PHTEEG62.js";
import "./chunk-TIWB77VX.js";
import "./chunk-6E24BWXG.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TPQ44UGU.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-6E7XZVMU.js";
import "./chunk-C56VTM35.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-RKX4PTLR.js";
import "./chunk-XROMGHE2.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-NFLGOGMH.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-KEWPDFXH.js";
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
