import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  defaultThreads,
  mineFiles
} from "./chunk-JRZDSNCI.js";
import "./chunk-K3WLFM4R.js";
import "./chunk-NNWGCXQC.js";
import "./chunk-X4J3I7GL.js";
import "./chunk-SEWHL7LN.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-3LPK7NHS.js";
import "./chunk-TIWB77VX.js";
import "./chunk-CFZDQCAK.js";
import "./chunk-66MDYM7E.js";
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
