import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-MK3SO32T.js";
import "./chunk-OABMM7HI.js";
import "./chunk-QPYYOWRQ.js";
import "./chunk-DPZ7EDJJ.js";
import "./chunk-KAN6DJXR.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-EPTVJP4L.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-C45OFBSW.js";
import "./chunk-JHK37IOC.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-TLWH3TT6.js";
import "./chunk-6RTUB3ZK.js";
import "./chunk-W3QIE7YD.js";
import "./chunk-BG7S2OWH.js";
import "./chunk-B2MDSM5Q.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-AKVHL2LX.js";
import "./chunk-XXVPIFBX.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-ML5GUABX.js";
import "./chunk-24LU4OYU.js";
import "./chunk-45EVIIKM.js";
import "./chunk-VDYKKNNM.js";
import "./chunk-FKYW7YYS.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-7XJDXN2X.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-N7LIQ54H.js";
import "./chunk-B2YXOGSE.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
