import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-VLT2AONU.js";
import "./chunk-TUEB33D2.js";
import "./chunk-LPHXYE4J.js";
import "./chunk-ZIAWYKPW.js";
import "./chunk-QPYYOWRQ.js";
import "./chunk-KAN6DJXR.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-KTBBGIGR.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-6TAR54AH.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-FJ47FQHX.js";
import "./chunk-2EBA5XML.js";
import "./chunk-YTR4JUTZ.js";
import "./chunk-G5T4C55X.js";
import "./chunk-FSMK4WGM.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-U2546GCD.js";
import "./chunk-DD2I7FTM.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-7SAFUNV6.js";
import "./chunk-JYGTX5QY.js";
import "./chunk-45EVIIKM.js";
import "./chunk-GC3J6OP5.js";
import "./chunk-6XLIIKOV.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-PYQM3OWI.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-LQIMTZHA.js";
import "./chunk-L6OS54UF.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
