import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-DW7Z75HK.js";
import "./chunk-YNIBHJOM.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-TONAU6CT.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-YSCZZK7W.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-NPVN3WSV.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-YV4RMSAF.js";
import "./chunk-WJM4RQLB.js";
import "./chunk-HZGPBYWU.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-STTFBWXB.js";
import "./chunk-TIWB77VX.js";
import "./chunk-A3NBF5JF.js";
import "./chunk-SV7JYL2F.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-JTO7RJ4Y.js";
import "./chunk-45EVIIKM.js";
import "./chunk-DH6UX4MF.js";
import "./chunk-YZNRTKZZ.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-52EHGSVX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
import "./chunk-2JPEMDA2.js";
import "./chunk-P4ZLHVHR.js";
import "./chunk-2PRROGU2.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
