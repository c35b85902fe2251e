import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-YJHZU34Q.js";
import "./chunk-JZBGFW55.js";
import "./chunk-N5TIME2U.js";
import "./chunk-4B7NTAYD.js";
import "./chunk-4QHSLVVL.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-ESZV2NOT.js";
import "./chunk-TIWB77VX.js";
import "./chunk-ZEXMTNBI.js";
import "./chunk-SV7JYL2F.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-2MJJMV52.js";
import "./chunk-45EVIIKM.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
import "./chunk-QKOPAYEM.js";
import "./chunk-5WP32JEB.js";
import "./chunk-ZURJDTDW.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
