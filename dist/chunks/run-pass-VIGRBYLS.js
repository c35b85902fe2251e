import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-QD6HR23T.js";
import "./chunk-QGLGFPUM.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-RPY5RAMK.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-DKIPC3BZ.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-QST77CAS.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-423MNQEL.js";
import "./chunk-H3ZR5XIZ.js";
import "./chunk-MFVHYC45.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-324K4P4N.js";
import "./chunk-TIWB77VX.js";
import "./chunk-PERJFBZQ.js";
import "./chunk-24Q2QWCX.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-YBAVEXWE.js";
import "./chunk-45EVIIKM.js";
import "./chunk-7G6WNZDD.js";
import "./chunk-2E77N4AP.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-LN4IHJCB.js";
import "./chunk-4ITQQUFP.js";
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
