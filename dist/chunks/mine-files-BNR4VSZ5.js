import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  defaultThreads,
  mineFiles
} from "./chunk-OWOKRGOR.js";
import "./chunk-K3WLFM4R.js";
import "./chunk-ETFIV74Y.js";
import "./chunk-RKKP4QIZ.js";
import "./chunk-2SXP5APT.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-QVU4QCUQ.js";
import "./chunk-TIWB77VX.js";
import "./chunk-2JHCLAN2.js";
import "./chunk-AFNEQ6ZD.js";
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
