import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-7MN4CVFS.js";
import "./chunk-2Z2JXOUJ.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-QT6MXR62.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-BHTPLT6G.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-PBMJFMMN.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-GDEKOLRP.js";
import "./chunk-YI5LITYN.js";
import "./chunk-LQ3HZBBD.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-JOXWEKP2.js";
import "./chunk-TIWB77VX.js";
import "./chunk-YTFLNATL.js";
import "./chunk-UUYG6VR6.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-2D2RZMS6.js";
import "./chunk-45EVIIKM.js";
import "./chunk-UMHB3RKP.js";
import "./chunk-FF2S5VXW.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-LN4IHJCB.js";
import "./chunk-WNGDL2IF.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-TOFDAHZL.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-5RFS437K.js";
import "./chunk-PXOYBIOI.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
