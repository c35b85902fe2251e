import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-TG6DAXDO.js";
import "./chunk-6ZVZJWAS.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-YJ6YMZHP.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-5VHZ2RXO.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-C45OFBSW.js";
import "./chunk-SFMHCAHW.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-HWOX7DOA.js";
import "./chunk-5MLGNKKL.js";
import "./chunk-2CW6T3G5.js";
import "./chunk-DPKHTJ53.js";
import "./chunk-FX2HGS6N.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-R6HZOK2P.js";
import "./chunk-UIJHIUVV.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-XXB7ILUK.js";
import "./chunk-TGCTYNUW.js";
import "./chunk-45EVIIKM.js";
import "./chunk-W4AAPHK6.js";
import "./chunk-DO5B7G4S.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-OZJF7QR6.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-JTJM43Z3.js";
import "./chunk-JKZXDSA7.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
