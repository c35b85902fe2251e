import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-RDV3IOPL.js";
import "./chunk-UTNGFWBD.js";
import "./chunk-AQ6C3TF3.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-KI5425XN.js";
import "./chunk-K3WLFM4R.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-HQRPNZJD.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-4AQT6TQ7.js";
import "./chunk-D4DACALQ.js";
import "./chunk-J37XE5DH.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-V7U3PU3J.js";
import "./chunk-TIWB77VX.js";
import "./chunk-4J7KKL3Q.js";
import "./chunk-EDRRCGCB.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-RABHSTEM.js";
import "./chunk-CIYMYEY5.js";
import "./chunk-TBRKS2CZ.js";
import "./chunk-HSCV5RFS.js";
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
