import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-NTC2WJ4V.js";
import "./chunk-TUEB33D2.js";
import "./chunk-ZSSTS4KP.js";
import "./chunk-GDFWC7FV.js";
import "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-YW76XG3R.js";
import "./chunk-7VPT5R2O.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-LCOO4RDY.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-4A5D366W.js";
import "./chunk-Z4X3KE2A.js";
import "./chunk-MKMJ4K77.js";
import "./chunk-Y5QYALV3.js";
import "./chunk-ZWC32RDC.js";
import "./chunk-GKBLOMOR.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-Q3ORMMCL.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-RHCHKTVJ.js";
import "./chunk-CHAIFBKO.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-UYOVWDTG.js";
import "./chunk-DRR55QGK.js";
import "./chunk-KUZ7R7G3.js";
import "./chunk-TIWB77VX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-2KYXVSXU.js";
import "./chunk-DEZSTP76.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-C56VTM35.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-MEBIEL22.js";
import "./chunk-S4URGW26.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
