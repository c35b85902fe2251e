import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-M4X2IH2E.js";
import "./chunk-JZBGFW55.js";
import "./chunk-DC7C2Y6R.js";
import "./chunk-X7LSW43K.js";
import "./chunk-7RMUNP5P.js";
import "./chunk-TIWB77VX.js";
import "./chunk-SCBSNSCZ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-D4H7K6OJ.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-RXIYD7VK.js";
import "./chunk-C56VTM35.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-FME3REB3.js";
import "./chunk-XROMGHE2.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-5FX23UHQ.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-IDPNA3CW.js";
import "./chunk-WIOEOUEH.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
