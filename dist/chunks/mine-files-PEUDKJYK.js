import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  defaultThreads,
  mineFiles
} from "./chunk-REM6FJY2.js";
import "./chunk-K3WLFM4R.js";
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
import "./chunk-F2AE2LMM.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-2TAKMR7T.js";
import "./chunk-QAK3NKGO.js";
import "./chunk-7OVR6L5L.js";
export {
  defaultThreads,
  mineFiles
};
