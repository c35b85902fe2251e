import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-BZE2C4VC.js";
import "./chunk-WOGAMF5G.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-YDHRZFPI.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-K7GOUVFW.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-GDIVFL7K.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-WXBFTLMR.js";
import "./chunk-A623AQMC.js";
import "./chunk-2DJIFKC4.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-KAHFKS6B.js";
import "./chunk-TIWB77VX.js";
import "./chunk-NZUDZ2KM.js";
import "./chunk-BO6FEYLA.js";
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
