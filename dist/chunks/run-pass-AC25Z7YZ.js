import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-BDXBKFXT.js";
import "./chunk-TUEB33D2.js";
import "./chunk-NFNHHUN5.js";
import "./chunk-M52TASQV.js";
import "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-UYNLUBOA.js";
import "./chunk-SGOEPZZK.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-6KJQGJW2.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-YLF6FQSM.js";
import "./chunk-E5Y5C3H2.js";
import "./chunk-MA3BKOGU.js";
import "./chunk-EVMSVDOO.js";
import "./chunk-KIIR7Q4C.js";
import "./chunk-PEWLJYWS.js";
import "./chunk-OOZKFMRS.js";
import "./chunk-3HTW6V3Q.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-GFMZHGGR.js";
import "./chunk-CHAIFBKO.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-Q7Z34BN7.js";
import "./chunk-DRR55QGK.js";
import "./chunk-DKX5KMIH.js";
import "./chunk-TIWB77VX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-2KYXVSXU.js";
import "./chunk-WQCENYQM.js";
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
