import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  defaultThreads,
  mineFiles
} from "./chunk-ZGNRQAMI.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-T5VBEDEC.js";
import "./chunk-JC243LBH.js";
import "./chunk-PGKXQNB6.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-EYKKB5JH.js";
import "./chunk-ZQP6Y6WP.js";
import "./chunk-XPCXVPFQ.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-VHRT7VEC.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-XF4STVAC.js";
import "./chunk-LBZLCI5P.js";
import "./chunk-4IWP5TPU.js";
import "./chunk-IXQMH7Z3.js";
import "./chunk-7OVR6L5L.js";
export {
  defaultThreads,
  mineFiles
};
