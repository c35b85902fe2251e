import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-F2NRNAFS.js";
import "./chunk-J4HFBZ5R.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-4HJ5SUVN.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-IC55F4O5.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-SWKMLK63.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-UURQ3JIH.js";
import "./chunk-LFTUW52H.js";
import "./chunk-ZF7JILMY.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-GGBTPCOI.js";
import "./chunk-TIWB77VX.js";
import "./chunk-7OQU3F62.js";
import "./chunk-EKLU3UL3.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-IZYBZCC4.js";
import "./chunk-45EVIIKM.js";
import "./chunk-MKUVIG5R.js";
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
