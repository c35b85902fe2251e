import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-TB7LQLOR.js";
import "./chunk-TUEB33D2.js";
import "./chunk-YXSH76AM.js";
import "./chunk-46335TPT.js";
import "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-YW76XG3R.js";
import "./chunk-7L5FTJZP.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-5KOM5YIP.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-YLF6FQSM.js";
import "./chunk-PUWAIZ7G.js";
import "./chunk-SWAM7XCT.js";
import "./chunk-EVMSVDOO.js";
import "./chunk-F6DQ7Q7M.js";
import "./chunk-PEWLJYWS.js";
import "./chunk-OOZKFMRS.js";
import "./chunk-3HTW6V3Q.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-ID4DDFXO.js";
import "./chunk-CHAIFBKO.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-2TWNKARK.js";
import "./chunk-DRR55QGK.js";
import "./chunk-QMYGZ6GX.js";
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
