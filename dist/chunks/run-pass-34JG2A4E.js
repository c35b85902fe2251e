import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-S7UNG74D.js";
import "./chunk-TUEB33D2.js";
import "./chunk-JZFMQ6RX.js";
import "./chunk-YORYONGM.js";
import "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-YW76XG3R.js";
import "./chunk-7N6SUKJS.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-6IMMRBJT.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-FW7TLSMS.js";
import "./chunk-HOTMFVOH.js";
import "./chunk-LGNBEL7S.js";
import "./chunk-7NTHQ2KX.js";
import "./chunk-OXOXCMSK.js";
import "./chunk-RJGADSRE.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-32UXSPGZ.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-JYVZNIGN.js";
import "./chunk-QRDPZU7S.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-ZAW5GBX3.js";
import "./chunk-DRR55QGK.js";
import "./chunk-BYPXWIAB.js";
import "./chunk-TIWB77VX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-2KYXVSXU.js";
import "./chunk-UBO6RHDQ.js";
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
