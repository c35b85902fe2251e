import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-2IDJWAEK.js";
import "./chunk-GLXYC7LI.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-U4TGWD6Z.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-FD5CMKK5.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-4KWISTV6.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-OAP4RMWK.js";
import "./chunk-3K2VT426.js";
import "./chunk-J56R6GQ6.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-OB6VYKTC.js";
import "./chunk-TIWB77VX.js";
import "./chunk-5CSDS2AS.js";
import "./chunk-O2DMRDPO.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-Z7BO4LUD.js";
import "./chunk-45EVIIKM.js";
import "./chunk-25KL4LZJ.js";
import "./chunk-TTUXI7NG.js";
import "./chunk-QSZCD7PY.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-HMHVISX3.js";
import "./chunk-IE553SBV.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-IAIXDJEW.js";
import "./chunk-KIVDSTF5.js";
import "./chunk-JLOAINIL.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
