import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-LNHRCNQ4.js";
import "./chunk-GQAB35TL.js";
import "./chunk-YTODENGT.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-JRZDSNCI.js";
import "./chunk-K3WLFM4R.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-AVFWDU7H.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
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
