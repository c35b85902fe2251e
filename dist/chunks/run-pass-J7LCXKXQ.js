import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-B3PBHAW5.js";
import "./chunk-TUEB33D2.js";
import "./chunk-2XXZ5POB.js";
import "./chunk-SJ44UPZT.js";
import "./chunk-P27E6LFM.js";
import "./chunk-P4KPX66U.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-LF3U6FPY.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-VM7YTKAX.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-SLGAPID7.js";
import "./chunk-BN6CVSJ4.js";
import "./chunk-INCPQM3S.js";
import "./chunk-OCLEN4R3.js";
import "./chunk-VQJ3ODEM.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-XCQDP4NI.js";
import "./chunk-FFD4GRRI.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-VNLAV3FF.js";
import "./chunk-RX2VEXLW.js";
import "./chunk-45EVIIKM.js";
import "./chunk-C53BORPG.js";
import "./chunk-5JGJJMTD.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-5C2WUOTR.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-6QYA2SXI.js";
import "./chunk-ZDDVHDXC.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
