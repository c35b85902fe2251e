import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-W37KFOJ6.js";
import "./chunk-VRXL3EAC.js";
import "./chunk-ISKEOKK2.js";
import "./chunk-YOIIP3FC.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-RTFWHN4H.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-VQZLV6LZ.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-YJVTI3HP.js";
import "./chunk-NOK7K67X.js";
import "./chunk-V54S5B4T.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-I7RHRXOR.js";
import "./chunk-TIWB77VX.js";
import "./chunk-JNK4KIO5.js";
import "./chunk-JGEQWHLW.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-WVYCTUU5.js";
import "./chunk-45EVIIKM.js";
import "./chunk-IKJ45D5U.js";
import "./chunk-3MPGPNYP.js";
import "./chunk-QSZCD7PY.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-R3KDNQSQ.js";
import "./chunk-DA46JWKB.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-Q7C5KYIP.js";
import "./chunk-HBGZTX5K.js";
import "./chunk-RD54IFBS.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
