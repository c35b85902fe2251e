import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-GXDGVVQ3.js";
import "./chunk-JX3KSNDF.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-TT7S6ECG.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-W73L66O3.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-5JNM55VR.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-63E7VUTC.js";
import "./chunk-IM3TN6EI.js";
import "./chunk-6BBJCOP4.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-SJNAXRRY.js";
import "./chunk-TIWB77VX.js";
import "./chunk-A6EW44Z3.js";
import "./chunk-CQOBC2HB.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-AQSDLNGD.js";
import "./chunk-45EVIIKM.js";
import "./chunk-KGWNB7J7.js";
import "./chunk-N6Y467SR.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-GVFEZ6UC.js";
import "./chunk-TYD7KM4B.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
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
