import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-AGUHYLDU.js";
import "./chunk-TUEB33D2.js";
import "./chunk-D4AJ3W7S.js";
import "./chunk-63TEEWKG.js";
import "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-YW76XG3R.js";
import "./chunk-B4QASVC2.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-LYXSSXMU.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-FW7TLSMS.js";
import "./chunk-G6NQE36U.js";
import "./chunk-DN3N6JX6.js";
import "./chunk-MOL3KXCU.js";
import "./chunk-MWOYSU7G.js";
import "./chunk-FSPFDKAG.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-ELYH7CM3.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-QJWLRDHZ.js";
import "./chunk-QRDPZU7S.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-XLDOTHZR.js";
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
import "./chunk-QSNEP37H.js";
import "./chunk-S4URGW26.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
