import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-WKQKTNCV.js";
import "./chunk-G2MU2TV5.js";
import "./chunk-LSZMBYDI.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-XV6ZKEOO.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-7E3ERCY5.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-N6URDMMG.js";
import "./chunk-JEKRPTMS.js";
import "./chunk-ECETI6SP.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-33DFJXM3.js";
import "./chunk-TIWB77VX.js";
import "./chunk-VWK6MYC6.js";
import "./chunk-YIXMUYWV.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-ECYXFZJY.js";
import "./chunk-DHQIP7R2.js";
import "./chunk-OOPU57I4.js";
import "./chunk-6OQAM54S.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-KS3J5JSE.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-4IWP5TPU.js";
import "./chunk-IXQMH7Z3.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
