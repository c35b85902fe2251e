import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-SQKKV6KM.js";
import "./chunk-ZGUTLRDK.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-U6CQVE7N.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-KL4BM5Z2.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-C45OFBSW.js";
import "./chunk-G75GLMFV.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-HWOX7DOA.js";
import "./chunk-M5JZGMMF.js";
import "./chunk-FHKZ3KL5.js";
import "./chunk-IR2H23F3.js";
import "./chunk-WQSKOTOD.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-XWLKYPXI.js";
import "./chunk-X2ZPNPKN.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-XXB7ILUK.js";
import "./chunk-TGCTYNUW.js";
import "./chunk-45EVIIKM.js";
import "./chunk-TP6J3ZAR.js";
import "./chunk-DO5B7G4S.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-CDG3HGXN.js";
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
