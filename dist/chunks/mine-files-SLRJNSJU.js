import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-PYYTL4AY.js";
import "./chunk-JZBGFW55.js";
import "./chunk-OKZSVLQJ.js";
import "./chunk-Z7EPVTH3.js";
import "./chunk-FCJDD3FV.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-JOXWEKP2.js";
import "./chunk-TIWB77VX.js";
import "./chunk-7QE4CS5K.js";
import "./chunk-UUYG6VR6.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-VHIZBEKG.js";
import "./chunk-45EVIIKM.js";
import "./chunk-LN4IHJCB.js";
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
