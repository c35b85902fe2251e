import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-ITH7RQFE.js";
import "./chunk-JZBGFW55.js";
import "./chunk-FXOCEQY5.js";
import "./chunk-ZPAMLWCQ.js";
import "./chunk-M3SBMNIP.js";
import "./chunk-OGMF2HTB.js";
import "./chunk-ESQN5MZO.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-TUGZLRGT.js";
import "./chunk-TSOLOZGO.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-GXDWBSH4.js";
import "./chunk-5VRDBCAH.js";
import "./chunk-45EVIIKM.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-TCWLKF35.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-LKBSWEQ7.js";
import "./chunk-TMW2VLPL.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
