import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-KEZLLINB.js";
import "./chunk-CDXWTL6I.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-CYT5YKDI.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-KJCG3EPU.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-YA374ISP.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-V6RYTTXX.js";
import "./chunk-DLV7SL64.js";
import "./chunk-3LDSBC76.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-ZV5JMUSV.js";
import "./chunk-TIWB77VX.js";
import "./chunk-KFZYRJ6F.js";
import "./chunk-3WINW7P7.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-GY3EKEQX.js";
import "./chunk-45EVIIKM.js";
import "./chunk-EABCG46W.js";
import "./chunk-TTUXI7NG.js";
import "./chunk-QSZCD7PY.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-R3KDNQSQ.js";
import "./chunk-IE553SBV.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-IAIXDJEW.js";
import "./chunk-KIVDSTF5.js";
import "./chunk-JLOAINIL.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
