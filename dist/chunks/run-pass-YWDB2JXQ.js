import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-4EWG6TKX.js";
import "./chunk-HITV5R4G.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-6KYBFMBF.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-S62ODQMD.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-5T5CNW66.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-V7IDFNH3.js";
import "./chunk-3C25OXEO.js";
import "./chunk-FFAK56GX.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-6CB63L3Y.js";
import "./chunk-TIWB77VX.js";
import "./chunk-V5VJF3PL.js";
import "./chunk-SV7JYL2F.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-PWMCW6NW.js";
import "./chunk-45EVIIKM.js";
import "./chunk-5ATGSXYH.js";
import "./chunk-TMLFUIBN.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-STRIXYJK.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
import "./chunk-FEAK7PJH.js";
import "./chunk-JHTC57UZ.js";
import "./chunk-JKZXDSA7.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
