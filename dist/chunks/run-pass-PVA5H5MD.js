import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-SNFGZP4R.js";
import "./chunk-UR4XIYRX.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-ECPZYH2R.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-JSG4GYFZ.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-KSTASVPA.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-KHMAMUZK.js";
import "./chunk-5LDQ7NSH.js";
import "./chunk-EGFCYG26.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-ESZV2NOT.js";
import "./chunk-TIWB77VX.js";
import "./chunk-5NWFDNED.js";
import "./chunk-SV7JYL2F.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-6TMPICHH.js";
import "./chunk-45EVIIKM.js";
import "./chunk-ZBZACEHC.js";
import "./chunk-3RKTRPVO.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-TA3AQV3H.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
import "./chunk-REKMTWIC.js";
import "./chunk-QZJZ74QQ.js";
import "./chunk-ZURJDTDW.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
