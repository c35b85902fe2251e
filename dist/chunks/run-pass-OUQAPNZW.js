import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-JNQFTIQF.js";
import "./chunk-T73SDHZ2.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-5HC7UUWH.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-QHGHS2YC.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-C45OFBSW.js";
import "./chunk-2PAVRBKR.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-HWOX7DOA.js";
import "./chunk-C25AQC23.js";
import "./chunk-ZTZBCHAJ.js";
import "./chunk-ZPYUZEN6.js";
import "./chunk-7HBKILJ4.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-IYXYNGCH.js";
import "./chunk-NT2G3FAH.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-XXB7ILUK.js";
import "./chunk-TGCTYNUW.js";
import "./chunk-45EVIIKM.js";
import "./chunk-2WDNUUXM.js";
import "./chunk-DO5B7G4S.js";
import "./chunk-EOTEGLT7.js";
import "./chunk-PBXGWWCT.js";
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
