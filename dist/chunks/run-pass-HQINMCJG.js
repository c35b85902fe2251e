import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-X24HI5BW.js";
import "./chunk-PUEKSECL.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-OHHXNU5Y.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-S5CXVQCN.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-NFK6HXGK.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-JB5AQHJE.js";
import "./chunk-EW43N672.js";
import "./chunk-C37I7VYG.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-3LNOICVV.js";
import "./chunk-TIWB77VX.js";
import "./chunk-CW5G5X4R.js";
import "./chunk-SV7JYL2F.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-AQSDLNGD.js";
import "./chunk-45EVIIKM.js";
import "./chunk-POK6NGYQ.js";
import "./chunk-N6Y467SR.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-TYD7KM4B.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
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
