import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  defaultThreads,
  mineFiles
} from "./chunk-5JBE63OK.js";
import "./chunk-5VZPW6J2.js";
import "./chunk-4BIL4WHU.js";
import "./chunk-UWD2OAFH.js";
import "./chunk-UURWWY6I.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-O7I7OKJY.js";
import "./chunk-TIWB77VX.js";
import "./chunk-OJ2OUHQL.js";
import "./chunk-5ERZAINN.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-5AWKEFVO.js";
import "./chunk-CJTFJNNF.js";
import "./chunk-LN4IHJCB.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-IBSTQXBY.js";
import "./chunk-BYS3PA3O.js";
import "./chunk-7OVR6L5L.js";
export {
  defaultThreads,
  mineFiles
};
