import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  defaultThreads,
  mineFiles
} from "./chunk-XUPLBD34.js";
import "./chunk-K3WLFM4R.js";
import "./chunk-NZSNWXB7.js";
import "./chunk-5F75PLBR.js";
import "./chunk-EUHNEGRE.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-ALIWLMER.js";
import "./chunk-TIWB77VX.js";
import "./chunk-QK5OTO6N.js";
import "./chunk-XZ2H3XYO.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-76MIAIJE.js";
import "./chunk-CIYMYEY5.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-XS4JOCQW.js";
import "./chunk-UIC7I4BH.js";
import "./chunk-7OVR6L5L.js";
export {
  defaultThreads,
  mineFiles
};
