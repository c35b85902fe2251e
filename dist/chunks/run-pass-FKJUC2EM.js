import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-RC5VXGTK.js";
import "./chunk-TUEB33D2.js";
import "./chunk-CMPYBS4M.js";
import "./chunk-HP6DUSUO.js";
import "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-7PBRDB3M.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-BXL7VOAH.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-RRFYOECL.js";
import "./chunk-MRNDA5OR.js";
import "./chunk-GB7YNWQ7.js";
import "./chunk-FAPFLAPO.js";
import "./chunk-5KJYIEY2.js";
import "./chunk-HMQAUIQJ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-KAUSIMNY.js";
import "./chunk-5VWOZ2W4.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-K2L7JFSN.js";
import "./chunk-YSVPFDDH.js";
import "./chunk-45EVIIKM.js";
import "./chunk-NI2IYEEF.js";
import "./chunk-I32QNXRJ.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-QAZ7NUWG.js";
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
