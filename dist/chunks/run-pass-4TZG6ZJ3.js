import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-CM2I25Q5.js";
import "./chunk-57YOSNUX.js";
import "./chunk-67NMSBM4.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-XUPLBD34.js";
import "./chunk-K3WLFM4R.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-PEJETMSA.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-NZSNWXB7.js";
import "./chunk-5F75PLBR.js";
import "./chunk-EUHNEGRE.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-ALIWLMER.js";
import "./chunk-TIWB77VX.js";
import "./chunk-QK5OTO6N.js";
import "./chunk-XZ2H3XYO.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-76MIAIJE.js";
import "./chunk-CIYMYEY5.js";
import "./chunk-2WCDS34T.js";
import "./chunk-VDGWFBWW.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-ZHXNZ7GX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-XS4JOCQW.js";
import "./chunk-UIC7I4BH.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
