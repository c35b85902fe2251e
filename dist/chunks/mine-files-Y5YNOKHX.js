import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  defaultThreads,
  mineFiles
} from "./chunk-Q5H5TMAB.js";
import "./chunk-K3WLFM4R.js";
import "./chunk-IC4DPRP4.js";
import "./chunk-V5GPWPYR.js";
import "./chunk-L327GRUH.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-QVU4QCUQ.js";
import "./chunk-TIWB77VX.js";
import "./chunk-OMTF7UUW.js";
import "./chunk-AFNEQ6ZD.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-IBVSLIL3.js";
import "./chunk-CIYMYEY5.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-6NQ2V5YT.js";
import "./chunk-HULA3AMY.js";
import "./chunk-7OVR6L5L.js";
export {
  defaultThreads,
  mineFiles
};
