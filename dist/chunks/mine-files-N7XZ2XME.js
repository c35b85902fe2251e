import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-7N6SUKJS.js";
import "./chunk-JZBGFW55.js";
import "./chunk-HOTMFVOH.js";
import "./chunk-LGNBEL7S.js";
import "./chunk-7NTHQ2KX.js";
import "./chunk-OXOXCMSK.js";
import "./chunk-RJGADSRE.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-32UXSPGZ.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-JYVZNIGN.js";
import "./chunk-QRDPZU7S.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-DRR55QGK.js";
import "./chunk-BYPXWIAB.js";
import "./chunk-TIWB77VX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-UBO6RHDQ.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-C56VTM35.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-QSNEP37H.js";
import "./chunk-S4URGW26.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
