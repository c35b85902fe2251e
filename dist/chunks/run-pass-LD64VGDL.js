import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-XYG2WJYO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-6LIUTCBC.js";
import "./chunk-LYH62HOE.js";
import "./chunk-P27E6LFM.js";
import "./chunk-P4KPX66U.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-CEJL6BUJ.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-VVNR2I5Z.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-RRFYOECL.js";
import "./chunk-6625T37F.js";
import "./chunk-YKNFPERM.js";
import "./chunk-AUHVNNK6.js";
import "./chunk-POMSKATE.js";
import "./chunk-S232NJRK.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-TWKOJHP4.js";
import "./chunk-TB4UHFYW.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-4HWBZOYG.js";
import "./chunk-YSVPFDDH.js";
import "./chunk-45EVIIKM.js";
import "./chunk-H5N7YWNX.js";
import "./chunk-I32QNXRJ.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-4VNSOAGV.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-Z6C7UFYJ.js";
import "./chunk-X6M2KEEO.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
