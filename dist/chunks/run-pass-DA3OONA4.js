import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-7ET3UIGZ.js";
import "./chunk-TUEB33D2.js";
import "./chunk-3OMP66JE.js";
import "./chunk-M2A7ILTX.js";
import "./chunk-P27E6LFM.js";
import "./chunk-P4KPX66U.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-COWBVSZJ.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-XN5IMMZT.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-RRFYOECL.js";
import "./chunk-G36SZM64.js";
import "./chunk-3RZUYIQC.js";
import "./chunk-YPF52SZA.js";
import "./chunk-NY73TQWN.js";
import "./chunk-PLWKZF2X.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-LXXRIGE5.js";
import "./chunk-R5JRYFZH.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-EKMZAYIO.js";
import "./chunk-YSVPFDDH.js";
import "./chunk-45EVIIKM.js";
import "./chunk-DKDX3HPO.js";
import "./chunk-I32QNXRJ.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-WPRNBTAO.js";
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
