import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-JMIYJAOZ.js";
import "./chunk-TUEB33D2.js";
import "./chunk-DNH6UE5S.js";
import "./chunk-LS44A5LO.js";
import "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-HDIXUAMQ.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-BGDETOSA.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-HZFJKXTF.js";
import "./chunk-KDBRYT7H.js";
import "./chunk-DFAIBG6F.js";
import "./chunk-MJAE7WG6.js";
import "./chunk-ACN4QAIC.js";
import "./chunk-TIWB77VX.js";
import "./chunk-BQNKJNUT.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-CC25PW33.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-ESYGSEPQ.js";
import "./chunk-C56VTM35.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-PRR2UZ2J.js";
import "./chunk-XROMGHE2.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-67RRGZ4T.js";
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
