import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-YHD4L2PA.js";
import "./chunk-TUEB33D2.js";
import "./chunk-3LVJR6EX.js";
import "./chunk-CK7OW7R6.js";
import "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-WUDEWDAR.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-B63L2BX6.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-HZFJKXTF.js";
import "./chunk-KDBRYT7H.js";
import "./chunk-VJ56TBRK.js";
import "./chunk-YOFJTYFJ.js";
import "./chunk-3433JFFK.js";
import "./chunk-TIWB77VX.js";
import "./chunk-XFKU36J3.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-76SKM2TO.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-EMTOB66E.js";
import "./chunk-C56VTM35.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-RNCEGLCI.js";
import "./chunk-XROMGHE2.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-EARSCXUI.js";
import "./chunk-BMXKEMOX.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-2KYXVSXU.js";
import "./chunk-S5HYDHBM.js";
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
