import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-WWWZO7PY.js";
import "./chunk-TUEB33D2.js";
import "./chunk-4FWH4OJM.js";
import "./chunk-TCAIUMPL.js";
import "./chunk-P27E6LFM.js";
import "./chunk-P4KPX66U.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-SDK6ZMYH.js";
import "./chunk-G6TIICPH.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-QBQI3OTE.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-IHKLXVN6.js";
import "./chunk-W3CTWVZZ.js";
import "./chunk-AOEOORTX.js";
import "./chunk-BJWJSM2Z.js";
import "./chunk-2PODER7G.js";
import "./chunk-43ZEGNEF.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-OR27DCH7.js";
import "./chunk-DNJ5C2QN.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-54BHBHC6.js";
import "./chunk-5VRDBCAH.js";
import "./chunk-NFLGOGMH.js";
import "./chunk-KCKM3FW3.js";
import "./chunk-TSNA2WVD.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-LFWTERAC.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-LKBSWEQ7.js";
import "./chunk-TMW2VLPL.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
