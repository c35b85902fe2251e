import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-B7YEEJ72.js";
import "./chunk-TUEB33D2.js";
import "./chunk-WTDGOWIL.js";
import "./chunk-NOTZPGXB.js";
import "./chunk-P27E6LFM.js";
import "./chunk-P4KPX66U.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-WVEFR4VA.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-IDADTQ3N.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-CCX7GR4A.js";
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
import "./chunk-FGKNYMAA.js";
import "./chunk-NC7LUYOP.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-ZTK4FURP.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-FZJXOQ3B.js";
import "./chunk-NBZ7IFQR.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
