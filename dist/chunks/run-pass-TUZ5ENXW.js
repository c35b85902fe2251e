import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-JYAAN63C.js";
import "./chunk-GUSP3LCS.js";
import "./chunk-IK47UH73.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-7BPAASL3.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-ZDKYRPVD.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-666ZL4B7.js";
import "./chunk-TH6F2KBB.js";
import "./chunk-GKLIZADN.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-FLN6ZS4O.js";
import "./chunk-TIWB77VX.js";
import "./chunk-NHZM63S6.js";
import "./chunk-6AZYKVF4.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-TXTGSV26.js";
import "./chunk-DHQIP7R2.js";
import "./chunk-UP46B4R5.js";
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
