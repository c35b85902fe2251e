import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-PUMBDCP3.js";
import "./chunk-HX2JMRCC.js";
import "./chunk-T7W4QVUH.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-UCBFCVIJ.js";
import "./chunk-K3WLFM4R.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-ZIRV4UZN.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-UJMN74YN.js";
import "./chunk-T4NB6EUM.js";
import "./chunk-II2JJQ5L.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-O7I7OKJY.js";
import "./chunk-TIWB77VX.js";
import "./chunk-3UVHSTR7.js";
import "./chunk-5ERZAINN.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-GHRDV43O.js";
import "./chunk-CIYMYEY5.js";
import "./chunk-KB4NB6HR.js";
import "./chunk-4RZAV6W6.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-LN4IHJCB.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-FRQ7R57I.js";
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
