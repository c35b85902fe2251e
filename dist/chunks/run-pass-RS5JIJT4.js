import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-65REYRBH.js";
import "./chunk-5U5KEY5V.js";
import "./chunk-BYYJPR3O.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-REM6FJY2.js";
import "./chunk-K3WLFM4R.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-T5XDWO3K.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-4EBOP7SN.js";
import "./chunk-HQ2PL42F.js";
import "./chunk-WOYR54YI.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-SORO7JWY.js";
import "./chunk-TIWB77VX.js";
import "./chunk-CVFI5K3U.js";
import "./chunk-2HKTYEQJ.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-E7XU6K7Q.js";
import "./chunk-CIYMYEY5.js";
import "./chunk-WFBFQBJL.js";
import "./chunk-2DRY26O5.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-X3P6C4HI.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-2TAKMR7T.js";
import "./chunk-QAK3NKGO.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
