import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-GGRW25RF.js";
import "./chunk-TUEB33D2.js";
import "./chunk-3MA6MLMN.js";
import "./chunk-2YZJZDIL.js";
import "./chunk-P27E6LFM.js";
import "./chunk-P4KPX66U.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-33PNYTN5.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-WA6BS6KP.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-SLGAPID7.js";
import "./chunk-7NCMX7PO.js";
import "./chunk-WWJBKLMY.js";
import "./chunk-5ZQNNVDS.js";
import "./chunk-3CWKFP67.js";
import "./chunk-QUAQTPBG.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-KOIP6U32.js";
import "./chunk-V7JUFLF4.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-VNLAV3FF.js";
import "./chunk-RX2VEXLW.js";
import "./chunk-45EVIIKM.js";
import "./chunk-PPOPKVMK.js";
import "./chunk-5JGJJMTD.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-O5JETYOD.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-6QYA2SXI.js";
import "./chunk-ZDDVHDXC.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
