import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-72O4IHPP.js";
import "./chunk-TUEB33D2.js";
import "./chunk-LO4XOGM3.js";
import "./chunk-7WBV7YSO.js";
import "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-2WYQ6SWA.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-S4A7COBT.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-HZFJKXTF.js";
import "./chunk-KDBRYT7H.js";
import "./chunk-PHGMYNMM.js";
import "./chunk-3MBBWR4S.js";
import "./chunk-B5EJBJNQ.js";
import "./chunk-TIWB77VX.js";
import "./chunk-KFSV5EEV.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-XKLEL2TJ.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-UR2CA2I7.js";
import "./chunk-C56VTM35.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-RNCEGLCI.js";
import "./chunk-XROMGHE2.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-MLN6JYDV.js";
import "./chunk-BEYBZNPC.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-2KYXVSXU.js";
import "./chunk-5FX23UHQ.js";
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
