import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-YHNJWRKW.js";
import "./chunk-BARLZ6PY.js";
import "./chunk-R4XASYZG.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-HSS47RBA.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-V3MB2DWL.js";
import "./chunk-TIWB77VX.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-FPMGZKSR.js";
import "./chunk-HLIRDJX5.js";
import "./chunk-R4OR7SMM.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-GQC7XVHJ.js";
import "./chunk-MPN2KOYV.js";
import "./chunk-CVUIB6MT.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-BGOIDR3Y.js";
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
