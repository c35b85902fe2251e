import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-EBJGMVIV.js";
import "./chunk-TUEB33D2.js";
import "./chunk-Q7RBSHQG.js";
import "./chunk-VE4U5XRQ.js";
import "./chunk-P27E6LFM.js";
import "./chunk-P4KPX66U.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-PF72BASK.js";
import "./chunk-G6TIICPH.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-IFJ6TN7T.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-KDBRYT7H.js";
import "./chunk-6ZXUB6W5.js";
import "./chunk-LWL2IBQL.js";
import "./chunk-CAK6U633.js";
import "./chunk-46EEGEDL.js";
import "./chunk-HV7IQRJJ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-HNX5KURS.js";
import "./chunk-YLSLCFNG.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-ISVY5UQK.js";
import "./chunk-XROMGHE2.js";
import "./chunk-NFLGOGMH.js";
import "./chunk-GCV2B5SX.js";
import "./chunk-LSE3VYJH.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-KEWPDFXH.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-IDPNA3CW.js";
import "./chunk-WIOEOUEH.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
