import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  defaultThreads,
  mineFiles
} from "./chunk-FVP7SJ6W.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-K7YQ5LEM.js";
import "./chunk-QYAWYBFQ.js";
import "./chunk-XEWLAU2A.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-GGB2XQG2.js";
import "./chunk-4TNWAQJE.js";
import "./chunk-E5YUEWJY.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-ZUBGGJF2.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-IQ6GQNGQ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-X6SA5ZQO.js";
import "./chunk-5D6QFWNO.js";
import "./chunk-5PEHXLA4.js";
import "./chunk-Z5LLVULS.js";
import "./chunk-7OVR6L5L.js";
export {
  defaultThreads,
  mineFiles
};
