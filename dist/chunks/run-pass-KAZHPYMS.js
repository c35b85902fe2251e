import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-CTCLLQXZ.js";
import "./chunk-TUEB33D2.js";
import "./chunk-7LET3ZVU.js";
import "./chunk-6N4DCONP.js";
import "./chunk-QPYYOWRQ.js";
import "./chunk-KAN6DJXR.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-WFQKYY26.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-NVOVOSHN.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-SLGAPID7.js";
import "./chunk-3EK5SZZB.js";
import "./chunk-R7ZOGU76.js";
import "./chunk-WQFZBXOK.js";
import "./chunk-LLG5IVC3.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-PZ6ABWIU.js";
import "./chunk-VJVTQ47I.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-HSCMMBT7.js";
import "./chunk-RX2VEXLW.js";
import "./chunk-45EVIIKM.js";
import "./chunk-QQFQGE5V.js";
import "./chunk-5JGJJMTD.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-PYQM3OWI.js";
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
