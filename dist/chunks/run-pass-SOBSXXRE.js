import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-Y7H52OMN.js";
import "./chunk-UGQ7TPCH.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-YQRAD3E7.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-5VLX7KVG.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-OLEEAL3P.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-33BNVBDK.js";
import "./chunk-BMBPAJKT.js";
import "./chunk-OUYXPSYI.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-IBIBE2OF.js";
import "./chunk-TIWB77VX.js";
import "./chunk-MICYBFI6.js";
import "./chunk-7PBP4DUP.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-3IC3ZQAF.js";
import "./chunk-45EVIIKM.js";
import "./chunk-WYSF6F4T.js";
import "./chunk-TTUXI7NG.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-GVFEZ6UC.js";
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
