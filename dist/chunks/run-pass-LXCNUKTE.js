import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-IQ5HPTFK.js";
import "./chunk-ZX7QGUAL.js";
import "./chunk-4FSUNNXS.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-J4Y4BKKO.js";
import "./chunk-K3WLFM4R.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-SM6MZJL2.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-XOEXTWJL.js";
import "./chunk-5EW534BP.js";
import "./chunk-W3Y73TCX.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-TCFLGDWG.js";
import "./chunk-TIWB77VX.js";
import "./chunk-4U6VYJDQ.js";
import "./chunk-5ERZAINN.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-5AWKEFVO.js";
import "./chunk-CIYMYEY5.js";
import "./chunk-3O3MQDNT.js";
import "./chunk-Q6LIXZ5A.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-LN4IHJCB.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-VJIOGMSR.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-IBSTQXBY.js";
import "./chunk-BYS3PA3O.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
