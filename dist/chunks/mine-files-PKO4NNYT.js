import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-IQL2XO6G.js";
import "./chunk-JZBGFW55.js";
import "./chunk-RQ2J6QGZ.js";
import "./chunk-5JPJX7M3.js";
import "./chunk-5ECXBDWZ.js";
import "./chunk-SBACNMKQ.js";
import "./chunk-ZQWW2VJR.js";
import "./chunk-OOZKFMRS.js";
import "./chunk-D6WXJX4I.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-TU6VWGII.js";
import "./chunk-CHAIFBKO.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-DRR55QGK.js";
import "./chunk-HI4MO7MQ.js";
import "./chunk-TIWB77VX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-VA5JJOKY.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-C56VTM35.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-MEBIEL22.js";
import "./chunk-S4URGW26.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
