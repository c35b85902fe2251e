import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-RMWLFUJ7.js";
import "./chunk-TUEB33D2.js";
import "./chunk-J5LZJVZR.js";
import "./chunk-3Q6COM7B.js";
import "./chunk-P27E6LFM.js";
import "./chunk-P4KPX66U.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-XUCUYOI6.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-BAFE4PN3.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-RRFYOECL.js";
import "./chunk-3QPNXFGC.js";
import "./chunk-EAGKXBQD.js";
import "./chunk-T6W36ROO.js";
import "./chunk-TIWB77VX.js";
import "./chunk-4PIOJ2MB.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-Q5OSSDZX.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-LT5C2MDK.js";
import "./chunk-C56VTM35.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-U7JO3PZD.js";
import "./chunk-YSVPFDDH.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-EYJFRQU2.js";
import "./chunk-I32QNXRJ.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-2KYXVSXU.js";
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
