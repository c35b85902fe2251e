import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-VN2CB657.js";
import "./chunk-JL6S5FLB.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-NO4WZM7W.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-KUY75X4I.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-PKKONCS2.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-MHB7IYJ2.js";
import "./chunk-4JIPXVUN.js";
import "./chunk-TEK7A7DP.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-IKEAQJEK.js";
import "./chunk-TIWB77VX.js";
import "./chunk-YPQJ7HQO.js";
import "./chunk-KQHR3UYP.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-4WLX5A3X.js";
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
