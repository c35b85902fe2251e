import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-KBPPSBMF.js";
import "./chunk-AYPVVCMK.js";
import "./chunk-JL62CKS5.js";
import "./chunk-JZK6OD4Y.js";
import "./chunk-SNKOW6BU.js";
import "./chunk-IPQLXKNU.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-3NWM2JAZ.js";
import "./chunk-TIWB77VX.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-YDDQXMED.js";
import "./chunk-4NJVOVVQ.js";
import "./chunk-HVKCDKGO.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-AP2C2XV4.js";
import "./chunk-Z2J4ECOO.js";
import "./chunk-E5YUEWJY.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-J3QUI47N.js";
import "./chunk-BCK3SVDW.js";
import "./chunk-VBLY6T6N.js";
import "./chunk-EGYKTOIM.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-IQ6GQNGQ.js";
import "./chunk-RLJ6WCIZ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-X6SA5ZQO.js";
import "./chunk-5D6QFWNO.js";
import "./chunk-2YZ64CDK.js";
import "./chunk-GJ7UAFRC.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
