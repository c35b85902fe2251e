import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  defaultThreads,
  mineFiles
} from "./chunk-XV6ZKEOO.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-N6URDMMG.js";
import "./chunk-JEKRPTMS.js";
import "./chunk-ECETI6SP.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-33DFJXM3.js";
import "./chunk-TIWB77VX.js";
import "./chunk-VWK6MYC6.js";
import "./chunk-YIXMUYWV.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-ECYXFZJY.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-4IWP5TPU.js";
import "./chunk-IXQMH7Z3.js";
import "./chunk-7OVR6L5L.js";
export {
  defaultThreads,
  mineFiles
};
