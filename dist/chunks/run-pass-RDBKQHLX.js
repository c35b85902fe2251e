import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-WKCYP5ZJ.js";
import "./chunk-TUEB33D2.js";
import "./chunk-KN4SI46A.js";
import "./chunk-B7PQMJXG.js";
import "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-YW76XG3R.js";
import "./chunk-WYDSEQZS.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-UQXR6SRK.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-FW7TLSMS.js";
import "./chunk-77CZMLTK.js";
import "./chunk-V6GDU7KW.js";
import "./chunk-DJKQKDNI.js";
import "./chunk-5UN4A3YR.js";
import "./chunk-EL7S7JR6.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-HP5AII6Y.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-QJWLRDHZ.js";
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
