import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-SH4HAXNQ.js";
import "./chunk-TUEB33D2.js";
import "./chunk-MXF3JHRR.js";
import "./chunk-OECLSG6O.js";
import "./chunk-QPYYOWRQ.js";
import "./chunk-KAN6DJXR.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-EIIKE43Q.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-FUUIBR5P.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-TLWH3TT6.js";
import "./chunk-NVTR6FJX.js";
import "./chunk-VOQKG5ZH.js";
import "./chunk-IKM7GJDT.js";
import "./chunk-5D55HVAZ.js";
import "./chunk-ZBPPFYMW.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-EQOMNVTE.js";
import "./chunk-SCH33QCJ.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-36FI4SNZ.js";
import "./chunk-24LU4OYU.js";
import "./chunk-45EVIIKM.js";
import "./chunk-OLQHL4X2.js";
import "./chunk-FKYW7YYS.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-ONINBSDA.js";
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
