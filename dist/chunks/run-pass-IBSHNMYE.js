import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-LJCL3YUM.js";
import "./chunk-TUEB33D2.js";
import "./chunk-5VJLFS55.js";
import "./chunk-VO4SGRYY.js";
import "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-UYNLUBOA.js";
import "./chunk-4IJXBGAU.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-FLDHXOWT.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-YLF6FQSM.js";
import "./chunk-CTOKWQ7M.js";
import "./chunk-WCAN4TE2.js";
import "./chunk-SLUZZTUH.js";
import "./chunk-YK2Z4U6E.js";
import "./chunk-4U33LYCA.js";
import "./chunk-OOZKFMRS.js";
import "./chunk-B5EED3GH.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-GFMZHGGR.js";
import "./chunk-CHAIFBKO.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-MKJOEVRC.js";
import "./chunk-DRR55QGK.js";
import "./chunk-UIMAFZUT.js";
import "./chunk-TIWB77VX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-2KYXVSXU.js";
import "./chunk-RAGNSPQK.js";
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
