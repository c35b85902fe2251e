import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-OKCOPECT.js";
import "./chunk-TUEB33D2.js";
import "./chunk-DBJEWAQG.js";
import "./chunk-X7GETEQH.js";
import "./chunk-P27E6LFM.js";
import "./chunk-P4KPX66U.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-OHSFFWXO.js";
import "./chunk-G6TIICPH.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-WTL54TQY.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-KDBRYT7H.js";
import "./chunk-5QOU4ZSR.js";
import "./chunk-BM2SPKTO.js";
import "./chunk-HWOCLAUS.js";
import "./chunk-4FXVS2QU.js";
import "./chunk-BOWP7KNQ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-Y7F2N6NP.js";
import "./chunk-I4GJHMGQ.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-ISVY5UQK.js";
import "./chunk-XROMGHE2.js";
import "./chunk-NFLGOGMH.js";
import "./chunk-7JANRIEM.js";
import "./chunk-LSE3VYJH.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-T4AXTQ2C.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-IDPNA3CW.js";
import "./chunk-WIOEOUEH.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
