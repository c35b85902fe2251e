import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-GRQGZEZW.js";
import "./chunk-KAF55JEQ.js";
import "./chunk-SMDM2ESJ.js";
import "./chunk-JZK6OD4Y.js";
import "./chunk-SNKOW6BU.js";
import "./chunk-FVP7SJ6W.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-AUAX74MW.js";
import "./chunk-TIWB77VX.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-K7YQ5LEM.js";
import "./chunk-QYAWYBFQ.js";
import "./chunk-XEWLAU2A.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-GGB2XQG2.js";
import "./chunk-4TNWAQJE.js";
import "./chunk-E5YUEWJY.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-ZUBGGJF2.js";
import "./chunk-DHQIP7R2.js";
import "./chunk-DJZE6WTF.js";
import "./chunk-KLOJDB6O.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-IQ6GQNGQ.js";
import "./chunk-HOKD7CIE.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-X6SA5ZQO.js";
import "./chunk-5D6QFWNO.js";
import "./chunk-5PEHXLA4.js";
import "./chunk-Z5LLVULS.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
