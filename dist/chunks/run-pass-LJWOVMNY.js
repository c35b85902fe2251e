import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-DN7LBVHU.js";
import "./chunk-TUEB33D2.js";
import "./chunk-HQPZJOXH.js";
import "./chunk-FMLFH24E.js";
import "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-YW76XG3R.js";
import "./chunk-Y6HCOHHG.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-MWCK7IU4.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-FW7TLSMS.js";
import "./chunk-AUCQJH3R.js";
import "./chunk-DO72EOYY.js";
import "./chunk-U2MDSI3C.js";
import "./chunk-HAIAGPRF.js";
import "./chunk-WW27F74O.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-VOJWR654.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-E46LM2ML.js";
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
