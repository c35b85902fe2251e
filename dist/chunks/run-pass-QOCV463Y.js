import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-NOQ5ODA4.js";
import "./chunk-6IL5VAJV.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-KY4RUSOX.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-JDEFC2FU.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-GDRS5U4V.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-P2CFI6B6.js";
import "./chunk-PC5RFX5P.js";
import "./chunk-B6KHT6N2.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-KRALRHLI.js";
import "./chunk-TIWB77VX.js";
import "./chunk-TUGPW7UW.js";
import "./chunk-JGEQWHLW.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-3PELRQXV.js";
import "./chunk-45EVIIKM.js";
import "./chunk-LFBB7TF7.js";
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
