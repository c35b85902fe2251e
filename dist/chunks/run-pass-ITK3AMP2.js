import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-XVMLHHTD.js";
import "./chunk-TUEB33D2.js";
import "./chunk-DDVEDGG7.js";
import "./chunk-K6BEGOLQ.js";
import "./chunk-P27E6LFM.js";
import "./chunk-P4KPX66U.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-DUBR672T.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-IYV74K4V.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-UPDS4YCE.js";
import "./chunk-Y7AKD2IN.js";
import "./chunk-EAGSOLCG.js";
import "./chunk-VSH66UR6.js";
import "./chunk-ICCVHM4Q.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-LJRZIRGD.js";
import "./chunk-UHKIAYNY.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-ZK6OPARO.js";
import "./chunk-3ZHH2TKA.js";
import "./chunk-45EVIIKM.js";
import "./chunk-KT24L6EM.js";
import "./chunk-DO5B7G4S.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-PYQM3OWI.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-6E6T4LLQ.js";
import "./chunk-JKZXDSA7.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
