import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-5U63UYNE.js";
import "./chunk-TUEB33D2.js";
import "./chunk-AKJD6KRC.js";
import "./chunk-BCJZQR3K.js";
import "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-45SZ6Z44.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-JZJRRAEE.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-KDBRYT7H.js";
import "./chunk-2I7PLRXI.js";
import "./chunk-7RSJU744.js";
import "./chunk-7RMUNP5P.js";
import "./chunk-TIWB77VX.js";
import "./chunk-2Q4LVRHA.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-D4H7K6OJ.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-RXIYD7VK.js";
import "./chunk-C56VTM35.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-LF3BMCQW.js";
import "./chunk-XROMGHE2.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-PLHSIYFM.js";
import "./chunk-LSE3VYJH.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-2KYXVSXU.js";
import "./chunk-5FX23UHQ.js";
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
