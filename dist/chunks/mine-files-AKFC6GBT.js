import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-B2TMIZBB.js";
import "./chunk-JZBGFW55.js";
import "./chunk-VJ4EAOBY.js";
import "./chunk-G6VRNS2D.js";
import "./chunk-SW6JSQYZ.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-GVA7ONHZ.js";
import "./chunk-TIWB77VX.js";
import "./chunk-6HJ3UQWA.js";
import "./chunk-3WQRSG4H.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-VA7PNLDH.js";
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
