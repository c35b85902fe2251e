import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-KFAII65W.js";
import "./chunk-EHIDN3JP.js";
import "./chunk-IIAZ7WDQ.js";
import "./chunk-JZK6OD4Y.js";
import "./chunk-SNKOW6BU.js";
import "./chunk-6DDDIPVP.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-3NWM2JAZ.js";
import "./chunk-TIWB77VX.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-3Q7W5GX5.js";
import "./chunk-TYJOR7GU.js";
import "./chunk-VVACBCAX.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-AP2C2XV4.js";
import "./chunk-F653E6HH.js";
import "./chunk-E5YUEWJY.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-BRISUUXA.js";
import "./chunk-BCK3SVDW.js";
import "./chunk-2JFXJW5X.js";
import "./chunk-EQC4N4OH.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-IQ6GQNGQ.js";
import "./chunk-VN4E7ABA.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-X6SA5ZQO.js";
import "./chunk-5D6QFWNO.js";
import "./chunk-UTNUP7YL.js";
import "./chunk-BSWBYAOI.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
