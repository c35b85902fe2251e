import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-HSANK7FN.js";
import "./chunk-TIZ3FNMG.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-JPYQR2DC.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-HWLFYMQD.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-BOCHQKNL.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-NZCG7WPX.js";
import "./chunk-3S6JGGNN.js";
import "./chunk-64V7UP6B.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-O4UDRWAR.js";
import "./chunk-TIWB77VX.js";
import "./chunk-F6Q6QMMX.js";
import "./chunk-B5RBQ2ZZ.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-HFKBHVJN.js";
import "./chunk-45EVIIKM.js";
import "./chunk-DPGBHGGL.js";
import "./chunk-2E77N4AP.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-LN4IHJCB.js";
import "./chunk-WNGDL2IF.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-BEIDZL2L.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-2NVF3NBO.js";
import "./chunk-5ES4RQ7J.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
