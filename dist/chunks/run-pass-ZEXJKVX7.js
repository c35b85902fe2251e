import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-JC64PP7R.js";
import "./chunk-TUEB33D2.js";
import "./chunk-QORBKHJM.js";
import "./chunk-V3QZCNVU.js";
import "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-YW76XG3R.js";
import "./chunk-AOLZO2UQ.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-Z4TKE2HF.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-FW7TLSMS.js";
import "./chunk-3EG2IXE6.js";
import "./chunk-FURBWDQ5.js";
import "./chunk-DJKQKDNI.js";
import "./chunk-M3V3QZZF.js";
import "./chunk-WW27F74O.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-VOJWR654.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-QJWLRDHZ.js";
import "./chunk-QRDPZU7S.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-C7L7KXM5.js";
import "./chunk-DRR55QGK.js";
import "./chunk-LI34LVCN.js";
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
