import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-KJCG3EPU.js";
import "./chunk-JZBGFW55.js";
import "./chunk-V6RYTTXX.js";
import "./chunk-DLV7SL64.js";
import "./chunk-3LDSBC76.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-ZV5JMUSV.js";
import "./chunk-TIWB77VX.js";
import "./chunk-KFZYRJ6F.js";
import "./chunk-3WINW7P7.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-GY3EKEQX.js";
import "./chunk-45EVIIKM.js";
import "./chunk-QSZCD7PY.js";
import "./chunk-R3KDNQSQ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-IAIXDJEW.js";
import "./chunk-KIVDSTF5.js";
import "./chunk-JLOAINIL.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
