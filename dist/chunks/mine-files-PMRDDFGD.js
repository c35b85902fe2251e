import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-MQ3MUS4R.js";
import "./chunk-JZBGFW55.js";
import "./chunk-JP5FOSEP.js";
import "./chunk-LQPQSE4O.js";
import "./chunk-GJ5KI4EQ.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-463IM6C3.js";
import "./chunk-TIWB77VX.js";
import "./chunk-SFTG3FXG.js";
import "./chunk-5CUNBXD6.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-SCO5LPCS.js";
import "./chunk-45EVIIKM.js";
import "./chunk-LN4IHJCB.js";
import "./chunk-4ITQQUFP.js";
import "./chunk-WNGDL2IF.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-2NVF3NBO.js";
import "./chunk-5ES4RQ7J.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
