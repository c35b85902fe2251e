import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-R6UNGDXE.js";
import "./chunk-LTDYAGGT.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-MSSQ5SNE.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-WPR2BJ7G.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-C45OFBSW.js";
import "./chunk-VKBCVJPT.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-CY77KDY7.js";
import "./chunk-VC5XVUWY.js";
import "./chunk-PQOSQ4D2.js";
import "./chunk-CGBUMJ2G.js";
import "./chunk-RLCF5ORZ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-LNQQZJ64.js";
import "./chunk-RJ2JGLAW.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-6TMPICHH.js";
import "./chunk-REKMTWIC.js";
import "./chunk-45EVIIKM.js";
import "./chunk-MZNLV7E6.js";
import "./chunk-AXEGSDE5.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-QZJZ74QQ.js";
import "./chunk-ZURJDTDW.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
