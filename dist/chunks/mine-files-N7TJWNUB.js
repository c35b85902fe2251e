import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-7CZ6RJDA.js";
import "./chunk-JZBGFW55.js";
import "./chunk-YHYDISF5.js";
import "./chunk-6ASLQJRS.js";
import "./chunk-T3J4AG2T.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-PYTZFYFK.js";
import "./chunk-TIWB77VX.js";
import "./chunk-6BCPI5AU.js";
import "./chunk-JK6PZ37Y.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-VA7PNLDH.js";
import "./chunk-45EVIIKM.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-CDG3HGXN.js";
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
