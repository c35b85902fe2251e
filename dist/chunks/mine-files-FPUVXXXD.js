import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-JSG4GYFZ.js";
import "./chunk-JZBGFW55.js";
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
import "./chunk-U2JIQAGC.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
import "./chunk-REKMTWIC.js";
import "./chunk-QZJZ74QQ.js";
import "./chunk-ZURJDTDW.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
