import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-W6XJWOHR.js";
import "./chunk-XSUK2DWI.js";
import "./chunk-ITW6ZYPG.js";
import "./chunk-JZK6OD4Y.js";
import "./chunk-SNKOW6BU.js";
import "./chunk-FBOCTMXP.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-ZSIJUXUK.js";
import "./chunk-TIWB77VX.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-PIJTPCCN.js";
import "./chunk-MIFRQNJQ.js";
import "./chunk-EIVADAZC.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-7U3POW7B.js";
import "./chunk-AWRJWZIX.js";
import "./chunk-E5YUEWJY.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-ZUBGGJF2.js";
import "./chunk-BCK3SVDW.js";
import "./chunk-6W2YC37P.js";
import "./chunk-CVTAMUWS.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-IQ6GQNGQ.js";
import "./chunk-HVBWP6H5.js";
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
