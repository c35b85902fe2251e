import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-HU5UHAA5.js";
import "./chunk-OVSMPOVC.js";
import "./chunk-4ULV7YHV.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-DX4RSXSY.js";
import "./chunk-K3WLFM4R.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-IFY45APU.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-W7GNG2QI.js";
import "./chunk-TLJNMPRM.js";
import "./chunk-VQHCTD6H.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-IBJNUYY7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-57PY6THD.js";
import "./chunk-GRHY3AZS.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-XPYM2XI4.js";
import "./chunk-CIYMYEY5.js";
import "./chunk-N3L4ZXZ3.js";
import "./chunk-FOPVMD42.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-LN4IHJCB.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-VKYCKLLX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-GIUEYTMA.js";
import "./chunk-LPCYBCTA.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
