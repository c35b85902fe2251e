import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  defaultThreads,
  mineFiles
} from "./chunk-6DDDIPVP.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-3Q7W5GX5.js";
import "./chunk-TYJOR7GU.js";
import "./chunk-VVACBCAX.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-AP2C2XV4.js";
import "./chunk-F653E6HH.js";
import "./chunk-E5YUEWJY.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-BRISUUXA.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-IQ6GQNGQ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-X6SA5ZQO.js";
import "./chunk-5D6QFWNO.js";
import "./chunk-UTNUP7YL.js";
import "./chunk-BSWBYAOI.js";
import "./chunk-7OVR6L5L.js";
export {
  defaultThreads,
  mineFiles
};
