import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-RUDW4XSH.js";
import "./chunk-AXHXRGH4.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-DN2WGYPP.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-O53EZVXH.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-V2UDRUJ6.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-HAN6J5F3.js";
import "./chunk-AK624WE2.js";
import "./chunk-EQWFJVWT.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-5H3GDYBU.js";
import "./chunk-TIWB77VX.js";
import "./chunk-FWX4VVYZ.js";
import "./chunk-JGEQWHLW.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-FBESS4T3.js";
import "./chunk-45EVIIKM.js";
import "./chunk-MX6ZAG4Q.js";
import "./chunk-NJO2THAO.js";
import "./chunk-QSZCD7PY.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-R3KDNQSQ.js";
import "./chunk-3IJRHT7T.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-M2J457S2.js";
import "./chunk-WXCJRX4S.js";
import "./chunk-SNZZLAW2.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
