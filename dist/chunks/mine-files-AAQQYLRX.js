import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-YSCZZK7W.js";
import "./chunk-JZBGFW55.js";
import "./chunk-YV4RMSAF.js";
import "./chunk-WJM4RQLB.js";
import "./chunk-HZGPBYWU.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-STTFBWXB.js";
import "./chunk-TIWB77VX.js";
import "./chunk-A3NBF5JF.js";
import "./chunk-SV7JYL2F.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-JTO7RJ4Y.js";
import "./chunk-45EVIIKM.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
import "./chunk-2JPEMDA2.js";
import "./chunk-P4ZLHVHR.js";
import "./chunk-2PRROGU2.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
