import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-PF42JRDP.js";
import "./chunk-TUEB33D2.js";
import "./chunk-LR6W2MXS.js";
import "./chunk-65DKBLB5.js";
import "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-YW76XG3R.js";
import "./chunk-65ANXFEI.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-UQXR6SRK.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-FW7TLSMS.js";
import "./chunk-OQZ3OQDM.js";
import "./chunk-FRGT2WET.js";
import "./chunk-DJKQKDNI.js";
import "./chunk-HAIAGPRF.js";
import "./chunk-WW27F74O.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-VOJWR654.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-K2AYOKKW.js";
import "./chunk-QRDPZU7S.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-5FQFENB7.js";
import "./chunk-DRR55QGK.js";
import "./chunk-TX7VYM2X.js";
import "./chunk-TIWB77VX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-2KYXVSXU.js";
import "./chunk-35U34XHC.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-C56VTM35.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-QSNEP37H.js";
import "./chunk-S4URGW26.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
