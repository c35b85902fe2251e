import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-W6M3CELJ.js";
import "./chunk-JZBGFW55.js";
import "./chunk-UFYZXCTS.js";
import "./chunk-KQHXQCFE.js";
import "./chunk-MSSXGHTI.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-7H4PIGE3.js";
import "./chunk-TIWB77VX.js";
import "./chunk-AUH4ZQJ4.js";
import "./chunk-AEPIVSKF.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-ZYXKZFMP.js";
import "./chunk-45EVIIKM.js";
import "./chunk-QSZCD7PY.js";
import "./chunk-LN4IHJCB.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-Q7C5KYIP.js";
import "./chunk-HBGZTX5K.js";
import "./chunk-RD54IFBS.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
