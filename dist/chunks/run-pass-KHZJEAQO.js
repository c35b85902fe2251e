import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-ZBVUJDPX.js";
import "./chunk-RGLPFLRX.js";
import "./chunk-AZC3EJFF.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-ZGNRQAMI.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-IDQQSY77.js";
import "./chunk-TIWB77VX.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-T5VBEDEC.js";
import "./chunk-JC243LBH.js";
import "./chunk-PGKXQNB6.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-EYKKB5JH.js";
import "./chunk-ZQP6Y6WP.js";
import "./chunk-XPCXVPFQ.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-VHRT7VEC.js";
import "./chunk-DHQIP7R2.js";
import "./chunk-ZRZQCY7R.js";
import "./chunk-KTFLZ2CR.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-RI4SSW3L.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-XF4STVAC.js";
import "./chunk-LBZLCI5P.js";
import "./chunk-4IWP5TPU.js";
import "./chunk-IXQMH7Z3.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
