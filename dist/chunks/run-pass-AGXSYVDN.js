import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-WPGNO6P2.js";
import "./chunk-TUEB33D2.js";
import "./chunk-DNANIJCA.js";
import "./chunk-5LL4B3GK.js";
import "./chunk-QPYYOWRQ.js";
import "./chunk-KAN6DJXR.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-KOHBW7RS.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-2W4IREI5.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-FJ6SC6YX.js";
import "./chunk-CNQC5UBS.js";
import "./chunk-O5QRRD7U.js";
import "./chunk-RQD6QJDT.js";
import "./chunk-CMIMO3QK.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-PZDLYRTF.js";
import "./chunk-QKCS6ZC3.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-ZASIS4WS.js";
import "./chunk-XG4F5EDH.js";
import "./chunk-45EVIIKM.js";
import "./chunk-5ZW5Q5OT.js";
import "./chunk-24P32KB7.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-PYQM3OWI.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-TMPSVYBH.js";
import "./chunk-3LXENYO3.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
