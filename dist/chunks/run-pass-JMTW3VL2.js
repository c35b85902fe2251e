import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-VCB6MCNT.js";
import "./chunk-YDU43SVU.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-WTYREC3N.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-ZIV7Y3MH.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-CILZMCBL.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-7ZK5VLBM.js";
import "./chunk-NRI3APQV.js";
import "./chunk-FS4TEYV4.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-UZ7IT334.js";
import "./chunk-TIWB77VX.js";
import "./chunk-RPLCTHPG.js";
import "./chunk-ZBRFHMUR.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-UU3KMEZP.js";
import "./chunk-45EVIIKM.js";
import "./chunk-ZJPOIGVS.js";
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
