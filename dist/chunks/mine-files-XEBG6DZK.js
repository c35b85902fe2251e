import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-WPR2BJ7G.js";
import "./chunk-JZBGFW55.js";
import "./chunk-VC5XVUWY.js";
import "./chunk-PQOSQ4D2.js";
import "./chunk-CGBUMJ2G.js";
import "./chunk-RLCF5ORZ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-LNQQZJ64.js";
import "./chunk-RJ2JGLAW.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-6TMPICHH.js";
import "./chunk-REKMTWIC.js";
import "./chunk-45EVIIKM.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-QZJZ74QQ.js";
import "./chunk-ZURJDTDW.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
