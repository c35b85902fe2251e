import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-5Q62WISI.js";
import "./chunk-5ZD2KSAX.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-3WWWF47E.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-PYYTL4AY.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-PBMJFMMN.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-OKZSVLQJ.js";
import "./chunk-Z7EPVTH3.js";
import "./chunk-FCJDD3FV.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-JOXWEKP2.js";
import "./chunk-TIWB77VX.js";
import "./chunk-7QE4CS5K.js";
import "./chunk-UUYG6VR6.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-VHIZBEKG.js";
import "./chunk-45EVIIKM.js";
import "./chunk-DPGBHGGL.js";
import "./chunk-2E77N4AP.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-LN4IHJCB.js";
import "./chunk-WNGDL2IF.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-BEIDZL2L.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-2NVF3NBO.js";
import "./chunk-5ES4RQ7J.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
