import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-KZACMWKB.js";
import "./chunk-FAOYEI5S.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-V74RPM7T.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-IAASDCLH.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-UQB24KJO.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-4RO6Y5DU.js";
import "./chunk-C3ARQKUY.js";
import "./chunk-WBOENCH3.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-GH2FYC6K.js";
import "./chunk-TIWB77VX.js";
import "./chunk-6KUWEY3V.js";
import "./chunk-HZI4LY5Y.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-3KY32FJA.js";
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
