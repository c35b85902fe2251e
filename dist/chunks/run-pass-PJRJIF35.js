import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-DXDZVRQ3.js";
import "./chunk-TUEB33D2.js";
import "./chunk-APYYJGD6.js";
import "./chunk-KQ6JBVWO.js";
import "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-UYNLUBOA.js";
import "./chunk-4FUIIEDB.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-3F44NYE3.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-YLF6FQSM.js";
import "./chunk-TKWZBTRN.js";
import "./chunk-2XWSLOAD.js";
import "./chunk-OQ7OKPIP.js";
import "./chunk-ASZXI6MA.js";
import "./chunk-GG3JGHQP.js";
import "./chunk-OOZKFMRS.js";
import "./chunk-6CKYI4EE.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-GFMZHGGR.js";
import "./chunk-CHAIFBKO.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-XKOY2SRN.js";
import "./chunk-DRR55QGK.js";
import "./chunk-DYYA6MDJ.js";
import "./chunk-TIWB77VX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-2KYXVSXU.js";
import "./chunk-MBHPC6NF.js";
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
