import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  defaultThreads,
  mineFiles
} from "./chunk-7BPAASL3.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-666ZL4B7.js";
import "./chunk-TH6F2KBB.js";
import "./chunk-GKLIZADN.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-FLN6ZS4O.js";
import "./chunk-TIWB77VX.js";
import "./chunk-NHZM63S6.js";
import "./chunk-6AZYKVF4.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-TXTGSV26.js";
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
