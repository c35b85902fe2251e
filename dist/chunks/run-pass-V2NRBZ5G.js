import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-WCEQ6VI7.js";
import "./chunk-47LD7KPR.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-NU7BIRS6.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-ZJIWSSKS.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-LGOB3SXM.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-CBY3LEXK.js";
import "./chunk-FUMG3LW2.js";
import "./chunk-QPGDVN77.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-5KTQEO6D.js";
import "./chunk-TIWB77VX.js";
import "./chunk-FBGNL5FO.js";
import "./chunk-WSL5UANW.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-YH3SLXPE.js";
import "./chunk-45EVIIKM.js";
import "./chunk-BY7JUUEP.js";
import "./chunk-ZLF2Y47C.js";
import "./chunk-QSZCD7PY.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-R3KDNQSQ.js";
import "./chunk-E7OE43CW.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-QKOPAYEM.js";
import "./chunk-5WP32JEB.js";
import "./chunk-ZURJDTDW.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
