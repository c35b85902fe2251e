import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  defaultThreads,
  mineFiles
} from "./chunk-DF2DSVBQ.js";
import "./chunk-HCXYLQVX.js";
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
import "./chunk-F2AE2LMM.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-NURSR7U2.js";
import "./chunk-ATMT5WGQ.js";
import "./chunk-5PEHXLA4.js";
import "./chunk-Z5LLVULS.js";
import "./chunk-7OVR6L5L.js";
export {
  defaultThreads,
  mineFiles
};
