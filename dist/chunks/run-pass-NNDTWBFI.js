import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-SF5MLQFT.js";
import "./chunk-R76COZTS.js";
import "./chunk-PIBLLUKU.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-DF2DSVBQ.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-E7FP4IZJ.js";
import "./chunk-TIWB77VX.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-RWUJZ3R2.js";
import "./chunk-VIUNDNHC.js";
import "./chunk-M2LI6QGJ.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-ILGVHGP6.js";
import "./chunk-52BACCD7.js";
import "./chunk-E5YUEWJY.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-WAPKKTLV.js";
import "./chunk-DHQIP7R2.js";
import "./chunk-BN6EMTRE.js";
import "./chunk-W2G3DENE.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-3M6IEZ2R.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-NURSR7U2.js";
import "./chunk-ATMT5WGQ.js";
import "./chunk-5PEHXLA4.js";
import "./chunk-Z5LLVULS.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
