import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-Y6WZE4ME.js";
import "./chunk-TUEB33D2.js";
import "./chunk-N7M6FLRC.js";
import "./chunk-JQT3EBGB.js";
import "./chunk-QPYYOWRQ.js";
import "./chunk-KAN6DJXR.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-FZ5XRQC6.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-OW7WLXBE.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-TLWH3TT6.js";
import "./chunk-BIJTBIZA.js";
import "./chunk-QA7P3U5F.js";
import "./chunk-JTGMSTFD.js";
import "./chunk-ZYML7ZHH.js";
import "./chunk-SY3NSO2G.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-5XYUNGL6.js";
import "./chunk-HMWL4NDG.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-36FI4SNZ.js";
import "./chunk-24LU4OYU.js";
import "./chunk-45EVIIKM.js";
import "./chunk-NVOVHKJE.js";
import "./chunk-FKYW7YYS.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-NTYJ2ZSS.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-N7LIQ54H.js";
import "./chunk-B2YXOGSE.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
