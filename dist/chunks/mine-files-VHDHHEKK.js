import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-ZIV7Y3MH.js";
import "./chunk-JZBGFW55.js";
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
