import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  defaultThreads,
  mineFiles
} from "./chunk-J56VA6K5.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-5RK2C3OO.js";
import "./chunk-V6SMZIWJ.js";
import "./chunk-W6YYLVGZ.js";
import "./chunk-427OPDA3.js";
import "./chunk-ISR5CDT2.js";
import "./chunk-AVNBLGNS.js";
import "./chunk-6K5YIX5G.js";
import "./chunk-C56VTM35.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-GFAOHSYZ.js";
import "./chunk-ARCZFSVK.js";
import "./chunk-IQ6GQNGQ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-X6SA5ZQO.js";
import "./chunk-5D6QFWNO.js";
import "./chunk-2YZ64CDK.js";
import "./chunk-GJ7UAFRC.js";
import "./chunk-7OVR6L5L.js";
export {
  defaultThreads,
  mineFiles
};
