import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-5XU3NNLT.js";
import "./chunk-YQJU5KFW.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-2P6Q4V74.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-4CSPTPNJ.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-DVAS4XJ5.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-RQGUKSFL.js";
import "./chunk-GVXHXIW6.js";
import "./chunk-H3NJ6P3W.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-OOIWAIG7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-L6C5AUXX.js";
import "./chunk-XNI432GF.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-VA7PNLDH.js";
import "./chunk-45EVIIKM.js";
import "./chunk-5RFWPG65.js";
import "./chunk-ZDTMSQ74.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-ECB5HFHM.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
import "./chunk-QKOPAYEM.js";
import "./chunk-5WP32JEB.js";
import "./chunk-ZURJDTDW.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
