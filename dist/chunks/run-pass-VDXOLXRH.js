import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-N32EQQMH.js";
import "./chunk-TUEB33D2.js";
import "./chunk-JBU7OX46.js";
import "./chunk-PTKIENAR.js";
import "./chunk-P27E6LFM.js";
import "./chunk-P4KPX66U.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-ITH7RQFE.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-ESX234CJ.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-IHKLXVN6.js";
import "./chunk-FXOCEQY5.js";
import "./chunk-ZPAMLWCQ.js";
import "./chunk-M3SBMNIP.js";
import "./chunk-OGMF2HTB.js";
import "./chunk-ESQN5MZO.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-TUGZLRGT.js";
import "./chunk-TSOLOZGO.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-GXDWBSH4.js";
import "./chunk-5VRDBCAH.js";
import "./chunk-45EVIIKM.js";
import "./chunk-OEBSTUKQ.js";
import "./chunk-TSNA2WVD.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-TCWLKF35.js";
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
