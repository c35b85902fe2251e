import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-4WYLXX4R.js";
import "./chunk-E3577NIJ.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-R4QAFL2M.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-MAUNKFVE.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-PXCVEMUF.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-OATKEBFV.js";
import "./chunk-NOHZ5GY3.js";
import "./chunk-NLCBZBK3.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-UVPUX5MS.js";
import "./chunk-TIWB77VX.js";
import "./chunk-4363DFUG.js";
import "./chunk-JWSZRECO.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-IZYBZCC4.js";
import "./chunk-45EVIIKM.js";
import "./chunk-7CSAFJQC.js";
import "./chunk-KTSIC3KF.js";
import "./chunk-QSZCD7PY.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-R3KDNQSQ.js";
import "./chunk-UK6L2HKU.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-MG3SJ6S2.js";
import "./chunk-C3WFARGW.js";
import "./chunk-JO54VIGZ.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
